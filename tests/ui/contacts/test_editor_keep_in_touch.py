"""The editor's good at, needs and own rhythm fields, saved with the contact."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact, load_contact, update_contact
from netdesk.core.rhythms import rhythm_of, set_rhythm_rule
from netdesk.models import Relationship, Status
from netdesk.models.records import ContactData
from netdesk.ui.contacts.editor import ContactEditor


def _editor(qtbot: QtBot, data: ContactData, contact_id: int | None = None) -> ContactEditor:
    def save(edited: ContactData) -> None:
        if contact_id is None:
            create_contact(edited)
        else:
            update_contact(contact_id, edited)

    editor = ContactEditor(save, data, contact_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentIndex(2)  # Networking
    return editor


def test_good_at_needs_and_an_own_rhythm_are_saved(qtbot: QtBot, db: Path) -> None:
    contact_id = create_contact(ContactData(display_name="Tom Berg"))
    editor = _editor(qtbot, load_contact(contact_id), contact_id)
    editor.good_at.setPlainText("Supply chains\nfinding people in logistics")
    editor.needs.setPlainText("  A designer for his startup ")
    assert not editor.rhythm.count.isEnabled()
    qtbot.mouseClick(editor.rhythm.own, Qt.MouseButton.LeftButton)
    assert editor.rhythm.own.isChecked() and editor.rhythm.count.isEnabled()
    editor.rhythm.count.setValue(3)
    editor.accept()
    saved = load_contact(contact_id)
    assert saved.good_at == "Supply chains\nfinding people in logistics"
    assert saved.needs == "A designer for his startup"
    assert saved.rhythm_days == 21
    assert rhythm_of(contact_id).days == 21

    # Opened again, the form shows what was saved; days when it is no whole number of weeks.
    update_contact(contact_id, ContactData(**{**vars(saved), "rhythm_days": 10}))
    editor = _editor(qtbot, load_contact(contact_id), contact_id)
    assert editor.rhythm.own.isChecked()
    assert (editor.rhythm.count.value(), editor.rhythm.unit.currentData()) == (10, "days")
    assert editor.good_at.toPlainText().startswith("Supply chains")
    editor.rhythm.own.setChecked(False)  # back to the rules
    editor.accept()
    assert load_contact(contact_id).rhythm_days is None


def test_the_default_rhythm_is_shown_while_none_is_set(qtbot: QtBot, db: Path) -> None:
    editor = _editor(qtbot, ContactData(display_name="Rita", relationship=Relationship.RECRUITER))
    hint = editor.rhythm.default_hint
    assert hint.isVisible()
    assert hint.text() == "the default for Recruiter: every 2 weeks"
    # It follows the form: a dormant status wins over the relationship...
    editor.status.setCurrentIndex(editor.status.findData(Status.DORMANT))
    assert hint.text() == "the default for Dormant: every 90 days"
    # ... and a tag with a rule over both.
    set_rhythm_rule("tag", "logistics", 7)
    editor = _editor(qtbot, ContactData(display_name="Rita", relationship=Relationship.RECRUITER))
    editor.tags.setText("Berlin, logistics")
    assert editor.rhythm.default_hint.text() == 'the default for the tag "logistics": every week'
    editor.relationship.setCurrentIndex(editor.relationship.findData(Relationship.OTHER))
    editor.tags.setText("")
    assert editor.rhythm.default_hint.text() == (
        "none: no default rule applies, so they are never due"
    )
    editor.rhythm.own.setChecked(True)
    assert not editor.rhythm.default_hint.isVisible()
