"""The weekly sheet's job search: the postings to act on, grouped by what to do, and last week's
numbers beside the whole campaign's, on paper."""

from __future__ import annotations

from pathlib import Path

from netdesk.core.dates import Week
from netdesk.core.week_plan import build_week_plan
from netdesk.ui.sheet.jobs import TREND_HEIGHT
from netdesk.ui.sheet.layout import layout_sheet
from netdesk.ui.sheet.measure import BarOp, LineOp, page_layout
from netdesk.ui.sheet.paint import pdf_bytes
from tests.core.test_week_plan_postings import TODAY, WEEK, seed
from tests.helpers.dashboard_network import TODAY as NETWORK_TODAY
from tests.helpers.dashboard_network import build_network
from tests.ui.sheet.test_layout import _pdf_text


def test_the_sheet_lists_the_postings_to_act_on(qapp: object, db: Path) -> None:
    seed()
    sheet = layout_sheet(build_week_plan(WEEK, TODAY), page_layout("A4"))

    text, _ = _pdf_text(pdf_bytes(sheet))

    lines = sheet.text().splitlines()
    assert "Job postings" in lines
    # The groups in order, each under the section, the posting's title beside its company.
    order = [
        lines.index(label)
        for label in ("Interviews", "Deadlines", "Ask for an introduction before applying",
                      "Gone quiet: no step in two weeks")
    ]  # fmt: skip
    assert order == sorted(order) and order[0] > lines.index("Job postings")
    assert "Interview with Bruce Wayne: prepare, and send a thank-you" in lines
    assert "Interviewing: book the next interview or follow up" in lines  # the Chef, not booked
    assert "Deadline passed Tue 10 Nov" in text and "Apply by Fri 27 Nov" in text
    assert "Ask Sara Smith for an introduction at Globex before applying" in text
    assert "Applied, and quiet since: follow up, or close it" in lines
    assert "Last step Sun 1 Nov" in lines


def test_last_week_in_numbers_stands_beside_the_whole_campaign(qapp: object, db: Path) -> None:
    seed()
    sheet = layout_sheet(build_week_plan(WEEK, TODAY), page_layout("Letter"))

    lines = sheet.text().splitlines()

    start = lines.index("Last week in numbers (2026-W47)")
    assert lines[start + 1] == "Meetings held, last 8 weeks: 0"  # the trend, then the table
    table = lines[lines.index("Last week", start) - 1 :]
    assert table[1:3] == ["Last week", "Whole campaign"]
    row = table.index("Applications")
    assert table[row : row + 3] == ["Applications", "0", "4"]
    row = table.index("Applications with an introduction")
    assert table[row : row + 3] == ["Applications with an introduction", "0 of 0", "0 of 4"]
    row = table.index("Referrals per meeting (goal 2)")
    assert table[row + 1 : row + 3] == ["no meetings held", "no meetings held"]


def test_the_numbers_begin_with_the_trend_of_the_two_key_numbers(qapp: object, db: Path) -> None:
    build_network()  # 1 meeting (2 names) in week 46, 2 meetings (2 names) in week 47
    plan = build_week_plan(Week.containing(NETWORK_TODAY), NETWORK_TODAY)
    sheet = layout_sheet(plan, page_layout("A4"))

    lines = sheet.text().splitlines()
    start = lines.index("Last week in numbers (2026-W47)")
    assert lines[start + 1 : start + 3] == [
        "Meetings held, last 8 weeks: 2",
        "Names per meeting, last 8 weeks (goal 2): 1.0",
    ]
    assert [(w.week.iso, w.meetings, w.referrals) for w in plan.recent_weeks[-3:]] == [
        ("2026-W45", 0, 0),
        ("2026-W46", 1, 2),
        ("2026-W47", 2, 2),
    ]
    trends = [p for page in sheet.pages for p in page if any(isinstance(o, BarOp) for o in p.ops)]
    assert len(trends) == 1
    ops = trends[0].ops
    bars = [op for op in ops if isinstance(op, BarOp)]
    meetings, ratios = bars[:8], bars[8:]
    assert [round(b.height, 1) for b in meetings[-3:]] == [0, TREND_HEIGHT / 2, TREND_HEIGHT]
    # Names per meeting: 2.0, then 1.0, on a scale of 3 (the goal and a half); the goal dotted.
    assert [round(b.height, 2) for b in ratios[-2:]] == [
        round(TREND_HEIGHT * 2 / 3, 2),
        round(TREND_HEIGHT / 3, 2),
    ]
    # The goal: a dotted line across the bars, level with the top of the week that met it.
    goal = [op for op in ops if isinstance(op, LineOp) and op.dotted and op.x1 < ratios[0].x]
    assert [round(g.y, 2) for g in goal] == [round(ratios[-2].y, 2)]
    assert goal[0].x2 > ratios[-1].x + ratios[-1].width
    assert pdf_bytes(sheet).startswith(b"%PDF")
