"""The current contact, shared by the contact table, the referral tree, History and This week.

One small object instead of panels asking the window or each other: the contact table owns the
current row and reports it (:meth:`ContactSelection.set_current`); anyone may ask for a contact
to be shown (:meth:`ContactSelection.select`), and the table makes it current, clearing filters
that hide it. Everyone who follows the current contact connects to ``current_changed``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class ContactSelection(QObject):
    """Which contact is current, and which are selected (see the module docstring)."""

    current_changed = Signal(object)
    """The current contact's id, or None when no contact is current."""
    select_requested = Signal(int)
    """Someone asked for this contact to be shown and made current (the table does it)."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        selected: Callable[[], list[int]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._current: int | None = None
        self._selected = selected

    def current(self) -> int | None:
        return self._current

    def select(self, contact_id: int) -> None:
        """Show ``contact_id`` and make it current."""
        self.select_requested.emit(contact_id)

    def set_current(self, contact_id: int | None) -> None:
        """Called by the table when its current row changed."""
        if contact_id != self._current:
            self._current = contact_id
            self.current_changed.emit(contact_id)

    def selected_ids(self) -> list[int]:
        """Every selected contact, in the table's order (the current one alone without one)."""
        if self._selected is not None:
            return self._selected()
        return [] if self._current is None else [self._current]
