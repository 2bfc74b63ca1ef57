-- Schema version 3: phone numbers in E.164 ("+14155550134") beside the number as written, so that
-- an import finds the people it already has by phone through an index. Filled by the application
-- (parsing needs the phonenumbers library); '' = not computed yet, '-' = not a phone number.
ALTER TABLE contact_phone ADD COLUMN e164 TEXT NOT NULL DEFAULT '';
CREATE INDEX contact_phone_e164 ON contact_phone (e164);
