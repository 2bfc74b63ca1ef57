"""Tools > Find duplicates...: the groups, the merge view, merging with undo, "Not duplicates"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.duplicates import dismissed_pairs
from netdesk.models import Contact, Meeting, database
from netdesk.models.records import ContactData, Email, Phone, ReferralInfo
from netdesk.ui.duplicates.dialog import DuplicatesDialog
from netdesk.ui.shell.main_window import MainWindow


def dump() -> dict[str, list[tuple[Any, ...]]]:
    conn = database.connection()
    tables = ("contact", "contact_email", "contact_phone", "meeting", "referral", "not_duplicate")
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def people() -> dict[str, int]:
    root = create_contact(ContactData(display_name="Rita Root"))
    ids = {
        "sara": create_contact(
            ContactData(
                display_name="Sara Smith",
                organization="Globex",
                title="Engineering Manager",
                emails=[Email("sara@globex.example")],
                referral=ReferralInfo(root),
            )
        ),
        "smith": create_contact(
            ContactData(
                display_name="<b>S.</b> Smith & Co",
                title="CTO",
                emails=[Email("SARA@globex.example"), Email("s@home.example")],
                phones=[Phone("+1 415 555 0134")],
            )
        ),
        "kim": create_contact(ContactData(display_name="Kim Lee", organization="Initech")),
        "lee": create_contact(ContactData(display_name="Lee Kim", organization="Initech")),
        "root": root,
    }
    Meeting.create(contact=ids["smith"], starts_at="2026-11-02 10:00:00")
    return ids


def open_dialog(window: MainWindow, qtbot: QtBot) -> DuplicatesDialog:
    (action,) = [a for a in window.tools_menu.actions() if a.text() == "Find &duplicates..."]
    action.trigger()
    dialog = window.duplicates.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog._task is None, timeout=10_000)
    return dialog


def select(dialog: DuplicatesDialog, first_name: str) -> None:
    for row in range(dialog.groups.topLevelItemCount()):
        item = dialog.groups.topLevelItem(row)
        if item.text(0).startswith(first_name):
            dialog.groups.setCurrentItem(item)
            return
    raise AssertionError(f"no group starting with {first_name}")


def test_groups_are_listed_with_why_and_names_as_plain_text(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    people()
    main_window.refresh()
    dialog = open_dialog(main_window, qtbot)
    texts = [
        (dialog.groups.topLevelItem(r).text(0), dialog.groups.topLevelItem(r).text(1))
        for r in range(dialog.groups.topLevelItemCount())
    ]
    assert texts == [
        ("Sara Smith · <b>S.</b> Smith & Co", "same e-mail"),
        ("Kim Lee · Lee Kim", "similar name"),
    ]
    assert dialog.status.text() == "2 groups of contacts that may be the same person."
    select(dialog, "Sara Smith")
    box = dialog.view.findChild(QCheckBox, f"include-{dialog.view.members[1]}")
    assert box is not None
    names = {b.text() for b in dialog.view.findChildren(QCheckBox)}
    assert "<b>S.</b> Smith && Co" in names  # an ampersand, not a keyboard shortcut
    assert dialog.merge_button.text() == "&Merge 2 contacts"


def test_merge_picks_the_chosen_values_and_undo_restores_both(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    ids = people()
    main_window.refresh()
    before = dump()
    dialog = open_dialog(main_window, qtbot)
    select(dialog, "Sara Smith")
    view = dialog.view
    # Only the fields that differ get a row; the title is one of them.
    assert set(view.radios) >= {"name", "organization", "title", "referrer"}
    assert "status" not in view.radios
    view.radios["title"][ids["smith"]].click()
    view.radios["name"][ids["sara"]].click()
    assert "sara@globex.example, s@home.example" in view.combined.text()
    assert "Moved to it: 1 meeting" in view.combined.text()
    with qtbot.waitSignal(dialog.search_finished, timeout=10_000):
        dialog.merge_button.click()
    survivor = view.plan.keep if view.plan is not None else None
    assert Contact.select().where(Contact.id.in_([ids["sara"], ids["smith"]])).count() == 1
    kept = Contact.get_by_id(ids["sara"] if survivor is None else survivor)
    assert kept.display_name == "Sara Smith" and kept.title == "CTO"
    assert sorted(e.address for e in kept.emails) == ["s@home.example", "sara@globex.example"]
    assert kept.meetings.count() == 1
    assert [dialog.groups.topLevelItem(r).text(0)
            for r in range(dialog.groups.topLevelItemCount())] == ["Kim Lee · Lee Kim"]  # fmt: skip
    assert main_window.undo_stack.undoText().startswith("Merge 2 contacts into Sara Smith")
    # Ctrl+Z in the dialog puts both back, exactly; the group is offered again.
    dialog.activateWindow()
    with qtbot.waitSignal(dialog.search_finished, timeout=10_000):
        qtbot.keyClick(dialog.groups, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dump() == before
    assert dialog.groups.topLevelItemCount() == 2
    with qtbot.waitSignal(dialog.search_finished, timeout=10_000):
        main_window.undo_stack.redo()
    assert Contact.select().where(Contact.id.in_([ids["sara"], ids["smith"]])).count() == 1


def test_not_duplicates_is_remembered_and_undoable(main_window: MainWindow, qtbot: QtBot) -> None:
    ids = people()
    main_window.refresh()
    dialog = open_dialog(main_window, qtbot)
    select(dialog, "Kim Lee")
    with qtbot.waitSignal(dialog.search_finished, timeout=10_000):
        dialog.dismiss_button.click()
    assert dismissed_pairs() == {(ids["kim"], ids["lee"])}
    assert dialog.groups.topLevelItemCount() == 1
    dialog.close()
    dialog = open_dialog(main_window, qtbot)  # still not offered
    assert dialog.groups.topLevelItemCount() == 1
    with qtbot.waitSignal(dialog.search_finished, timeout=10_000):
        main_window.undo_stack.undo()
    assert dismissed_pairs() == set()
    assert dialog.groups.topLevelItemCount() == 2


def test_a_referrer_that_would_make_a_loop_cannot_be_chosen(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    anna = create_contact(ContactData(display_name="Anna Berg", emails=[Email("a@berg.example")]))
    xavier = create_contact(ContactData(display_name="Xavier Mid", referral=ReferralInfo(anna)))
    create_contact(
        ContactData(
            display_name="Anna Berg",
            emails=[Email("a@berg.example")],
            referral=ReferralInfo(xavier),
        )
    )
    main_window.refresh()
    dialog = open_dialog(main_window, qtbot)
    select(dialog, "Anna Berg")
    radio = dialog.view.radios["referrer"][xavier]
    assert not radio.isEnabled()
    assert "Xavier Mid came to you through Anna Berg" in dialog.view.loops.text()
    assert dialog.view.radios["referrer"][None].isChecked()


def test_excluding_a_contact_merges_the_others(main_window: MainWindow, qtbot: QtBot) -> None:
    a = create_contact(
        ContactData(display_name="Bo Ek", title="Dev", phones=[Phone("+46 70 123 45 67")])
    )
    b = create_contact(
        ContactData(display_name="Bo Ek", title="Lead", phones=[Phone("+46701234567")])
    )
    c = create_contact(ContactData(display_name="Other Ek", phones=[Phone("+46 70 123 4567")]))
    main_window.refresh()
    dialog = open_dialog(main_window, qtbot)
    select(dialog, "Bo Ek")
    assert dialog.merge_button.text() == "&Merge 3 contacts"
    dialog.view.radios["title"][b].click()
    box = dialog.view.include[c]
    box.click()
    assert dialog.merge_button.text() == "&Merge 2 contacts"
    assert "name" not in dialog.view.radios  # Bo Ek and Bo Ek do not differ
    assert dialog.view.radios["title"][b].isChecked()  # still what was picked
    assert c not in dialog.view.radios["title"]
    with qtbot.waitSignal(dialog.search_finished, timeout=10_000):
        dialog.merge_button.click()
    assert Contact.select().where(Contact.id.in_([a, b])).count() == 1
    assert Contact.get(Contact.id.in_([a, b])).title == "Lead"
    assert Contact.get_or_none(Contact.id == c) is not None


def test_the_dialog_works_from_the_keyboard(main_window: MainWindow, qtbot: QtBot) -> None:
    ids = people()
    main_window.refresh()
    dialog = open_dialog(main_window, qtbot)
    dialog.activateWindow()
    dialog.groups.setFocus()
    qtbot.keyClick(dialog.groups, Qt.Key.Key_Home)
    assert dialog.current_group() is not None
    assert dialog.current_group().contact_ids == sorted([ids["sara"], ids["smith"]])
    # Tab on to the title's choice, arrows move between its values.
    title = dialog.view.radios["title"]
    qtbot.waitUntil(lambda: all(r.isVisible() for r in title.values()))
    qtbot.keyClick(dialog.groups, Qt.Key.Key_Tab)  # from the list straight to the choices
    assert QApplication.focusWidget() is dialog.view.include[dialog.view.members[0]]
    for _ in range(10):
        if QApplication.focusWidget() in title.values():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QRadioButton) and focused in title.values()
    other = next(r for r in title.values() if r is not focused)
    qtbot.keyClick(focused, Qt.Key.Key_Right if other.x() > focused.x() else Qt.Key.Key_Left)
    assert other.isChecked()
    chosen = other.text()
    with qtbot.waitSignal(dialog.search_finished, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert Contact.select().where(Contact.id.in_([ids["sara"], ids["smith"]])).count() == 1
    assert Contact.select().where(Contact.title == chosen).count() == 1


def test_nickname_department_and_birthday_can_be_picked(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    a = create_contact(
        ContactData(
            display_name="Bo Ek",
            nickname="Bosse",
            department="Sales",
            birthday="--04-15",
            phones=[Phone("+46 70 123 45 67")],
        )
    )
    b = create_contact(
        ContactData(
            display_name="Bo Ek",
            nickname="Bo",
            department="Sales",
            birthday="1985-04-15",
            phones=[Phone("+46701234567")],
        )
    )
    main_window.refresh()
    dialog = open_dialog(main_window, qtbot)
    select(dialog, "Bo Ek")
    view = dialog.view
    assert {"nickname", "birthday"} <= set(view.radios) and "department" not in view.radios
    labels = {view.grid.itemAtPosition(r, 0).widget().text() for r in range(2, 4)}
    assert labels == {"Nickname", "Birthday"}
    assert {r.text() for r in view.radios["birthday"].values()} == {"--04-15", "1985-04-15"}
    view.radios["nickname"][b].click()
    view.radios["birthday"][b].click()
    with qtbot.waitSignal(dialog.search_finished, timeout=10_000):
        dialog.merge_button.click()
    kept = Contact.get(Contact.id.in_([a, b]))
    assert (kept.nickname, kept.department, kept.birthday) == ("Bo", "Sales", "1985-04-15")
