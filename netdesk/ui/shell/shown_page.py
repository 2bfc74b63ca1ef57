"""A page that reads what it shows only while it is shown.

Companies, Postings and the Dashboard read a good deal at 100,000 contacts; reading them again
on every change while another page is in front costs without anyone seeing it. A
:class:`ShownPage` re-reads on a change (``store_changed``, connected to its
``ChangeWatch``) only while it is visible, and otherwise once when it is shown again. It starts
stale: the first showing reads.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from netdesk.models.store import Changes


class ShownPage(QWidget):
    """See the module docstring; a subclass reads in :meth:`refresh`, which clears ``_stale``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True

    def refresh(self) -> None:
        """Read again what the page shows."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _store_changed(self, _changes: Changes) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
