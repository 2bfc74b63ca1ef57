"""The Dashboard page in the window: it shows the campaign's figures, a top introducer's click
selects them in Contacts, and it reads again after a write, here or in another process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core.dashboard import Span
from netdesk.ui.dashboard.page import DashboardPage
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.theme import DARK, Scheme, Theme, install_theme
from tests.helpers.dashboard_network import build_network

ROOT = Path(__file__).resolve().parents[3]

MEETING = """
import sys
from datetime import datetime
from pathlib import Path
from netdesk.models import Meeting, close_db, init_db
init_db(Path(sys.argv[1]))
Meeting.create(contact=int(sys.argv[2]), starts_at=datetime(2026, 11, 26, 9))
close_db()
"""


@pytest.fixture
def network(db: Path) -> dict[str, int]:
    return build_network()


def open_page(qtbot: QtBot, window: MainWindow) -> DashboardPage:
    page = window.navigation.page("dashboard")
    assert isinstance(page, DashboardPage)
    page.span.setCurrentIndex(page.span.findData(Span.WHOLE.value))
    with qtbot.waitSignal(page.figures_shown, timeout=10_000):
        window.navigation.show_page("dashboard")
    qtbot.waitUntil(lambda: not page.is_reading)
    return page


def meetings(page: DashboardPage) -> int:
    return int(sum(v or 0 for v in page.meetings.series[0].values))


def test_the_page_shows_the_campaign_s_figures(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, main_window)

    # Every meeting of the campaign has been held by now (the last was on 27 November 2026).
    assert meetings(page) == 5
    assert page.summary.text() == "5 meetings held, 0.8 names per meeting (goal 2)."
    assert page.ratio.goal == 2
    names = [s.name for s in page.growth.series]
    assert names[-2:] == ["Everyone", "Two per meeting"]
    assert page.growth.series[-2].values[-1] == 8
    assert page.growth.series[-1].values[-1] == 4 + 2 * 5
    assert [(r.label, r.text) for r in page.funnel.rows] == [
        ("Contacts", "8"),
        ("Met", "5"),
        ("Introduced", "1"),
        ("Applied", "2"),
        ("Interviewing", "1"),
        ("Offer", "1"),
    ]
    assert [(r.label, r.text) for r in page.leads.rows] == [("Warm", "100 %"), ("Cold", "50 %")]
    assert page.thank_yous.rows[0].label == "Sent on time"
    assert page.thank_yous.rows[0].text == "1 (20 %)"
    assert [(r.label, r.value) for r in page.introducers.rows] == [
        ("Ann Archer", 3),
        ("Eve Example", 1),
    ]
    # The tooltip of the bar under the pointer gives that week's figure.
    last = len(page.ratio.labels) - 1
    weeks = page.figures.weeks if page.figures is not None else []
    w47 = next(i for i, w in enumerate(weeks) if w.week.iso == "2026-W47")
    tip = page.ratio.tip_at(page.ratio.bar_rect(0, w47).center())
    assert tip is not None and "2 names from 2 meetings: 1.0 per meeting (goal 2)" in tip
    assert last >= w47

    # The charts paint in the dark scheme too, as the theme sets it.
    theme = install_theme(QApplication.instance())  # type: ignore[arg-type]
    theme.set_choice(Scheme.DARK)
    try:
        for chart in page.charts:
            assert chart.palette().color(QPalette.ColorRole.Base).name() == DARK.base
            centre = chart.grab().toImage().pixelColor(chart.width() // 2, chart.height() - 4)
            assert centre == QColor(DARK.base)
    finally:
        monkeypatch.setattr(Theme, "system_is_dark", lambda _self: False)
        theme.set_choice(Scheme.SYSTEM)  # as the theme's own tests leave it


def test_a_top_introducer_s_click_selects_them_in_contacts(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow
) -> None:
    page = open_page(qtbot, main_window)
    chart = page.introducers
    chart.resize(chart.width(), max(chart.height(), chart.sizeHint().height()))

    with qtbot.waitSignal(page.contact_activated) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.row_rect(0).center().toPoint())
    assert clicked.args == [network["ann"]]
    qtbot.waitUntil(lambda: main_window.selection.current() == network["ann"])
    assert main_window.navigation.current_page() == "contacts"


def test_the_page_reads_again_after_a_write_from_another_process(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow, db: Path
) -> None:
    page = open_page(qtbot, main_window)
    assert meetings(page) == 5

    done = subprocess.run(
        [sys.executable, "-c", MEETING, str(db), str(network["hal"])],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr

    qtbot.waitUntil(lambda: meetings(page) == 6, timeout=10_000)
    assert page.funnel.rows[1].text == "6"  # Hal met too


def test_the_span_chosen_is_kept(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow
) -> None:
    page = open_page(qtbot, main_window)
    with qtbot.waitSignal(page.figures_shown, timeout=10_000):
        page.span.setCurrentIndex(page.span.findData(Span.WEEKS_12.value))
    assert len(page.meetings.labels) == 12
    assert main_window.settings.value("dashboard/span") == "12"


def test_a_top_introducer_s_name_is_drawn_as_one_line_of_plain_text(
    qtbot: QtBot, network: dict[str, int], main_window: MainWindow, db: Path
) -> None:
    """A name a damaged file or another program wrote with control characters and a line break
    is drawn as one line: no boxes, no second line over the next bar."""
    import sqlite3

    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "UPDATE contact SET display_name = ? WHERE id = ?",
            ("Ann\x07\r\nArcher\x1b", network["ann"]),
        )
    conn.close()
    main_window.signals.store.poll_external()
    page = open_page(qtbot, main_window)
    assert page.introducers.rows[0].label == "Ann Archer"
