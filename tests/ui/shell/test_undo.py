"""Undo in the main window covers imports, calls logged and items ticked off, and keeps the
history before them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact, load_contact
from netdesk.core.query import contact_ids
from netdesk.models import Contact, Interaction, Status
from netdesk.models.records import ContactData, Email, ReferralInfo
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.week.view import Section


def idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.writer.busy, timeout=10_000)


def undo(qtbot: QtBot, window: MainWindow) -> None:
    window.undo_action.trigger()
    idle(qtbot, window)


def redo(qtbot: QtBot, window: MainWindow) -> None:
    window.redo_action.trigger()
    idle(qtbot, window)


def test_an_import_is_one_undo_step_after_the_ones_before(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    anna = create_contact(ContactData(display_name="Anna Lee", emails=[Email("ann@x.org")]))
    main_window.refresh()
    editor = main_window.open_editor(None)
    assert editor is not None
    editor.display_name.setText("Zed Typed")
    editor.accept()
    idle(qtbot, main_window)
    zed = main_window.current_contact_id()
    assert zed is not None and main_window.undo_stack.count() == 1

    cards = tmp_path / "phone.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Lee\r\nEMAIL:ann@x.org\r\nTITLE:CTO\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Kim\r\nEMAIL:bo@x.org\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    main_window.import_files([cards])
    dialog = main_window.import_export.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    with qtbot.waitSignal(dialog.import_finished, timeout=10_000):
        dialog.start_import()
    assert load_contact(anna).title == "CTO"
    bo = next(i for i in contact_ids() if i not in (anna, zed))
    assert main_window.undo_stack.count() == 2  # the history before the import is kept
    assert main_window.undo_stack.undoText() == "Import 2 contacts"

    undo(qtbot, main_window)
    assert sorted(contact_ids()) == sorted([anna, zed])  # exactly what it created is gone
    assert load_contact(anna).title == ""  # and the merge is reverted
    redo(qtbot, main_window)
    assert load_contact(bo).name == "Bo Kim" and load_contact(anna).title == "CTO"
    undo(qtbot, main_window)
    undo(qtbot, main_window)  # the add before the import
    assert contact_ids() == [anna]
    redo(qtbot, main_window)
    redo(qtbot, main_window)
    assert sorted(contact_ids()) == sorted([anna, zed, bo])


def test_logging_a_call_can_be_undone(qtbot: QtBot, main_window: MainWindow) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    main_window.refresh()
    qtbot.waitUntil(lambda: main_window.model.is_complete)
    main_window.select_contact(sara)
    timeline = main_window.meetings.timeline
    timeline.summary.setText("Left a message")
    timeline.call_button.click()
    idle(qtbot, main_window)
    assert Interaction.select().count() == 1
    assert Contact.get_by_id(sara).status == Status.CONTACTED
    assert main_window.undo_stack.undoText() == "Log a call"

    undo(qtbot, main_window)
    assert Interaction.select().count() == 0
    contact = Contact.get_by_id(sara)
    assert (contact.status, contact.last_contact) == (Status.TO_CONTACT, None)
    qtbot.waitUntil(lambda: timeline.model.entries() == [])
    redo(qtbot, main_window)
    assert [i.summary for i in Interaction.select()] == ["Left a message"]
    assert Contact.get_by_id(sara).last_contact == date.today()

    timeline.summary.setText("Sent the article")
    timeline.email_button.click()
    idle(qtbot, main_window)
    assert main_window.undo_stack.undoText() == "Log an e-mail"
    undo(qtbot, main_window)
    assert [i.summary for i in Interaction.select()] == ["Left a message"]


def test_ticking_an_item_off_can_be_undone(qtbot: QtBot, main_window: MainWindow) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    john = create_contact(ContactData(display_name="John Public", referral=ReferralInfo(sara)))
    main_window.refresh()
    view = main_window.meetings.week_view
    view.refresh()
    qtbot.waitUntil(lambda: not view.is_loading())
    view.section_item(Section.REFERRALS, "John Public").setCheckState(0, Qt.CheckState.Checked)
    idle(qtbot, main_window)
    assert Contact.get_by_id(john).status == Status.CONTACTED
    assert main_window.undo_stack.undoText() == "Tick off John Public"
    qtbot.waitUntil(lambda: not view.is_loading() and not view.section_texts(Section.REFERRALS))

    undo(qtbot, main_window)
    contact = Contact.get_by_id(john)
    assert (contact.status, contact.last_contact) == (Status.TO_CONTACT, None)
    qtbot.waitUntil(lambda: view.section_texts(Section.REFERRALS) == ["John Public"])
    redo(qtbot, main_window)
    assert Contact.get_by_id(john).status == Status.CONTACTED
