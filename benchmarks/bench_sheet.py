"""The printed weekly sheet for a week with 500 items, against a naive HTML QTextDocument.

Usage: python benchmarks/bench_sheet.py [--items N] [--repeat R]
Target (issue 7): 500 items from the database to a finished PDF in <= 1 s.

The week's plan holds the weekly capacity now (issue 17: ``benchmarks/bench_plan.py``); to time
the layout engine with 500 items this reads the week without it (``_plans.unlimited_plan``).

The baseline is what one would write first: the same plan as escaped HTML in a QTextDocument,
printed with QTextDocument.print_(). It is neither paginated by item nor checked for markup, so
it is a floor for "simple", not a competitor in quality.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _plans import unlimited_layout, unlimited_plan
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QGuiApplication, QPdfWriter, QTextDocument

from netdesk.core.contacts import create_contact
from netdesk.core.dates import Week
from netdesk.core.week_plan import WeekPlan
from netdesk.models import Lead, Meeting, Status, Task, close_db, database, init_db
from netdesk.models.records import Address, ContactData, Email, Phone, ReferralInfo
from netdesk.ui.sheet.measure import page_layout
from netdesk.ui.sheet.paint import pdf_bytes

WEEK = Week.parse("2026-W48")
TODAY = date(2026, 11, 25)
TARGET_S = 1.0


def seed(items: int) -> None:
    """``items`` things due in WEEK: referrals, follow-ups, meetings, thank-yous, overdue."""
    with database.atomic():
        referrers = [
            create_contact(ContactData(display_name=f"Referrer {i} Smith", lead=Lead.WARM))
            for i in range(20)
        ]
        for i in range(items):
            kind = i % 5
            data = ContactData(
                display_name=f"Person {i:03d} Müller-Łukasiewicz",
                organization=f"Company {i % 40}",
                phones=[Phone(f"+1 555 01{i % 100:02d}")],
                emails=[Email(f"person{i}@example.com")],
                addresses=[Address(street=f"{i} Main St", locality="Springfield")],
            )
            if kind == 0:
                data.referral = ReferralInfo(
                    referrers[i % 20], reason="knows the hiring managers in the region"
                )
                create_contact(data)
            elif kind == 1:
                data.status = Status.CONTACTED
                data.next_follow_up = WEEK.monday + timedelta(days=i % 7)
                create_contact(data)
            elif kind == 2:
                contact = create_contact(data)
                Meeting.create(
                    contact=contact,
                    starts_at=datetime.combine(WEEK.monday, datetime.min.time())
                    + timedelta(days=i % 5, hours=9 + i % 8),
                    purpose="Advice on moving into data engineering",
                    agenda="Who I am\nWhat I am looking for\nAsk for two names",
                )
            elif kind == 3:
                contact = create_contact(data)
                Meeting.create(
                    contact=contact,
                    starts_at=datetime(2026, 11, 20, 10),
                    thank_you_due=WEEK.monday + timedelta(days=1),
                )
            else:
                contact = create_contact(data)
                Task.create(contact=contact, title="Follow up", due=date(2026, 11, 10), kind="call")


def naive_pdf(plan: WeekPlan) -> bytes:
    rows = []
    for c in plan.calls + plan.overdue_calls:
        rows.append(
            f"<p>&#9744; <b>{html.escape(c.name)}</b> {html.escape(c.organization)}<br>"
            f"{html.escape(c.phone)} {html.escape(c.email)}<br>"
            f"<i>{html.escape(c.opening_line)}</i> {html.escape(c.reason)}</p>"
        )
    for m in plan.meetings:
        agenda = "".join(f"<li>{html.escape(a)}</li>" for a in m.agenda)
        rows.append(
            f"<p><b>{m.starts_at:%a %H:%M}</b> {html.escape(m.name)} "
            f"{html.escape(m.purpose)}</p><ul>{agenda}</ul>"
        )
    for t in plan.thank_yous + plan.overdue_thank_yous:
        rows.append(f"<p>&#9744; {html.escape(t.name)} {html.escape(t.email or t.address)}</p>")
    doc = QTextDocument()
    doc.setHtml(f"<h1>Week {plan.week.iso}</h1>" + "".join(rows))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout("A4"))
    doc.print_(writer)
    del writer
    return bytes(buffer.data().data())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        init_db(Path(tmp) / "bench.sqlite")
        started = time.perf_counter()
        seed(args.items)
        print(f"seeded {args.items} items in {time.perf_counter() - started:.1f} s")
        plan = unlimited_plan(WEEK, TODAY)
        assert plan.item_count == args.items, plan.item_count
        ours: dict[str, list[float]] = {"plan": [], "layout": [], "pdf": [], "total": []}
        naive: list[float] = []
        pages = size = 0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            plan = unlimited_plan(WEEK, TODAY)
            t1 = time.perf_counter()
            sheet = unlimited_layout(plan, page_layout("A4"))
            t2 = time.perf_counter()
            data = pdf_bytes(sheet)
            t3 = time.perf_counter()
            for key, value in (("plan", t1 - t0), ("layout", t2 - t1), ("pdf", t3 - t2)):
                ours[key].append(value)
            ours["total"].append(t3 - t0)
            pages, size = sheet.page_count, len(data)
            t4 = time.perf_counter()
            naive_pdf(unlimited_plan(WEEK, TODAY))
            naive.append(time.perf_counter() - t4)
        close_db()
    median = {key: statistics.median(values) for key, values in ours.items()}
    base = statistics.median(naive)
    print(
        f"{args.items} items, {pages} pages, {size / 1024:.0f} KiB: "
        f"plan {median['plan'] * 1000:.0f} ms + layout {median['layout'] * 1000:.0f} ms + "
        f"pdf {median['pdf'] * 1000:.0f} ms = {median['total'] * 1000:.0f} ms (median of "
        f"{args.repeat}); naive QTextDocument HTML {base * 1000:.0f} ms"
    )
    result = {
        "benchmark": "sheet",
        "items": args.items,
        "pages": pages,
        "pdf_kib": round(size / 1024),
        "plan_ms": round(median["plan"] * 1000, 1),
        "layout_ms": round(median["layout"] * 1000, 1),
        "pdf_ms": round(median["pdf"] * 1000, 1),
        "total_ms": round(median["total"] * 1000, 1),
        "baseline_qtextdocument_ms": round(base * 1000, 1),
        "target_ms": TARGET_S * 1000,
        "target_met": median["total"] <= TARGET_S,
    }
    del app
    print(json.dumps(result))


if __name__ == "__main__":
    main()
