"""The posting editor's and the page confirmation's core: one save (fields, company, stage,
people) undone as one; pages read without storing, stored postings recognised; several
postings added in one undoable step."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from netdesk.core.contacts import create_contact
from netdesk.core.errors import NotFoundError, ValidationError
from netdesk.core.postings import (
    PostingInput,
    add_posting,
    add_postings_with_undo,
    all_postings,
    import_pages,
    read_pages,
    read_posting,
    read_text,
    save_posting,
)
from netdesk.models.enums import PostingRole, PostingStage
from netdesk.models.records import ContactData

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "jobpages"
TODAY = date.today()


def test_a_new_posting_is_saved_with_its_people_and_undone_as_one(db: Path) -> None:
    ann = create_contact(ContactData(display_name="Ann Archer"))
    posting = PostingInput("Globex", "Engineer", stage=PostingStage.RESEARCHING)
    posting_id, change = save_posting(None, posting, [(ann, PostingRole.TOLD_ME)] * 2)
    record = read_posting(posting_id)
    assert record.stage is PostingStage.RESEARCHING and len(record.history) == 1
    assert [(p.contact_id, p.role) for p in record.people] == [(ann, PostingRole.TOLD_ME)]
    change.undo()
    assert all_postings() == []
    change.redo()
    assert read_posting(posting_id).people == record.people


def test_an_edit_changes_fields_company_stage_and_people_undone_as_one(db: Path) -> None:
    ann = create_contact(ContactData(display_name="Ann Archer"))
    bob = create_contact(ContactData(display_name="Bob Baker"))
    posting_id, _ = save_posting(
        None,
        PostingInput("Globx", "Engineer"),
        [(ann, PostingRole.TOLD_ME)],
        on=TODAY - timedelta(days=3),
    )
    edited = PostingInput(
        "Globex", "Senior Engineer", url="https://globex.example/1", stage=PostingStage.APPLIED
    )
    _, change = save_posting(posting_id, edited, [(bob, PostingRole.REFERRED_ME)])
    record = read_posting(posting_id)
    assert (record.company, record.title, record.stage) == (
        "Globex",
        "Senior Engineer",
        PostingStage.APPLIED,
    )
    assert [(s.stage, s.on) for s in record.history] == [
        (PostingStage.SEEN, TODAY - timedelta(days=3)),
        (PostingStage.APPLIED, TODAY),
    ]
    assert [(p.contact_id, p.role) for p in record.people] == [(bob, PostingRole.REFERRED_ME)]
    assert record.date_seen == TODAY - timedelta(days=3)  # kept
    change.undo()
    back = read_posting(posting_id)
    assert (back.company, back.title, back.stage, len(back.history)) == (
        "Globx",
        "Engineer",
        PostingStage.SEEN,
        1,
    )
    assert [(p.contact_id, p.role) for p in back.people] == [(ann, PostingRole.TOLD_ME)]


def test_a_save_refuses_what_the_core_refuses(db: Path) -> None:
    with pytest.raises(ValidationError):
        save_posting(None, PostingInput("Globex", "  "), [])
    with pytest.raises(NotFoundError):
        save_posting(None, PostingInput("Globex", "Engineer"), [(999, PostingRole.TOLD_ME)])
    assert all_postings() == []


def test_pages_are_read_without_storing_and_stored_postings_are_recognised(db: Path) -> None:
    import_pages([PAGES / "lever.html"])
    found = read_pages([PAGES / "lever.html", PAGES / "search-results.html", PAGES / "nope.html"])
    lever, search, missing = found
    assert lever.stored == (all_postings()[0].id,)
    assert len(search.postings) >= 4 and set(search.stored) == {None}
    assert missing.page is None and "does not exist" in missing.error
    assert len(all_postings()) == 1


def test_pasted_words_give_their_first_line_and_the_address(db: Path) -> None:
    read = read_text("\n  Forklift Driver \nAcme", "https://acme.example/jobs/3")
    assert read.page is not None and read.postings == ()
    assert (read.page.title, read.page.url) == ("Forklift Driver", "https://acme.example/jobs/3")
    assert read_text("x" * (21 * 1024 * 1024)).page is None


def test_several_postings_are_added_and_undone_in_one_step(db: Path) -> None:
    add_posting(PostingInput("Acme", "Old"))
    ids, change = add_postings_with_undo(
        [PostingInput("Globex", "One"), PostingInput("Initech", "Two")]
    )
    assert [p.title for p in all_postings()] == ["Old", "One", "Two"] and len(ids) == 2
    change.undo()
    assert [p.title for p in all_postings()] == ["Old"]
    change.redo()
    assert [p.id for p in all_postings()][1:] == ids
