"""Search and sort in SQLite: accents, prefixes, filters, blanks last, triggers in step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.core.companies import add_posting, who_do_i_know_at
from netdesk.core.contacts import create_contact, load_contact, update_contact
from netdesk.core.query import (
    ContactFilter,
    Sort,
    SortColumn,
    contact_id_array,
    contact_ids,
    count_contacts,
    counts,
    fetch_rows,
)
from netdesk.core.text import fts_query
from netdesk.models import Lead, Status, database
from netdesk.models.records import ContactData, Email, Phone, ReferralInfo


def search(text: str) -> list[int]:
    return contact_ids(ContactFilter(search=text))


def test_search_ignores_case_and_accents_and_matches_prefixes(db: Path) -> None:
    anna = create_contact(ContactData(given_name="Anna", family_name="Müller"))
    create_contact(ContactData(display_name="Bob Jones"))
    assert search("mul") == [anna]
    assert search("MÜL") == [anna]
    assert search("mül an") == [anna]
    assert search("muller bob") == []


def test_search_covers_org_title_emails_phones_notes_tags(db: Path) -> None:
    sara = create_contact(
        ContactData(
            display_name="Sara Smith",
            organization="Société Générale",
            title="Recruiter",
            emails=[Email("sara.smith@globex.example")],
            phones=[Phone("(555) 010-2000")],
            notes="Plays tennis",
            tags=["priority"],
        )
    )
    for text in ("societe", "recruit", "globex", "sara.sm", "555 010", "5550102", "tennis", "prio"):
        assert search(text) == [sara], text


def test_search_finds_nicknames_and_departments_and_follows_their_edits(db: Path) -> None:
    robert = create_contact(
        ContactData(
            display_name="Robert Paulson",
            nickname="Bob",
            organization="Initech",
            department="Logistics",
        )
    )
    create_contact(ContactData(display_name="Bobby Tables", organization="Globex"))
    assert set(search("bob")) == {robert, *search("tables")}
    assert search("logist") == [robert]
    data = load_contact(robert)
    data.nickname, data.department = "Rob", "Treasury"
    update_contact(robert, data)
    assert search("rob") == [robert] and search("treasury initech") == [robert]
    assert search("logist") == []


def test_index_follows_edits(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith", emails=[Email("a@old.example")]))
    data = load_contact(sara)
    data.emails = [Email("sara@new.example")]
    data.organization = "Initech"
    data.tags = ["hiring"]
    update_contact(sara, data)
    assert search("old") == []
    assert search("new") == search("initech") == search("hiring") == [sara]
    row = fetch_rows([sara])[sara]
    assert row.email == "sara@new.example" and row.organization == "Initech"


def test_punctuation_and_operators_never_break_search(db: Path) -> None:
    create_contact(ContactData(display_name='O"Neil AND (x) NEAR/2 *'))
    for text in ['"', "AND", "(", "*", "NEAR/2", "-", "O'Neil", ":", "^", '""*']:
        search(text)  # must not raise


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_fts_query_is_always_valid(text: str) -> None:
    import sqlite3

    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE f USING fts5(a, tokenize='unicode61 remove_diacritics 2', "
        "detail=none)"
    )
    query = fts_query(text)
    if query:
        conn.execute("SELECT * FROM f WHERE f MATCH ?", (query,)).fetchall()


def test_sorting_puts_blanks_last_both_ways(db: Path) -> None:
    a = create_contact(ContactData(display_name="Alpha", next_follow_up=date(2026, 1, 2)))
    b = create_contact(ContactData(display_name="Bravo"))
    c = create_contact(ContactData(display_name="Charlie", next_follow_up=date(2026, 1, 1)))
    asc = contact_ids(sort=Sort(SortColumn.NEXT_FOLLOW_UP))
    desc = contact_ids(sort=Sort(SortColumn.NEXT_FOLLOW_UP, descending=True))
    assert asc == [c, a, b]
    assert desc == [a, c, b]
    assert contact_ids(sort=Sort(SortColumn.NAME, descending=True)) == [c, b, a]


def test_sort_by_organization_and_referrer(db: Path) -> None:
    z = create_contact(ContactData(display_name="Zed", organization="Acme"))
    y = create_contact(ContactData(display_name="Yan", organization="Ängel Corp"))
    x = create_contact(ContactData(display_name="Xi"))
    w = create_contact(ContactData(display_name="Wu", referral=ReferralInfo(z)))
    assert contact_ids(sort=Sort(SortColumn.ORGANIZATION)) == [z, y, w, x]
    by_referrer = contact_ids(sort=Sort(SortColumn.REFERRED_BY))
    assert by_referrer[0] == w
    data = load_contact(z)
    data.display_name = "Aaron"
    update_contact(z, data)
    assert fetch_rows([w])[w].referred_by == "Aaron"


def test_quick_filters_combine(db: Path) -> None:
    today = date(2026, 11, 23)
    due = create_contact(
        ContactData(
            display_name="Due Soon",
            status=Status.CONTACTED,
            lead=Lead.WARM,
            tags=["tech"],
            next_follow_up=date(2026, 11, 27),
        )
    )
    create_contact(ContactData(display_name="Later", next_follow_up=date(2026, 12, 10)))
    overdue = create_contact(ContactData(display_name="Overdue", next_follow_up=date(2026, 11, 1)))
    week_end = date(2026, 11, 29)
    assert set(contact_ids(ContactFilter(follow_up_due_by=week_end))) == {due, overdue}
    assert contact_ids(ContactFilter(status=Status.CONTACTED, lead=Lead.WARM, tag="TECH")) == [due]
    assert count_contacts(ContactFilter(lead=Lead.COLD)) == 2
    assert counts(today).contacts == 3
    assert counts(today).follow_ups_due_this_week == 1
    assert counts(today).follow_ups_overdue == 1


def test_who_do_i_know_at_a_company(db: Path) -> None:
    warm = create_contact(ContactData(display_name="Warm Person", organization="Globex",
                                      lead=Lead.WARM))  # fmt: skip
    cold = create_contact(ContactData(display_name="Alpha Cold", organization="globex"))
    create_contact(ContactData(display_name="Elsewhere", organization="Initech"))
    add_posting("GLOBEX", "Data Analyst", "https://jobs.example/1")
    assert [p.id for p in who_do_i_know_at("Globex")] == [warm, cold]
    conn = database.connection()
    assert conn.execute("SELECT count(*) FROM company").fetchone()[0] == 2


@pytest.mark.parametrize("collect_hits", [None, 0], ids=["as planned", "no collecting"])
def test_a_first_page_is_the_start_of_the_full_list_in_every_order(
    db: Path, monkeypatch: pytest.MonkeyPatch, collect_hits: int | None
) -> None:
    """The table paints a first page before the full list arrives; they must agree."""
    from netdesk.core.demo import generate_demo
    from netdesk.models import query

    if collect_hits is not None:  # a small network has few hits: walk and probe it anyway
        monkeypatch.setattr(query, "COLLECT_HITS", collect_hits)
    generate_demo(150, today=date(2026, 11, 23))
    # "a" matches most contacts (row-by-row probe plan), "mu" few (walk or collect).
    for search in ("", "a", "e", "mu", "zzz"):
        for column in SortColumn:
            for descending in (False, True):
                flt = ContactFilter(search=search)
                order = Sort(column, descending)
                full = contact_ids(flt, order)
                for limit in (1, 40, 400):
                    assert contact_ids(flt, order, limit=limit) == full[:limit], (
                        search,
                        column,
                        descending,
                        limit,
                    )


def test_the_packed_id_list_keeps_the_sql_order(db: Path) -> None:
    """Full id lists come back packed (a JSON array, a hex string); they must hold the rows in
    ORDER BY order."""
    from netdesk.core.demo import generate_demo

    generate_demo(120, today=date(2026, 11, 23))
    for search in ("", "e"):
        for column in SortColumn:
            for descending in (False, True):
                flt, order = ContactFilter(search=search), Sort(column, descending)
                packed = contact_ids(flt, order)
                row_by_row = contact_ids(flt, order, limit=10**6)
                assert packed == row_by_row
                assert contact_id_array(flt, order).tolist() == row_by_row
                assert len(packed) == count_contacts(flt)


def test_a_first_page_over_its_time_budget_falls_back_to_the_same_answer(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.core.demo import generate_demo
    from netdesk.models import query

    generate_demo(150, today=date(2026, 11, 23))
    searches = ("a", "e", "s", "mu", "zo", "o")
    expected = {s: contact_ids(ContactFilter(search=s)) for s in searches}
    monkeypatch.setattr(query, "COLLECT_HITS", 0)
    monkeypatch.setattr(query, "PROBE_BUDGET_S", -1.0)  # every probe gives up at once
    monkeypatch.setattr(query, "PROGRESS_STEPS", 1)
    plans: list[str] = []
    plan_of = query._contact_ids

    def spy(*args: object, **kwargs: object) -> object:
        plans.append(str(args[5]))
        return plan_of(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(query, "_contact_ids", spy)
    for search in searches:
        for column in (SortColumn.NAME, SortColumn.NEXT_FOLLOW_UP):
            flt = ContactFilter(search=search)
            full = contact_ids(flt, Sort(column))
            assert contact_ids(flt, Sort(column), limit=25) == full[:25]
        assert contact_ids(ContactFilter(search=search), limit=30) == expected[search][:30]
    assert "_Plan.PROBE" in plans and "_Plan.WALK" in plans  # the probes gave up
