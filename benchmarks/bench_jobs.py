"""Jobs at 100,000 contacts, 10,000 companies and 2,000 postings, against naive Python.

Usage: python benchmarks/bench_jobs.py [--contacts N] [--companies N] [--postings N] [--repeat R]
Targets (issue 15): who-knows p95 <= 50 ms, Companies view first screen <= 150 ms, board open
<= 300 ms.

What is timed:
- who-knows: what the window asks at the company with the most people in its rings (a large
  employer the set-up makes: 2% of everyone works there, 1% used to): ``core.companies.rings``,
  the count of each ring and the first page of each with paths and opening lines, as the people
  panel and the posting editor show it; and, for the record, ``who_knows`` for everyone there
  (what ``who-knows --json`` prints), and for ten ordinary companies. The baseline loads
  contacts, past employers and referrals into Python once and answers each question there
  (rings by scanning, paths by walking dicts); the whole answer must agree with it.
- Companies view: the window's page (``ui/companies``) shown on the database until its table
  has painted its first rows (``benchmarks/_pages.py``), and a click on "people you know" until
  the sorted list is painted. The baseline loads every company, contact, posting, interaction
  and task and aggregates in Python for the same first screen.
- Board: the Postings page shown until its board has read every card on its worker and painted
  its columns. The baselines: the same cards read and sorted in Python, then painted as a board
  with a widget per card.

The last line is one JSON object with ``who_knows_p95_ms``, ``companies_first_screen_ms`` and
``board_open_ms`` (p95 of each, milliseconds).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import defaultdict
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from _common import demo_database, p50, p95, timed
from _pages import Pages, naive_board_open

from netdesk.core.companies import rings, who_knows
from netdesk.models import close_db, database, init_db
from netdesk.models.enums import OPEN_STAGES, PostingStage
from netdesk.models.postings import board_cards
from netdesk.models.store import store

TARGET_WHO_KNOWS_P95_MS = 50.0
TARGET_COMPANIES_MS = 150.0
TARGET_BOARD_MS = 300.0
PAGE = 50
LARGE = "Globex Megacorp"


def _sql(sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    return list(database.execute_sql(sql, params).fetchall())


def shape(companies: int, postings: int) -> int:
    """Make the demo network the issue's size: ``companies`` companies (contacts spread over
    the new ones too), exactly ``postings`` postings, and one large employer; returns its id."""
    with database.atomic():
        have = _sql("SELECT count(*) FROM company")[0][0]
        database.execute_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO company (name, sort_name) SELECT 'Bench Company ' || i, "
            "'bench company ' || i FROM n",
            (max(0, companies - have - 1),),
        )
        large = database.execute_sql(
            "INSERT INTO company (name, sort_name) VALUES (?, ?) RETURNING id",
            (LARGE, LARGE.casefold()),
        ).fetchone()[0]
        ids = [r[0] for r in _sql("SELECT id FROM company WHERE sort_name LIKE 'bench company %'")]
        if ids:  # every third contact moves to one of the new companies
            database.execute_sql(
                "UPDATE contact SET company_id = (SELECT id FROM company "
                "WHERE sort_name = 'bench company ' || (1 + contact.id % ?)) WHERE id % 3 = 0",
                (len(ids),),
            )
        database.execute_sql("UPDATE contact SET company_id = ? WHERE id % 50 = 1", (large,))
        database.execute_sql(
            "INSERT INTO contact_past_employer (contact_id, company_id) "
            "SELECT id, ? FROM contact WHERE id % 100 = 7",
            (large,),
        )
        count = _sql("SELECT count(*) FROM job_posting")[0][0]
        if count > postings:
            database.execute_sql(
                "DELETE FROM job_posting WHERE id NOT IN "
                "(SELECT id FROM job_posting ORDER BY id LIMIT ?)",
                (postings,),
            )
        elif count < postings:
            database.execute_sql(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO job_posting (company_id, title, date_seen, stage) "
                "SELECT 1 + i % (SELECT max(id) FROM company), 'Bench posting ' || i, "
                "'2026-11-01', 'applied' FROM n",
                (postings - count,),
            )
            database.execute_sql(
                "INSERT INTO posting_stage (posting_id, stage, changed_on) SELECT id, stage, "
                "date_seen FROM job_posting WHERE id NOT IN (SELECT posting_id FROM posting_stage)"
            )
    database.execute_sql("ANALYZE")
    return int(large)


# who-knows --------------------------------------------------------------------------------------


class NaiveNetwork:
    """Everything who-knows needs, loaded into Python once."""

    def __init__(self) -> None:
        started = time.perf_counter()
        self.people = {
            r[0]: r[1:]
            for r in _sql("SELECT id, display_name, lead, company_id, sort_name FROM contact")
        }
        self.past: dict[int, set[int]] = defaultdict(set)
        for contact_id, company_id in _sql(
            "SELECT contact_id, company_id FROM contact_past_employer"
        ):
            self.past[company_id].add(contact_id)
        self.referrer: dict[int, int] = dict(_sql("SELECT referred_id, referrer_id FROM referral"))
        self.referred: dict[int, list[int]] = defaultdict(list)
        for referred, referrer in self.referrer.items():
            self.referred[referrer].append(referred)
        self.load_ms = (time.perf_counter() - started) * 1000

    def path(self, person: int) -> list[str]:
        chain = [person]
        while chain[-1] in self.referrer and len(chain) <= len(self.people):
            chain.append(self.referrer[chain[-1]])
        return [self.people[i][0] for i in reversed(chain)]

    def who_knows(self, company_id: int) -> list[tuple[int, int]]:
        ring = {i: 1 for i, (_, _, company, _) in self.people.items() if company == company_id}
        for i in self.past.get(company_id, ()):
            ring.setdefault(i, 2)
        near: dict[int, int] = {}
        for i in list(ring):
            for other in [self.referrer.get(i), *self.referred.get(i, ())]:
                if other is not None and other not in ring:
                    near.setdefault(other, i)
        found = [(i, r, self.path(i)) for i, r in ring.items()]
        found += [(i, 3, self.path(i)) for i in near]
        people = self.people
        found.sort(key=lambda f: (f[1], people[f[0]][1] != "warm", people[f[0]][3], f[0]))
        return [(i, r) for i, r, _ in found]


# The Companies view's first screen --------------------------------------------------------------


def naive_companies(by_people: bool) -> list[int]:
    companies = _sql("SELECT id, name, sort_name FROM company")
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    company_of = {}
    for contact_id, company_id, lead in _sql("SELECT id, company_id, lead FROM contact"):
        company_of[contact_id] = company_id
        if company_id is not None:
            counts[company_id][lead != "warm"] += 1
    open_postings: dict[int, int] = defaultdict(int)
    for company_id, stage in _sql("SELECT company_id, stage FROM job_posting"):
        open_postings[company_id] += PostingStage(stage) in OPEN_STAGES
    last: dict[int, str] = {}
    for contact_id, at in _sql("SELECT contact_id, happened_at FROM interaction"):
        company_id = company_of.get(contact_id)
        if company_id is not None and at > last.get(company_id, ""):
            last[company_id] = at
    rows = [(cid, name, key, sum(counts[cid]), open_postings[cid], last.get(cid))
            for cid, name, key in companies]  # fmt: skip
    if by_people:
        rows.sort(key=lambda r: (-r[3], r[2]))
    else:
        rows.sort(key=lambda r: r[2])
    return [r[0] for r in rows[:PAGE]]


# The board --------------------------------------------------------------------------------------


def naive_board() -> list[tuple[int, str, str, str]]:
    """Every posting as (id, title, company, stage), column by column, most recently moved
    first in a column."""
    postings = _sql(
        "SELECT p.id, p.title, co.name, p.stage FROM job_posting p "
        "JOIN company co ON co.id = p.company_id"
    )
    last: dict[int, str] = {}
    for posting_id, on in _sql("SELECT posting_id, changed_on FROM posting_stage"):
        last[posting_id] = max(on, last.get(posting_id, ""))
    people: dict[int, int] = defaultdict(int)
    for (posting_id,) in _sql("SELECT posting_id FROM posting_person"):
        people[posting_id] += 1
    rank = {stage.value: n for n, stage in enumerate(PostingStage)}
    postings.sort(key=lambda p: (last.get(p[0], ""), p[0]), reverse=True)
    postings.sort(key=lambda p: rank[p[3]])  # stable: most recently moved first in a column
    return [(p[0], p[1], p[2], p[3]) for p in postings]


def naive_board_painted() -> float:
    """The baseline board: read and sorted in Python, painted with a widget per card."""
    start = time.perf_counter()
    by_stage: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for _id, title, company, stage in naive_board():
        by_stage[stage].append((title, company))
    columns = [(stage.value, by_stage[stage.value]) for stage in PostingStage]
    read = (time.perf_counter() - start) * 1000
    return read + naive_board_open(columns)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--companies", type=int, default=10_000)
    parser.add_argument("--postings", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    results: dict[str, Any] = {"contacts": args.contacts, "date": date.today().isoformat()}
    with tempfile.TemporaryDirectory() as tmp:
        path = demo_database(args.contacts, Path(tmp) / "bench.sqlite")
        init_db(path)
        large = shape(args.companies, args.postings)
        counts = _sql(
            "SELECT (SELECT count(*) FROM contact), (SELECT count(*) FROM company), "
            "(SELECT count(*) FROM job_posting)"
        )[0]
        results.update(contacts=counts[0], companies=counts[1], postings=counts[2])
        print(f"{counts[0]:,} contacts, {counts[1]:,} companies, {counts[2]:,} postings")

        naive = NaiveNetwork()
        results["baseline_load_ms"] = round(naive.load_ms, 1)
        ours = [(p.id, p.ring) for p in who_knows(large)]
        assert ours == naive.who_knows(large), "who-knows disagrees with the baseline"
        rings_of = {ring: sum(1 for _, r in ours if r == ring) for ring in (1, 2, 3)}
        samples = timed(partial(rings, large, PAGE), args.repeat)
        whole = timed(partial(who_knows, large), max(3, args.repeat // 3))
        shown = rings(large, PAGE)
        assert shown.counts == rings_of, "the ring counts disagree with the baseline"
        for ring in (1, 2, 3):
            expected = [i for i, r in ours if r == ring][:PAGE]
            assert [p.id for p in shown.people[ring]] == expected, f"ring {ring}'s first page"
        slow = timed(partial(naive.who_knows, large), max(3, args.repeat // 10))
        ordinary = [
            r[0]
            for r in _sql(
                "SELECT company_id FROM contact WHERE company_id IS NOT NULL AND company_id != ? "
                "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 10",
                (large,),
            )
        ]
        small = [ms for cid in ordinary for ms in timed(partial(who_knows, cid), 3)]
        results["who_knows_large"] = {
            "people": len(ours),
            "rings": rings_of,
            "p50_ms": p50(samples),
            "p95_ms": p95(samples),
            "baseline_p50_ms": p50(slow),
            "speedup": round(p50(slow) / max(p50(samples), 0.01), 1),
            "everyone_p50_ms": p50(whole),
            "everyone_p95_ms": p95(whole),
        }
        results["who_knows_ordinary_p95_ms"] = p95(small)
        print(f"who-knows {LARGE} ({len(ours):,} people: rings {rings_of}), the counts and the "
              f"first {PAGE} of each ring  p50 {p50(samples):.2f} ms  p95 {p95(samples):.2f} ms   "
              f"baseline p50 {p50(slow):.1f} ms (+ {naive.load_ms:.0f} ms to load)")  # fmt: skip
        print(f"who-knows {LARGE}, all {len(ours):,} with paths (the CLI's --json)  "
              f"p50 {p50(whole):.2f} ms  p95 {p95(whole):.2f} ms")  # fmt: skip
        print(f"who-knows at ten ordinary companies  p95 {p95(small):.2f} ms")

        naive_first = timed(partial(naive_companies, False), max(3, args.repeat // 10))
        naive_first_ids = naive_companies(False)
        naive_sort = timed(partial(naive_companies, True), max(3, args.repeat // 10))
        naive_order = [c[0] for c in naive_board()]
        close_db()

        pages = Pages(path)
        runs = max(5, args.repeat // 3)
        first_screens = [pages.companies_first_screen() for _ in range(runs)]
        first = [ms for ms, _rows in first_screens]
        assert first_screens[0][1][:PAGE] == naive_first_ids, "the first screen disagrees"
        by_people = [pages.companies_sort() for _ in range(runs)]
        opened = [pages.board_open() for _ in range(runs)]
        cards = [ms for ms, _n in opened]
        naive_cards = [naive_board_painted() for _ in range(max(3, runs // 3))]
        pages.close()
        store.close()
        init_db(path)
        assert [c.id for c in board_cards()] == naive_order, "the board disagrees with the baseline"
        close_db()
        results["companies_first_screen"] = {
            "rows_read_first": len(first_screens[0][1]),
            "p50_ms": p50(first),
            "p95_ms": p95(first),
            "baseline_p50_ms": p50(naive_first),
        }
        results["companies_sort_by_people"] = {
            "p50_ms": p50(by_people),
            "p95_ms": p95(by_people),
            "baseline_p50_ms": p50(naive_sort),
        }
        results["board_open"] = {
            "cards": opened[0][1],
            "p50_ms": p50(cards),
            "p95_ms": p95(cards),
            "baseline_p50_ms": p50(naive_cards),
        }
        print(f"Companies page, first screen painted  p50 {p50(first):.2f} ms  "
              f"p95 {p95(first):.2f} ms   "
              f"baseline (Python) p50 {p50(naive_first):.1f} ms")  # fmt: skip
        print(f"Companies page, sorted by people you know  p50 {p50(by_people):.2f} ms  "
              f"p95 {p95(by_people):.2f} ms   baseline p50 {p50(naive_sort):.1f} ms")  # fmt: skip
        print(f"Postings board with {opened[0][1]:,} cards painted  p50 {p50(cards):.2f} ms  "
              f"p95 {p95(cards):.2f} ms   "
              f"baseline (widget per card) p50 {p50(naive_cards):.1f} ms")  # fmt: skip
    results["who_knows_p95_ms"] = p95(samples)
    results["companies_first_screen_ms"] = p95(first)
    results["board_open_ms"] = p95(cards)
    results["targets_met"] = (
        p95(samples) <= TARGET_WHO_KNOWS_P95_MS
        and p95(first) <= TARGET_COMPANIES_MS
        and p95(cards) <= TARGET_BOARD_MS
    )
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
