-- Schema version 5: pairs of contacts the user said are two people (Tools > Find duplicates >
-- Not duplicates), so that they are not offered as duplicates again. The lower id comes first.
CREATE TABLE not_duplicate (
    contact_a INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    contact_b INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_a, contact_b),
    CHECK (contact_a < contact_b)
) WITHOUT ROWID;
CREATE INDEX not_duplicate_b ON not_duplicate (contact_b);
