-- Schema version 2: search and sort in SQLite.
-- Denormalised sort keys kept in step by triggers, one index per sortable column, and an FTS5
-- index over names, organization, title, e-mails, phones, notes and tags.
ALTER TABLE contact ADD COLUMN org_sort TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN referrer_sort TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN primary_email TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN primary_phone TEXT NOT NULL DEFAULT '';

UPDATE contact SET
    org_sort = coalesce((SELECT sort_name FROM company WHERE company.id = contact.company_id), ''),
    referrer_sort = coalesce((SELECT p.sort_name FROM referral r JOIN contact p ON p.id = r.referrer_id
                              WHERE r.referred_id = contact.id), ''),
    primary_email = coalesce((SELECT address FROM contact_email e WHERE e.contact_id = contact.id
                              ORDER BY position, id LIMIT 1), ''),
    primary_phone = coalesce((SELECT number FROM contact_phone p WHERE p.contact_id = contact.id
                              ORDER BY position, id LIMIT 1), '');

CREATE INDEX contact_by_org ON contact (org_sort, sort_name);
CREATE INDEX contact_by_title ON contact (title COLLATE NOCASE, sort_name);
CREATE INDEX contact_by_relationship ON contact (relationship, sort_name);
CREATE INDEX contact_by_lead ON contact (lead, sort_name);
CREATE INDEX contact_by_status ON contact (status, sort_name);
CREATE INDEX contact_by_referrer ON contact (referrer_sort, sort_name);
CREATE INDEX contact_by_last_contact ON contact (last_contact, sort_name);
CREATE INDEX contact_by_follow_up ON contact (next_follow_up, sort_name);
CREATE INDEX contact_by_email ON contact (primary_email COLLATE NOCASE, sort_name);
CREATE INDEX contact_by_phone ON contact (primary_phone, sort_name);
CREATE INDEX contact_by_date_added ON contact (date_added, sort_name);

-- Sort keys --------------------------------------------------------------------------------------
-- Bulk loaders may supply org_sort (and primary_email, primary_phone) themselves; see bulk.py.
CREATE TRIGGER contact_org_sort_ins AFTER INSERT ON contact
WHEN NEW.org_sort IS NOT coalesce((SELECT sort_name FROM company WHERE id = NEW.company_id), '')
BEGIN
    UPDATE contact SET org_sort = coalesce((SELECT sort_name FROM company WHERE id = NEW.company_id), '')
    WHERE id = NEW.id;
END;
CREATE TRIGGER contact_org_sort_upd AFTER UPDATE OF company_id ON contact BEGIN
    UPDATE contact SET org_sort = coalesce((SELECT sort_name FROM company WHERE id = NEW.company_id), '')
    WHERE id = NEW.id;
END;
CREATE TRIGGER company_sort_upd AFTER UPDATE OF sort_name ON company BEGIN
    UPDATE contact SET org_sort = NEW.sort_name WHERE company_id = NEW.id;
END;
CREATE TRIGGER contact_referrer_sort_upd AFTER UPDATE OF sort_name ON contact BEGIN
    UPDATE contact SET referrer_sort = NEW.sort_name
    WHERE id IN (SELECT referred_id FROM referral WHERE referrer_id = NEW.id);
END;
CREATE TRIGGER referral_sort_ins AFTER INSERT ON referral BEGIN
    UPDATE contact SET referrer_sort = (SELECT sort_name FROM contact WHERE id = NEW.referrer_id)
    WHERE id = NEW.referred_id;
END;
CREATE TRIGGER referral_sort_upd AFTER UPDATE OF referrer_id, referred_id ON referral BEGIN
    UPDATE contact SET referrer_sort = '' WHERE id = OLD.referred_id;
    UPDATE contact SET referrer_sort = (SELECT sort_name FROM contact WHERE id = NEW.referrer_id)
    WHERE id = NEW.referred_id;
END;
CREATE TRIGGER referral_sort_del AFTER DELETE ON referral BEGIN
    UPDATE contact SET referrer_sort = '' WHERE id = OLD.referred_id;
END;

-- Full-text index --------------------------------------------------------------------------------
CREATE VIRTUAL TABLE contact_fts USING fts5 (
    names, organization, title, emails, phones, notes, tags,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3',
    detail = none
);

INSERT INTO contact_fts (rowid, names, organization, title, emails, phones, notes, tags)
SELECT c.id,
       c.display_name || ' ' || c.given_name || ' ' || c.family_name,
       coalesce((SELECT name FROM company WHERE id = c.company_id), ''),
       c.title,
       coalesce((SELECT group_concat(address, ' ') FROM contact_email WHERE contact_id = c.id), ''),
       coalesce((SELECT group_concat(number || ' ' || replace(replace(replace(replace(replace(
                    number, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), ' ')
                 FROM contact_phone WHERE contact_id = c.id), ''),
       c.notes,
       coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
                 WHERE ct.contact_id = c.id), '')
FROM contact c;

CREATE TRIGGER contact_fts_ins AFTER INSERT ON contact BEGIN
    INSERT INTO contact_fts (rowid, names, organization, title, emails, phones, notes, tags)
    VALUES (NEW.id, NEW.display_name || ' ' || NEW.given_name || ' ' || NEW.family_name,
            coalesce((SELECT name FROM company WHERE id = NEW.company_id), ''),
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
AFTER UPDATE OF display_name, given_name, family_name, company_id, title, notes ON contact BEGIN
    UPDATE contact_fts SET
        names = NEW.display_name || ' ' || NEW.given_name || ' ' || NEW.family_name,
        organization = coalesce((SELECT name FROM company WHERE id = NEW.company_id), ''),
        title = NEW.title,
        notes = NEW.notes
    WHERE rowid = NEW.id;
END;
CREATE TRIGGER contact_fts_del AFTER DELETE ON contact BEGIN
    DELETE FROM contact_fts WHERE rowid = OLD.id;
END;
CREATE TRIGGER company_fts_upd AFTER UPDATE OF name ON company BEGIN
    UPDATE contact_fts SET organization = NEW.name
    WHERE rowid IN (SELECT id FROM contact WHERE company_id = NEW.id);
END;

CREATE TRIGGER email_ins AFTER INSERT ON contact_email BEGIN
    UPDATE contact_fts SET emails = (SELECT group_concat(address, ' ') FROM contact_email
                                     WHERE contact_id = NEW.contact_id)
    WHERE rowid = NEW.contact_id;
    UPDATE contact SET primary_email = (SELECT address FROM contact_email WHERE contact_id = NEW.contact_id
                                        ORDER BY position, id LIMIT 1)
    WHERE id = NEW.contact_id;
END;
CREATE TRIGGER email_upd AFTER UPDATE ON contact_email BEGIN
    UPDATE contact_fts SET emails = coalesce((SELECT group_concat(address, ' ') FROM contact_email
                                              WHERE contact_id = OLD.contact_id), '')
    WHERE rowid = OLD.contact_id;
    UPDATE contact_fts SET emails = (SELECT group_concat(address, ' ') FROM contact_email
                                     WHERE contact_id = NEW.contact_id)
    WHERE rowid = NEW.contact_id;
    UPDATE contact SET primary_email = coalesce((SELECT address FROM contact_email
        WHERE contact_id = contact.id ORDER BY position, id LIMIT 1), '')
    WHERE id IN (OLD.contact_id, NEW.contact_id);
END;
CREATE TRIGGER email_del AFTER DELETE ON contact_email BEGIN
    UPDATE contact_fts SET emails = coalesce((SELECT group_concat(address, ' ') FROM contact_email
                                              WHERE contact_id = OLD.contact_id), '')
    WHERE rowid = OLD.contact_id;
    UPDATE contact SET primary_email = coalesce((SELECT address FROM contact_email
        WHERE contact_id = OLD.contact_id ORDER BY position, id LIMIT 1), '')
    WHERE id = OLD.contact_id;
END;

CREATE TRIGGER phone_ins AFTER INSERT ON contact_phone BEGIN
    UPDATE contact_fts SET phones = (SELECT group_concat(number || ' ' || replace(replace(replace(
        replace(replace(number, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), ' ')
        FROM contact_phone WHERE contact_id = NEW.contact_id)
    WHERE rowid = NEW.contact_id;
    UPDATE contact SET primary_phone = (SELECT number FROM contact_phone WHERE contact_id = NEW.contact_id
                                        ORDER BY position, id LIMIT 1)
    WHERE id = NEW.contact_id;
END;
CREATE TRIGGER phone_upd AFTER UPDATE ON contact_phone BEGIN
    UPDATE contact_fts SET phones = coalesce((SELECT group_concat(number || ' ' || replace(replace(
        replace(replace(replace(number, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), ' ')
        FROM contact_phone WHERE contact_id = contact_fts.rowid), '')
    WHERE rowid IN (OLD.contact_id, NEW.contact_id);
    UPDATE contact SET primary_phone = coalesce((SELECT number FROM contact_phone
        WHERE contact_id = contact.id ORDER BY position, id LIMIT 1), '')
    WHERE id IN (OLD.contact_id, NEW.contact_id);
END;
CREATE TRIGGER phone_del AFTER DELETE ON contact_phone BEGIN
    UPDATE contact_fts SET phones = coalesce((SELECT group_concat(number || ' ' || replace(replace(
        replace(replace(replace(number, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), ' ')
        FROM contact_phone WHERE contact_id = OLD.contact_id), '')
    WHERE rowid = OLD.contact_id;
    UPDATE contact SET primary_phone = coalesce((SELECT number FROM contact_phone
        WHERE contact_id = OLD.contact_id ORDER BY position, id LIMIT 1), '')
    WHERE id = OLD.contact_id;
END;

CREATE TRIGGER contact_tag_ins AFTER INSERT ON contact_tag BEGIN
    UPDATE contact_fts SET tags = (SELECT group_concat(t.name, ' ') FROM contact_tag ct
                                   JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = NEW.contact_id)
    WHERE rowid = NEW.contact_id;
END;
CREATE TRIGGER contact_tag_del AFTER DELETE ON contact_tag BEGIN
    UPDATE contact_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct
                                            JOIN tag t ON t.id = ct.tag_id
                                            WHERE ct.contact_id = OLD.contact_id), '')
    WHERE rowid = OLD.contact_id;
END;
CREATE TRIGGER tag_fts_upd AFTER UPDATE OF name ON tag BEGIN
    UPDATE contact_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct
                                            JOIN tag t ON t.id = ct.tag_id
                                            WHERE ct.contact_id = contact_fts.rowid), '')
    WHERE rowid IN (SELECT contact_id FROM contact_tag WHERE tag_id = NEW.id);
END;
