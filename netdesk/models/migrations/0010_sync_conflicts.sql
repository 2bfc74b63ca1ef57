-- Conflicts of follow-ups, thank-you notes and meetings too, not only of contacts (issue 16).
-- A conflict is about a contact (kind 'contact': every row version 9 wrote, whose contact_id
-- says which) or about a task or meeting (kind 'task' or 'meeting', item_id saying which; its
-- person then in contact_id, 0 for a task without one). The field names of a task or meeting
-- are those the calendar sync compares (title, due, done; start, minutes, purpose...).
-- A task or meeting deleted here takes its conflicts along (a meeting's tasks too, deleted
-- with it): nothing is left to choose for, and an id SQLite gives again to a new task never
-- inherits the old one's conflicts.
ALTER TABLE sync_conflict ADD COLUMN kind TEXT NOT NULL DEFAULT 'contact'
    CHECK (kind IN ('contact', 'task', 'meeting'));
ALTER TABLE sync_conflict ADD COLUMN item_id INTEGER NOT NULL DEFAULT 0;
CREATE INDEX sync_conflict_item ON sync_conflict (kind, item_id);

CREATE TRIGGER sync_conflict_task_del AFTER DELETE ON task BEGIN
    DELETE FROM sync_conflict WHERE kind = 'task' AND item_id = old.id;
END;
CREATE TRIGGER sync_conflict_meeting_del AFTER DELETE ON meeting BEGIN
    DELETE FROM sync_conflict WHERE kind = 'meeting' AND item_id = old.id;
END;
