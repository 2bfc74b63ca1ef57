"""The weekly sheet holds the week's capacity: one to three pages for any network, with how many
more wait; printing what waits is an option, bounded and counted."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from netdesk.cli import run_cli
from netdesk.core.campaign import CampaignCounts, CampaignNumbers
from netdesk.core.capacity import Capacity
from netdesk.core.dates import Week
from netdesk.core.week_plan import (
    CallItem,
    MeetingItem,
    PostingAction,
    PostingItem,
    ThankYouItem,
    WeekNumbers,
    WeekPlan,
    build_week_plan,
)
from netdesk.core.week_queue import Kind, waiting_items
from netdesk.models import close_db, init_db
from netdesk.ui.sheet.dialog import WeeklySheetDialog
from netdesk.ui.sheet.layout import layout_sheet
from netdesk.ui.sheet.measure import BoxOp, SheetLayout, page_layout
from netdesk.ui.sheet.paint import pdf_bytes
from netdesk.ui.sheet.waiting import PRINTED_WAITING
from tests.helpers.networks import BIG_TODAY, big_network

WEEK = Week.containing(BIG_TODAY)


@pytest.fixture
def big(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Iterator[Path]:
    path = big_network(tmp_path_factory.getbasetemp(), tmp_path / "big.sqlite")
    init_db(path)
    yield path
    close_db()


def number(value: int) -> str:
    return QLocale().toString(value)


def _boxes(sheet: SheetLayout) -> int:
    return sum(isinstance(op, BoxOp) for page in sheet.pages for b in page for op in b.ops)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_a_big_network_prints_on_three_pages_at_most(qapp: object, big: Path, paper: str) -> None:
    plan = build_week_plan(WEEK, BIG_TODAY)
    assert plan.waiting > 1000
    sheet = layout_sheet(plan, page_layout(paper))
    reader = PdfReader(io.BytesIO(pdf_bytes(sheet)))
    assert 1 <= len(reader.pages) == sheet.page_count <= 3
    text = re.sub(r"[ \t]+", " ", "\n".join(p.extract_text() for p in reader.pages))
    assert f"And {number(plan.waiting)} more waiting" in text
    assert f"Follow-ups overdue: {number(plan.waiting_of(Kind.OVERDUE_FOLLOW_UPS))}" in text
    assert "NetDesk lists them all under This week (Show all waiting)." in text
    assert "more not printed" not in text
    # A box per item held (a meeting's is "Ask for two names"): none for what waits.
    assert _boxes(sheet) == plan.item_count + len(plan.suggestions) == 15 + 5


def test_printing_what_waits_is_bounded_and_counted(qapp: object, big: Path) -> None:
    plan = build_week_plan(WEEK, BIG_TODAY)
    waiting = waiting_items(plan, PRINTED_WAITING)
    assert len(waiting) == PRINTED_WAITING
    sheet = layout_sheet(plan, page_layout("A4"), waiting)
    text = sheet.text()
    assert 3 < sheet.page_count <= 8
    assert f"and {number(plan.waiting - PRINTED_WAITING)} more not printed" in text
    assert "The first 100 are printed below" in text
    assert _boxes(sheet) == 20 + PRINTED_WAITING
    first = waiting[0][0].title()
    assert text.index(first, text.index("more waiting")) < text.index("more not printed")


def test_any_text_the_user_typed_still_fits_on_three_pages(qapp: object) -> None:
    """The capacity's items with the longest names, reasons and agendas one could type."""
    week = Week.containing(BIG_TODAY)
    plan = WeekPlan(week=week, today=BIG_TODAY, capacity=Capacity())
    long = " ".join(["a rather long explanation that wraps"] * 60)
    name = "Maximiliane Überlänge-Doppelname " * 8
    for i in range(5):
        plan.meetings.append(
            MeetingItem(i, i, name, long, datetime(2026, 11, 23, 9) + timedelta(days=i),
                        "look_for_leads", long, [long] * 20, 15)
        )  # fmt: skip
    for i in range(5):
        plan.overdue_calls.append(
            CallItem(i, name, long, long, long, name, long, True, date(2026, 11, 2), i, True)
        )
        plan.overdue_thank_yous.append(
            ThankYouItem(i, i, name, date(2026, 11, 2), date(2026, 11, 4), long, long)
        )
    for i in range(5):
        plan.deadlines.append(
            PostingItem(PostingAction.DEADLINE, i, name, long, "seen", long, date(2026, 11, 27),
                        None)
        )  # fmt: skip
    plan.last_week = WeekNumbers(3, 2, 3, 2, 1)
    counts = CampaignCounts(10, 20, 5, 9, 2, 4, 1, 0, 2)
    plan.campaign = CampaignNumbers(week.previous(), counts, counts)
    plan.totals = {Kind.REFERRALS: 5000, Kind.WARM_LEADS: 900, Kind.STALE: 12}
    for paper in ("A4", "Letter"):
        sheet = layout_sheet(plan, page_layout(paper))
        assert sheet.page_count <= 3, (paper, sheet.page_count)
        assert "\u2026" in sheet.text()  # what was cut says so


def _cli(db: Path, out: Path, *extra: str) -> str:
    stdout, stderr = io.StringIO(), io.StringIO()
    argv = ["--db", str(db), "sheet", "--week", WEEK.iso, "--today", BIG_TODAY.isoformat()]
    assert run_cli([*argv, "--output", str(out), *extra], stdout, stderr) == 0, stderr.getvalue()
    return stdout.getvalue()


def test_the_command_line_says_how_many_wait(qapp: object, big: Path, tmp_path: Path) -> None:
    waiting = build_week_plan(WEEK, BIG_TODAY).waiting
    close_db()
    said = _cli(big, tmp_path / "sheet.pdf")
    assert re.search(r"20 items on [123] pages?; " + f"{waiting:,} more waiting, not printed", said)
    said = _cli(big, tmp_path / "all.pdf", "--include-waiting")
    rest = waiting - PRINTED_WAITING
    assert "20 items, and the first 100 waiting on " in said
    assert f"; {rest:,} more waiting, not printed." in said
    assert len(PdfReader(tmp_path / "all.pdf").pages) > len(PdfReader(tmp_path / "sheet.pdf").pages)


def test_the_dialog_prints_what_waits_when_asked(
    qtbot: QtBot, big: Path, qsettings: QSettings
) -> None:
    dialog = WeeklySheetDialog(None, today=BIG_TODAY, settings=qsettings)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.sheet is not None, timeout=20_000)
    sheet = dialog.sheet
    assert sheet is not None and sheet.page_count <= 3
    assert not dialog.waiting_check.isChecked()
    assert re.search(r"\(20 items, [\d,]+ more waiting\)", dialog.week_label.text())
    with qtbot.waitSignal(dialog.sheet_ready, timeout=20_000):
        dialog.waiting_check.setChecked(True)
    longer = dialog.sheet
    assert longer is not None and longer.page_count > sheet.page_count
    assert "more not printed" in longer.text()
    assert qsettings.value("weekly_sheet/include_waiting") in (True, "true")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    again = WeeklySheetDialog(None, today=BIG_TODAY, settings=qsettings)
    qtbot.addWidget(again)
    assert again.waiting_check.isChecked()  # remembered
    qtbot.waitUntil(lambda: again.sheet is not None and not again.busy, timeout=20_000)
