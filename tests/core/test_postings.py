"""Postings and the opportunity pipeline: by hand or from saved job pages, moved through dated
stages, people linked, interview country, every change undone and redone exactly."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from netdesk.core.companies import add_alias, find_company
from netdesk.core.contacts import create_contact
from netdesk.core.errors import NotFoundError, ValidationError
from netdesk.core.postings import (
    PostingInput,
    add_posting,
    add_posting_with_undo,
    all_postings,
    board,
    delete_posting,
    import_pages,
    imported_json,
    link_person,
    mark_interview_country,
    move,
    parse_stage,
    posting_json,
    read_posting,
    unlink_person,
    update_posting,
)
from netdesk.models import PostingRole, PostingStage, Topic
from netdesk.models.postings import Person, Step
from netdesk.models.records import ContactData
from tests.helpers.changes import recorded, reported
from tests.helpers.rows import meeting

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "jobpages"
SEEN = date(2026, 11, 2)
TABLES = ("company", "job_posting", "posting_stage", "posting_person", "meeting")


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}
    finally:
        conn.close()


def _globex(**fields: object) -> int:
    return add_posting(PostingInput("Globex", "Data Engineer", **fields), on=SEEN)  # type: ignore[arg-type]


def test_a_posting_by_hand_with_every_field(db: Path) -> None:
    posting_id = add_posting(
        PostingInput(
            "  Globex  ",
            "  Senior   Data Engineer ",
            url=" https://globex.example/jobs/7 ",
            location="Berlin",
            date_seen=date(2026, 11, 1),
            deadline=date(2026, 11, 30),
            notes="Ask Sara about the team",
        ),
        on=SEEN,
    )
    record = read_posting(posting_id)
    assert (record.company, record.title, record.url) == (
        "Globex", "Senior Data Engineer", "https://globex.example/jobs/7",
    )  # fmt: skip
    assert (record.location, record.date_seen, record.deadline, record.notes) == (
        "Berlin", date(2026, 11, 1), date(2026, 11, 30), "Ask Sara about the team",
    )  # fmt: skip
    assert record.stage is PostingStage.SEEN and record.history == [Step(PostingStage.SEEN, SEEN)]


def test_a_posting_needs_a_company_and_a_title(db: Path) -> None:
    with pytest.raises(ValidationError) as raised:
        add_posting(PostingInput("  ", " "))
    assert {e.field for e in raised.value.errors} == {"company", "title"}
    assert all_postings() == []


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "mailto:hr@globex.example",
        "https://",
        "ftp://x.y",
    ],
)
def test_a_posting_s_address_is_a_web_address_or_nothing(db: Path, url: str) -> None:
    with pytest.raises(ValidationError) as raised:
        _globex(url=url)
    assert [e.field for e in raised.value.errors] == ["url"]
    assert all_postings() == []


def test_an_address_typed_without_its_scheme_is_kept_as_a_web_address(db: Path) -> None:
    assert read_posting(_globex(url="jobs.globex.example/7")).url == "https://jobs.globex.example/7"


def test_a_company_name_has_a_length_limit(db: Path) -> None:
    with pytest.raises(ValidationError) as raised:
        add_posting(PostingInput("G" * 201, "Analyst"))
    assert [e.field for e in raised.value.errors] == ["company"]
    assert read_posting(add_posting(PostingInput("G" * 200, "Analyst"))).company == "G" * 200


def test_a_posting_finds_its_company_by_an_alias_or_its_legal_form(db: Path) -> None:
    first = _globex()
    globex = find_company("Globex")
    assert globex is not None
    add_alias(globex, "Umbrella Group")
    second = add_posting(PostingInput("UMBRELLA GROUP", "Analyst"))
    third = add_posting(PostingInput("Globex Corporation", "Buyer"))
    assert {read_posting(i).company for i in (first, second, third)} == {"Globex"}


def test_a_move_is_dated_kept_and_undone_and_redone(db: Path) -> None:
    posting_id = _globex()
    before = _dump(db)
    with recorded() as seen:
        change = move(posting_id, PostingStage.APPLIED, on=date(2026, 11, 5))
    assert change is not None
    assert reported(seen) == {Topic.POSTINGS: {posting_id}}
    after = _dump(db)
    record = read_posting(posting_id)
    assert record.stage is PostingStage.APPLIED
    assert record.history == [
        Step(PostingStage.SEEN, SEEN),
        Step(PostingStage.APPLIED, date(2026, 11, 5)),
    ]
    with recorded() as seen:
        change.undo()
    assert reported(seen)[Topic.POSTINGS] == {posting_id}
    assert _dump(db) == before
    change.redo()
    assert _dump(db) == after
    assert move(posting_id, PostingStage.APPLIED) is None  # there already: nothing changes
    assert _dump(db) == after
    with pytest.raises(NotFoundError):
        move(999, PostingStage.APPLIED)


def test_stages_are_read_as_people_type_them(db: Path) -> None:
    assert parse_stage("No answer") is PostingStage.NO_ANSWER
    assert parse_stage(" no-answer ") is PostingStage.NO_ANSWER
    assert parse_stage("INTERVIEWING") is PostingStage.INTERVIEWING
    with pytest.raises(ValidationError, match="the stages are seen, researching"):
        parse_stage("hired")


def test_adding_and_deleting_a_posting_are_undone_exactly(db: Path) -> None:
    empty = _dump(db)
    posting_id, added = add_posting_with_undo(PostingInput("Globex", "Data Engineer"), on=SEEN)
    with_company = _dump(db)
    added.undo()
    assert _dump(db) == {**empty, "company": with_company["company"]}  # the company stays
    added.redo()
    assert _dump(db) == with_company
    zoe = create_contact(ContactData(display_name="Zoe"))
    link_person(posting_id, zoe, PostingRole.TOLD_ME)
    move(posting_id, PostingStage.RESEARCHING, on=SEEN)
    talk = meeting(zoe, datetime(2026, 11, 3, 10))
    mark_interview_country(talk, posting_id, on=date(2026, 11, 3))
    full = _dump(db)
    deleted = delete_posting(posting_id)
    assert all_postings() == []
    deleted.undo()
    assert _dump(db) == full
    deleted.redo()
    assert all_postings() == []


def test_people_are_linked_by_role_undoably(db: Path) -> None:
    posting_id = _globex()
    zoe = create_contact(ContactData(display_name="Zoe Quinn"))
    change = link_person(posting_id, zoe, PostingRole.REFERRED_ME)
    assert read_posting(posting_id).people == [Person(zoe, PostingRole.REFERRED_ME, "Zoe Quinn")]
    again = link_person(posting_id, zoe, PostingRole.REFERRED_ME)
    again.undo()  # saying it twice changed nothing, so undoing the second keeps the first
    assert len(read_posting(posting_id).people) == 1
    change.undo()
    assert read_posting(posting_id).people == []
    change.redo()
    removed = unlink_person(posting_id, zoe, PostingRole.REFERRED_ME)
    assert read_posting(posting_id).people == []
    removed.undo()
    assert len(read_posting(posting_id).people) == 1
    with pytest.raises(NotFoundError):
        link_person(posting_id, 999, PostingRole.TOLD_ME)
    with pytest.raises(NotFoundError):
        link_person(999, zoe, PostingRole.TOLD_ME)


def test_a_meeting_turning_into_interview_country_moves_the_posting(db: Path) -> None:
    posting_id = _globex()
    move(posting_id, PostingStage.INTRODUCED, on=SEEN)
    zoe = create_contact(ContactData(display_name="Zoe"))
    talk = meeting(zoe, datetime(2026, 11, 4, 9))
    before = _dump(db)
    change = mark_interview_country(talk, posting_id, on=date(2026, 11, 4))
    record = read_posting(posting_id)
    assert record.stage is PostingStage.INTERVIEWING
    assert record.history[-1] == Step(PostingStage.INTERVIEWING, date(2026, 11, 4))
    assert record.people == [Person(zoe, PostingRole.MET_ABOUT, "Zoe")]
    assert _dump(db)["meeting"][0][-1] == posting_id
    change.undo()
    assert _dump(db) == before
    move(posting_id, PostingStage.OFFER, on=SEEN)
    mark_interview_country(talk, posting_id)  # an offer does not go back to interviews
    assert read_posting(posting_id).stage is PostingStage.OFFER


def test_an_update_changes_the_fields_and_is_undone(db: Path) -> None:
    posting_id = _globex()
    before = _dump(db)
    change = update_posting(posting_id, location="Remote", deadline=date(2026, 12, 1))
    record = read_posting(posting_id)
    assert (record.location, record.deadline) == ("Remote", date(2026, 12, 1))
    change.undo()
    assert _dump(db) == before
    with pytest.raises(ValidationError):
        update_posting(posting_id, title="  ")


def test_the_board_has_every_posting_in_stage_order(db: Path) -> None:
    seen, applied, offer = _globex(), _globex(), _globex()
    move(applied, PostingStage.APPLIED)
    move(offer, PostingStage.OFFER)
    assert [(c.id, c.stage) for c in board()] == [
        (seen, PostingStage.SEEN),
        (applied, PostingStage.APPLIED),
        (offer, PostingStage.OFFER),
    ]


def test_saved_job_pages_are_imported_once_and_pages_without_data_are_named(
    db: Path, tmp_path: Path
) -> None:
    files = [
        PAGES / name
        for name in ("greenhouse.html", "workday.html", "linkedin.html", "no-posting.html")
    ]
    broken = tmp_path / "picture.html"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    result = import_pages([*files, broken], on=SEEN)
    assert [(p.company, p.data.title, p.new) for p in result.postings] == [
        ("Initech", "Senior Engineer, Payments & Risk", True),
        ("Globex Corporation", "Senior Data Engineer", True),
        ("Vandelay Industries", "R&D Engineer – Imports & Exports", True),
    ]
    assert result.empty == ["no-posting.html"]
    assert [name for name, _ in result.unreadable] == ["picture.html"]
    linkedin = read_posting(result.postings[2].id)
    assert linkedin.valid_through == date(2026, 4, 9) and linkedin.location == "Austin, TX, US"
    assert linkedin.date_posted == date(2026, 3, 10) and linkedin.date_seen == SEEN
    rows = imported_json(result.postings)
    assert rows[0] == {
        "id": result.postings[0].id,
        "title": "Senior Engineer, Payments & Risk",
        "company": "Initech",
        "location": "San Francisco, CA",
        "date_posted": "2026-03-02",
        "valid_through": None,
        "url": "https://boards.greenhouse.io/initech/jobs/4412873004",
    }
    copy = tmp_path / "greenhouse (1).html"
    shutil.copyfile(files[0], copy)
    again = import_pages([copy])
    assert [(p.id, p.new) for p in again.postings] == [(result.postings[0].id, False)]
    assert len(all_postings()) == 3


def test_postings_listed_under_one_page_address_are_each_kept(db: Path) -> None:
    first = import_pages([PAGES / "broken-jsonld.html"], on=SEEN).postings
    acme = [(p.data.title, p.url) for p in first if p.company == "Acme Logistics"]
    assert acme == [
        ("Warehouse Lead", "https://acme.example/careers/"),
        ("Driver", "https://acme.example/careers/"),
    ]
    assert len({p.id for p in first}) == len(first) and all(p.new for p in first)
    again = import_pages([PAGES / "broken-jsonld.html"], on=SEEN).postings
    assert [(p.id, p.new) for p in again] == [(p.id, False) for p in first]


def test_a_page_s_employer_known_by_an_alias_joins_that_company(db: Path) -> None:
    _globex()
    globex = find_company("Globex")
    assert globex is not None
    add_alias(globex, "Globex Corporation")
    (imported,) = import_pages([PAGES / "workday.html"]).postings
    assert imported.company == "Globex" and read_posting(imported.id).company == "Globex"


def test_a_posting_as_the_command_line_prints_it(db: Path) -> None:
    posting_id = _globex(url="https://globex.example/1", location="Berlin")
    zoe = create_contact(ContactData(display_name="Zoe"))
    link_person(posting_id, zoe, PostingRole.HIRING_MANAGER)
    move(posting_id, PostingStage.APPLIED, on=date(2026, 11, 6))
    (record,) = [posting_json(r) for r in all_postings()]
    assert record == {
        "id": posting_id,
        "title": "Data Engineer",
        "company": "Globex",
        "stage": "applied",
        "url": "https://globex.example/1",
        "location": "Berlin",
        "date_posted": None,
        "valid_through": None,
        "date_seen": "2026-11-02",
        "deadline": None,
        "history": [
            {"stage": "seen", "on": "2026-11-02"},
            {"stage": "applied", "on": "2026-11-06"},
        ],
        "people": [{"contact_id": zoe, "role": "hiring_manager"}],
    }
