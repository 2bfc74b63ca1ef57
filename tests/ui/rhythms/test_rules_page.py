"""Settings > Keep-in-touch rhythms: the default rhythms listed, edited in place, added and
removed, each kept in the network (and undone from the window's undo stack)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.rhythms import RhythmRule, rhythm_rules
from netdesk.models.records import ContactData
from netdesk.ui.rhythms.rules_page import RhythmRulesDialog
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.shell.writes import Writer


@pytest.fixture
def dialog(qtbot: QtBot, db: Path) -> Iterator[RhythmRulesDialog]:
    parent = QWidget()
    qtbot.addWidget(parent)
    writer = Writer(parent)
    result = RhythmRulesDialog(writer, parent)
    result.show()
    qtbot.waitExposed(result)
    yield result
    qtbot.waitUntil(lambda: not writer.busy)


def _shown(dialog: RhythmRulesDialog) -> list[tuple[str, str, int]]:
    table = dialog.table
    return [
        (table.item(row, 0).text(), table.item(row, 1).text(), dialog.editor(row).days())
        for row in range(table.rowCount())
    ]


def _row(dialog: RhythmRulesDialog, name: str) -> int:
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 1).text() == name)


def _settle(qtbot: QtBot, dialog: RhythmRulesDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.writer.busy)


def test_the_seeded_rules_are_listed_with_their_rhythm(dialog: RhythmRulesDialog) -> None:
    assert _shown(dialog) == [
        ("Status", "Dormant", 90),
        ("Status", "Keep in touch", 30),
        ("Relationship", "Recruiter", 14),
        ("Warm or cold", "Warm", 30),
    ]
    recruiter = dialog.editor(_row(dialog, "Recruiter"))
    assert (recruiter.number.value(), recruiter.unit.currentText()) == (2, "weeks")
    assert recruiter.toolTip() == "every 2 weeks"
    dormant = dialog.editor(_row(dialog, "Dormant"))
    assert (dormant.number.value(), dormant.unit.currentText()) == (90, "days")


def test_editing_the_days_in_place_is_kept_and_undone(
    qtbot: QtBot, dialog: RhythmRulesDialog
) -> None:
    editor = dialog.editor(_row(dialog, "Recruiter"))
    editor.number.setValue(3)
    _settle(qtbot, dialog)
    assert RhythmRule("relationship", "recruiter", 21) in rhythm_rules()

    editor = dialog.editor(_row(dialog, "Recruiter"))
    editor.unit.setCurrentIndex(editor.unit.findText("days"))  # 3 weeks: 21 days
    editor.number.setValue(10)
    _settle(qtbot, dialog)
    assert RhythmRule("relationship", "recruiter", 10) in rhythm_rules()

    stack = dialog.writer.undo_stack
    assert stack.undoText() == "Change the rhythm for Recruiter"
    stack.undo()  # the edits of one rule in a row are one step
    _settle(qtbot, dialog)
    assert RhythmRule("relationship", "recruiter", 14) in rhythm_rules()
    assert dialog.editor(_row(dialog, "Recruiter")).days() == 14


def test_a_tag_rule_is_added_from_the_tags_in_use(
    qtbot: QtBot, db: Path, dialog: RhythmRulesDialog
) -> None:
    create_contact(ContactData(display_name="Sara Smith", tags=["logistics"]))
    dialog.refresh()
    dialog.add_kind.setCurrentIndex(dialog.add_kind.findData("tag"))
    assert [dialog.add_key.itemText(i) for i in range(dialog.add_key.count())] == ["logistics"]
    dialog.add_key.setCurrentIndex(0)
    dialog.add_days.number.setValue(3)  # weeks
    dialog.add_button.click()
    _settle(qtbot, dialog)
    assert rhythm_rules()[0] == RhythmRule("tag", "logistics", 21)
    assert _shown(dialog)[0] == ("Tag", "logistics", 21)

    dialog.add_kind.setCurrentIndex(dialog.add_kind.findData("relationship"))
    offered = [dialog.add_key.itemText(i) for i in range(dialog.add_key.count())]
    assert "Friend" in offered and "Recruiter" not in offered  # one rule each


def test_removing_a_rule(qtbot: QtBot, dialog: RhythmRulesDialog) -> None:
    dialog.table.selectRow(_row(dialog, "Warm"))
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    _settle(qtbot, dialog)
    assert [(r.kind, r.key) for r in rhythm_rules()] == [
        ("status", "dormant"),
        ("status", "keep_in_touch"),
        ("relationship", "recruiter"),
    ]
    assert "Warm" not in [name for _kind, name, _days in _shown(dialog)]

    dialog.writer.undo_stack.undo()
    _settle(qtbot, dialog)
    assert RhythmRule("lead", "warm", 30) in rhythm_rules()
    assert ("Warm or cold", "Warm", 30) in _shown(dialog)


def test_preferences_opens_the_rhythms_on_the_windows_writer(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.registry["preferences"].trigger()
    preferences = main_window.preferences.dialog
    assert preferences is not None
    qtbot.waitExposed(preferences)
    assert preferences.rhythms_button.text() == "&Keep-in-touch rhythms..."
    preferences.rhythms_button.click()
    rhythms = preferences.findChild(RhythmRulesDialog)
    assert rhythms is not None
    qtbot.waitExposed(rhythms)
    assert rhythms.writer is main_window.context.writer
    assert rhythms.table.rowCount() == len(rhythm_rules())
    rhythms.close()
    preferences.close()
