-- Schema version 6: a contact is found by their nickname ("Bob" finds Robert) and their
-- department as well. The names column of the full-text index now holds the nickname, the
-- organization column the department after the company name; existing rows are re-indexed.
DROP TRIGGER contact_fts_ins;
DROP TRIGGER contact_fts_upd;

CREATE TRIGGER contact_fts_ins AFTER INSERT ON contact BEGIN
    INSERT INTO contact_fts (rowid, names, organization, title, emails, phones, notes, tags)
    VALUES (NEW.id,
            NEW.display_name || ' ' || NEW.given_name || ' ' || NEW.family_name || ' '
                || NEW.nickname,
            coalesce((SELECT name FROM company WHERE id = NEW.company_id), '') || ' '
                || NEW.department,
            NEW.title,
            coalesce((SELECT group_concat(address, ' ') FROM contact_email
                      WHERE contact_id = NEW.id), ''),
            coalesce((SELECT group_concat(number || ' ' || replace(replace(replace(replace(replace(
                          number, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), ' ')
                      FROM contact_phone WHERE contact_id = NEW.id), ''),
            NEW.notes,
            coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct
                      JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = NEW.id), ''));
END;
CREATE TRIGGER contact_fts_upd
AFTER UPDATE OF display_name, given_name, family_name, nickname, company_id, department, title,
    notes ON contact BEGIN
    UPDATE contact_fts SET
        names = NEW.display_name || ' ' || NEW.given_name || ' ' || NEW.family_name || ' '
            || NEW.nickname,
        organization = coalesce((SELECT name FROM company WHERE id = NEW.company_id), '') || ' '
            || NEW.department,
        title = NEW.title,
        notes = NEW.notes
    WHERE rowid = NEW.id;
END;
DROP TRIGGER company_fts_upd;
CREATE TRIGGER company_fts_upd AFTER UPDATE OF name ON company BEGIN
    UPDATE contact_fts SET organization = NEW.name || ' ' || (
        SELECT department FROM contact WHERE id = contact_fts.rowid)
    WHERE rowid IN (SELECT id FROM contact WHERE company_id = NEW.id);
END;

UPDATE contact_fts SET
    names = (SELECT c.display_name || ' ' || c.given_name || ' ' || c.family_name || ' '
                    || c.nickname FROM contact c WHERE c.id = contact_fts.rowid),
    organization = (SELECT coalesce(co.name, '') || ' ' || c.department
                    FROM contact c LEFT JOIN company co ON co.id = c.company_id
                    WHERE c.id = contact_fts.rowid)
WHERE rowid IN (SELECT id FROM contact WHERE nickname != '' OR department != '');
