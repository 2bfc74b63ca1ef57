"""The people panel's model on its own (Qt's checks, paging a ring as it is asked for) and in
the panel (a large employer's next page is read as it scrolls into view)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from netdesk.core.companies import find_company, who_knows
from netdesk.core.contacts import create_contact
from netdesk.core.text import fold
from netdesk.models import Lead
from netdesk.models.records import ContactData, ReferralInfo
from netdesk.ui.companies import people_model
from netdesk.ui.companies.page import CompaniesPage
from netdesk.ui.companies.people_model import PersonRole, RingsModel
from netdesk.ui.shell.main_window import MainWindow


def _globex(db: Path, now: int, before: int) -> int:
    """``now`` people at Globex, ``before`` who used to work there, each of the latter with
    someone they referred; written as another process would, straight into the file."""
    conn = sqlite3.connect(db)
    with conn:
        company = conn.execute(
            "INSERT INTO company (name, sort_name) VALUES ('Globex', 'globex') RETURNING id"
        ).fetchone()[0]
        for n in range(now + 2 * before):
            name = f"Person {n:04}"
            conn.execute(
                "INSERT INTO contact (uid, display_name, sort_name, company_id, lead, date_added) "
                "VALUES (?, ?, ?, ?, ?, '2026-03-01')",
                (f"u{n}", name, fold(name), company if n < now else None,
                 "warm" if n % 3 else "cold"),
            )  # fmt: skip
        for n in range(now, now + before):
            conn.execute(
                "INSERT INTO contact_past_employer (contact_id, company_id) "
                "VALUES ((SELECT id FROM contact WHERE uid = ?), ?)",
                (f"u{n}", company),
            )
            conn.execute(
                "INSERT INTO referral (referrer_id, referred_id) VALUES "
                "((SELECT id FROM contact WHERE uid = ?), (SELECT id FROM contact WHERE uid = ?))",
                (f"u{n}", f"u{n + before}"),
            )
    conn.close()
    return int(company)


def test_the_rings_model_passes_qts_checks_and_pages_each_ring(
    qtbot: QtBot, db: Path, qtmodeltester: ModelTester, monkeypatch: object
) -> None:
    globex = _globex(db, now=23, before=7)
    model = RingsModel()
    with qtbot.waitSignal(model.loaded):
        model.show_company(globex)
    qtmodeltester.check(model)
    assert model.counts() == {1: 23, 2: 7, 3: 7}
    assert [model.index(r, 0).data() for r in range(3)] == [
        "Works there (23)", "Used to work there (7)", "One introduction away (7)"
    ]  # fmt: skip
    first = model.index(0, 0)
    assert model.rowCount(first) == 23 and not model.can_read_more(first)
    everyone = who_knows(globex)
    shown = [model.index(n, 0, first).data(PersonRole) for n in range(23)]
    assert shown == [p for p in everyone if p.ring == 1]  # warm first, by name


def test_a_ring_larger_than_a_page_is_read_a_page_at_a_time(
    qtbot: QtBot, db: Path, qtmodeltester: ModelTester, monkeypatch: object
) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(people_model, "PAGE", 10)
    globex = _globex(db, now=25, before=3)
    model = RingsModel()
    with qtbot.waitSignal(model.loaded):
        model.show_company(globex)
    first = model.index(0, 0)
    assert model.rowCount(first) == 10 and model.can_read_more(first)
    for expected in (20, 25):
        with qtbot.waitSignal(model.rowsInserted):
            model.read_more(first)
        assert model.rowCount(first) == expected
    assert not model.can_read_more(first)
    assert [model.index(n, 0, first).data(PersonRole) for n in range(25)] == who_knows(
        globex, ring=1
    )
    qtmodeltester.check(model)


def test_the_panel_reads_the_next_page_as_it_scrolls_into_view(
    qtbot: QtBot, db: Path, main_window: MainWindow, monkeypatch: object
) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(people_model, "PAGE", 20)
    _globex(db, now=120, before=0)
    main_window.navigation.show_page("companies")
    page = main_window.navigation.page("companies")
    assert isinstance(page, CompaniesPage)
    qtbot.waitUntil(lambda: page.model.is_complete and page.model.rowCount() == 1)
    with qtbot.waitSignal(page.people.people_shown):
        page.table.selectRow(0)
    people = page.people
    heading = people.model.index(0, 0)
    qtbot.waitUntil(lambda: not people.model.is_loading)
    loaded = people.model.rowCount(heading)
    assert loaded < 120  # the first screen, not everyone
    bar = people.list.verticalScrollBar()
    while people.model.rowCount(heading) < 120:
        before = people.model.rowCount(heading)
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda: people.model.rowCount(heading) > before)  # noqa: B023
    shown = [people.model.index(n, 0, heading).data(PersonRole) for n in range(120)]
    assert shown == who_knows(find_company("Globex") or 0, ring=1)  # in order, none twice


def test_a_person_stays_chosen_when_the_rings_are_read_again(
    qtbot: QtBot, db: Path, main_window: MainWindow
) -> None:
    ann = create_contact(ContactData(display_name="Ann", organization="Globex", lead=Lead.WARM))
    bo = create_contact(ContactData(display_name="Bo", organization="Globex"))
    create_contact(ContactData(display_name="Cy", referral=ReferralInfo(ann)))
    main_window.navigation.show_page("companies")
    page = main_window.navigation.page("companies")
    assert isinstance(page, CompaniesPage)
    qtbot.waitUntil(lambda: page.model.is_complete and page.model.rowCount() == 1)
    with qtbot.waitSignal(page.people.people_shown):
        page.table.selectRow(0)
    people = page.people
    people.list.setCurrentIndex(people.model.person_index(bo))
    globex = find_company("Globex")
    with qtbot.waitSignal(people.people_shown):
        people.show_company("Globex", globex)
    current = people.current_person()
    assert current is not None and current.id == bo
