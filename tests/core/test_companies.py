"""Companies and job postings: the company completer, who you know at a company, postings."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from netdesk.core.companies import (
    KnownPerson,
    add_posting,
    company_names,
    contact_count_at,
    who_do_i_know_at,
)
from netdesk.core.text import fold
from netdesk.models import PostingStage, Topic
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
    with pytest.raises(ValueError, match="needs a company"):
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
