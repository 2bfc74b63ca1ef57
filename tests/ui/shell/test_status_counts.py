"""The status bar's counts: the contacts in the singular and the plural, the follow-ups due."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot


def test_the_status_bar_says_1_contact(qapp: QApplication, qtbot: QtBot, db: Path) -> None:
    from netdesk.core.contacts import create_contact
    from netdesk.models.records import ContactData
    from netdesk.ui.contacts.model import ContactTableModel
    from netdesk.ui.shell.status_counts import StatusCounts
    from netdesk.ui.shell.tasks import wait_for_tasks

    create_contact(ContactData(display_name="Ann Lee"))
    model = ContactTableModel()
    counts = StatusCounts(model)
    counts.count()
    qtbot.waitUntil(lambda: counts.text() == "1 contact - 0 follow-ups due this week")
    create_contact(ContactData(display_name="Bo Kim"))
    counts.count()
    qtbot.waitUntil(lambda: counts.text() == "2 contacts - 0 follow-ups due this week")
    model.stop()
    wait_for_tasks()
