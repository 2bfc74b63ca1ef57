"""The contact editor: inline validation that loses nothing, completers, every field kept."""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact, load_contact
from netdesk.core.errors import FieldError, ValidationError
from netdesk.models import Lead, Relationship, Status, close_db, init_db
from netdesk.models.records import Address, ContactData, Email, Link, Phone, ReferralInfo
from netdesk.ui.contacts.editor import ContactEditor


def make_editor(
    qtbot: QtBot,
    saved: list[ContactData],
    data: ContactData | None = None,
    contact_id: int | None = None,
) -> ContactEditor:
    editor = ContactEditor(saved.append, data, contact_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_errors_show_inline_and_nothing_typed_is_lost(qtbot: QtBot, db: Path) -> None:
    saved: list[ContactData] = []
    editor = make_editor(qtbot, saved)
    qtbot.keyClicks(editor.organization, "Northwind")
    qtbot.keyClicks(editor.emails.edit_at(0), "sara-at-northwind")
    editor.notes.setPlainText("Met at the logistics fair")
    qtbot.keyClick(editor.organization, Qt.Key.Key_Return)

    assert saved == []
    assert editor.isVisible()
    assert editor.display_name_error.isVisible()
    assert editor.display_name_error.text() == "A contact needs a name."
    assert "is not an e-mail address" in editor.emails_error.text()
    assert editor.tabs.currentIndex() == 0  # the first error is brought into view
    assert editor.focusWidget() is editor.display_name
    assert editor.organization.text() == "Northwind"
    assert editor.emails.edit_at(0).text() == "sara-at-northwind"
    assert editor.notes.toPlainText() == "Met at the logistics fair"

    qtbot.keyClicks(editor.display_name, "Sara Smith")
    editor.emails.edit_at(0).setText("sara@northwind.example")
    qtbot.keyClick(editor.display_name, Qt.Key.Key_Return)
    assert not editor.isVisible()
    assert len(saved) == 1
    assert saved[0].name == "Sara Smith"
    assert saved[0].emails == [Email("sara@northwind.example", "")]
    assert not editor.display_name_error.isVisible()


def test_errors_raised_while_saving_keep_the_dialog_open(qtbot: QtBot, db: Path) -> None:
    def refuse(_data: ContactData) -> None:
        raise ValidationError([FieldError("referrer", "That would close a loop.")])

    editor = ContactEditor(refuse)
    qtbot.addWidget(editor)
    editor.show()
    editor.display_name.setText("Ann")
    editor.accept()
    assert editor.isVisible()
    assert editor.referrer_error.text() == "That would close a loop."
    assert editor.tabs.currentIndex() == 2
    assert editor.display_name.text() == "Ann"


def test_escape_cancels(qtbot: QtBot, db: Path) -> None:
    saved: list[ContactData] = []
    editor = make_editor(qtbot, saved)
    editor.display_name.setText("Ann")
    qtbot.keyClick(editor.display_name, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert saved == []


def test_every_field_survives_a_round_trip(qtbot: QtBot, db: Path) -> None:
    referrer = create_contact(ContactData(display_name="Sara Smith"))
    data = ContactData(
        display_name="Anna Müller",
        given_name="Anna",
        family_name="Müller",
        organization="Acme",
        department="Purchasing",
        title="Buyer",
        nickname="Anni",
        birthday="1985-04-15",
        emails=[Email("anna@acme.example", "work"), Email("anna@home.example", "home")],
        phones=[Phone("+49 30 1234", "mobile")],
        addresses=[Address("work", "Hauptstr. 1", "Berlin", "", "10115", "Germany")],
        links=[Link("https://www.linkedin.com/in/anna", "LinkedIn")],
        notes="Knows the logistics people",
        photo=b"\x89PNG...",
        photo_mime="image/png",
        tags=["Berlin", "logistics"],
        relationship=Relationship.FORMER_COWORKER,
        lead=Lead.WARM,
        status=Status.MEETING_SET,
        how_met="Old job",
        last_contact=date(2026, 10, 1),
        next_follow_up=date(2026, 12, 1),
        referral=ReferralInfo(referrer, date(2026, 9, 1), "Sara said call her", True),
    )
    anna = create_contact(data)
    loaded = load_contact(anna)
    saved: list[ContactData] = []
    editor = make_editor(qtbot, saved, loaded, anna)
    assert editor.referrer.text() == "Sara Smith"
    editor.accept()
    assert saved == [loaded]


def test_referrer_is_chosen_with_the_completer(qtbot: QtBot, db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith", organization="Northwind"))
    create_contact(ContactData(display_name="Sam Jones"))
    saved: list[ContactData] = []
    editor = make_editor(qtbot, saved)
    editor.display_name.setText("Ryan Brown")
    editor.tabs.setCurrentIndex(2)
    qtbot.keyClicks(editor.referrer, "sar")
    completer = editor.referrer.completer()
    assert completer.completionCount() == 1
    assert completer.model().index(0, 0).data() == "Sara Smith (Northwind)"
    completer.activated[type(completer.model().index(0, 0))].emit(completer.model().index(0, 0))
    assert editor.referrer.text() == "Sara Smith"
    editor.accept()
    assert saved[0].referral is not None
    assert saved[0].referral.referrer_id == sara


def test_a_referrer_typed_but_not_chosen_is_an_inline_error(qtbot: QtBot, db: Path) -> None:
    saved: list[ContactData] = []
    editor = make_editor(qtbot, saved)
    editor.display_name.setText("Ryan Brown")
    qtbot.keyClicks(editor.referrer, "Nobody Known")
    editor.accept()
    assert saved == []
    assert editor.referrer_error.text() == "Choose the referrer from the list, or clear the field."
    editor.referrer.clear()
    editor.accept()
    assert saved[0].referral is None


def test_choosing_a_relationship_suggests_warm_or_cold(qtbot: QtBot, db: Path) -> None:
    editor = make_editor(qtbot, [])
    index = editor.relationship.findData(Relationship.FRIEND)
    editor.relationship.setCurrentIndex(index)
    editor.relationship.activated.emit(index)
    assert editor.lead.currentData() == Lead.WARM
    index = editor.relationship.findData(Relationship.RECRUITER)
    editor.relationship.setCurrentIndex(index)
    editor.relationship.activated.emit(index)
    assert editor.lead.currentData() == Lead.COLD


def test_rows_can_be_added_and_removed(qtbot: QtBot, db: Path) -> None:
    saved: list[ContactData] = []
    editor = make_editor(qtbot, saved)
    editor.display_name.setText("Ann")
    qtbot.mouseClick(editor.phones.add_button, Qt.LeftButton)
    editor.phones.edit_at(0).setText("555 0100")
    editor.phones.edit_at(1).setText("555 0199")
    editor.accept()
    assert [p.number for p in saved[0].phones] == ["555 0100", "555 0199"]


def test_a_photo_can_be_chosen_and_removed(qtbot: QtBot, db: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    picture = QImage(1200, 800, QImage.Format.Format_RGB32)
    picture.fill(QColor("#2f6fb3"))
    path = tmp_path / "sara.png"
    assert picture.save(str(path))
    saved: list[ContactData] = []
    editor = make_editor(qtbot, saved)
    editor.display_name.setText("Sara")
    assert not editor.photo_remove.isEnabled()
    assert editor.load_photo(str(path))
    editor.accept()
    photo = saved[0].photo
    assert photo is not None and saved[0].photo_mime == "image/jpeg"
    stored = QImage.fromData(photo)
    assert (stored.width(), stored.height()) == (512, 341)  # shrunk, proportions kept

    editor = make_editor(qtbot, saved, saved[0])
    assert editor.photo_remove.isEnabled()
    qtbot.mouseClick(editor.photo_remove, Qt.LeftButton)
    editor.accept()
    assert saved[1].photo is None
    assert saved[1].photo_mime == ""


def test_an_unreadable_photo_is_refused_inline(qtbot: QtBot, db: Path, tmp_path: Path) -> None:
    path = tmp_path / "notes.png"
    path.write_text("not a picture")
    editor = make_editor(qtbot, [])
    assert not editor.load_photo(str(path))
    assert editor.photo_error.isVisible()


def test_nickname_department_birthday_and_a_fax_are_edited_and_kept(qtbot: QtBot, db: Path) -> None:
    contact = create_contact(
        ContactData(
            display_name="Robert Smith",
            nickname="Bob",
            organization="Contoso",
            department="Research",
            birthday="--04-15",
            phones=[Phone("+1 415 555 0101", "fax")],
        )
    )
    saved: list[ContactData] = []
    editor = make_editor(qtbot, saved, load_contact(contact), contact)
    assert (editor.nickname.text(), editor.department.text(), editor.birthday.text()) == (
        "Bob",
        "Research",
        "--04-15",
    )
    editor.birthday.setText("1985-02-30")
    editor.accept()
    assert saved == [] and editor.isVisible()
    assert "is not a date" in editor.birthday_error.text()
    assert editor.focusWidget() is editor.birthday
    editor.birthday.setText("15.04.1985")
    editor.department.setText("Data")
    editor.accept()
    assert not editor.isVisible() and not editor.birthday_error.isVisible()
    [data] = saved
    assert (data.nickname, data.department, data.birthday) == ("Bob", "Data", "15.04.1985")
    assert data.phones == [Phone("+1 415 555 0101", "fax")]


def _damage(path: Path, sql: str, contact_id: int) -> None:
    """A stored value no NetDesk writes, as a flipped bit on disk leaves it (past the CHECK)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(sql, (contact_id,))
    conn.commit()
    conn.close()


def test_editing_a_damaged_contact_says_what_is_damaged_and_the_app_keeps_working(
    qtbot: QtBot,
    db_path: Path,
    qsettings: QSettings,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from netdesk.ui.shell.main_window import MainWindow

    init_db(db_path)
    sara = create_contact(ContactData(display_name="Sara Smith"))
    john = create_contact(ContactData(display_name="John Public"))
    bob = create_contact(ContactData(display_name="Bob Brown"))
    close_db()
    _damage(db_path, "UPDATE contact SET lead = 'wirm', next_follow_up = 'soon' WHERE id = ?", sara)
    _damage(db_path, "UPDATE contact SET photo = 'not an image' WHERE id = ?", john)
    caplog.set_level(logging.WARNING, logger="netdesk")
    init_db(db_path)
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(window.editing, "_warn", lambda title, text: warnings.append((title, text)))
    try:
        editor = window.open_editor(sara)
        assert editor is not None and editor.isVisible()
        assert editor.damage_notice.isVisible()
        notice = editor.damage_notice.text()
        assert "lead holds 'wirm'" in notice and "next follow up holds 'soon'" in notice
        assert "Cancel leaves the contact as it is" in notice and "Restore from backup" in notice
        editor.reject()
        assert window.editor is None
        # A row the reader cannot turn into a contact at all: one clear message, no crash.
        assert window.open_editor(john) is None
        assert warnings and warnings[0][0] == "This contact cannot be opened"
        assert "damaged in the file" in warnings[0][1] and "Restore from backup" in warnings[0][1]
        assert sum("cannot be read" in r.getMessage() for r in caplog.records) == 1
        # The app keeps working: a healthy contact opens as always.
        editor = window.open_editor(bob)
        assert editor is not None and not editor.damage_notice.isVisible()
        editor.reject()
    finally:
        window.close()
        close_db()


def test_reach_labels_are_stored_as_keys_and_shown_translated(qtbot: QtBot) -> None:
    """A German user picks "Arbeit" for an e-mail: "work" is stored (what the vCard writer
    maps to TYPE=WORK), and a label typed in by hand is kept as typed."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    class German(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: object = None, n: int = -1
        ) -> str:
            words = {"work": "Arbeit", "mobile": "Handy", "home": "Privat"}
            return words.get(source, "") if context == "ReachLabels" else ""

    german = German()
    QCoreApplication.installTranslator(german)
    try:
        editor = ContactEditor(lambda *_: None)
        qtbot.addWidget(editor)
        editor.emails.add_row("ada@example.org", "work")
        editor.phones.add_row("+44 20 7946 0000", "Boat phone")
        combo = editor.emails.findChildren(QComboBox)[-1]  # after the new editor's empty row
        assert combo.currentText() == "Arbeit"
        assert editor.emails.values()[-1] == ("ada@example.org", "work")
        assert editor.phones.values()[-1] == ("+44 20 7946 0000", "Boat phone")
        combo.setCurrentText("privat")  # typed, in another case: still the known label
        assert editor.emails.values()[-1] == ("ada@example.org", "home")
    finally:
        QCoreApplication.removeTranslator(german)
