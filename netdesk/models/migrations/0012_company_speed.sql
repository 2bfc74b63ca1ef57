-- Schema version 12: the Companies list and "who do I know at X?" at 100,000 contacts.
--
-- 1. Each company's figures (people known there, warm and cold; open postings; the last
--    interaction with anyone there; the open task due first of anyone there) are kept in
--    company_figures by triggers, so that a sort by a figure reads one small table instead of
--    counting over every contact, posting and task. The table is derived: undo never copies
--    it, and every write to contact, job_posting, task or company (from any process) keeps it
--    right through the triggers below. "Open" is OPEN_STAGES of netdesk/models/enums.py.
CREATE TABLE company_figures (
    company_id INTEGER PRIMARY KEY,
    warm INTEGER NOT NULL DEFAULT 0,
    cold INTEGER NOT NULL DEFAULT 0,
    open_postings INTEGER NOT NULL DEFAULT 0,
    last_interaction TEXT,
    next_task INTEGER
);
CREATE INDEX company_figures_next_task ON company_figures (next_task)
WHERE next_task IS NOT NULL;

-- What the figures are counted on: a company's people with their lead, last contact and
-- name in one index (the counts, the latest contact and the first ring of "who do I know"
-- without reading a contact row); the open tasks of a person due first.
DROP INDEX contact_company;
CREATE INDEX contact_company ON contact (company_id, lead, last_contact, sort_name);
CREATE INDEX task_open ON task (contact_id, due, id) WHERE done = 0;

INSERT INTO company_figures (company_id, warm, cold, open_postings, last_interaction, next_task)
SELECT co.id,
    (SELECT count(*) FROM contact c WHERE c.company_id = co.id AND c.lead = 'warm'),
    (SELECT count(*) FROM contact c WHERE c.company_id = co.id AND c.lead <> 'warm'),
    (SELECT count(*) FROM job_posting p WHERE p.company_id = co.id AND p.stage IN (
        'applied', 'interviewing', 'introduced', 'offer', 'researching', 'seen')),
    (SELECT max(c.last_contact) FROM contact c WHERE c.company_id = co.id),
    (SELECT t.id FROM contact c CROSS JOIN task t ON t.contact_id = c.id
     WHERE c.company_id = co.id AND t.done = 0 ORDER BY t.due, t.id LIMIT 1)
FROM company co;

CREATE TRIGGER company_figures_ins AFTER INSERT ON company BEGIN
    INSERT OR REPLACE INTO company_figures
        (company_id, warm, cold, open_postings, last_interaction, next_task)
    VALUES (NEW.id,
        (SELECT count(*) FROM contact c WHERE c.company_id = NEW.id AND c.lead = 'warm'),
        (SELECT count(*) FROM contact c WHERE c.company_id = NEW.id AND c.lead <> 'warm'),
        (SELECT count(*) FROM job_posting p WHERE p.company_id = NEW.id AND p.stage IN (
            'applied', 'interviewing', 'introduced', 'offer', 'researching', 'seen')),
        (SELECT max(c.last_contact) FROM contact c WHERE c.company_id = NEW.id),
        (SELECT t.id FROM contact c CROSS JOIN task t ON t.contact_id = c.id
         WHERE c.company_id = NEW.id AND t.done = 0 ORDER BY t.due, t.id LIMIT 1));
END;
CREATE TRIGGER company_figures_del AFTER DELETE ON company BEGIN
    DELETE FROM company_figures WHERE company_id = OLD.id;
END;

-- People: a new contact adds to its company's counts; a change of company, lead or last
-- contact, or a contact deleted, counts the companies concerned again (on contact_company,
-- without reading a contact row).
CREATE TRIGGER contact_figures_ins AFTER INSERT ON contact WHEN NEW.company_id IS NOT NULL
BEGIN
    UPDATE company_figures SET
        warm = warm + (NEW.lead = 'warm'),
        cold = cold + (NEW.lead <> 'warm'),
        last_interaction = CASE WHEN NEW.last_contact > coalesce(last_interaction, '')
            THEN NEW.last_contact ELSE last_interaction END,
        next_task = (
            SELECT id FROM (
                SELECT t.id, t.due FROM task t WHERE t.id = company_figures.next_task AND t.done = 0
                UNION ALL
                SELECT t.id, t.due FROM task t WHERE t.contact_id = NEW.id AND t.done = 0)
            ORDER BY due, id LIMIT 1)
    WHERE company_id = NEW.company_id;
END;
CREATE TRIGGER contact_figures_upd AFTER UPDATE OF company_id, lead, last_contact ON contact
WHEN OLD.company_id IS NOT NEW.company_id OR OLD.lead IS NOT NEW.lead
    OR OLD.last_contact IS NOT NEW.last_contact
BEGIN
    UPDATE company_figures SET
        warm = (SELECT count(*) FROM contact c
                WHERE c.company_id = company_figures.company_id AND c.lead = 'warm'),
        cold = (SELECT count(*) FROM contact c
                WHERE c.company_id = company_figures.company_id AND c.lead <> 'warm'),
        last_interaction = (SELECT max(c.last_contact) FROM contact c
                            WHERE c.company_id = company_figures.company_id)
    WHERE company_id IN (OLD.company_id, NEW.company_id);
    -- The company left: its next step may have been this person's.
    UPDATE company_figures SET next_task = (
        SELECT t.id FROM contact c CROSS JOIN task t ON t.contact_id = c.id
        WHERE c.company_id = company_figures.company_id AND t.done = 0
        ORDER BY t.due, t.id LIMIT 1)
    WHERE OLD.company_id IS NOT NEW.company_id AND company_id = OLD.company_id
        AND (SELECT t.contact_id FROM task t WHERE t.id = company_figures.next_task) = NEW.id;
    -- The company joined: this person's open tasks may come first there.
    UPDATE company_figures SET next_task = (
        SELECT id FROM (
            SELECT t.id, t.due FROM task t WHERE t.id = company_figures.next_task AND t.done = 0
            UNION ALL
            SELECT t.id, t.due FROM task t WHERE t.contact_id = NEW.id AND t.done = 0)
        ORDER BY due, id LIMIT 1)
    WHERE OLD.company_id IS NOT NEW.company_id AND company_id = NEW.company_id;
END;
CREATE TRIGGER contact_figures_del AFTER DELETE ON contact WHEN OLD.company_id IS NOT NULL
BEGIN
    UPDATE company_figures SET
        warm = (SELECT count(*) FROM contact c
                WHERE c.company_id = company_figures.company_id AND c.lead = 'warm'),
        cold = (SELECT count(*) FROM contact c
                WHERE c.company_id = company_figures.company_id AND c.lead <> 'warm'),
        last_interaction = (SELECT max(c.last_contact) FROM contact c
                            WHERE c.company_id = company_figures.company_id),
        next_task = CASE
            WHEN coalesce((SELECT t.contact_id FROM task t
                           WHERE t.id = company_figures.next_task), OLD.id) = OLD.id
            THEN (SELECT t.id FROM contact c CROSS JOIN task t ON t.contact_id = c.id
                  WHERE c.company_id = company_figures.company_id AND t.done = 0
                  ORDER BY t.due, t.id LIMIT 1)
            ELSE next_task END
    WHERE company_id = OLD.company_id;
END;

-- Postings: counted again on job_posting_company (company, stage).
CREATE TRIGGER job_posting_figures_ins AFTER INSERT ON job_posting BEGIN
    UPDATE company_figures SET open_postings = (
        SELECT count(*) FROM job_posting p WHERE p.company_id = NEW.company_id AND p.stage IN (
            'applied', 'interviewing', 'introduced', 'offer', 'researching', 'seen'))
    WHERE company_id = NEW.company_id;
END;
CREATE TRIGGER job_posting_figures_upd AFTER UPDATE OF company_id, stage ON job_posting BEGIN
    UPDATE company_figures SET open_postings = (
        SELECT count(*) FROM job_posting p
        WHERE p.company_id = company_figures.company_id AND p.stage IN (
            'applied', 'interviewing', 'introduced', 'offer', 'researching', 'seen'))
    WHERE company_id IN (OLD.company_id, NEW.company_id);
END;
CREATE TRIGGER job_posting_figures_del AFTER DELETE ON job_posting BEGIN
    UPDATE company_figures SET open_postings = (
        SELECT count(*) FROM job_posting p WHERE p.company_id = OLD.company_id AND p.stage IN (
            'applied', 'interviewing', 'introduced', 'offer', 'researching', 'seen'))
    WHERE company_id = OLD.company_id;
END;

-- Tasks: a task that was a company's next step and is gone, done, later or someone else's
-- makes that company look again (company_figures_next_task finds it); an open task is
-- compared with the next step of its person's company. INSERT OR REPLACE (undo) deletes the
-- old row without a trigger: the insert looks again where the old row was the next step.
CREATE TRIGGER task_figures_ins AFTER INSERT ON task BEGIN
    UPDATE company_figures SET next_task = (
        SELECT t.id FROM contact c CROSS JOIN task t ON t.contact_id = c.id
        WHERE c.company_id = company_figures.company_id AND t.done = 0
        ORDER BY t.due, t.id LIMIT 1)
    WHERE next_task = NEW.id;
    UPDATE company_figures SET next_task = (
        SELECT t.id FROM task t WHERE t.done = 0 AND t.id IN (company_figures.next_task, NEW.id)
        ORDER BY t.due, t.id LIMIT 1)
    WHERE NEW.done = 0
        AND company_id = (SELECT c.company_id FROM contact c WHERE c.id = NEW.contact_id);
END;
CREATE TRIGGER task_figures_upd AFTER UPDATE OF contact_id, done, due ON task BEGIN
    UPDATE company_figures SET next_task = (
        SELECT t.id FROM contact c CROSS JOIN task t ON t.contact_id = c.id
        WHERE c.company_id = company_figures.company_id AND t.done = 0
        ORDER BY t.due, t.id LIMIT 1)
    WHERE next_task = NEW.id;
    UPDATE company_figures SET next_task = (
        SELECT t.id FROM task t WHERE t.done = 0 AND t.id IN (company_figures.next_task, NEW.id)
        ORDER BY t.due, t.id LIMIT 1)
    WHERE NEW.done = 0
        AND company_id = (SELECT c.company_id FROM contact c WHERE c.id = NEW.contact_id);
END;
CREATE TRIGGER task_figures_del AFTER DELETE ON task BEGIN
    UPDATE company_figures SET next_task = (
        SELECT t.id FROM contact c CROSS JOIN task t ON t.contact_id = c.id
        WHERE c.company_id = company_figures.company_id AND t.done = 0
        ORDER BY t.due, t.id LIMIT 1)
    WHERE next_task = OLD.id;
END;

-- 2. "Who do I know at X?" walks the referrals both ways from each person of the first two
--    rings: each direction is one index that holds both ends, so no referral row is read; and
--    ranks thousands of people by lead and name from a narrow index of those two (a contact
--    row is some 350 bytes, an entry of contact_ring some 30).
CREATE INDEX contact_ring ON contact (id, lead, sort_name);
DROP INDEX referral_referrer;
CREATE INDEX referral_referrer ON referral (referrer_id, referred_id);
CREATE INDEX referral_referred ON referral (referred_id, referrer_id);
