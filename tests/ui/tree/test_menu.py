"""The tree's context menu: its actions act on the person under the pointer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from netdesk.core.contacts import load_contact
from netdesk.core.referrals import referrer_of
from netdesk.ui.tree.model import IdRole
from tests.ui.tree.test_panel import panel_of, written

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from netdesk.ui.shell.main_window import MainWindow


def test_context_menu_adds_a_referred_person(
    qtbot: QtBot, main_window: MainWindow, family: dict
) -> None:
    panel = panel_of(main_window)
    main_window.select_contact(family["bob"])
    assert panel.add_referral_action.text() == "Add a person Bob Brown referred..."
    editor = panel.add_referred_person()
    assert editor is not None
    assert editor.referrer.text() == "Bob Brown"  # type: ignore[attr-defined]
    editor.display_name.setText("Dana Diaz")  # type: ignore[attr-defined]
    editor.accept()
    written(qtbot, main_window)
    dana = main_window.current_contact_id()
    assert dana is not None and load_contact(dana).name == "Dana Diaz"
    assert referrer_of(dana) == family["bob"]
    qtbot.waitUntil(lambda: panel.model.index_of(dana).parent().data(IdRole) == family["bob"])
    assert panel.view.currentIndex().data(IdRole) == dana

    form = panel.log_meeting()
    assert form is not None
    form.close()
    editor = panel.open_in_editor()
    assert editor is not None and editor.contact_id == dana  # type: ignore[attr-defined]
    editor.reject()


def test_context_menu_offers_the_actions(
    qtbot: QtBot, main_window: MainWindow, family: dict
) -> None:
    from PySide6.QtWidgets import QMenu

    panel = panel_of(main_window)
    sara = panel.model.index_of(family["sara"])
    panel._context_menu(panel.view.visualRect(sara).center())
    menu = next(m for m in panel.findChildren(QMenu) if m.isVisible())
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Add a person Sara Smith referred...",
        "Log meeting...",
        "Compose a message...",
        "Open in editor...",
        "Set referrer...",
        "Copy opening line",
    ]
    assert main_window.current_contact_id() == family["sara"]
    menu.close()
