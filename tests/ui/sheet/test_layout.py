"""The printed weekly sheet: what a person reads on paper, checked through the PDF's own text."""

from __future__ import annotations

import io
import re
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from netdesk.cli import run_cli
from netdesk.core.contacts import create_contact
from netdesk.core.dates import Week
from netdesk.core.week_plan import (
    CallItem,
    MeetingItem,
    ThankYouItem,
    WeekNumbers,
    WeekPlan,
)
from netdesk.models import Lead, Relationship, Status
from netdesk.models.records import ContactData, Phone
from netdesk.ui.sheet.layout import layout_sheet
from netdesk.ui.sheet.measure import (
    FOOTER_HEIGHT,
    HEADER_HEIGHT,
    BoxOp,
    LineOp,
    Metrics,
    Style,
    TextOp,
    page_layout,
)
from netdesk.ui.sheet.paint import pdf_bytes
from tests.core.test_week_plan import TODAY, WEEK, seed

MARKUP = "<b>Bold</b> <img src=x.png> & Co"


def _cli_sheet(db: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    argv = ["--db", str(db), "sheet", "--week", WEEK.iso, "--today", TODAY.isoformat()]
    code = run_cli([*argv, "--output", str(out), *extra], stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def _pdf_text(path: Path | bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(path) if isinstance(path, bytes) else path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    # Qt positions words one by one; pypdf reads the gaps as tabs.
    return re.sub(r"[ \t]+", " ", text), len(reader.pages)


def test_cli_pdf_holds_the_weeks_people_in_their_sections(qapp: object, db: Path, tmp_path: Path
                                                          ) -> None:  # fmt: skip
    seed()
    out = tmp_path / "sheet.pdf"
    code, stdout, stderr = _cli_sheet(db, out, "--paper", "A4")
    assert code == 0, stderr
    assert "2026-W48" in stdout and "sheet.pdf" in stdout
    text, pages = _pdf_text(out)
    assert "Week 48, 2026" in text
    assert "Monday 23 November" in text and "Sunday 29 November 2026" in text
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    order = [
        "Calls and e-mails to make",
        "John Public",
        "Referred by Sara Smith, who will call ahead",
        "Sara Smith suggested I give you a call.",
        "he knows everyone in town",
        "Meetings this week",
        "Learn how the data team hires",
        "Ask for two names",
        "Time boundary: 15 minutes",
        "Thank-you notes owed",
        "Overdue from earlier weeks",
        "Olga Overdue",
        "Last week in numbers",
        "Referrals per meeting",
        "Notes",
    ]
    positions = [text.find(part) for part in order]
    assert -1 not in positions, [p for p, i in zip(order, positions, strict=True) if i < 0]
    assert positions == sorted(positions)
    calls, meetings = text.split("Meetings this week")[0], text.split("Meetings this week")[1]
    assert "Anna Müller" in calls and "Anna Müller" in meetings.split("Thank-you notes owed")[0]
    thanks = text.split("Thank-you notes owed")[1].split("Overdue from earlier weeks")[0]
    assert "Sara Smith" in thanks and "1 Main St" not in thanks
    assert "Next Year" not in text  # due in January: not this week's business
    pdf = PdfReader(out)
    assert round(float(pdf.pages[0].mediabox.width)) == 595  # A4 in points


def test_letter_paper(qapp: object, db: Path, tmp_path: Path) -> None:
    seed()
    code, _, stderr = _cli_sheet(db, tmp_path / "letter.pdf", "--paper", "Letter")
    assert code == 0, stderr
    box = PdfReader(tmp_path / "letter.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_empty_week_says_who_to_reach_out_to(qapp: object, db: Path, tmp_path: Path) -> None:
    for name, last in (("Wendy Warm", date(2026, 9, 1)), ("Frank Friend", None)):
        create_contact(
            ContactData(
                display_name=name,
                relationship=Relationship.FRIEND,
                lead=Lead.WARM,
                status=Status.KEEP_IN_TOUCH,
                last_contact=last,
                phones=[Phone("+1 555 0100")],
            )
        )
    create_contact(ContactData(display_name="Cold Stranger", status=Status.CONTACTED))
    code, _, stderr = _cli_sheet(db, tmp_path / "empty.pdf")
    assert code == 0, stderr
    text, pages = _pdf_text(tmp_path / "empty.pdf")
    assert pages == 1
    assert "Nothing is planned for this week yet." in text
    assert "Who to reach out to next" in text
    assert text.find("Frank Friend") < text.find("Wendy Warm")  # never contacted comes first
    assert "Not contacted yet" in text and "+1 555 0100" in text
    assert "Cold Stranger" not in text
    assert "Last week in numbers" in text and "Notes" in text


def test_empty_database_still_gives_advice(qapp: object, db: Path, tmp_path: Path) -> None:
    code, _, stderr = _cli_sheet(db, tmp_path / "blank.pdf")
    assert code == 0, stderr
    text, _ = _pdf_text(tmp_path / "blank.pdf")
    assert "Start with the people you already know" in text


def test_bad_week_and_missing_folder_are_usage_errors(db: Path, tmp_path: Path) -> None:
    err = io.StringIO()
    argv = ["--db", str(db), "sheet", "--week", "2026-48", "-o", str(tmp_path / "x.pdf")]
    assert run_cli(argv, io.StringIO(), err) == 2
    assert "not an ISO week" in err.getvalue()
    err = io.StringIO()
    argv = ["--db", str(db), "sheet", "--week", "2026-W48", "-o", str(tmp_path / "no/x.pdf")]
    assert run_cli(argv, io.StringIO(), err) == 2
    assert "does not exist" in err.getvalue()


def big_plan(items: int, long_text: bool = False) -> WeekPlan:
    """A week with ``items`` things to do, split like a busy real week (no database needed)."""
    week = Week.parse("2026-W48")
    plan = WeekPlan(week=week, today=week.monday)
    extra = " and a rather long explanation that has to wrap onto more lines" * 3
    for i in range(items):
        kind = i % 5
        name = f"Person {i:03d} Łukasz Żółć"
        if kind < 2:
            plan.calls.append(
                CallItem(
                    i,
                    name,
                    f"Company {i}",
                    "+1 555 0100",
                    f"p{i}@example.com",
                    f"Referrer {i}",
                    "works in hiring" + (extra if long_text else ""),
                    bool(i % 2),
                    None,
                    None,
                    True,
                )
            )
        elif kind == 2:
            plan.meetings.append(
                MeetingItem(
                    i,
                    i,
                    name,
                    "Acme",
                    datetime(2026, 11, 23, 9) + timedelta(hours=i % 9),
                    "look_for_leads",
                    "Advice",
                    ["Who I am", "What I want"],
                    15,
                )
            )
        elif kind == 3:
            plan.thank_yous.append(
                ThankYouItem(i, i, name, date(2026, 11, 20), date(2026, 11, 23), f"p{i}@x.org", "")
            )
        else:
            plan.overdue_calls.append(
                CallItem(i, name, "", "", "", "", "", False, date(2026, 11, 2), i, False)
            )
    plan.last_week = WeekNumbers(3, 2, 3, 2, 1)
    return plan


@pytest.mark.parametrize(("items", "low", "high"), [(5, 1, 2), (500, 20, 70)])
def test_page_count_is_sensible(qapp: object, items: int, low: int, high: int) -> None:
    sheet = layout_sheet(big_plan(items), page_layout("A4"))
    reader = PdfReader(io.BytesIO(pdf_bytes(sheet)))
    pages = len(reader.pages)
    assert low <= pages <= high
    assert pages == sheet.page_count
    last = re.sub(r"[ \t]+", " ", reader.pages[-1].extract_text())
    assert f"Page {pages} of {pages}" in last and "Notes" in last
    text = sheet.text()  # reading the whole PDF back takes pypdf seconds at 500 items
    for i in range(items):
        assert text.count(f"Person {i:03d} ") == 1


def test_no_item_is_split_and_long_lines_wrap(qapp: object) -> None:
    plan = big_plan(120, long_text=True)
    plan.calls[0] = CallItem(
        1, "Maximiliane " * 15 + "Überlänge-Doppelname", "", "", "x" * 140 + "@example.com",
        "", "", False, None, None, False)  # fmt: skip
    layout = page_layout("Letter")
    sheet = layout_sheet(plan, layout)
    rect = layout.paintRect(page_layout("Letter").Unit.Point)
    metrics = Metrics()
    seen: dict[str, int] = {}
    for number, page in enumerate(sheet.pages):
        for placed in page[1:-1]:  # between the header and the footer
            for op in placed.ops:
                top = placed.dy + op.y
                assert top >= HEADER_HEIGHT - 0.5
                assert top + op.height <= rect.height() - FOOTER_HEIGHT + 0.5
                if isinstance(op, TextOp):
                    assert op.x + metrics.width(op.text, op.style) <= rect.width() + 0.5
                    if op.text.startswith("Person "):
                        seen[op.text] = number
        for placed in page[1:-1]:
            texts = [op.text for op in placed.ops if isinstance(op, TextOp)]
            # everything about one person is in one placed block, so on one page
            people = {t.split(" Łukasz")[0] for t in texts if t.startswith("Person ")}
            assert len(people) <= 1
    assert len(seen) == 119
    assert any(isinstance(op, BoxOp) for page in sheet.pages for b in page for op in b.ops)
    assert any(isinstance(op, LineOp) for page in sheet.pages for b in page for op in b.ops)


def test_lays_out_in_a_worker_thread(qapp: object) -> None:
    """The dialog lays out big sheets off the GUI thread; Qt must not complain (warnings fail)."""
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(layout_sheet(big_plan(50))))
    worker.start()
    worker.join()
    (sheet,) = result
    text, _ = _pdf_text(pdf_bytes(sheet))  # type: ignore[arg-type]
    assert "Person 049" in text


@pytest.mark.parametrize("long_text", [False, True])
def test_no_heading_ends_a_page_alone(qapp: object, long_text: bool) -> None:
    for items in range(1, 40, 3):
        sheet = layout_sheet(big_plan(items, long_text), page_layout("A4"))
        for page in sheet.pages:
            content = page[1:-1]
            last = content[-1].ops
            styles = {op.style for op in last if isinstance(op, TextOp)}
            assert styles != {Style.SECTION}, (items, sheet.text())
