-- Schema version 7: status sorts in campaign order (to contact, contacted, meeting set, met,
-- keep in touch, dormant) instead of alphabetically. The table sorts by this rank expression;
-- SQLite walks this index for it as it walks contact_by_status for a filter on one status. The
-- expression must stay the one models/query.py builds from the Status enum (a test compares
-- the two through the query plan).
CREATE INDEX contact_by_campaign_order ON contact (
    (CASE status
        WHEN 'to_contact' THEN 0
        WHEN 'contacted' THEN 1
        WHEN 'meeting_set' THEN 2
        WHEN 'met' THEN 3
        WHEN 'keep_in_touch' THEN 4
        WHEN 'dormant' THEN 5
        ELSE 6
    END),
    sort_name
);
