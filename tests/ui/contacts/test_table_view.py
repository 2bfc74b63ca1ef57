"""The contact table's view: a header click sorts in the database."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from netdesk.ui.contacts.model import Column
from netdesk.ui.shell.main_window import MainWindow


def test_header_click_sorts_in_the_database(
    qtbot: QtBot, main_window: MainWindow, people: dict[str, int]
) -> None:
    main_window.refresh()
    header = main_window.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.ORGANIZATION) + 10
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, header.height() // 2))
    assert header.sortIndicatorSection() == Column.ORGANIZATION
    organizations = [main_window.model.index(r, Column.ORGANIZATION).data() for r in range(3)]
    assert organizations == sorted(organizations)
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, header.height() // 2))
    organizations = [main_window.model.index(r, Column.ORGANIZATION).data() for r in range(3)]
    assert organizations == sorted(organizations, reverse=True)


def test_a_status_header_click_sorts_in_campaign_order(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """To contact, contacted, meeting set, met, keep in touch, dormant, as a campaign moves (not
    "Contacted, Dormant, Keep in touch, ..."); the filter and the editor list them so too."""
    from netdesk.core.contacts import create_contact
    from netdesk.models import Status
    from netdesk.models.records import ContactData
    from netdesk.ui import labels

    campaign = [
        "To contact", "Contacted", "Meeting set", "Met", "Keep in touch", "Dormant"
    ]  # fmt: skip
    for n, status in enumerate(reversed(list(Status))):  # names in the opposite order
        create_contact(ContactData(display_name=f"Person {n}", status=status))
    main_window.refresh()
    qtbot.waitUntil(lambda: main_window.model.rowCount() == len(campaign))
    header = main_window.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.STATUS) + 10
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, header.height() // 2))
    assert header.sortIndicatorSection() == Column.STATUS

    def shown() -> list[str]:
        return [main_window.model.index(r, Column.STATUS).data() for r in range(len(campaign))]

    qtbot.waitUntil(lambda: shown() == campaign)
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, header.height() // 2))
    qtbot.waitUntil(lambda: shown() == campaign[::-1])

    combo = main_window.status_filter
    assert [combo.itemText(i) for i in range(1, combo.count())] == campaign
    editor = main_window.open_editor(None)
    assert editor is not None
    assert [editor.status.itemText(i) for i in range(editor.status.count())] == campaign
    assert [labels.label(s) for s in Status] == campaign
    editor.reject()
