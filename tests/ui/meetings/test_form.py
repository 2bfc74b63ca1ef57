"""The meeting form: every field round-trips, referrals link right, errors keep what was typed."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QSettings, Qt, QTime
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.meetings import (
    MeetingData,
    ReferralEntry,
    default_agenda,
    load_meeting,
    save_meeting,
)
from netdesk.models import Contact, Meeting, MeetingKind, Status, Task
from netdesk.models.records import ContactData, ReferralInfo
from netdesk.ui.meetings.form import AGENDA_TEMPLATE_KEY, MeetingForm

NOW = datetime(2026, 11, 25, 17, 0)


def save(qtbot: QtBot, form: MeetingForm) -> None:
    """Save, and wait until it is written (saves run on the writer's worker)."""
    assert form.save()
    qtbot.waitUntil(lambda: not form.saving)


def make_form(
    qtbot: QtBot, settings: QSettings, contact_id: int | None, meeting_id: int | None = None
) -> MeetingForm:
    form = MeetingForm(contact_id, meeting_id, settings=settings, now=lambda: NOW)
    qtbot.addWidget(form)
    return form


def test_a_saved_meeting_loads_into_the_form_and_back_unchanged(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    bob = create_contact(ContactData(display_name="Bob Known"))
    stored = MeetingData(
        contact_id=sara,
        starts_at=datetime(2026, 11, 24, 10, 30),
        kind=MeetingKind.LEARN_ABOUT,
        purpose="Learn how the data team hires",
        agenda="Who I am\nMy questions",
        planned_minutes=20,
        actual_minutes=25,
        notes="They use dbt.\nHiring in spring.",
        outcome="Two names",
        help_information=True,
        help_connections=True,
        help_referrals=True,
        thank_you_due=date(2026, 11, 26),
        thank_you_sent=date(2026, 11, 25),
        follow_up=date(2026, 12, 15),
        referrals=[
            ReferralEntry(name="Bob Known", contact_id=bob, reason="hiring", calls_ahead=True)
        ],
    )
    meeting_id = save_meeting(stored, now=NOW).meeting_id
    form = make_form(qtbot, settings, sara, meeting_id)
    assert form.data() == stored
    assert not form.is_modified()
    assert form.windowTitle() == "Meeting with Sara Smith"

    # Change every field through the widgets and save.
    form.starts_at.setDateTime(QDateTime(QDate(2026, 11, 23), QTime(9, 0)))
    form.kind.setCurrentIndex(form.kind.findData(MeetingKind.DIRECT_CONTACT.value))
    form.purpose.setText("Offer help with their migration")
    form.agenda.setPlainText("Their need\nMy offer")
    form.planned_minutes.setValue(30)
    form.actual_minutes.setValue(-1)  # "Not recorded"
    form.notes.setPlainText("Went well")
    form.outcome.setText("Proposal by Friday")
    form.help_information.setChecked(False)
    form.help_contacts.setChecked(True)
    form.help_connections.setChecked(False)
    form.help_referrals.setChecked(False)
    form.thank_you_due.set_value(date(2026, 11, 24))
    form.thank_you_sent.set_value(None)
    form.follow_up.set_value(date(2026, 12, 1))
    row = form.referral_rows()[0]
    row.reason.setText("runs hiring")
    row.calls_ahead.setChecked(False)
    assert form.is_modified()
    with qtbot.waitSignal(form.meeting_saved) as saved:
        assert form.save()
    assert saved.args == [meeting_id]
    assert load_meeting(meeting_id) == MeetingData(
        contact_id=sara,
        starts_at=datetime(2026, 11, 23, 9, 0),
        kind=MeetingKind.DIRECT_CONTACT,
        purpose="Offer help with their migration",
        agenda="Their need\nMy offer",
        planned_minutes=30,
        actual_minutes=None,
        notes="Went well",
        outcome="Proposal by Friday",
        help_contacts=True,
        thank_you_due=date(2026, 11, 24),
        thank_you_sent=None,
        follow_up=date(2026, 12, 1),
        referrals=[ReferralEntry(name="Bob Known", contact_id=bob, reason="runs hiring")],
    )


def test_new_meeting_defaults_and_enter_saves(db: Path, qtbot: QtBot, settings: QSettings) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    form = make_form(qtbot, settings, sara)
    data = form.data()
    assert data.starts_at == datetime(2026, 11, 25, 17, 0)
    assert data.planned_minutes == 15
    assert data.agenda == default_agenda()
    assert data.thank_you_due == date(2026, 11, 27)
    assert "not a request for a job" in form.kind_hint.text()
    form.kind.setCurrentIndex(form.kind.findData(MeetingKind.INTERVIEW.value))
    assert "job interview" in form.kind_hint.text()

    # The thank-you date follows the meeting date until it is edited by hand.
    form.starts_at.setDate(QDate(2026, 11, 30))
    assert form.thank_you_due.value() == date(2026, 12, 2)
    form.thank_you_due.edit.setDate(QDate(2026, 12, 5))
    form.starts_at.setDate(QDate(2026, 12, 1))
    assert form.thank_you_due.value() == date(2026, 12, 5)

    form.show()
    form.purpose.setFocus()
    qtbot.keyClicks(form.purpose, "Coffee")
    with qtbot.waitSignal(form.meeting_saved):
        qtbot.keyClick(form.purpose, Qt.Key.Key_Return)
    assert not form.isVisible()
    meeting = Meeting.get()
    assert (meeting.purpose, meeting.kind) == ("Coffee", "interview")
    assert Contact.get_by_id(sara).status == Status.MEETING_SET
    assert Task.get(Task.meeting == meeting.id).due == date(2026, 12, 5)


def test_agenda_template_is_kept_in_settings(db: Path, qtbot: QtBot, settings: QSettings) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    form = make_form(qtbot, settings, sara)
    form.agenda.setPlainText("Who I am\nAsk for two names\nAsk about calling ahead")
    form.action_save_template.trigger()
    assert (
        settings.value(AGENDA_TEMPLATE_KEY)
        == "Who I am\nAsk for two names\nAsk about calling ahead"
    )
    second = make_form(qtbot, settings, sara)
    assert second.agenda.toPlainText() == "Who I am\nAsk for two names\nAsk about calling ahead"
    second.agenda.setPlainText("scribbles")
    second.action_reset_agenda.trigger()
    assert second.agenda.toPlainText().startswith("Who I am")


def test_errors_are_shown_inline_and_nothing_typed_is_lost(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    john = create_contact(ContactData(display_name="John", referral=ReferralInfo(sara)))
    form = make_form(qtbot, settings, john)
    form.show()
    form.purpose.setText("Typed with care")
    form.ends_at.setTime(QTime(16, 0))  # the meeting starts at 17:00
    assert form.data().actual_minutes == -60
    row = form.add_referral()
    row.person.set_contact(sara)  # Sara referred John: she cannot be referred by him
    assert not form.save()
    assert form.isVisible()
    assert form._errors["actual_minutes"].text() == "The meeting cannot end before it starts."
    assert "chain" in row.error.text() and row.error.isVisibleTo(form)
    assert form.purpose.text() == "Typed with care"
    assert Meeting.select().count() == 0

    form.actual_minutes.setValue(20)
    assert form.ends_at.time() == QTime(17, 20)
    form._remove_referral(row)
    form.contact.set_contact(None)
    form.contact.setText("Nobody")
    assert not form.save()
    assert form._errors["contact"].text() == "Choose who you are meeting."
    assert not form._errors["actual_minutes"].isVisibleTo(form)
    form.contact.set_contact(john)
    save(qtbot, form)
    assert load_meeting(int(Meeting.get().id)).actual_minutes == 20


def test_a_date_years_away_asks_first(db: Path, qtbot: QtBot, settings: QSettings) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    form = make_form(qtbot, settings, sara)
    form.starts_at.setDate(QDate(2062, 11, 25))
    asked: list[str] = []
    form.confirm = lambda questions: asked.extend(q.field for q in questions) or False  # type: ignore[method-assign]
    assert not form.save()
    assert asked == ["starts_at", "thank_you_due"]
    assert "more than a year" in form._errors["starts_at"].text()
    assert Meeting.select().count() == 0
    form.confirm = lambda questions: True  # type: ignore[method-assign]
    save(qtbot, form)
    assert Meeting.get().starts_at.year == 2062


def test_escape_closes_an_untouched_form_and_delete_removes_the_meeting(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    meeting_id = save_meeting(
        MeetingData(
            contact_id=sara, starts_at=datetime(2026, 11, 24, 10), follow_up=date(2026, 12, 1)
        ),
        now=NOW,
    ).meeting_id
    form = make_form(qtbot, settings, sara, meeting_id)
    form.show()
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible() and Meeting.select().count() == 1

    form = make_form(qtbot, settings, sara, meeting_id)
    assert form.delete_button.isVisibleTo(form)
    form.confirm_delete = lambda: True  # type: ignore[method-assign]
    with qtbot.waitSignal(form.meeting_deleted):
        assert form.delete()
    assert Meeting.select().count() == 0 and Task.select().count() == 0


def test_saves_and_deletes_go_on_the_undo_stack(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    from netdesk.ui.shell.writes import Writer

    sara = create_contact(ContactData(display_name="Sara Smith"))
    writer = Writer()
    stack = writer.undo_stack
    refreshed: list[str | None] = []
    form = MeetingForm(
        sara, settings=settings, now=lambda: NOW, writer=writer, after_undo=refreshed.append
    )
    qtbot.addWidget(form)
    form.add_referral().person.setText("Nina New")
    save(qtbot, form)
    assert stack.undoText() == "Add meeting"
    assert (Meeting.select().count(), Contact.select().count()) == (1, 2)
    stack.undo()
    qtbot.waitUntil(lambda: not writer.busy)
    assert (Meeting.select().count(), Contact.select().count(), Task.select().count()) == (0, 1, 0)
    assert refreshed == [None]
    stack.redo()
    qtbot.waitUntil(lambda: not writer.busy)
    assert (Meeting.select().count(), Contact.select().count(), Task.select().count()) == (1, 2, 1)

    form = MeetingForm(sara, int(Meeting.get().id), settings=settings, now=lambda: NOW,
                       writer=writer)  # fmt: skip
    qtbot.addWidget(form)
    form.confirm_delete = lambda: True  # type: ignore[method-assign]
    assert form.delete()
    qtbot.waitUntil(lambda: not writer.busy)
    assert stack.undoText() == "Delete meeting" and Meeting.select().count() == 0
    stack.undo()
    qtbot.waitUntil(lambda: not writer.busy)
    assert load_meeting(int(Meeting.get().id)).referrals[0].name == "Nina New"


def test_a_meeting_logged_right_after_it_happened_is_saved_as_held(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    just_now = datetime(2026, 11, 25, 17, 5)
    form = MeetingForm(sara, settings=settings, now=lambda: just_now)
    qtbot.addWidget(form)
    assert form.data().starts_at == datetime(2026, 11, 25, 17, 15)  # the next quarter hour
    form.purpose.setText("Coffee")
    form.outcome.setText("Two names and a coffee in January")
    form.add_referral().person.setText("Nina New")
    save(qtbot, form)
    meeting = load_meeting(int(Meeting.get().id))
    assert meeting.starts_at == datetime(2026, 11, 25, 16, 50)  # ended now, after 15 minutes
    assert Contact.get_by_id(sara).status == Status.MET


def test_the_prompts_name_what_they_do(db: Path, qtbot: QtBot, settings: QSettings) -> None:
    """Delete: "Delete this meeting" / "Keep it"; closing with changes: "Discard the changes" /
    "Keep editing"; a date years away: "Save anyway" / "Go back and change it"."""
    from tests.helpers.prompts import answer_next_prompt

    sara = create_contact(ContactData(display_name="Sara Smith"))
    meeting_id = save_meeting(
        MeetingData(contact_id=sara, starts_at=datetime(2026, 11, 24, 10)), now=NOW
    ).meeting_id
    form = make_form(qtbot, settings, sara, meeting_id)
    form.show()
    seen = answer_next_prompt("Keep it")
    assert not form.delete()
    assert sorted(seen.buttons) == ["Delete this meeting", "Keep it"]
    assert Meeting.select().count() == 1

    form.purpose.setText("Changed my mind")
    seen = answer_next_prompt("Keep editing")
    form.reject()
    assert sorted(seen.buttons) == ["Discard the changes", "Keep editing"]
    assert form.isVisible() and form.purpose.text() == "Changed my mind"

    form.starts_at.setDate(QDate(2062, 11, 25))
    seen = answer_next_prompt("Go back and change it")
    assert not form.save()
    assert sorted(seen.buttons) == ["Go back and change it", "Save anyway"]
    seen = answer_next_prompt("Discard the changes")
    form.reject()
    assert not form.isVisible()
