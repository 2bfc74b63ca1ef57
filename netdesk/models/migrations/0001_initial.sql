-- Schema version 1: the networking campaign. Frozen once released: later changes are new files.
CREATE TABLE company (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sort_name TEXT NOT NULL,
    website TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX company_sort_name ON company (sort_name);

CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    sort_name TEXT NOT NULL,
    company_id INTEGER REFERENCES company (id) ON DELETE SET NULL,
    title TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    photo BLOB,
    photo_mime TEXT NOT NULL DEFAULT '',
    relationship TEXT NOT NULL DEFAULT 'other' CHECK (relationship IN (
        'family', 'friend', 'neighbour', 'coworker', 'former_coworker', 'alumni', 'client',
        'supplier', 'professional', 'club', 'volunteer', 'recruiter', 'acquaintance', 'other')),
    lead TEXT NOT NULL DEFAULT 'cold' CHECK (lead IN ('warm', 'cold')),
    status TEXT NOT NULL DEFAULT 'to_contact' CHECK (status IN (
        'to_contact', 'contacted', 'meeting_set', 'met', 'keep_in_touch', 'dormant')),
    how_met TEXT NOT NULL DEFAULT '',
    date_added TEXT NOT NULL,
    last_contact TEXT,
    next_follow_up TEXT
);
CREATE INDEX contact_sort_name ON contact (sort_name);
CREATE INDEX contact_company ON contact (company_id);

CREATE TABLE contact_email (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_email_contact ON contact_email (contact_id, position);
CREATE INDEX contact_email_address ON contact_email (address COLLATE NOCASE);

CREATE TABLE contact_phone (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_phone_contact ON contact_phone (contact_id, position);

CREATE TABLE contact_address (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    locality TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_address_contact ON contact_address (contact_id, position);

CREATE TABLE contact_link (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_link_contact ON contact_link (contact_id, position);
CREATE INDEX contact_link_url ON contact_link (url COLLATE NOCASE);

CREATE TABLE tag (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
);

CREATE TABLE contact_tag (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tag_tag ON contact_tag (tag_id, contact_id);

CREATE TABLE job_posting (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    date_seen TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'seen' CHECK (status IN (
        'seen', 'interested', 'applied', 'interviewing', 'offer', 'rejected', 'closed')),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX job_posting_company ON job_posting (company_id);
CREATE INDEX job_posting_date_seen ON job_posting (date_seen);

CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'networking' CHECK (kind IN (
        'networking', 'informational', 'direct_contact', 'interview', 'event')),
    purpose TEXT NOT NULL DEFAULT '',
    agenda TEXT NOT NULL DEFAULT '',
    planned_minutes INTEGER NOT NULL DEFAULT 15 CHECK (planned_minutes > 0),
    actual_minutes INTEGER CHECK (actual_minutes IS NULL OR actual_minutes >= 0),
    notes TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    help_information INTEGER NOT NULL DEFAULT 0,
    help_contacts INTEGER NOT NULL DEFAULT 0,
    help_connections INTEGER NOT NULL DEFAULT 0,
    help_referrals INTEGER NOT NULL DEFAULT 0,
    thank_you_due TEXT,
    thank_you_sent TEXT,
    follow_up TEXT
);
CREATE INDEX meeting_contact ON meeting (contact_id, starts_at);
CREATE INDEX meeting_starts_at ON meeting (starts_at);
CREATE INDEX meeting_thank_you_due ON meeting (thank_you_due);
CREATE INDEX meeting_follow_up ON meeting (follow_up);

CREATE TABLE referral (
    id INTEGER PRIMARY KEY,
    referred_id INTEGER NOT NULL UNIQUE REFERENCES contact (id) ON DELETE CASCADE,
    referrer_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    referred_on TEXT,
    meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
    reason TEXT NOT NULL DEFAULT '',
    calls_ahead INTEGER NOT NULL DEFAULT 0,
    CHECK (referred_id != referrer_id)
);
CREATE INDEX referral_referrer ON referral (referrer_id);
CREATE INDEX referral_meeting ON referral (meeting_id);

CREATE TABLE interaction (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('call', 'email', 'letter', 'message', 'note')),
    happened_at TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interaction_contact ON interaction (contact_id, happened_at);

CREATE TABLE task (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
    meeting_id INTEGER REFERENCES meeting (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'follow_up' CHECK (kind IN (
        'follow_up', 'thank_you', 'call', 'other')),
    title TEXT NOT NULL,
    due TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    done_on TEXT
);
CREATE INDEX task_due ON task (done, due);
CREATE INDEX task_contact ON task (contact_id);
CREATE INDEX task_meeting ON task (meeting_id);

CREATE TABLE favour (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('given', 'received')),
    description TEXT NOT NULL,
    happened_on TEXT NOT NULL
);
CREATE INDEX favour_contact ON favour (contact_id, happened_on);
