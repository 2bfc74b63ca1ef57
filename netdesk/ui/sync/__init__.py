"""Sync with CardDAV/CalDAV servers in the window: Edit > Sync accounts..., Tools > Sync now
(Ctrl+Shift+S, on the toolbar too), the sync's state in the status bar, the first sync's
preview of matches and the conflicts to settle."""
