"""The contact table's SQL: every first-page plan agrees with the full list, and an interrupt
stops a running query where it is (the table's worker is told to stop when a newer key comes)."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from netdesk.core.demo import generate_demo
from netdesk.core.text import fts_query
from netdesk.models import Status, database, query

ENDLESS = (
    "c.id IN (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
    "SELECT i FROM n WHERE i < 0)"
)
"""A condition SQLite never finishes evaluating: only an interrupt ends the statement."""


def test_every_first_page_plan_gives_the_start_of_the_full_list(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_demo(150, today=date(2026, 11, 23))
    plans = list(query._Plan)
    met = Status.MET.value
    for search, status in (("a", None), ("e", None), ("mu", None), ("zo", None), ("s", met)):
        criteria = query.Criteria(match=fts_query(search), status=status)
        for column in query.SORT_KEYS:
            for descending in (False, True):
                order = query.Order(column, descending)
                full = query.contact_ids(criteria, order)
                for plan in plans:
                    with monkeypatch.context() as patch:
                        patch.setattr(query, "_plans", lambda _c, _m, p=plan: [(p, None)])
                        for limit in (1, 40, 400):
                            page = query.contact_ids(criteria, order, limit=limit)
                            assert page == full[:limit], (search, column, descending, plan)


def test_the_plans_follow_the_number_of_hits(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Few hits: sort them; most rows match: probe first; in between: walk the index. Every
    plan but the last has a budget, and the last always finishes."""
    generate_demo(100, today=date(2026, 11, 23))
    conn = database.connection()
    monkeypatch.setattr(query, "COLLECT_HITS", 5)
    count = "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH ?"
    firsts = set()
    for letter in "abcdefghijklmnopqrstuvwxyz":
        hits = conn.execute(count, (fts_query(letter),)).fetchone()[0]
        plans = query._plans(conn, fts_query(letter))
        first = plans[0][0]
        firsts.add(first)
        if hits <= 5:
            assert first is query._Plan.COLLECT, (letter, hits)
        else:
            assert first is (query._Plan.PROBE if hits >= 50 else query._Plan.WALK), (letter, hits)
        assert plans[-1] == (query._Plan.COLLECT, None)
        assert all(budget is not None for _plan, budget in plans[:-1])
    assert firsts == set(query._Plan)


def _run_endless(interrupt: query.Interrupt, started: threading.Event) -> list[str]:
    """Run a never-ending table query on a thread of its own; what became of it."""
    outcome: list[str] = []

    def run() -> None:
        conn = database.connection()
        conn.set_trace_callback(lambda sql: started.set() if "RECURSIVE" in sql else None)
        try:
            query.contact_ids(
                query.Criteria(follow_up_due_by=date.today()), query.Order(), interrupt=interrupt
            )
            outcome.append("finished")
        except query.QueryInterrupted:
            outcome.append("interrupted")
        except sqlite3.Error as exc:
            outcome.append(f"failed: {exc}")
        finally:
            database.close()

    thread = threading.Thread(target=run)
    thread.start()
    assert started.wait(10), "the query did not start"
    interrupt.request()
    thread.join(10)
    assert not thread.is_alive(), "the query was not stopped"
    return outcome


def test_an_interrupt_stops_the_statement_running_now(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_demo(10)
    monkeypatch.setattr(query, "follow_up_due_condition", lambda _through: (ENDLESS, []))
    monkeypatch.setattr(query, "PROGRESS_STEPS", 10**9)  # only Connection.interrupt() can stop it
    assert _run_endless(query.Interrupt(), threading.Event()) == ["interrupted"]


def test_an_interrupt_that_misses_the_connection_still_stops_the_query(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asked for just before SQLite starts a statement, ``interrupt()`` would do nothing: the
    progress handler sees the request all the same."""
    generate_demo(10)
    monkeypatch.setattr(query, "follow_up_due_condition", lambda _through: (ENDLESS, []))

    @contextlib.contextmanager
    def unseen(_self: query.Interrupt, _conn: sqlite3.Connection) -> Iterator[None]:
        yield  # the connection is never handed to request()

    monkeypatch.setattr(query.Interrupt, "running", unseen)
    assert _run_endless(query.Interrupt(), threading.Event()) == ["interrupted"]


def test_an_interrupt_asked_for_before_the_query_stops_it_before_it_starts(db: Path) -> None:
    generate_demo(10)
    interrupt = query.Interrupt()
    interrupt.request()
    with pytest.raises(query.QueryInterrupted):
        query.contact_ids(query.Criteria(), query.Order(), limit=10, interrupt=interrupt)
    assert len(query.contact_ids(query.Criteria(), query.Order(), limit=10)) == 10


def test_text_that_is_not_utf8_is_read_with_replacement_characters(db: Path) -> None:
    """One flipped bit in a stored text (SQLite's integrity check does not see it) made the
    whole block of rows unreadable, and the app, every listing and export with it."""
    generate_demo(3)
    conn = database.connection()
    target = conn.execute("SELECT min(id) FROM contact").fetchone()[0]
    conn.execute("UPDATE contact SET title = CAST(x'ff41' AS TEXT) WHERE id = ?", (target,))
    conn.commit()
    rows = query.row_values([target])
    assert "\ufffdA" in repr(rows) or "\ufffdA" in str(rows), rows


def _status_and_name(ids: list[int]) -> list[tuple[str, str]]:
    conn = database.connection()
    rows = dict(
        (r[0], (r[1], r[2])) for r in conn.execute("SELECT id, status, sort_name FROM contact")
    )
    return [rows[i] for i in ids]


def test_status_sorts_in_campaign_order_with_names_in_between(db: Path) -> None:
    """To contact, contacted, meeting set, met, keep in touch, dormant (not alphabetically:
    "contacted" before "dormant" before "keep_in_touch"...), by name within one status, and the
    reverse when descending; a search or a filter keeps that order."""
    generate_demo(150, today=date(2026, 11, 23))
    campaign = [s.value for s in Status]
    assert campaign == [
        "to_contact", "contacted", "meeting_set", "met", "keep_in_touch", "dormant"
    ]  # fmt: skip
    for criteria in (query.Criteria(), query.Criteria(match=fts_query("a"))):
        rows = _status_and_name(query.contact_ids(criteria, query.Order("status")))
        assert len({status for status, _name in rows}) == len(campaign)
        assert rows == sorted(rows, key=lambda r: (campaign.index(r[0]), r[1]))
        down = _status_and_name(query.contact_ids(criteria, query.Order("status", True)))
        assert down == rows[::-1]
        page = query.contact_ids(criteria, query.Order("status"), limit=10)
        assert _status_and_name(page) == rows[:10]


def test_the_status_sort_walks_its_index_instead_of_sorting(db: Path) -> None:
    """At 100,000 contacts a sort in a temporary B-tree costs ~100 ms per key; the campaign
    order has an index on its very expression (migration 7), in both directions."""
    conn = database.connection()
    for direction in ("ASC", "DESC"):
        order = f"{query.STATUS_RANK} {direction}, c.sort_name {direction}, c.id {direction}"
        plan = conn.execute(
            f"EXPLAIN QUERY PLAN SELECT c.id FROM contact c ORDER BY {order}"
        ).fetchall()
        details = " ".join(row[-1] for row in plan)
        assert "contact_by_campaign_order" in details, details
        assert "TEMP B-TREE" not in details, details


def test_the_demos_people_are_told_from_the_users_own(db: Path) -> None:
    from netdesk.core.contacts import create_contact
    from netdesk.models import demo
    from netdesk.models.records import ContactData

    assert not demo.has_contacts() and not demo.has_contacts_not_from_demo()
    generate_demo(20, today=date(2026, 11, 23))
    assert demo.has_contacts() and not demo.has_contacts_not_from_demo()
    uids = [r[0] for r in database.connection().execute("SELECT uid FROM contact")]
    assert all(uid.startswith(demo.DEMO_UID_PREFIX) and len(uid) == 36 for uid in uids)
    create_contact(ContactData(display_name="My Own Friend"))
    assert demo.has_contacts_not_from_demo()
