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

-- Follow-ups, thank-you notes (VTODO) and meetings (VEVENT) the account shares with its
-- calendar, one row each: the href and ETag there, which task or meeting it is here (local_id,
-- and owner: what the row was made for, so that an id SQLite gives again to a new task is not
-- taken for the old one), the UID, the object as last synced (the merge's base; '' while a
-- creation is under way, so a run cut off after the upload finds it at the same href) and the
-- digest of NetDesk's own fields then. Kind 'other' is an object another application put in
-- the calendar: remembered so it is not downloaded again, never changed or deleted.
CREATE TABLE sync_item (
    account_id INTEGER NOT NULL REFERENCES sync_account (id) ON DELETE CASCADE,
    href TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('task', 'meeting', 'other')),
    local_id INTEGER NOT NULL DEFAULT 0,
    owner TEXT NOT NULL DEFAULT '',
    uid TEXT NOT NULL,
    etag TEXT NOT NULL DEFAULT '',
    base TEXT NOT NULL DEFAULT '',
    digest TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (account_id, href)
);
CREATE INDEX sync_item_local ON sync_item (account_id, kind, local_id);

-- The calendar's sync token (the address book's is sync_account.sync_token).
CREATE TABLE sync_calendar (
    account_id INTEGER PRIMARY KEY REFERENCES sync_account (id) ON DELETE CASCADE,
    sync_token TEXT NOT NULL DEFAULT ''
);
