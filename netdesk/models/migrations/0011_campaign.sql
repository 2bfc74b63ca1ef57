-- Schema version 11: running the campaign (issue 17). Runs with foreign keys off (the meeting
-- table is rebuilt; see Migration.rebuilds): every reference to it is checked before commit.
--
-- 1. Meeting purposes are named by what they are, never with the word "interview" for a
--    networking meeting: 'networking' becomes 'look_for_leads' and 'informational'
--    'learn_about'; 'direct_contact', 'interview' (the employer's meeting) and 'event' stay.
--    The table is rebuilt (a CHECK cannot change in place) with the same columns and ids.
CREATE TABLE meeting_v11 (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'look_for_leads' CHECK (kind IN (
        'look_for_leads', 'learn_about', 'direct_contact', 'interview', 'event')),
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
    follow_up TEXT,
    posting_id INTEGER REFERENCES job_posting (id) ON DELETE SET NULL
);
INSERT INTO meeting_v11
SELECT id, contact_id, starts_at,
       CASE kind WHEN 'networking' THEN 'look_for_leads' WHEN 'informational' THEN 'learn_about'
                 ELSE kind END,
       purpose, agenda, planned_minutes, actual_minutes, notes, outcome, help_information,
       help_contacts, help_connections, help_referrals, thank_you_due, thank_you_sent, follow_up,
       posting_id
FROM meeting;
DROP TABLE meeting;
ALTER TABLE meeting_v11 RENAME TO meeting;
CREATE INDEX meeting_contact ON meeting (contact_id, starts_at);
CREATE INDEX meeting_starts_at ON meeting (starts_at);
CREATE INDEX meeting_thank_you_due ON meeting (thank_you_due);
CREATE INDEX meeting_follow_up ON meeting (follow_up);
CREATE INDEX meeting_posting ON meeting (posting_id) WHERE posting_id IS NOT NULL;
CREATE TRIGGER sync_conflict_meeting_del AFTER DELETE ON meeting BEGIN
    DELETE FROM sync_conflict WHERE kind = 'meeting' AND item_id = old.id;
END;

-- 2. A meeting has attendees (a panel, a coffee with two people from one team). The first is
--    meeting.contact_id, whom the meeting is "with" in titles and lists; every attendee's
--    history shows the meeting. Each meeting of version 10 gets its contact as attendee. A
--    new meeting's contact becomes its first attendee by trigger, whoever inserts it. When the
--    first attendee is deleted, the meeting stays the others' (the next attendee becomes its
--    contact); only a meeting nobody else attended goes with its contact. A rowid table (not
--    WITHOUT ROWID), so a contact merge moves its rows like any other.
CREATE TABLE meeting_attendee (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, contact_id)
);
CREATE INDEX meeting_attendee_contact ON meeting_attendee (contact_id, meeting_id);
INSERT INTO meeting_attendee (meeting_id, contact_id, position)
SELECT id, contact_id, 0 FROM meeting;

CREATE TRIGGER meeting_first_attendee AFTER INSERT ON meeting BEGIN
    INSERT OR IGNORE INTO meeting_attendee (meeting_id, contact_id, position)
    VALUES (NEW.id, NEW.contact_id, 0);
END;
CREATE TRIGGER meeting_attendee_leaves BEFORE DELETE ON contact BEGIN
    UPDATE meeting SET contact_id = (
        SELECT a.contact_id FROM meeting_attendee a
        WHERE a.meeting_id = meeting.id AND a.contact_id != OLD.id
        ORDER BY a.position, a.contact_id LIMIT 1)
    WHERE contact_id = OLD.id AND EXISTS (
        SELECT 1 FROM meeting_attendee a
        WHERE a.meeting_id = meeting.id AND a.contact_id != OLD.id);
END;

-- 3. What a contact is good at and what they need (give before getting), searchable with the
--    notes; and the keep-in-touch rhythm set on the contact itself (days; NULL: the rules'),
--    beside what triggers keep from it (never written by the application):
--    - last_touch: the day of the last touch, or the day they were added when there was none.
--      A touch is any interaction but a note, a meeting they attended (one ahead counts from
--      its day: someone you are about to meet is not neglected), a favour either way, or the
--      contact's last contact date;
--    - keep_in_touch_days: the rhythm that applies (see rhythm_rule), NULL for none;
--    - keep_in_touch_due: last_touch plus that rhythm (NULL without one), indexed, so that the
--      due list, its count and the table's column and filter stay fast at any size.
ALTER TABLE contact ADD COLUMN good_at TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN needs TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN rhythm_days INTEGER
    CHECK (rhythm_days IS NULL OR rhythm_days BETWEEN 1 AND 3650);
ALTER TABLE contact ADD COLUMN last_touch TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN keep_in_touch_days INTEGER;
ALTER TABLE contact ADD COLUMN keep_in_touch_due TEXT;

-- 4. The rhythms by default: a number of days per relationship, status, warm or cold, or tag
--    (a tag's by its name). A contact's rhythm is its own (contact.rhythm_days), else the most
--    specific rule that matches: its tags' (the tightest when several have one), else its
--    status' (a dormant contact slows down whatever else it is), else its relationship's,
--    else its warm or cold mark's; else it has none. A tag renamed keeps its rule.
CREATE TABLE rhythm_rule (
    kind TEXT NOT NULL CHECK (kind IN ('relationship', 'status', 'lead', 'tag')),
    key TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(key)) > 0),
    days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 3650),
    PRIMARY KEY (kind, key)
);
INSERT INTO rhythm_rule (kind, key, days) VALUES
    ('relationship', 'recruiter', 14),
    ('lead', 'warm', 30),
    ('status', 'keep_in_touch', 30),
    ('status', 'dormant', 90);

-- The campaign's settings that live with the network: the week's capacity (calls and e-mails,
-- meetings) the weekly plan holds.
CREATE TABLE campaign_setting (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL CHECK (value >= 0)
);
INSERT INTO campaign_setting (key, value) VALUES
    ('outreach_per_week', 15),
    ('meetings_per_week', 5);

UPDATE contact SET
    last_touch = max(
        contact.date_added,
        coalesce(contact.last_contact, ''),
        coalesce((SELECT substr(max(i.happened_at), 1, 10) FROM interaction i
                  WHERE i.contact_id = contact.id AND i.kind != 'note'), ''),
        coalesce((SELECT substr(max(m.starts_at), 1, 10) FROM meeting_attendee a
                  JOIN meeting m ON m.id = a.meeting_id WHERE a.contact_id = contact.id), ''),
        coalesce((SELECT max(f.happened_on) FROM favour f WHERE f.contact_id = contact.id), '')),
    keep_in_touch_days = coalesce(
        contact.rhythm_days,
        (SELECT min(r.days) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
         JOIN rhythm_rule r ON r.kind = 'tag' AND r.key = t.name
         WHERE ct.contact_id = contact.id),
        (SELECT r.days FROM rhythm_rule r WHERE r.kind = 'status' AND r.key = contact.status),
        (SELECT r.days FROM rhythm_rule r
         WHERE r.kind = 'relationship' AND r.key = contact.relationship),
        (SELECT r.days FROM rhythm_rule r WHERE r.kind = 'lead' AND r.key = contact.lead));
UPDATE contact SET keep_in_touch_due = date(last_touch, '+' || keep_in_touch_days || ' days')
WHERE keep_in_touch_days IS NOT NULL;
CREATE INDEX contact_by_keep_in_touch ON contact (keep_in_touch_due, sort_name);

-- The last touch, kept by triggers: a contact added or its dates changed, an interaction, a
-- favour, an attendance, a meeting moved.
CREATE TRIGGER contact_keep_in_touch_ins AFTER INSERT ON contact BEGIN
    UPDATE contact SET
        last_touch = max(
            contact.date_added,
            coalesce(contact.last_contact, ''),
            coalesce((SELECT substr(max(i.happened_at), 1, 10) FROM interaction i
                      WHERE i.contact_id = contact.id AND i.kind != 'note'), ''),
            coalesce((SELECT substr(max(m.starts_at), 1, 10) FROM meeting_attendee a
                      JOIN meeting m ON m.id = a.meeting_id WHERE a.contact_id = contact.id), ''),
            coalesce((SELECT max(f.happened_on) FROM favour f
                      WHERE f.contact_id = contact.id), '')),
        keep_in_touch_days = coalesce(
            contact.rhythm_days,
            (SELECT min(r.days) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
             JOIN rhythm_rule r ON r.kind = 'tag' AND r.key = t.name
             WHERE ct.contact_id = contact.id),
            (SELECT r.days FROM rhythm_rule r WHERE r.kind = 'status' AND r.key = contact.status),
            (SELECT r.days FROM rhythm_rule r
             WHERE r.kind = 'relationship' AND r.key = contact.relationship),
            (SELECT r.days FROM rhythm_rule r WHERE r.kind = 'lead' AND r.key = contact.lead))
    WHERE id = NEW.id;
END;
CREATE TRIGGER contact_touch_upd AFTER UPDATE OF date_added, last_contact ON contact BEGIN
    UPDATE contact SET last_touch = max(
        contact.date_added,
        coalesce(contact.last_contact, ''),
        coalesce((SELECT substr(max(i.happened_at), 1, 10) FROM interaction i
                  WHERE i.contact_id = contact.id AND i.kind != 'note'), ''),
        coalesce((SELECT substr(max(m.starts_at), 1, 10) FROM meeting_attendee a
                  JOIN meeting m ON m.id = a.meeting_id WHERE a.contact_id = contact.id), ''),
        coalesce((SELECT max(f.happened_on) FROM favour f WHERE f.contact_id = contact.id), ''))
    WHERE id = NEW.id;
END;
CREATE TRIGGER interaction_touch_ins AFTER INSERT ON interaction BEGIN
    UPDATE contact SET last_touch = max(
        contact.date_added,
        coalesce(contact.last_contact, ''),
        coalesce((SELECT substr(max(i.happened_at), 1, 10) FROM interaction i
                  WHERE i.contact_id = contact.id AND i.kind != 'note'), ''),
        coalesce((SELECT substr(max(m.starts_at), 1, 10) FROM meeting_attendee a
                  JOIN meeting m ON m.id = a.meeting_id WHERE a.contact_id = contact.id), ''),
        coalesce((SELECT max(f.happened_on) FROM favour f WHERE f.contact_id = contact.id), ''))
    WHERE id = NEW.contact_id;
END;
CREATE TRIGGER interaction_touch_upd AFTER UPDATE OF contact_id, kind, happened_at ON interaction
BEGIN
    UPDATE contact SET last_touch = max(
        contact.date_added,
        coalesce(contact.last_contact, ''),
        coalesce((SELECT substr(max(i.happened_at), 1, 10) FROM interaction i
                  WHERE i.contact_id = contact.id AND i.kind != 'note'), ''),
        coalesce((SELECT substr(max(m.starts_at), 1, 10) FROM meeting_attendee a
                  JOIN meeting m ON m.id = a.meeting_id WHERE a.contact_id = contact.id), ''),
        coalesce((SELECT max(f.happened_on) FROM favour f WHERE f.contact_id = contact.id), ''))
    WHERE id IN (OLD.contact_id, NEW.contact_id);
END;
CREATE TRIGGER interaction_touch_del AFTER DELETE ON interaction BEGIN
    UPDATE contact SET last_touch = max(
        contact.date_added,
        coalesce(contact.last_contact, ''),
        coalesce((SELECT substr(max(i.happened_at), 1, 10) FROM interaction i
                  WHERE i.contact_id = contact.id AND i.kind != 'note'), ''),
        coalesce((SELECT substr(max(m.starts_at), 1, 10) FROM meeting_attendee a
                  JOIN meeting m ON m.id = a.meeting_id WHERE a.contact_id = contact.id), ''),
        coalesce((SELECT max(f.happened_on) FROM favour f WHERE f.contact_id = contact.id), ''))
    WHERE id = OLD.contact_id;
END;
CREATE TRIGGER favour_touch_ins AFTER INSERT ON favour BEGIN
    UPDATE contact SET last_touch = max(
        contact.date_added,
        coalesce(contact.last_contact, ''),
        coalesce((SELECT substr(max(i.happened_at), 1, 10) FROM interaction i
                  WHERE i.contact_id = contact.id AND i.kind != 'note'), ''),
        coalesce((SELECT substr(max(m.starts_at), 1, 10) FROM meeting_attendee a
                  JOIN meeting m ON m.id = a.meeting_id WHERE a.contact_id = contact.id), ''),
        coalesce((SELECT max(f.happened_on) FROM favour f WHERE f.contact_id = contact.id), ''))
    WHERE id = NEW.contact_id;
END;
CREATE TRIGGER favour_touch_upd AFTER UPDATE OF contact_id, happened_on ON favour BEGIN
    UPDATE contact SET last_touch = max(
        contact.date_added,
        coalesce(contact.last_contact, ''),
        coalesce((SELECT substr(max(i.happened_at), 1, 10) FROM interaction i
                  WHERE i.contact_id = contact.id AND i.kind != 'note'), ''),
        coalesce((SELECT substr(max(m.starts_at), 1, 10) FROM meeting_attendee a
                  JOIN meeting m ON m.id = a.meeting_id WHERE a.contact_id = contact.id), ''),
        coalesce((SELECT max(f.happened_on) FROM favour f WHERE f.contact_id = contact.id), ''))
    WHERE id IN (OLD.contact_id, NEW.contact_id);
END;
CREATE TRIGGER favour_touch_del AFTER DELETE ON favour BEGIN
    UPDATE contact SET last_touch = max(
        contact.date_added,
        coalesce(contact.last_contact, ''),
        coalesce((SELECT substr(max(i.happened_at), 1, 10) FROM interaction i
                  WHERE i.contact_id = contact.id AND i.kind != 'note'), ''),
        coalesce((SELECT substr(max(m.starts_at), 1, 10) FROM meeting_attendee a
                  JOIN meeting m ON m.id = a.meeting_id WHERE a.contact_id = contact.id), ''),
        coalesce((SELECT max(f.happened_on) FROM favour f WHERE f.contact_id = contact.id), ''))
    WHERE id = OLD.contact_id;
END;
CREATE TRIGGER meeting_attendee_touch_ins AFTER INSERT ON meeting_attendee BEGIN
    UPDATE contact SET last_touch = max(
        contact.date_added,
        coalesce(contact.last_contact, ''),
        coalesce((SELECT substr(max(i.happened_at), 1, 10) FROM interaction i
                  WHERE i.contact_id = contact.id AND i.kind != 'note'), ''),
        coalesce((SELECT substr(max(m.starts_at), 1, 10) FROM meeting_attendee a
                  JOIN meeting m ON m.id = a.meeting_id WHERE a.contact_id = contact.id), ''),
        coalesce((SELECT max(f.happened_on) FROM favour f WHERE f.contact_id = contact.id), ''))
    WHERE id = NEW.contact_id;
END;
CREATE TRIGGER meeting_attendee_touch_upd AFTER UPDATE OF meeting_id, contact_id
ON meeting_attendee BEGIN
    UPDATE contact SET last_touch = max(
        contact.date_added,
        coalesce(contact.last_contact, ''),
        coalesce((SELECT substr(max(i.happened_at), 1, 10) FROM interaction i
                  WHERE i.contact_id = contact.id AND i.kind != 'note'), ''),
        coalesce((SELECT substr(max(m.starts_at), 1, 10) FROM meeting_attendee a
                  JOIN meeting m ON m.id = a.meeting_id WHERE a.contact_id = contact.id), ''),
        coalesce((SELECT max(f.happened_on) FROM favour f WHERE f.contact_id = contact.id), ''))
    WHERE id IN (OLD.contact_id, NEW.contact_id);
END;
CREATE TRIGGER meeting_attendee_touch_del AFTER DELETE ON meeting_attendee BEGIN
    UPDATE contact SET last_touch = max(
        contact.date_added,
        coalesce(contact.last_contact, ''),
        coalesce((SELECT substr(max(i.happened_at), 1, 10) FROM interaction i
                  WHERE i.contact_id = contact.id AND i.kind != 'note'), ''),
        coalesce((SELECT substr(max(m.starts_at), 1, 10) FROM meeting_attendee a
                  JOIN meeting m ON m.id = a.meeting_id WHERE a.contact_id = contact.id), ''),
        coalesce((SELECT max(f.happened_on) FROM favour f WHERE f.contact_id = contact.id), ''))
    WHERE id = OLD.contact_id;
END;
CREATE TRIGGER meeting_touch_upd AFTER UPDATE OF starts_at ON meeting BEGIN
    UPDATE contact SET last_touch = max(
        contact.date_added,
        coalesce(contact.last_contact, ''),
        coalesce((SELECT substr(max(i.happened_at), 1, 10) FROM interaction i
                  WHERE i.contact_id = contact.id AND i.kind != 'note'), ''),
        coalesce((SELECT substr(max(m.starts_at), 1, 10) FROM meeting_attendee a
                  JOIN meeting m ON m.id = a.meeting_id WHERE a.contact_id = contact.id), ''),
        coalesce((SELECT max(f.happened_on) FROM favour f WHERE f.contact_id = contact.id), ''))
    WHERE id IN (SELECT contact_id FROM meeting_attendee WHERE meeting_id = NEW.id);
END;

-- The rhythm that applies, kept by triggers: the contact's own or its status, relationship or
-- mark changed, a tag given or taken, a rule added, changed or removed.
CREATE TRIGGER contact_rhythm_upd AFTER UPDATE OF rhythm_days, status, relationship, lead
ON contact BEGIN
    UPDATE contact SET keep_in_touch_days = coalesce(
        contact.rhythm_days,
        (SELECT min(r.days) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
         JOIN rhythm_rule r ON r.kind = 'tag' AND r.key = t.name
         WHERE ct.contact_id = contact.id),
        (SELECT r.days FROM rhythm_rule r WHERE r.kind = 'status' AND r.key = contact.status),
        (SELECT r.days FROM rhythm_rule r
         WHERE r.kind = 'relationship' AND r.key = contact.relationship),
        (SELECT r.days FROM rhythm_rule r WHERE r.kind = 'lead' AND r.key = contact.lead))
    WHERE id = NEW.id;
END;
CREATE TRIGGER contact_tag_rhythm_ins AFTER INSERT ON contact_tag BEGIN
    UPDATE contact SET keep_in_touch_days = coalesce(
        contact.rhythm_days,
        (SELECT min(r.days) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
         JOIN rhythm_rule r ON r.kind = 'tag' AND r.key = t.name
         WHERE ct.contact_id = contact.id),
        (SELECT r.days FROM rhythm_rule r WHERE r.kind = 'status' AND r.key = contact.status),
        (SELECT r.days FROM rhythm_rule r
         WHERE r.kind = 'relationship' AND r.key = contact.relationship),
        (SELECT r.days FROM rhythm_rule r WHERE r.kind = 'lead' AND r.key = contact.lead))
    WHERE id = NEW.contact_id;
END;
CREATE TRIGGER contact_tag_rhythm_del AFTER DELETE ON contact_tag BEGIN
    UPDATE contact SET keep_in_touch_days = coalesce(
        contact.rhythm_days,
        (SELECT min(r.days) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
         JOIN rhythm_rule r ON r.kind = 'tag' AND r.key = t.name
         WHERE ct.contact_id = contact.id),
        (SELECT r.days FROM rhythm_rule r WHERE r.kind = 'status' AND r.key = contact.status),
        (SELECT r.days FROM rhythm_rule r
         WHERE r.kind = 'relationship' AND r.key = contact.relationship),
        (SELECT r.days FROM rhythm_rule r WHERE r.kind = 'lead' AND r.key = contact.lead))
    WHERE id = OLD.contact_id;
END;
CREATE TRIGGER tag_rhythm_rename AFTER UPDATE OF name ON tag BEGIN
    UPDATE OR REPLACE rhythm_rule SET key = NEW.name WHERE kind = 'tag' AND key = OLD.name;
END;
CREATE TRIGGER rhythm_rule_ins AFTER INSERT ON rhythm_rule BEGIN
    UPDATE contact SET keep_in_touch_days = coalesce(
        contact.rhythm_days,
        (SELECT min(r.days) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
         JOIN rhythm_rule r ON r.kind = 'tag' AND r.key = t.name
         WHERE ct.contact_id = contact.id),
        (SELECT r.days FROM rhythm_rule r WHERE r.kind = 'status' AND r.key = contact.status),
        (SELECT r.days FROM rhythm_rule r
         WHERE r.kind = 'relationship' AND r.key = contact.relationship),
        (SELECT r.days FROM rhythm_rule r WHERE r.kind = 'lead' AND r.key = contact.lead))
    WHERE (NEW.kind = 'status' AND contact.status = NEW.key)
       OR (NEW.kind = 'relationship' AND contact.relationship = NEW.key)
       OR (NEW.kind = 'lead' AND contact.lead = NEW.key)
       OR (NEW.kind = 'tag' AND contact.id IN (
           SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
           WHERE t.name = NEW.key));
END;
CREATE TRIGGER rhythm_rule_upd AFTER UPDATE ON rhythm_rule BEGIN
    UPDATE contact SET keep_in_touch_days = coalesce(
        contact.rhythm_days,
        (SELECT min(r.days) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
         JOIN rhythm_rule r ON r.kind = 'tag' AND r.key = t.name
         WHERE ct.contact_id = contact.id),
        (SELECT r.days FROM rhythm_rule r WHERE r.kind = 'status' AND r.key = contact.status),
        (SELECT r.days FROM rhythm_rule r
         WHERE r.kind = 'relationship' AND r.key = contact.relationship),
        (SELECT r.days FROM rhythm_rule r WHERE r.kind = 'lead' AND r.key = contact.lead))
    WHERE (OLD.kind = 'status' AND contact.status = OLD.key)
       OR (OLD.kind = 'relationship' AND contact.relationship = OLD.key)
       OR (OLD.kind = 'lead' AND contact.lead = OLD.key)
       OR (OLD.kind = 'tag' AND contact.id IN (
           SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
           WHERE t.name = OLD.key))
       OR (NEW.kind = 'status' AND contact.status = NEW.key)
       OR (NEW.kind = 'relationship' AND contact.relationship = NEW.key)
       OR (NEW.kind = 'lead' AND contact.lead = NEW.key)
       OR (NEW.kind = 'tag' AND contact.id IN (
           SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
           WHERE t.name = NEW.key));
END;
CREATE TRIGGER rhythm_rule_del AFTER DELETE ON rhythm_rule BEGIN
    UPDATE contact SET keep_in_touch_days = coalesce(
        contact.rhythm_days,
        (SELECT min(r.days) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
         JOIN rhythm_rule r ON r.kind = 'tag' AND r.key = t.name
         WHERE ct.contact_id = contact.id),
        (SELECT r.days FROM rhythm_rule r WHERE r.kind = 'status' AND r.key = contact.status),
        (SELECT r.days FROM rhythm_rule r
         WHERE r.kind = 'relationship' AND r.key = contact.relationship),
        (SELECT r.days FROM rhythm_rule r WHERE r.kind = 'lead' AND r.key = contact.lead))
    WHERE (OLD.kind = 'status' AND contact.status = OLD.key)
       OR (OLD.kind = 'relationship' AND contact.relationship = OLD.key)
       OR (OLD.kind = 'lead' AND contact.lead = OLD.key)
       OR (OLD.kind = 'tag' AND contact.id IN (
           SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
           WHERE t.name = OLD.key));
END;

-- The due day follows the last touch and the rhythm.
CREATE TRIGGER contact_keep_in_touch_due AFTER UPDATE OF last_touch, keep_in_touch_days
ON contact BEGIN
    UPDATE contact SET keep_in_touch_due = CASE WHEN NEW.keep_in_touch_days IS NULL THEN NULL
        ELSE date(NEW.last_touch, '+' || NEW.keep_in_touch_days || ' days') END
    WHERE id = NEW.id;
END;

-- 5. Good at and needs are found by search, in the notes' column of the full-text index.
--    (Every contact of version 10 has neither yet: no row to index again.)
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
            NEW.notes || ' ' || NEW.good_at || ' ' || NEW.needs,
            coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct
                      JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = NEW.id), ''));
END;
CREATE TRIGGER contact_fts_upd
AFTER UPDATE OF display_name, given_name, family_name, nickname, company_id, department, title,
    notes, good_at, needs ON contact BEGIN
    UPDATE contact_fts SET
        names = NEW.display_name || ' ' || NEW.given_name || ' ' || NEW.family_name || ' '
            || NEW.nickname,
        organization = coalesce((SELECT name FROM company WHERE id = NEW.company_id), '') || ' '
            || NEW.department,
        title = NEW.title,
        notes = NEW.notes || ' ' || NEW.good_at || ' ' || NEW.needs
    WHERE rowid = NEW.id;
END;
