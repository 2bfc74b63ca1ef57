"""The posting aggregate and the company rows of schema 8: postings with their dated history and
people, the board's one query, past employers and aliases, and what deleting or merging contacts
does to them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdesk.models import Company, PostingRole, PostingStage, Topic, contact_undo
from netdesk.models import companies as companies_data
from netdesk.models import postings as postings_data
from netdesk.models.contacts import company_ids, read_contact
from netdesk.models.merge import merge_group, undo_merge
from netdesk.models.postings import NewPosting, Person, Step
from netdesk.models.sql import connection
from tests.helpers.changes import recorded, reported
from tests.helpers.rows import contact, referral

DAY = date(2026, 11, 2)


def _posting(title: str = "Data Engineer", company: str = "Globex", **fields: object) -> int:
    new = NewPosting((company, company.casefold()), title, **fields)  # type: ignore[arg-type]
    return postings_data.insert_postings([new], DAY)[0]


def test_a_posting_is_stored_with_its_first_step_and_read_back(db: Path) -> None:
    with recorded() as seen:
        posting_id = _posting(
            url="https://globex.example/jobs/7",
            location="Berlin",
            date_seen=date(2026, 11, 1),
            date_posted=date(2026, 10, 28),
            valid_through=date(2026, 12, 31),
            deadline=date(2026, 11, 20),
            stage=PostingStage.RESEARCHING,
            notes="Ask Sara first",
        )
    topics = reported(seen)
    assert topics[Topic.POSTINGS] == {posting_id} and Topic.COMPANIES in topics
    record = postings_data.read_posting(posting_id)
    assert record is not None
    assert (record.company, record.title, record.url, record.location) == (
        "Globex", "Data Engineer", "https://globex.example/jobs/7", "Berlin",
    )  # fmt: skip
    assert (record.date_seen, record.date_posted, record.valid_through, record.deadline) == (
        date(2026, 11, 1), date(2026, 10, 28), date(2026, 12, 31), date(2026, 11, 20),
    )  # fmt: skip
    assert record.stage is PostingStage.RESEARCHING and record.notes == "Ask Sara first"
    assert record.history == [Step(PostingStage.RESEARCHING, DAY)]
    assert postings_data.read_posting(999) is None


def test_a_move_keeps_every_step_with_its_day(db: Path) -> None:
    posting_id = _posting()
    postings_data.set_stage(posting_id, PostingStage.APPLIED, date(2026, 11, 5))
    postings_data.set_stage(posting_id, PostingStage.INTERVIEWING, date(2026, 11, 12))
    record = postings_data.read_posting(posting_id)
    assert record is not None and record.stage is PostingStage.INTERVIEWING
    assert record.history == [
        Step(PostingStage.SEEN, DAY),
        Step(PostingStage.APPLIED, date(2026, 11, 5)),
        Step(PostingStage.INTERVIEWING, date(2026, 11, 12)),
    ]
    assert postings_data.set_stage(999, PostingStage.APPLIED, DAY) is None


def test_people_are_linked_once_per_role_and_read_by_name(db: Path) -> None:
    posting_id = _posting()
    zoe, adam = contact("Zoe Quinn"), contact("Adam Bell")
    postings_data.link_person(posting_id, zoe, PostingRole.TOLD_ME)
    postings_data.link_person(posting_id, zoe, PostingRole.TOLD_ME)
    postings_data.link_person(posting_id, zoe, PostingRole.REFERRED_ME)
    postings_data.link_person(posting_id, adam, PostingRole.HIRING_MANAGER)
    record = postings_data.read_posting(posting_id)
    assert record is not None
    assert record.people == [
        Person(adam, PostingRole.HIRING_MANAGER, "Adam Bell"),
        Person(zoe, PostingRole.REFERRED_ME, "Zoe Quinn"),
        Person(zoe, PostingRole.TOLD_ME, "Zoe Quinn"),
    ]
    assert postings_data.unlink_person(posting_id, zoe, PostingRole.TOLD_ME) == 1
    assert postings_data.unlink_person(posting_id, zoe) == 1
    record = postings_data.read_posting(posting_id)
    assert record is not None and [p.contact_id for p in record.people] == [adam]


def test_the_board_lists_postings_column_by_column_most_recently_moved_first(db: Path) -> None:
    older, newer, applied = _posting("Older"), _posting("Newer", "Initech"), _posting("Applied")
    postings_data.set_stage(newer, PostingStage.SEEN, date(2026, 11, 9))
    postings_data.set_stage(applied, PostingStage.APPLIED, date(2026, 11, 3))
    postings_data.link_person(applied, contact("Zoe"), PostingRole.REFERRED_ME)
    cards = postings_data.board_cards()
    assert [(c.id, c.stage, c.last_step) for c in cards] == [
        (newer, PostingStage.SEEN, date(2026, 11, 9)),
        (older, PostingStage.SEEN, DAY),
        (applied, PostingStage.APPLIED, date(2026, 11, 3)),
    ]
    assert [c.people for c in cards] == [0, 0, 1] and cards[0].company == "Initech"


def test_a_deleted_contact_takes_its_roles_and_past_employers_and_undo_brings_them_back(
    db: Path,
) -> None:
    posting_id = _posting()
    zoe = contact("Zoe")
    postings_data.link_person(posting_id, zoe, PostingRole.TOLD_ME)
    conn = connection()
    initech = company_ids(conn, [("Initech", "initech")])["initech"]
    conn.execute(
        "INSERT INTO contact_past_employer (contact_id, company_id) VALUES (?, ?)", (zoe, initech)
    )
    deleted = contact_undo.delete_contacts([zoe])
    record = postings_data.read_posting(posting_id)
    assert record is not None and record.people == []
    contact_undo.restore_contacts(deleted)
    record = postings_data.read_posting(posting_id)
    assert record is not None and record.people == [Person(zoe, PostingRole.TOLD_ME, "Zoe")]
    restored = read_contact(zoe)
    assert restored is not None and restored.past_employers == ["Initech"]


def test_merging_two_contacts_with_one_role_on_a_posting_keeps_it_once_and_undoes(
    db: Path,
) -> None:
    posting_id = _posting()
    keep, other = contact("Zoe Quinn"), contact("Zoe Q.")
    for person in (keep, other):
        postings_data.link_person(posting_id, person, PostingRole.TOLD_ME)
    postings_data.link_person(posting_id, other, PostingRole.REFERRED_ME)
    snapshot = merge_group(keep, [other], {}, {}, None)
    record = postings_data.read_posting(posting_id)
    assert record is not None
    assert {(p.contact_id, p.role) for p in record.people} == {
        (keep, PostingRole.TOLD_ME),
        (keep, PostingRole.REFERRED_ME),
    }
    undo_merge(snapshot)
    record = postings_data.read_posting(posting_id)
    assert record is not None
    assert {(p.contact_id, p.role) for p in record.people} == {
        (keep, PostingRole.TOLD_ME),
        (other, PostingRole.TOLD_ME),
        (other, PostingRole.REFERRED_ME),
    }


def test_a_card_s_organization_finds_its_company_by_an_alias(db: Path) -> None:
    globex = int(Company.create(name="Globex", sort_name="globex").id)
    companies_data.add_alias(globex, "Globex Corporation", "globex corporation", "globex")
    found = company_ids(connection(), [("Globex Corporation", "globex corporation")])
    assert found == {"globex corporation": globex}
    assert connection().execute("SELECT count(*) FROM company").fetchone() == (1,)


def test_a_company_is_found_by_its_name_an_alias_or_its_loose_key(db: Path) -> None:
    globex = int(Company.create(name="Globex", sort_name="globex").id)
    initech = int(Company.create(name="Initech LLC", sort_name="initech llc").id)
    companies_data.add_alias(initech, "INITECH Software", "initech software", "initech")
    assert companies_data.find_company("globex", "globex") == globex
    assert companies_data.find_company("globex corp.", "globex") == globex  # loose key
    assert companies_data.find_company("initech software", "initech") == initech  # alias
    assert companies_data.find_company("initech, inc.", "initech") == initech  # alias's key
    assert companies_data.find_company("hooli", "hooli") is None


def test_the_rings_around_a_company_in_one_query(db: Path) -> None:
    globex = int(Company.create(name="Globex", sort_name="globex").id)
    now = contact("Now", company=globex)
    before = contact("Before")
    connection().execute(
        "INSERT INTO contact_past_employer (contact_id, company_id) VALUES (?, ?)",
        (before, globex),
    )
    sara = contact("Sara")  # referred Now
    lee = contact("Lee")  # referred by Before
    far = contact("Far")  # referred Sara: two introductions away, not in the rings
    contact("Stranger")
    referral(now, sara)
    referral(lee, before)
    referral(sara, far)
    rows = {(r.id, r.ring, r.via) for r in companies_data.ring_rows(globex)}
    assert rows == {(now, 1, None), (before, 2, None), (sara, 3, now), (lee, 3, before)}
