"""The meeting form's "This turned into interview country": the posting is picked (theirs
first), saving links it and moves it to interviewing in one undo step, and unticking unlinks."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.meetings import MeetingData
from netdesk.core.posting_links import meeting_posting, save_meeting_for_posting
from netdesk.core.postings import PostingInput, add_posting, read_posting
from netdesk.models import Meeting, PostingRole, PostingStage
from netdesk.models.records import ContactData
from netdesk.ui.meetings.form import MeetingForm
from netdesk.ui.shell.writes import Writer

NOW = datetime(2026, 11, 25, 17, 0)


def open_form(
    qtbot: QtBot,
    settings: QSettings,
    contact_id: int | None,
    meeting_id: int | None = None,
    writer: Writer | None = None,
) -> MeetingForm:
    form = MeetingForm(contact_id, meeting_id, settings=settings, now=lambda: NOW, writer=writer)
    qtbot.addWidget(form)
    qtbot.waitUntil(lambda: not form.interview.is_loading())
    return form


def test_their_company_s_open_postings_come_first(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith", organization="Globex"))
    bob = create_contact(ContactData(display_name="Bob Jones", organization="Initech"))
    add_posting(PostingInput("Initech", "Analyst"))
    add_posting(PostingInput("Globex", "Data Analyst"))
    add_posting(PostingInput("Globex", "Old job", stage=PostingStage.REJECTED))
    form = open_form(qtbot, settings, sara)
    assert form.interview.choices() == [
        "Data Analyst at Globex (Seen)",
        "Analyst at Initech (Seen)",
    ]
    assert not form.interview.posting.isEnabled() and form.interview.posting_id() is None

    # Another person met: their company's postings move to the top.
    with qtbot.waitSignal(form.interview.choices_loaded):
        form.contact.set_contact(bob)
        form.contact.contact_changed.emit()
    assert form.interview.choices()[0] == "Analyst at Initech (Seen)"


def test_saving_links_the_posting_and_moves_it_in_one_undo_step(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith", organization="Globex"))
    posting = add_posting(PostingInput("Globex", "Data Analyst"))
    writer = Writer()
    form = open_form(qtbot, settings, sara, writer=writer)
    form.outcome.setText("She asked me to apply; her manager wants to talk")
    form.interview.check.setChecked(True)
    assert form.interview.posting.isEnabled()
    assert "moves it to Interviewing" in form.interview.hint.text()
    assert form.interview.choose(posting)
    assert form.is_modified()

    assert form.save()
    qtbot.waitUntil(lambda: not form.saving)
    (meeting_id,) = [m.id for m in Meeting.select()]
    assert meeting_posting(meeting_id) == posting
    stored = read_posting(posting)
    assert stored.stage is PostingStage.INTERVIEWING
    assert [(p.contact_id, p.role) for p in stored.people] == [(sara, PostingRole.MET_ABOUT)]

    writer.undo_stack.undo()
    qtbot.waitUntil(lambda: not writer.busy)
    assert Meeting.select().count() == 0
    assert read_posting(posting).stage is PostingStage.SEEN
    writer.undo_stack.redo()
    qtbot.waitUntil(lambda: not writer.busy)
    assert meeting_posting(meeting_id) == posting
    assert read_posting(posting).stage is PostingStage.INTERVIEWING


def test_ticked_without_a_posting_says_so_and_saves_nothing(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    add_posting(PostingInput("Globex", "Data Analyst"))
    form = open_form(qtbot, settings, sara)
    form.interview.check.setChecked(True)
    form.interview.posting.setEditText("Something I made up")
    assert not form.save()
    assert form.interview.error.text() == "Choose the posting from the list, or untick it."
    assert Meeting.select().count() == 0


def test_without_open_postings_the_form_says_where_to_add_one(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    form = open_form(qtbot, settings, sara)
    form.interview.check.setChecked(True)
    assert form.interview.choices() == []
    assert "Postings page" in form.interview.hint.text()


def test_a_stored_meeting_shows_its_posting_and_unticking_unlinks_it(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    posting = add_posting(PostingInput("Globex", "Data Analyst"))
    data = MeetingData(contact_id=sara, starts_at=datetime(2026, 11, 24, 10), outcome="Yes")
    meeting_id = save_meeting_for_posting(data, None, posting, now=NOW)[0].meeting_id
    form = open_form(qtbot, settings, sara, meeting_id)
    assert form.interview.check.isChecked()
    assert form.interview.posting_id() == posting
    assert form.interview.posting.currentText() == "Data Analyst at Globex (Interviewing)"
    assert not form.is_modified()

    form.interview.check.setChecked(False)
    assert form.is_modified()
    assert form.save()
    qtbot.waitUntil(lambda: not form.saving)
    assert meeting_posting(meeting_id) is None
    assert read_posting(posting).stage is PostingStage.INTERVIEWING
