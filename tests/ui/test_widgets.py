"""The one confirmation prompt: its buttons name the action, Escape keeps, Enter keeps unless
the action can be undone."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netdesk.ui.widgets import confirm
from tests.helpers.prompts import answer_next_prompt


def _ask(**options: bool) -> bool:
    return confirm(None, "Delete contacts", "Delete Sara?", "&Delete this contact", "&Keep it",
                   **options)  # fmt: skip


def test_the_buttons_name_the_action_and_the_answer_is_the_one_clicked(qtbot: QtBot) -> None:
    seen = answer_next_prompt("Delete this contact")
    assert _ask()
    assert sorted(seen.buttons) == ["Delete this contact", "Keep it"]
    assert (seen.title, seen.text) == ("Delete contacts", "Delete Sara?")
    assert not {"Yes", "No", "OK", "Cancel"} & set(seen.buttons)
    answer_next_prompt("Keep it")
    assert not _ask()


def test_escape_keeps_and_enter_does_what_is_safe(qtbot: QtBot) -> None:
    answer_next_prompt("", key="escape")
    assert not _ask(default_do=True)
    seen = answer_next_prompt("", key="return")
    assert not _ask()
    assert seen.default == "Keep it"
    seen = answer_next_prompt("", key="return")
    assert _ask(default_do=True)  # undo takes it back: Enter deletes
    assert seen.default == "Delete this contact"
