"""Reminders: a tray icon with the number of things due today, desktop notifications, and the
Preferences checkbox that turns them off (issue 17)."""
