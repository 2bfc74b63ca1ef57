"""Past employers in the contact editor: added from the keyboard with the companies' completer,
put in order, removed, and saved with the contact (the second ring of "who do I know at X")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact, load_contact, update_contact
from netdesk.models.records import ContactData
from netdesk.ui.contacts.editor import ContactEditor


def make_editor(
    qtbot: QtBot, saved: list[ContactData], data: ContactData | None = None
) -> ContactEditor:
    editor = ContactEditor(saved.append, data, None)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_enter_adds_a_past_employer_instead_of_saving(qtbot: QtBot, db: Path) -> None:
    saved: list[ContactData] = []
    editor = make_editor(qtbot, saved, ContactData(display_name="Sara Smith"))
    past = editor.past_employers
    qtbot.keyClicks(past.name, "Initech")
    qtbot.keyClick(past.name, Qt.Key.Key_Return)
    qtbot.keyClicks(past.name, "  Globex   Corp ")
    qtbot.keyClick(past.name, Qt.Key.Key_Return)
    assert editor.isVisible() and saved == []
    assert past.values() == ["Initech", "Globex Corp"]
    assert past.name.text() == ""

    # The same company again (another case) is not listed twice.
    qtbot.keyClicks(past.name, "INITECH")
    qtbot.keyClick(past.name, Qt.Key.Key_Return)
    assert past.values() == ["Initech", "Globex Corp"]
    assert past.list.currentRow() == 0

    # Enter with nothing typed saves the contact, as everywhere in the editor.
    qtbot.keyClick(past.name, Qt.Key.Key_Return)
    assert not editor.isVisible()
    assert saved[0].past_employers == ["Initech", "Globex Corp"]


def test_past_employers_are_reordered_removed_and_kept_when_saved(qtbot: QtBot, db: Path) -> None:
    sara = create_contact(
        ContactData(display_name="Sara Smith", past_employers=["Initech", "Globex", "Umbrella"])
    )
    saved: list[ContactData] = []
    editor = make_editor(qtbot, saved, load_contact(sara))
    past = editor.past_employers
    assert past.values() == ["Initech", "Globex", "Umbrella"]

    past.list.setCurrentRow(0)
    assert not past.up_button.isEnabled() and past.down_button.isEnabled()
    past.down_button.click()
    assert past.values() == ["Globex", "Initech", "Umbrella"]
    past.list.setCurrentRow(2)
    assert not past.down_button.isEnabled()
    past.remove_button.click()
    assert past.values() == ["Globex", "Initech"]
    # Typed but not added yet: a save keeps it.
    qtbot.keyClicks(past.name, "Hooli")
    editor.accept()
    assert saved[0].past_employers == ["Globex", "Initech", "Hooli"]

    update_contact(sara, saved[0])
    assert load_contact(sara).past_employers == ["Globex", "Initech", "Hooli"]


def test_the_completer_offers_known_companies(qtbot: QtBot, db: Path) -> None:
    create_contact(ContactData(display_name="Bob", organization="Globex Corporation"))
    editor = make_editor(qtbot, [], ContactData(display_name="Sara Smith"))
    past = editor.past_employers
    qtbot.keyClicks(past.name, "glo")
    completer = past.name.completer()
    assert completer is not None
    model = completer.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Globex Corporation"]


def test_the_label_s_mnemonic_goes_to_the_name_field(qtbot: QtBot, db: Path) -> None:
    editor = make_editor(qtbot, [], ContactData(display_name="Sara Smith"))
    (label,) = [w for w in editor.findChildren(QLabel) if w.buddy() is editor.past_employers]
    assert label.text() == "Used to &work at:"
    editor.past_employers.setFocus()
    assert editor.focusWidget() is editor.past_employers.name


def test_a_company_picked_from_the_completer_is_added(qtbot: QtBot, db: Path) -> None:
    create_contact(ContactData(display_name="Bob", organization="Globex Corporation"))
    editor = make_editor(qtbot, [], ContactData(display_name="Sara Smith"))
    past = editor.past_employers
    qtbot.keyClicks(past.name, "glo")
    completer = past.name.completer()
    assert completer is not None
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    completer.popup().setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: past.list.count() == 1)
    assert past.values() == ["Globex Corporation"] and past.name.text() == ""
    assert editor.isVisible()
