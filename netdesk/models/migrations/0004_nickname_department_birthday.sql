-- Schema version 4: what address books keep beside the name, so that an import loses none of it:
-- a nickname, the department within the organization, and a birthday as ISO text ('1985-04-15',
-- or '--04-15' when the year is not known; '' when there is none).
ALTER TABLE contact ADD COLUMN nickname TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN department TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN birthday TEXT NOT NULL DEFAULT '' CHECK (
    birthday = ''
    OR birthday GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'
    OR birthday GLOB '--[0-1][0-9]-[0-3][0-9]');
