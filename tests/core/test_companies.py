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
    merge_preview,
    remove_alias,
    ring_counts,
    rings,
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
    assert by_id[sara].path == ("Sara Smith",)  # you knew her directly: just her name
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
    assert found[1].path == found[0].path[:-1]  # down to Link 299, who knows At Globex
    assert found[1].via_name == "At Globex"


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


def test_ring_three_paths_end_at_the_person_whichever_way_the_introduction_runs(
    db: Path,
) -> None:
    """Referred by someone at the company, or having referred someone there: the path runs
    from the first person you knew down to the person, and the opening line names whom they
    would introduce you to."""
    root = _person("Rosa Root")
    kim = _person("Kim Kerr", referred_by=root)
    at = _person("Ada At", at="Globex", referred_by=kim)  # Kim sent you to Ada, at Globex
    below = _person("Ben Below", referred_by=at)  # Ada, at Globex, sent you to Ben
    past = _person("Pia Past", before=("Globex",), referred_by=root)
    pia_sent = _person("Pat Sent", referred_by=past)
    by_id = {p.id: p for p in who_knows(_only_company("Globex"))}
    assert by_id[at].path == ("Rosa Root", "Kim Kerr", "Ada At")
    assert by_id[kim].ring == 3 and by_id[kim].path == ("Rosa Root", "Kim Kerr")
    assert by_id[below].ring == 3 and by_id[below].path == ("Rosa Root", "Kim Kerr", "Ada At",
                                                           "Ben Below")  # fmt: skip
    assert by_id[root].ring == 3 and by_id[root].path == ("Rosa Root",)  # through Pia
    for person in (kim, below):
        assert by_id[person].via_name == "Ada At"
        assert by_id[person].opening_line == "You know Ada At at Globex: would you introduce me?"
    assert by_id[root].via_name == "Pia Past"
    assert by_id[root].opening_line.startswith("You know Pia Past, who used to work at Globex")
    assert by_id[pia_sent].path == ("Rosa Root", "Pia Past", "Pat Sent")
    for person in by_id.values():
        assert person.path[-1] == person.display_name


def test_ring_three_goes_through_someone_who_works_there_now_and_warm_first(db: Path) -> None:
    hub = _person("Hub Hill")
    _person("Cold Now", at="Globex", lead="cold", referred_by=hub)
    _person("Old Warm", before=("Globex",), referred_by=hub)
    warm = _person("Warm Now", at="Globex", referred_by=hub)
    (found,) = [p for p in who_knows(_only_company("Globex")) if p.ring == 3]
    assert (found.id, found.via_id, found.via_name) == (hub, warm, "Warm Now")


def test_the_rings_page_in_sql_and_agree_with_the_whole_list(db: Path) -> None:
    """Pages of every size and each ring alone are slices of the whole answer, and the counts
    add up, on a network with warm and cold people in every ring."""
    people = []
    for n in range(12):
        lead = "warm" if n % 3 else "cold"
        now = _person(f"Now {n:02}", at="Globex", lead=lead)
        before = _person(f"Before {n:02}", before=("Globex",), lead=lead)
        people.append(_person(f"Near {n:02}", lead=lead, referred_by=now if n % 2 else before))
        _person(f"Sent {n:02}", referred_by=before, lead=lead)
    _person("Elsewhere", at="Initech")
    globex = _only_company("Globex")
    everyone = who_knows(globex)
    assert ring_counts(globex) == {1: 12, 2: 12, 3: 24}
    assert len(everyone) == 48 and [p.ring for p in everyone] == sorted(p.ring for p in everyone)
    for ring in (1, 2, 3):
        mine = [p for p in everyone if p.ring == ring]
        warm = [p.lead for p in mine]
        assert warm == sorted(warm, key=lambda lead: lead != "warm")
        assert who_knows(globex, ring=ring) == mine
        assert who_knows(globex, offset=5, limit=4, ring=ring) == mine[5:9]
    for size in (1, 7, 50):
        pages = [who_knows(globex, start, size) for start in range(0, 48, size)]
        assert [p for page in pages for p in page] == everyone
    assert who_knows(globex, offset=48, limit=10) == []
    first = rings(globex, page=5)  # what the people panel shows first, from one query
    assert first.counts == ring_counts(globex)
    assert first.people == {r: [p for p in everyone if p.ring == r][:5] for r in (1, 2, 3)}
    assert rings(_only_company("Initech")).people == {1: who_knows(_only_company("Initech")),
                                                      2: [], 3: []}  # fmt: skip
    assert ring_counts(_only_company("Initech")) == {1: 1, 2: 0, 3: 0}


def test_a_merge_preview_names_both_and_counts_what_moves(db: Path) -> None:
    _person("Ann", at="Globex")
    _person("Bo", at="Globex Corporation")
    _person("Cy", at="Globex Corporation", before=("Globex Corporation",))
    _person("Di", before=("Globex Corporation",))
    keep, other = _only_company("Globex"), _only_company("Globex Corporation")
    add_posting("Globex Corporation", "Data Engineer")
    add_alias(other, "GX")
    preview = merge_preview(keep, other)
    assert (preview.keep, preview.other) == ("Globex", "Globex Corporation")
    assert (preview.people, preview.former, preview.postings, preview.aliases) == (2, 2, 1, 1)
    with pytest.raises(ValidationError):
        merge_preview(keep, keep)
    with pytest.raises(NotFoundError):
        merge_preview(keep, 999)
