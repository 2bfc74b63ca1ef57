"""The window's job pages opened on a database and timed until what they show is painted.

``Pages(db_path)`` opens the database and gives the pages the context the window would (its own
store signals, writer and settings), offscreen. Each measurement builds a fresh page, so
nothing read before is reused:

- ``board_open``: the Postings page shown until its board has read every card on its worker
  and painted the columns;
- ``companies_first_screen``: the Companies page shown until its table has its first rows and
  has painted them; ``companies_sort``: a click on a figure's header until the sorted list is
  painted.

``naive_board_open`` is the baseline beside the board: every card a widget of its own in a
column's layout, the way a board is first written, built from the same rows.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netdesk.models.store import store
from netdesk.ui.companies.model import Column
from netdesk.ui.companies.page import CompaniesPage
from netdesk.ui.postings.page import PostingsPage
from netdesk.ui.shell.actions import Actions
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.selection import ContactSelection
from netdesk.ui.shell.store_signals import StoreSignals
from netdesk.ui.shell.writes import Writer

SIZE = (1400, 900)
TIMEOUT_MS = 60_000


def _wait(done: Callable[[], bool]) -> None:
    """Run the event loop until ``done()`` (checked every millisecond), or fail after a minute."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    poll.start()
    give_up.start(TIMEOUT_MS)
    if not done():
        loop.exec()
    poll.stop()
    if not done():
        raise TimeoutError("the page did not finish reading within a minute")


class Pages:
    """The job pages on ``db_path``, with the window's context and no window."""

    def __init__(self, db_path: Path) -> None:
        self.app = QApplication.instance() or QApplication([])
        store.open(db_path)
        self.host = QWidget()
        settings = QSettings(str(db_path.with_suffix(".bench.ini")), QSettings.Format.IniFormat)
        settings.setValue("postings_page/view", "board")
        self.context = PanelContext(
            signals=StoreSignals(self.host),
            selection=ContactSelection(self.host, selected=list),
            actions=Actions(),
            writer=Writer(self.host),
            settings=settings,
            dialog_parent=self.host,
            show_status=lambda _text, _ms: None,
        )

    def close(self) -> None:
        self.context.signals.stop()
        self.host.deleteLater()
        QApplication.processEvents()

    def board_open(self) -> tuple[float, int]:
        """Milliseconds until the board is painted with its cards, and how many there were."""
        page = PostingsPage(self.context)
        page.resize(*SIZE)
        start = time.perf_counter()
        page.show()
        _wait(lambda: not page.board.loading)
        page.board.grab()  # paints every column's visible cards
        elapsed = (time.perf_counter() - start) * 1000
        cards = page.board.total
        self._done(page)
        return elapsed, cards

    def companies_first_screen(self) -> tuple[float, list[int]]:
        """Milliseconds until the Companies table shows and has painted its first rows, and
        the ids of the rows it read first."""
        page = CompaniesPage(self.context)
        page.resize(*SIZE)
        start = time.perf_counter()
        page.show()
        _wait(lambda: page.model.rowCount() > 0)
        page.table.viewport().grab()
        elapsed = (time.perf_counter() - start) * 1000
        rows = [row.id for n in range(page.model.rowCount()) if (row := page.model.company(n))]
        self._done(page)
        return elapsed, rows

    def companies_sort(self) -> float:
        """Milliseconds from a click on "people you know (warm)" to the sorted list painted."""
        page = CompaniesPage(self.context)
        page.resize(*SIZE)
        page.show()
        _wait(lambda: page.model.is_complete and page.model.rowCount() > 0)
        start = time.perf_counter()
        page.table.sortByColumn(int(Column.WARM), Qt.SortOrder.DescendingOrder)
        _wait(lambda: page.model.is_complete)
        page.table.viewport().grab()
        elapsed = (time.perf_counter() - start) * 1000
        self._done(page)
        return elapsed

    def _done(self, page: QWidget) -> None:
        """Close ``page`` and let what it still reads finish: the next measurement starts on
        idle workers, as a page opened by a user does."""
        page.close()
        page.deleteLater()
        QThreadPool.globalInstance().waitForDone()
        QApplication.processEvents()


def naive_board_open(columns: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> float:
    """Milliseconds to build and paint a board whose every card is its own framed widget with
    two labels, in a scrolled column per stage: ``columns`` is (stage, [(title, company)])."""
    start = time.perf_counter()
    board = QWidget()
    row = QHBoxLayout(board)
    for stage, cards in columns:
        scroll = QScrollArea(board)
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel(stage, body))
        for title, company in cards:
            card = QFrame(body)
            card.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(card)
            inner.addWidget(QLabel(title, card))
            inner.addWidget(QLabel(company, card))
            layout.addWidget(card)
        layout.addStretch(1)
        scroll.setWidget(body)
        row.addWidget(scroll)
    board.resize(*SIZE)
    board.show()
    board.grab()
    elapsed = (time.perf_counter() - start) * 1000
    board.close()
    board.deleteLater()
    QApplication.processEvents()
    return elapsed
