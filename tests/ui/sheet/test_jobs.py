"""The weekly sheet's job search: the postings to act on, grouped by what to do, and last week's
numbers beside the whole campaign's, on paper."""

from __future__ import annotations

from pathlib import Path

from netdesk.core.week_plan import build_week_plan
from netdesk.ui.sheet.layout import layout_sheet
from netdesk.ui.sheet.measure import page_layout
from netdesk.ui.sheet.paint import pdf_bytes
from tests.core.test_week_plan_postings import TODAY, WEEK, seed
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
    table = lines[start:]
    assert table[1:3] == ["Last week", "Whole campaign"]
    row = table.index("Applications")
    assert table[row : row + 3] == ["Applications", "0", "4"]
    row = table.index("Applications with an introduction")
    assert table[row : row + 3] == ["Applications with an introduction", "0 of 0", "0 of 4"]
    row = table.index("Referrals per meeting (goal 2)")
    assert table[row + 1 : row + 3] == ["no meetings held", "no meetings held"]
