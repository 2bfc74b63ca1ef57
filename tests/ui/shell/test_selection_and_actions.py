"""The current contact shared by the table and the panels, and the registry of actions."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from netdesk.ui.shell.actions import Actions
from netdesk.ui.shell.selection import ContactSelection


def test_the_current_contact_is_announced_once_per_change(qapp: QApplication) -> None:
    selection = ContactSelection()
    seen: list[object] = []
    asked: list[int] = []
    selection.current_changed.connect(seen.append)
    selection.select_requested.connect(asked.append)
    selection.set_current(7)
    selection.set_current(7)
    selection.set_current(None)
    assert seen == [7, None]
    selection.select(9)  # a panel asks; the table decides what becomes current
    assert asked == [9] and selection.current() is None
    selection.set_current(9)
    assert selection.selected_ids() == [9]  # no table: the current contact alone
    assert ContactSelection(selected=lambda: [3, 4]).selected_ids() == [3, 4]


def test_actions_are_registered_once_by_name(qapp: QApplication) -> None:
    actions = Actions()
    log = actions.add("log-meeting", QAction("Log meeting..."))
    assert actions["log-meeting"] is log and "log-meeting" in actions
    assert log.objectName() == "log-meeting"
    assert actions.get("nothing") is None
    with pytest.raises(ValueError, match="log-meeting"):
        actions.add("log-meeting", QAction("Another"))
    assert list(actions) == ["log-meeting"]
    # A command nobody provides opens nothing; the one who does it provides it.
    assert actions.log_meeting(1) is None
    opened: list[int] = []
    actions.log_meeting = lambda contact_id: opened.append(contact_id)  # type: ignore[func-returns-value]
    actions.log_meeting(5)
    assert opened == [5]
