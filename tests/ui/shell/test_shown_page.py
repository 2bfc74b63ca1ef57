"""A page reads only while it is shown: a change while hidden is read once, when shown again."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netdesk.models.store import Changes
from netdesk.ui.shell.shown_page import ShownPage


class Counting(ShownPage):
    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def refresh(self) -> None:
        self._stale = False
        self.reads += 1


def test_a_hidden_page_reads_once_when_shown_and_a_shown_one_at_each_change(qtbot: QtBot) -> None:
    page = Counting()
    qtbot.addWidget(page)
    assert page.reads == 0  # nothing read before anyone looks
    page.show()
    assert page.reads == 1
    page._store_changed(Changes({}))
    assert page.reads == 2  # shown: read at once
    page.hide()
    page._store_changed(Changes({}))
    page._store_changed(Changes({}))
    assert page.reads == 2  # hidden: not read...
    page.show()
    assert page.reads == 3  # ...until shown, once for both changes
    page.hide()
    page.show()
    assert page.reads == 3  # nothing changed meanwhile
