-- Sync with CardDAV/CalDAV servers (issue 16). An account is a server address with the user
-- name and where the password comes from (never the password: it lives in the system keyring
-- or a command prints it), the chosen address book and calendar, and the address book's sync
-- token. Each card the account has in common with the server is one sync_card row: the href and
-- ETag it has there, the contact it is (NULL never: a contact deleted here is a row whose
-- contact no longer exists with that UID), the card as last synced (the base of a three-way
-- merge, unknown properties included) and the digest of NetDesk's own rendering of the contact
-- at that moment (a different digest now: edited here since).
CREATE TABLE sync_account (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    username TEXT NOT NULL DEFAULT '',
    password_command TEXT NOT NULL DEFAULT '',
    uses_keyring INTEGER NOT NULL DEFAULT 0 CHECK (uses_keyring IN (0, 1)),
    fingerprint TEXT NOT NULL DEFAULT '',
    allow_insecure INTEGER NOT NULL DEFAULT 0 CHECK (allow_insecure IN (0, 1)),
    addressbook_url TEXT NOT NULL DEFAULT '',
    calendar_url TEXT NOT NULL DEFAULT '',
    vcard_version TEXT NOT NULL DEFAULT '4.0' CHECK (vcard_version IN ('3.0', '4.0')),
    sync_token TEXT NOT NULL DEFAULT '',
    last_sync TEXT,
    last_result TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sync_card (
    account_id INTEGER NOT NULL REFERENCES sync_account (id) ON DELETE CASCADE,
    href TEXT NOT NULL,
    contact_id INTEGER NOT NULL,
    uid TEXT NOT NULL,
    etag TEXT NOT NULL DEFAULT '',
    base TEXT NOT NULL,
    digest TEXT NOT NULL,
    PRIMARY KEY (account_id, href)
);
CREATE INDEX sync_card_contact ON sync_card (account_id, contact_id);

-- A field changed differently on both sides: the local value was kept, the server's is here
-- for the user to choose (the window shows them; the command line reports them).
CREATE TABLE sync_conflict (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES sync_account (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    local_value TEXT NOT NULL,
    remote_value TEXT NOT NULL,
    found_on TEXT NOT NULL
);
CREATE INDEX sync_conflict_contact ON sync_conflict (account_id, contact_id);
