"""The per-contact timeline: newest first, quick logging, deletion."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.meetings import MeetingData, add_favour, save_meeting
from netdesk.models import Contact, FavourDirection, Interaction, Status
from netdesk.models.records import ContactData
from netdesk.ui.meetings.timeline import ENTRY_ROLE, TimelineModel, TimelineWidget

NOW = datetime(2026, 11, 25, 17, 5)


def test_quick_logging_and_history(db: Path, qtbot: QtBot, qtmodeltester: object) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    meeting_id = save_meeting(
        MeetingData(contact_id=sara, starts_at=datetime(2026, 11, 24, 10), purpose="Coffee"),
        now=NOW,
    ).meeting_id
    add_favour(sara, FavourDirection.RECEIVED, "Introduced me to Bob", date(2026, 11, 20))
    widget = TimelineWidget(now=lambda: NOW)
    qtbot.addWidget(widget)
    widget.set_contact(sara)
    assert widget.title.text() == "History with Sara Smith"
    model = widget.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        "Look for leads",
        "Favour received",
    ]

    widget.summary.setText("Thanked her for Bob")
    with qtbot.waitSignal(widget.history_changed) as changed:
        widget.email_button.click()
    assert changed.args == [sara]
    assert widget.summary.text() == ""
    assert model.index(0, 1).data() == "E-mail"
    assert model.index(0, 2).data() == "Thanked her for Bob"
    assert model.index(0, 0).data() == "Wed 25 Nov 2026 17:05"
    assert Contact.get_by_id(sara).last_contact == date(2026, 11, 25)

    widget.call_button.click()
    qtbot.waitUntil(lambda: not widget.writer.busy)
    assert Interaction.select().count() == 2

    # A favour needs a description: the error says so and nothing is logged.
    assert not widget.log_favour(FavourDirection.GIVEN)
    assert widget.error.isVisibleTo(widget)

    with qtbot.waitSignal(widget.meeting_activated) as opened:
        row = next(
            r
            for r in range(model.rowCount())
            if model.index(r, 0).data(ENTRY_ROLE).source == "meeting"
        )
        widget.view.doubleClicked.emit(model.index(row, 0))
    assert opened.args == [meeting_id]

    widget.view.selectRow(0)
    widget.confirm_delete = lambda entry: True  # type: ignore[method-assign]
    assert widget.delete_selected()
    qtbot.waitUntil(lambda: not widget.writer.busy)
    assert Interaction.select().count() == 1
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_no_contact_disables_logging(db: Path, qtbot: QtBot) -> None:
    quiet = create_contact(ContactData(display_name="Quiet One"))
    widget = TimelineWidget(now=lambda: NOW)
    qtbot.addWidget(widget)
    assert not widget.call_button.isEnabled()
    widget.set_contact(quiet)
    assert widget.call_button.isEnabled()
    assert widget.empty.isVisibleTo(widget) and not widget.view.isVisibleTo(widget)
    widget.log_actions["note"].trigger()
    qtbot.waitUntil(lambda: not widget.writer.busy)
    assert Contact.get_by_id(quiet).status == Status.TO_CONTACT  # a note is not contact
    assert widget.view.isVisibleTo(widget)


def test_model_is_well_behaved_when_empty(qtmodeltester: object, qapp: object) -> None:
    qtmodeltester.check(TimelineModel())  # type: ignore[attr-defined]


def test_deleting_from_the_history_asks_with_the_action_named(db: Path, qtbot: QtBot) -> None:
    from tests.helpers.prompts import answer_next_prompt

    sara = create_contact(ContactData(display_name="Sara Smith"))
    widget = TimelineWidget(now=lambda: NOW)
    qtbot.addWidget(widget)
    widget.set_contact(sara)
    widget.call_button.click()
    qtbot.waitUntil(lambda: not widget.writer.busy and widget.model.rowCount() == 1)
    widget.view.selectRow(0)
    seen = answer_next_prompt("Keep it")
    assert not widget.delete_selected()
    assert sorted(seen.buttons) == ["Delete this entry", "Keep it"]
    assert Interaction.select().count() == 1
    answer_next_prompt("Delete this entry")
    assert widget.delete_selected()
    qtbot.waitUntil(lambda: not widget.writer.busy)
    assert Interaction.select().count() == 0
