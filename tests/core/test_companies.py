"""Companies and job postings: the company completer, who you know at a company, postings."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from netdesk.core.companies import (
    KnownPerson,
    add_alias,
    add_posting,
    aliases,
    company_names,
    contact_count_at,
    find_company,
    merge_companies,
    remove_alias,
    who_do_i_know_at,
    who_knows,
)
from netdesk.core.contacts import create_contact, load_contact
from netdesk.core.errors import NotFoundError, ValidationError
from netdesk.core.text import fold
from netdesk.models import Lead, PostingStage, Topic
from netdesk.models.records import ContactData, ReferralInfo
from tests.helpers.changes import recorded, reported


def _people(db: Path, companies: list[str], people: list[tuple[str, str | None, str]]) -> None:
    """``companies`` and ``people`` (name, company or None, lead) as another process wrote
    them: straight into the file, so that what is read is only what the functions find."""
    conn = sqlite3.connect(db)
    with conn:
        for name in companies:
            conn.execute("INSERT INTO company (name, sort_name) VALUES (?, ?)", (name, fold(name)))
        for number, (name, company, lead) in enumerate(people):
            conn.execute(
                "INSERT INTO contact (uid, display_name, sort_name, company_id, title, lead, "
                "date_added) VALUES (?, ?, ?, (SELECT id FROM company WHERE name = ?), ?, ?, "
                "'2026-03-01')",
                (f"uid-{number}", name, fold(name), company, f"Title {number}", lead),
            )
    conn.close()


def _company_id(db: Path, name: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT id FROM company WHERE name = ?", (name,)).fetchone()[0])
    finally:
        conn.close()


def test_company_names_complete_a_prefix_ignoring_case_and_accents(db: Path) -> None:
    _people(db, ["Müller AG", "Initech", "Initrode", "Globex", "Mullins & Co"], [])
    assert company_names("mul") == ["Müller AG", "Mullins & Co"]
    assert company_names("MÜL") == ["Müller AG", "Mullins & Co"]
    assert company_names("init") == ["Initech", "Initrode"]
    assert company_names("zz") == []
    assert company_names() == ["Globex", "Initech", "Initrode", "Müller AG", "Mullins & Co"]
    assert company_names("", limit=2) == ["Globex", "Initech"]


def test_who_do_i_know_at_a_company_lists_warm_leads_first(db: Path) -> None:
    _people(
        db,
        ["Müller AG", "Globex"],
        [
            ("Zoe Cold", "Müller AG", "cold"),
            ("Yann Warm", "Müller AG", "warm"),
            ("Anna Cold", "Müller AG", "cold"),
            ("Bea Warm", "Müller AG", "warm"),
            ("Carl Elsewhere", "Globex", "warm"),
            ("Dana Nowhere", None, "warm"),
        ],
    )
    found = who_do_i_know_at("  müller ag ")
    assert [p.display_name for p in found] == ["Bea Warm", "Yann Warm", "Anna Cold", "Zoe Cold"]
    assert all(isinstance(p, KnownPerson) for p in found)
    bea = found[0]
    assert (bea.lead, bea.status, bea.title) == ("warm", "to_contact", "Title 3")
    assert who_do_i_know_at("Initech") == []


def test_a_posting_at_a_new_company_creates_it_once(db: Path) -> None:
    first = add_posting("Initech", "Data Engineer", "https://initech.example/jobs/1")
    second = add_posting(
        "  INITECH ", "Analyst", date_seen=date(2026, 3, 1), stage=PostingStage.APPLIED
    )
    assert first != second
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT name FROM company").fetchall() == [("Initech",)]
        rows = conn.execute(
            "SELECT p.title, p.url, p.date_seen, p.stage, c.name FROM job_posting p "
            "JOIN company c ON c.id = p.company_id ORDER BY p.id"
        ).fetchall()
    finally:
        conn.close()
    assert rows == [
        (
            "Data Engineer",
            "https://initech.example/jobs/1",
            date.today().isoformat(),
            "seen",
            "Initech",
        ),
        ("Analyst", "", "2026-03-01", "applied", "Initech"),
    ]


def test_a_posting_at_an_existing_company_joins_it(db: Path) -> None:
    _people(db, ["Müller AG"], [("Anna", "Müller AG", "warm")])
    add_posting("muller ag", "Buyer")
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM company").fetchone() == (1,)
        assert conn.execute(
            "SELECT c.name FROM job_posting p JOIN company c ON c.id = p.company_id"
        ).fetchall() == [("Müller AG",)]
    finally:
        conn.close()


def test_a_posting_needs_a_company_and_writes_nothing_without_one(db: Path) -> None:
    with pytest.raises(ValidationError, match="needs a company"):
        add_posting("   ", "Data Engineer")
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM job_posting").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM company").fetchone() == (0,)
    finally:
        conn.close()


def test_contact_count_at_a_company(db: Path) -> None:
    _people(
        db,
        ["Globex", "Initech"],
        [("A", "Globex", "warm"), ("B", "Globex", "cold"), ("C", "Initech", "warm")],
    )
    assert contact_count_at(_company_id(db, "Globex")) == 2
    assert contact_count_at(_company_id(db, "Initech")) == 1
    assert contact_count_at(999) == 0


def test_a_posting_is_reported_to_the_views_with_the_company_it_created(db: Path) -> None:
    """A view of postings hears of a new one even when its company is new as well (it used to
    hear only of the company); the Companies view hears of the company, whose open postings
    changed."""
    _people(db, ["Globex"], [])
    with recorded() as seen:
        first = add_posting("Initech", "Data Engineer")
    topics = reported(seen)
    assert topics[Topic.POSTINGS] == {first}
    assert topics[Topic.COMPANIES] == {_company_id(db, "Initech")}
    with recorded() as seen:
        second = add_posting("Globex", "Analyst")
    assert reported(seen) == {
        Topic.POSTINGS: {second},
        Topic.COMPANIES: {_company_id(db, "Globex")},
    }


# Who knows: the three rings ---------------------------------------------------------------------


def _person(name: str, *, at: str = "", before: tuple[str, ...] = (), lead: str = "warm",
            referred_by: int | None = None) -> int:  # fmt: skip
    return create_contact(
        ContactData(
            display_name=name,
            organization=at,
            past_employers=list(before),
            lead=Lead(lead),
            referral=ReferralInfo(referred_by) if referred_by is not None else None,
        )
    )


def test_who_knows_gives_three_rings_warm_first_with_paths_and_opening_lines(db: Path) -> None:
    ann = _person("Ann Alder", at="Globex Corp.")
    globex = _only_company("globex")
    add_alias(globex, "Globex")
    add_alias(globex, "Globex Corporation")
    sara = _person("Sara Smith")  # someone you knew directly
    john = _person("John Public", at="Globex", referred_by=sara)
    cold = _person("Carl Cold", at="GLOBEX CORP.", lead="cold")
    bo = _person("Bo Berg", before=("Globex Corporation",))
    lee = _person("Lee Lin", referred_by=bo)  # Bo, who used to work there, sent you to Lee
    _person("Otto Other", at="Initech")
    assert company_names("glo") == ["Globex Corp."]  # one company under four spellings
    found = who_knows(globex)
    assert [(p.display_name, p.ring) for p in found] == [
        ("Ann Alder", 1),
        ("John Public", 1),
        ("Carl Cold", 1),  # cold after warm
        ("Bo Berg", 2),
        ("Lee Lin", 3),
        ("Sara Smith", 3),
    ]
    by_id = {p.id: p for p in found}
    assert by_id[john].path == ("Sara Smith", "John Public")
    assert by_id[john].opening_line == "Sara Smith suggested I give you a call."
    assert by_id[ann].path == ("Ann Alder",)
    assert "Globex Corp." in by_id[ann].opening_line
    assert by_id[bo].opening_line.startswith("You used to work at Globex Corp.")
    assert by_id[sara].path == ("Sara Smith", "John Public")  # Sara -> John at Globex
    assert (by_id[sara].via_id, by_id[sara].via_name) == (john, "John Public")
    assert by_id[sara].opening_line == (
        "You know John Public at Globex Corp.: would you introduce me?"
    )
    assert by_id[lee].path == ("Bo Berg", "Lee Lin")
    assert by_id[lee].opening_line == (
        "You know Bo Berg, who used to work at Globex Corp.: would you introduce me?"
    )
    assert cold in by_id and by_id[cold].lead == "cold"


def test_someone_in_two_rings_is_listed_once_in_the_nearest(db: Path) -> None:
    now = _person("Nina Now", at="Globex", before=("Globex",))
    _person("Rita Referred", at="Globex", referred_by=now)
    found = who_knows(_only_company("Globex"))
    assert [(p.display_name, p.ring) for p in found] == [("Nina Now", 1), ("Rita Referred", 1)]


def test_who_knows_a_long_chain_walks_it_in_sql(db: Path) -> None:
    previous = _person("Root")
    for n in range(300):
        previous = _person(f"Link {n:03}", referred_by=previous)
    _person("At Globex", at="Globex", referred_by=previous)
    found = who_knows(_only_company("Globex"))
    assert [p.ring for p in found] == [1, 3]
    assert len(found[0].path) == 302 and found[0].path[0] == "Root"
    assert found[1].path == (*found[0].path[:-1], "At Globex")


def _only_company(name: str) -> int:
    found = find_company(name)
    assert found is not None
    return found


def test_find_company_by_name_alias_or_legal_form(db: Path) -> None:
    _person("Ann", at="Globex")
    globex = _only_company("globex")
    assert find_company("GLOBEX") == globex
    assert find_company("Globex Corp.") == globex  # the legal form dropped
    assert find_company("Globex Bank") is None
    add_alias(globex, "Umbrella Holdings")
    assert find_company("umbrella holdings") == globex
    assert find_company("Umbrella Holdings Ltd") == globex
    assert aliases(globex) == ["Umbrella Holdings"]
    with pytest.raises(ValidationError, match="already a name of Globex"):
        add_alias(globex, "UMBRELLA HOLDINGS")
    _person("Otto", at="Initech")
    with pytest.raises(ValidationError, match="merge the two companies"):
        add_alias(globex, "Initech")


def test_an_alias_is_undone_and_redone(db: Path) -> None:
    _person("Ann", at="Globex")
    globex = _only_company("Globex")
    change = add_alias(globex, "Globex Corporation")
    change.undo()
    assert aliases(globex) == [] and find_company("Globex Corporation") == globex  # loose key
    assert find_company("Globex Corporation Holdings") is None
    change.redo()
    assert aliases(globex) == ["Globex Corporation"]
    remove_alias(globex, "globex corporation").undo()
    assert aliases(globex) == ["Globex Corporation"]


def test_merging_two_companies_moves_everything_and_is_undone_exactly(db: Path) -> None:
    ann = _person("Ann", at="Globex")
    bo = _person("Bo", at="Globex Corporation")
    cy = _person("Cy", before=("Globex Corporation", "Globex"))
    keep, other = _only_company("Globex"), _only_company("Globex Corporation")
    assert keep != other
    posting = add_posting("Globex Corporation", "Data Engineer")
    add_alias(other, "GX")
    before = _dump(db)
    with recorded() as seen:
        change = merge_companies(keep, other)
    topics = reported(seen)
    assert topics[Topic.COMPANIES] >= {keep, other}
    assert topics[Topic.CONTACTS] >= {bo, cy} and topics[Topic.POSTINGS] >= {posting}
    assert [p.id for p in who_knows(keep)] == [ann, bo, cy]
    assert aliases(keep) == ["Globex Corporation", "GX"]
    assert find_company("Globex Corporation") == keep and find_company("gx") == keep
    assert load_contact(cy).past_employers == ["Globex"]
    assert load_contact(bo).organization == "Globex"
    after = _dump(db)
    change.undo()
    assert _dump(db) == before
    change.redo()
    assert _dump(db) == after
    with pytest.raises(ValidationError):
        merge_companies(keep, keep)
    with pytest.raises(NotFoundError):
        merge_companies(keep, other)  # merged away already


_MERGED = ("company", "company_alias", "contact", "contact_past_employer", "job_posting")


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in _MERGED
        }
    finally:
        conn.close()
