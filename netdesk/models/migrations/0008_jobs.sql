-- Schema version 8: jobs. A posting moves through the stages of an application, each change
-- dated and kept; people are linked to postings by what they did for it; a contact keeps the
-- employers they used to work for; a company is also known by other names (aliases); a
-- networking meeting can turn into "interview country" for a posting.
--
-- job_posting is rebuilt: its status becomes the stage (a CHECK cannot change in place).
-- "interested" becomes "researching" and "closed" (the posting ended without an answer)
-- "no_answer". Nothing pointed at job_posting before this version.
CREATE TABLE job_posting_v8 (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    date_seen TEXT NOT NULL,
    date_posted TEXT,
    valid_through TEXT,
    deadline TEXT,
    stage TEXT NOT NULL DEFAULT 'seen' CHECK (stage IN (
        'seen', 'researching', 'introduced', 'applied', 'interviewing', 'offer', 'accepted',
        'declined', 'rejected', 'withdrawn', 'no_answer')),
    notes TEXT NOT NULL DEFAULT ''
);
INSERT INTO job_posting_v8 (id, company_id, title, url, date_seen, stage, notes)
SELECT id, company_id, title, url, date_seen,
       CASE status WHEN 'interested' THEN 'researching' WHEN 'closed' THEN 'no_answer'
                   ELSE status END,
       notes
FROM job_posting;
DROP TABLE job_posting;
ALTER TABLE job_posting_v8 RENAME TO job_posting;
CREATE INDEX job_posting_company ON job_posting (company_id, stage);
CREATE INDEX job_posting_date_seen ON job_posting (date_seen);
CREATE INDEX job_posting_stage ON job_posting (stage, date_seen);
CREATE INDEX job_posting_deadline ON job_posting (deadline) WHERE deadline IS NOT NULL;

-- Every stage a posting has been in, with the day it got there: the last row of a posting is
-- its current stage (job_posting.stage, which the writer keeps equal). A posting of an older
-- version starts its history with the stage it had, on the day it was seen.
CREATE TABLE posting_stage (
    id INTEGER PRIMARY KEY,
    posting_id INTEGER NOT NULL REFERENCES job_posting (id) ON DELETE CASCADE,
    stage TEXT NOT NULL CHECK (stage IN (
        'seen', 'researching', 'introduced', 'applied', 'interviewing', 'offer', 'accepted',
        'declined', 'rejected', 'withdrawn', 'no_answer')),
    changed_on TEXT NOT NULL
);
CREATE INDEX posting_stage_posting ON posting_stage (posting_id, id);
INSERT INTO posting_stage (posting_id, stage, changed_on)
SELECT id, stage, date_seen FROM job_posting ORDER BY id;

-- Who did what for a posting: told you about it, referred you for it, is its hiring manager,
-- met you about it. One person can have several roles on one posting, each once.
CREATE TABLE posting_person (
    id INTEGER PRIMARY KEY,
    posting_id INTEGER NOT NULL REFERENCES job_posting (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('told_me', 'referred_me', 'hiring_manager', 'met_about')),
    UNIQUE (posting_id, contact_id, role)
);
CREATE INDEX posting_person_contact ON posting_person (contact_id);

-- The employers a contact used to work for, in the order the contact lists them (the second
-- ring of "who do I know at X?").
CREATE TABLE contact_past_employer (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_past_employer_contact ON contact_past_employer (contact_id, position);
CREATE INDEX contact_past_employer_company ON contact_past_employer (company_id, contact_id);

-- Other names of a company ("Globex Corporation", "GLOBEX Corp." for Globex): sort_name is the
-- name folded as company.sort_name is, so that a card's organization finds its company by an
-- alias too; match_key is the looser key of core/company_key.py (legal forms dropped).
CREATE TABLE company_alias (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    sort_name TEXT NOT NULL UNIQUE,
    match_key TEXT NOT NULL DEFAULT ''
);
CREATE INDEX company_alias_company ON company_alias (company_id);
CREATE INDEX company_alias_match_key ON company_alias (match_key);

-- The posting a meeting turned into "interview country" for (NULL: none).
ALTER TABLE meeting ADD COLUMN posting_id INTEGER REFERENCES job_posting (id) ON DELETE SET NULL;
CREATE INDEX meeting_posting ON meeting (posting_id) WHERE posting_id IS NOT NULL;
