"""A meeting that turned into interview country: saved with its posting in one step, undone and
redone as one; a posting no longer named is unlinked from the meeting and keeps its history."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from netdesk.core.contacts import create_contact
from netdesk.core.meetings import MeetingData
from netdesk.core.posting_links import (
    contact_postings,
    meeting_posting,
    posting_choices,
    save_meeting_for_posting,
)
from netdesk.core.postings import PostingInput, add_posting, link_person, move, read_posting
from netdesk.models import Meeting, PostingRole, PostingStage
from netdesk.models.postings import Step
from netdesk.models.records import ContactData

NOW = datetime(2026, 11, 25, 17, 0)


def _meeting(contact_id: int, day: int = 24) -> MeetingData:
    return MeetingData(
        contact_id=contact_id, starts_at=datetime(2026, 11, day, 10, 0), outcome="A job"
    )


def test_a_new_meeting_for_a_posting_moves_it_and_undo_takes_all_back(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith", organization="Globex"))
    posting = add_posting(PostingInput("Globex", "Data Analyst"), on=date(2026, 11, 1))

    result, change = save_meeting_for_posting(_meeting(sara), None, posting, now=NOW)

    assert meeting_posting(result.meeting_id) == posting
    stored = read_posting(posting)
    assert stored.stage is PostingStage.INTERVIEWING
    # Dated the day of the meeting, not the day it was written down.
    assert stored.history[-1] == Step(PostingStage.INTERVIEWING, date(2026, 11, 24))
    assert [(p.contact_id, p.role) for p in stored.people] == [(sara, PostingRole.MET_ABOUT)]

    change.undo()
    assert Meeting.select().count() == 0
    undone = read_posting(posting)
    assert undone.stage is PostingStage.SEEN and undone.people == []
    assert [s.stage for s in undone.history] == [PostingStage.SEEN]

    change.redo()
    assert meeting_posting(result.meeting_id) == posting
    assert read_posting(posting).stage is PostingStage.INTERVIEWING


def test_the_step_never_goes_before_the_posting_s_last_one(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    posting = add_posting(PostingInput("Globex", "Data Analyst"), on=date(2026, 11, 1))
    move(posting, PostingStage.APPLIED, on=date(2026, 11, 20))
    save_meeting_for_posting(_meeting(sara, day=10), None, posting, now=NOW)
    assert read_posting(posting).history[-1] == Step(PostingStage.INTERVIEWING, date(2026, 11, 20))


def test_unticking_unlinks_the_meeting_but_keeps_what_happened(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    posting = add_posting(PostingInput("Globex", "Data Analyst"))
    result, _ = save_meeting_for_posting(_meeting(sara), None, posting, now=NOW)

    _, change = save_meeting_for_posting(_meeting(sara), result.meeting_id, None, now=NOW)

    assert meeting_posting(result.meeting_id) is None
    assert read_posting(posting).stage is PostingStage.INTERVIEWING
    change.undo()
    assert meeting_posting(result.meeting_id) == posting
    change.redo()
    assert meeting_posting(result.meeting_id) is None


def test_saving_again_with_the_same_posting_adds_no_step(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    posting = add_posting(PostingInput("Globex", "Data Analyst"))
    result, _ = save_meeting_for_posting(_meeting(sara), None, posting, now=NOW)
    move(posting, PostingStage.OFFER)
    save_meeting_for_posting(_meeting(sara), result.meeting_id, posting, now=NOW)
    assert read_posting(posting).stage is PostingStage.OFFER


def test_choices_put_their_company_first_and_leave_closed_ones_out(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith", organization="Globex"))
    initech = add_posting(PostingInput("Initech", "Analyst"), on=date(2026, 11, 20))
    globex = add_posting(PostingInput("Globex Corp.", "Data Analyst"), on=date(2026, 11, 1))
    closed = add_posting(PostingInput("Globex", "Old job", stage=PostingStage.REJECTED))

    choices = posting_choices(sara)
    assert [(c.posting_id, c.at_their_company) for c in choices] == [
        (globex, True),
        (initech, False),
    ]
    assert [c.posting_id for c in posting_choices(None)] == [initech, globex]
    # The meeting's own posting is offered whatever its stage.
    assert closed in [c.posting_id for c in posting_choices(sara, keep=closed)]


def test_a_contact_s_postings_list_each_once_with_all_roles(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    open_one = add_posting(PostingInput("Globex", "Data Analyst"))
    closed = add_posting(PostingInput("Initech", "Analyst", stage=PostingStage.WITHDRAWN))
    add_posting(PostingInput("Initech", "Not hers"))
    link_person(closed, sara, PostingRole.TOLD_ME)
    link_person(open_one, sara, PostingRole.HIRING_MANAGER)
    link_person(open_one, sara, PostingRole.TOLD_ME)

    found = contact_postings(sara)
    assert [(p.posting_id, p.company, p.stage, p.roles) for p in found] == [
        (
            open_one,
            "Globex",
            PostingStage.SEEN,
            (PostingRole.TOLD_ME, PostingRole.HIRING_MANAGER),
        ),
        (closed, "Initech", PostingStage.WITHDRAWN, (PostingRole.TOLD_ME,)),
    ]
