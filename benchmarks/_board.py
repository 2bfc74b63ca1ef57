"""The Postings board opened on a database, timed until its cards are painted.

``measure_board_open(db_path, runs)`` opens the database, builds the Postings page offscreen
(as the window does, with its own context), and times from showing the page to the board having
read every card on its worker and painted them; ``bench_jobs`` calls it with the 2,000-posting
database. Each run builds a fresh page, so nothing read before is reused.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from netdesk.models.store import store
from netdesk.ui.postings.page import PostingsPage
from netdesk.ui.shell.actions import Actions
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.selection import ContactSelection
from netdesk.ui.shell.store_signals import StoreSignals
from netdesk.ui.shell.writes import Writer


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure_board_open(db_path: Path, runs: int) -> dict[str, float | int]:
    """p50 and p95 milliseconds from showing the Postings page to its board painted with every
    card, over ``runs`` fresh pages; also how many cards there were."""
    _app = QApplication.instance() or QApplication([])
    store.open(db_path)
    host = QWidget()
    settings = QSettings(str(db_path.with_suffix(".bench.ini")), QSettings.Format.IniFormat)
    settings.setValue("postings_page/view", "board")
    writer = Writer(host)
    context = PanelContext(
        signals=StoreSignals(host),
        selection=ContactSelection(host, selected=list),
        actions=Actions(),
        writer=writer,
        settings=settings,
        dialog_parent=host,
        show_status=lambda _text, _ms: None,
    )
    times: list[float] = []
    cards = 0
    for _ in range(runs):
        page = PostingsPage(context)
        page.resize(1400, 900)
        loop = QEventLoop()
        page.board.loaded.connect(loop.quit)
        page.board.load_failed.connect(loop.quit)
        start = time.perf_counter()
        page.show()
        if page.board.loading:
            loop.exec()
        page.board.grab()  # paints every column's visible cards
        times.append((time.perf_counter() - start) * 1000)
        cards = page.board.total
        page.close()
        page.deleteLater()
    context.signals.stop()
    host.deleteLater()
    return {
        "cards": cards,
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(_percentile(times, 0.95), 2),
    }
