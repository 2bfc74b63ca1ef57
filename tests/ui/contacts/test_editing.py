"""Adding, editing and deleting contacts from the window, with undo and redo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import load_contact
from netdesk.core.query import contact_ids, count_contacts
from netdesk.ui.contacts.model import Column, IdRole
from netdesk.ui.shell.main_window import MainWindow
from tests.ui.shell.test_main_window import save_editor, shown_names, wait_complete, written


def test_add_edit_delete_with_undo_and_redo(qtbot: QtBot, main_window: MainWindow) -> None:
    changes: list[None] = []
    main_window.contacts_changed.connect(lambda: changes.append(None))

    # Add from the starting panel.
    qtbot.mouseClick(main_window.empty_panel.add_button, Qt.LeftButton)
    editor = main_window.editor
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor.display_name, "Sara Smith")
    qtbot.keyClicks(editor.organization, "Northwind")
    qtbot.keyClicks(editor.emails.edit_at(0), "sara@northwind.example")
    qtbot.keyClick(editor.display_name, Qt.Key.Key_Return)  # Enter saves
    written(qtbot, main_window)
    assert main_window.editor is None
    assert shown_names(main_window) == ["Sara Smith"]
    assert main_window.stack.currentWidget() is main_window.table_page
    sara = main_window.current_contact_id()
    assert sara is not None
    assert load_contact(sara).emails[0].address == "sara@northwind.example"
    assert len(changes) == 1

    # Edit: Enter on the row opens the editor.
    main_window.table.setFocus()
    qtbot.keyClick(main_window.table, Qt.Key.Key_Return)
    editor = main_window.editor
    assert editor is not None and editor.contact_id == sara
    assert editor.organization.text() == "Northwind"
    editor.title.setText("Logistics lead")
    save_editor(qtbot, editor)
    assert main_window.model.index(0, Column.TITLE).data() == "Logistics lead"

    main_window.undo_action.trigger()
    written(qtbot, main_window)
    assert load_contact(sara).title == ""
    assert main_window.model.index(0, Column.TITLE).data() == ""
    main_window.redo_action.trigger()
    written(qtbot, main_window)
    assert load_contact(sara).title == "Logistics lead"

    # Delete with confirmation, then undo brings back the same contact.
    asked: list[list[str]] = []
    main_window.confirm_delete = lambda names: asked.append(names) or True  # type: ignore[method-assign]
    main_window.select_contact(sara)
    main_window.delete_action.trigger()
    written(qtbot, main_window)
    assert asked == [["Sara Smith"]]
    assert count_contacts() == 0
    assert main_window.stack.currentWidget() is main_window.empty_panel
    main_window.undo_action.trigger()
    written(qtbot, main_window)
    assert shown_names(main_window) == ["Sara Smith"]
    assert load_contact(sara).title == "Logistics lead"
    main_window.redo_action.trigger()
    written(qtbot, main_window)
    assert count_contacts() == 0

    # Undo the delete, the edit and the add: back to an empty database; redo all.
    main_window.undo_action.trigger()
    main_window.undo_action.trigger()
    main_window.undo_action.trigger()
    written(qtbot, main_window)
    assert count_contacts() == 0
    for _ in range(3):
        main_window.redo_action.trigger()
        written(qtbot, main_window)
    assert count_contacts() == 0  # the last redo deletes again
    main_window.undo_action.trigger()
    written(qtbot, main_window)
    assert contact_ids() == [sara]
    assert len(changes) >= 10


def test_delete_can_be_cancelled_and_handles_several_rows(
    qtbot: QtBot, main_window: MainWindow, people: dict[str, int]
) -> None:
    main_window.refresh()
    main_window.confirm_delete = lambda names: False  # type: ignore[method-assign]
    main_window.table.selectAll()
    main_window.delete_action.trigger()
    written(qtbot, main_window)
    assert count_contacts() == 3
    main_window.confirm_delete = lambda names: True  # type: ignore[method-assign]
    main_window.delete_action.trigger()
    written(qtbot, main_window)
    assert count_contacts() == 0
    assert main_window.undo_stack.undoText() == "Delete 3 contacts"
    main_window.undo_action.trigger()
    written(qtbot, main_window)
    assert count_contacts() == 3


def test_an_ampersand_in_a_name_shows_in_the_undo_menu(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    from PySide6.QtGui import QAction

    qtbot.mouseClick(main_window.empty_panel.add_button, Qt.LeftButton)
    editor = main_window.editor
    assert editor is not None
    qtbot.keyClicks(editor.display_name, "Smith & Jones")
    qtbot.keyClick(editor.display_name, Qt.Key.Key_Return)
    written(qtbot, main_window)
    assert main_window.editor is None
    action: QAction = main_window.undo_action
    assert action.text() == "&Undo Add Smith && Jones"
    assert action.iconText() == "Undo Add Smith & Jones"  # what a toolbar or menu shows


def test_a_contact_saved_while_the_search_hides_it_is_shown_and_selected(
    qtbot: QtBot, main_window: MainWindow, people: dict[str, int]
) -> None:
    main_window.refresh()
    qtbot.keyClicks(main_window.search, "contoso")
    wait_complete(qtbot, main_window)
    assert shown_names(main_window) == ["John Public"]
    editor = main_window.open_editor(None)
    assert editor is not None
    editor.display_name.setText("Zoé Moreau")
    qtbot.keyClick(editor.display_name, Qt.Key.Key_Return)
    written(qtbot, main_window)
    qtbot.waitUntil(lambda: main_window.search.text() == "")  # the search made way for her
    zoe = main_window.current_contact_id()
    assert zoe is not None and load_contact(zoe).name == "Zoé Moreau"
    assert main_window.table.currentIndex().data(IdRole) == zoe
    assert len(shown_names(main_window)) == 4


def test_someone_typed_in_starts_warm_and_a_referral_starts_warm_but_unknown(
    qtbot: QtBot, main_window: MainWindow, people: dict[str, int]
) -> None:
    """New contact is someone from the user's own life: a warm acquaintance, saved as such. A
    person someone referred the user to comes warm through the introduction, relationship Other
    (not known yet); picking a relationship still suggests warm or cold."""
    from netdesk.models import Lead, Relationship

    main_window.new_contact_action.trigger()
    editor = main_window.editor
    assert editor is not None
    assert editor.lead.currentData() == Lead.WARM
    assert editor.relationship.currentData() == Relationship.ACQUAINTANCE
    qtbot.keyClicks(editor.display_name, "Lena Berg")
    save_editor(qtbot, editor)
    lena = main_window.current_contact_id()
    assert lena is not None
    saved = load_contact(lena)
    assert (saved.lead, saved.relationship) == (Lead.WARM, Relationship.ACQUAINTANCE)

    editor = main_window.add_referred_person(people["sara"], "Sara Smith")
    assert editor is not None
    assert editor.lead.currentData() == Lead.WARM
    assert editor.relationship.currentData() == Relationship.OTHER
    assert editor.referrer.text() == "Sara Smith"
    editor.reject()


def test_the_delete_prompt_names_the_action(
    qtbot: QtBot, main_window: MainWindow, people: dict[str, int]
) -> None:
    """ "Delete 3 contacts" / "Keep them" (and "Delete this contact" / "Keep it" for one),
    never Yes / Cancel; keeping them deletes nothing."""
    from tests.helpers.prompts import answer_next_prompt

    main_window.refresh()
    wait_complete(qtbot, main_window)
    main_window.table.selectAll()
    seen = answer_next_prompt("Keep them")
    main_window.delete_action.trigger()
    written(qtbot, main_window)
    assert sorted(seen.buttons) == ["Delete 3 contacts", "Keep them"]
    assert seen.text == "Delete these 3 contacts?"
    assert count_contacts() == 3

    main_window.select_contact(people["sara"])
    qtbot.waitUntil(lambda: main_window.selected_contact_ids() == [people["sara"]])
    seen = answer_next_prompt("Delete this contact")
    main_window.delete_action.trigger()
    written(qtbot, main_window)
    assert sorted(seen.buttons) == ["Delete this contact", "Keep it"]
    assert seen.text == "Delete Sara Smith?"
    assert count_contacts() == 2
