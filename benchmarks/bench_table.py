"""The contact table at 100,000 contacts: keystrokes, header sorts, cold start, peak RSS.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_table.py [--contacts N]``

- Keystrokes: 20 searches typed one key at a time into the real window (shown offscreen), at a
  fast typist's pace (one key every 150 ms). Each key is timed from the key press (which changes
  the text) until the table's viewport has repainted with the rows for that text. The time until
  the complete id list has arrived from the worker (the scroll range is final) after the last
  key of each search is reported too.
- Sort: clicks on three column headers, timed until the repaint and until the full list is in.
- Cold start: a fresh process launched here; time from launch until the window's table has
  painted for the first time (median of three).
- Baseline, same run: a QSortFilterProxyModel over a Python list model holding every row, in a
  table view of its own; a few keystrokes and one sort (it is too slow for more).

The last line printed is one JSON object with the figures and the speed-ups.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SEARCHES = [
    "sara",
    "müller",
    "john smith",
    "northwind",
    "zoé",
    "peña",
    "anna",
    "lefèvre",
    "kowalczyk",
    "globex",
    "david",
    "sharma",
    "okafor",
    "emily reed",
    "contoso",
    "hoffmann",
    "garcía",
    "lindström",
    "ryan",
    "fabrikam",
]
SORT_COLUMNS = ("ORGANIZATION", "NEXT_FOLLOW_UP", "STATUS")
KEY_INTERVAL_S = 0.150
BASELINE_KEYS = 3


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def bench_database(contacts: int) -> Path:
    """A demo database of ``contacts`` people, generated once and cached under /tmp."""
    path = Path(tempfile.gettempdir()) / f"netdesk-bench-table-{contacts}.sqlite"
    if path.exists():
        return path
    from netdesk.core.demo import generate_demo
    from netdesk.models import close_db, init_db

    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    init_db(partial)
    started = time.perf_counter()
    generate_demo(contacts, today=date.today())
    close_db()
    partial.rename(path)
    print(f"generated {contacts:,} contacts in {time.perf_counter() - started:.1f} s")
    return path


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# Cold start (child process) -------------------------------------------------------------------


def cold_start_child(db: Path, settings_file: Path) -> None:
    """What ``netdesk --db`` does, then report when the table first painted, and quit."""
    launched = float(os.environ["NETDESK_BENCH_LAUNCHED"])
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

    from netdesk.models import init_db
    from netdesk.ui.shell.app import create_application

    app = create_application()
    init_db(db)
    from netdesk.ui.shell.main_window import MainWindow

    window = MainWindow(QSettings(str(settings_file), QSettings.Format.IniFormat))

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, done)  # runs once this paint has finished
            return False

    def done() -> None:
        seconds = time.time() - launched
        print(json.dumps({"cold_start_s": seconds, "rss_mb": rss_mb()}), flush=True)
        app.quit()

    spy = FirstPaint()
    window.table.viewport().installEventFilter(spy)
    window.show()
    app.exec()


def cold_start(db: Path, runs: int = 3) -> tuple[float, float]:
    times: list[float] = []
    rss: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            env = dict(os.environ, NETDESK_BENCH_LAUNCHED=repr(time.time()))
            out = subprocess.run(
                [sys.executable, __file__, "--cold-start-child", str(db), str(Path(tmp) / "s.ini")],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            figures = json.loads(out.strip().splitlines()[-1])
            times.append(figures["cold_start_s"])
            rss.append(figures["rss_mb"])
    return statistics.median(times), max(rss)


# In-process measurements ----------------------------------------------------------------------


class PaintWatch:
    """Counts paint events of a widget, so the benchmark knows when a repaint has happened."""

    def __init__(self, widget: object) -> None:
        from PySide6.QtCore import QEvent, QObject

        watch = self

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    watch.paints += 1
                return False

        self.paints = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)  # type: ignore[attr-defined]

    def wait_for_paint(self, app: object, since: int, timeout: float = 60.0) -> bool:
        deadline = time.perf_counter() + timeout
        while self.paints <= since:
            app.processEvents()  # type: ignore[attr-defined]
            if time.perf_counter() > deadline:
                return False
        return True


def type_key(widget: object, ch: str) -> None:
    """One key press and release carrying ``ch`` (QTest.keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
        QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def idle(app: object, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)


def measure_netdesk(db: Path, app: object) -> dict[str, object]:
    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtTest import QTest

    from netdesk.models import init_db
    from netdesk.ui.contacts.model import Column
    from netdesk.ui.shell.main_window import MainWindow

    init_db(db)
    tmp = tempfile.mkdtemp()
    window = MainWindow(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    watch = PaintWatch(window.table.viewport())
    idle(app, 0.5)
    # Start typing once the window has settled: the "This week" panel builds its plan for the
    # whole network on a worker at start-up (about a second of CPU at 100,000 contacts).
    while window.meetings.week_view.is_loading():
        idle(app, 0.02)
    model = window.model
    window.search.setFocus()

    paint_ms: list[float] = []
    cpu_ms: list[float] = []  # GUI-thread CPU time for the same span: what load cannot inflate
    full_ms: list[float] = []
    complete_at: list[float] = []
    model.query_finished.connect(lambda: complete_at.append(time.perf_counter()))
    rows_after: list[int] = []
    for text in SEARCHES:
        window.search.clear()
        while not model.is_complete:
            idle(app, 0.005)
        idle(app, 0.05)
        for position, ch in enumerate(text):
            last = position == len(text) - 1
            before = watch.paints
            complete_at.clear()
            start = time.perf_counter()
            cpu_start = time.thread_time()
            type_key(window.search, ch)
            if not watch.wait_for_paint(app, before):
                raise RuntimeError("the table did not repaint")
            paint_ms.append((time.perf_counter() - start) * 1000)
            cpu_ms.append((time.thread_time() - cpu_start) * 1000)
            if last:  # typing stops: time until the complete list (final row count) is in
                while not model.is_complete:
                    app.processEvents()  # type: ignore[attr-defined]
                done = complete_at[0] if complete_at else time.perf_counter()
                full_ms.append((done - start) * 1000)
            # Keep typing at a fast typist's pace.
            while time.perf_counter() - start < KEY_INTERVAL_S:
                app.processEvents()  # type: ignore[attr-defined]
        rows_after.append(model.rowCount())
    window.search.clear()
    while not model.is_complete:
        idle(app, 0.005)

    header = window.table.horizontalHeader()
    sort_paint: dict[str, float] = {}
    sort_full: dict[str, float] = {}
    for name in SORT_COLUMNS:
        column = Column[name]
        if window.table.isColumnHidden(column):
            window.table.setColumnHidden(column, False)
        window.table.scrollTo(model.index(0, column))
        idle(app, 0.1)
        x = header.sectionViewportPosition(column) + 8
        before = watch.paints
        start = time.perf_counter()
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        watch.wait_for_paint(app, before)
        sort_paint[name] = (time.perf_counter() - start) * 1000
        while not model.is_complete:
            app.processEvents()  # type: ignore[attr-defined]
        sort_full[name] = (time.perf_counter() - start) * 1000
        assert header.sortIndicatorSection() == column
        idle(app, 0.1)

    window.close()
    return {
        "paint_ms": paint_ms,
        "cpu_ms": cpu_ms,
        "full_ms": full_ms,
        "rows_after": rows_after,
        "sort_paint": sort_paint,
        "sort_full": sort_full,
        "rss_mb": rss_mb(),
    }


def measure_baseline(app: object, keys: int) -> dict[str, object]:
    """The naive design: every row in Python, a QSortFilterProxyModel to search and sort."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    from netdesk.core.query import contact_ids, fetch_rows

    started = time.perf_counter()
    ids = contact_ids()
    rows_by_id = fetch_rows(ids)
    rows = [
        (
            r.display_name,
            r.organization,
            r.title,
            r.relationship.label,
            r.lead.label,
            r.status.label,
            r.referred_by,
            r.last_contact.isoformat() if r.last_contact else "",
            r.next_follow_up.isoformat() if r.next_follow_up else "",
            r.email,
            r.phone,
        )
        for r in (rows_by_id[i] for i in ids)
    ]
    load_s = time.perf_counter() - started

    class ListModel(QAbstractTableModel):
        def rowCount(self, parent: object = QModelIndex()) -> int:
            return 0 if parent.isValid() else len(rows)  # type: ignore[attr-defined]

        def columnCount(self, parent: object = QModelIndex()) -> int:
            return 0 if parent.isValid() else 11  # type: ignore[attr-defined]

        def data(self, index: object, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            if role == Qt.ItemDataRole.DisplayRole:
                return rows[index.row()][index.column()]  # type: ignore[attr-defined]
            return None

    source = ListModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    widget = QWidget()
    search = QLineEdit()
    table = QTableView()
    table.setModel(proxy)
    table.verticalHeader().hide()
    layout = QVBoxLayout(widget)
    layout.addWidget(search)
    layout.addWidget(table)
    search.textChanged.connect(proxy.setFilterFixedString)
    widget.resize(1280, 800)
    widget.show()
    watch = PaintWatch(table.viewport())
    idle(app, 0.3)

    key_ms: list[float] = []
    for ch in SEARCHES[0][:keys]:
        before = watch.paints
        start = time.perf_counter()
        type_key(search, ch)
        watch.wait_for_paint(app, before, timeout=300)
        key_ms.append((time.perf_counter() - start) * 1000)
    search.clear()
    idle(app, 0.1)
    before = watch.paints
    start = time.perf_counter()
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    watch.wait_for_paint(app, before, timeout=300)
    sort_ms = (time.perf_counter() - start) * 1000
    widget.close()
    return {"key_ms": key_ms, "sort_ms": sort_ms, "load_s": load_s}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--cold-start-child", nargs=2, metavar=("DB", "SETTINGS"))
    parser.add_argument("--baseline-keys", type=int, default=BASELINE_KEYS)
    options = parser.parse_args()
    if options.cold_start_child:
        cold_start_child(Path(options.cold_start_child[0]), Path(options.cold_start_child[1]))
        return 0

    db = bench_database(options.contacts)
    load_before = os.getloadavg()[0]
    print(f"load average before: {load_before:.2f} on {os.cpu_count()} CPUs (shared machine?)")
    cold_s, cold_rss = cold_start(db)
    print(f"cold start to first painted table: {cold_s * 1000:.0f} ms (RSS {cold_rss:.0f} MB)")

    from netdesk.ui.shell.app import create_application

    app = create_application()
    ours = measure_netdesk(db, app)
    paint_ms: list[float] = ours["paint_ms"]  # type: ignore[assignment]
    cpu_ms: list[float] = ours["cpu_ms"]  # type: ignore[assignment]
    full_ms: list[float] = ours["full_ms"]  # type: ignore[assignment]
    sort_paint: dict[str, float] = ours["sort_paint"]  # type: ignore[assignment]
    sort_full: dict[str, float] = ours["sort_full"]  # type: ignore[assignment]
    peak_rss = max(float(ours["rss_mb"]), cold_rss)  # type: ignore[arg-type]
    print(f"{len(paint_ms)} keystrokes over {len(SEARCHES)} searches at {options.contacts:,}")
    print(
        f"  GUI-thread CPU per key press: p50 {percentile(cpu_ms, 50):.1f} ms, "
        f"p95 {percentile(cpu_ms, 95):.1f} ms"
    )
    print(
        f"  key press to repainted table: p50 {percentile(paint_ms, 50):.1f} ms, "
        f"p95 {percentile(paint_ms, 95):.1f} ms, max {max(paint_ms):.1f} ms"
    )
    print(
        f"  last key of a search to complete id list: p50 {percentile(full_ms, 50):.1f} ms, "
        f"p95 {percentile(full_ms, 95):.1f} ms, max {max(full_ms):.1f} ms"
    )
    for name in SORT_COLUMNS:
        print(
            f"  sort by {name.lower()}: repainted {sort_paint[name]:.1f} ms, "
            f"full list {sort_full[name]:.1f} ms"
        )
    print(f"  peak RSS {peak_rss:.0f} MB")

    base = measure_baseline(app, options.baseline_keys)
    base_keys: list[float] = base["key_ms"]  # type: ignore[assignment]
    base_sort = float(base["sort_ms"])  # type: ignore[arg-type]
    print(
        f"baseline (QSortFilterProxyModel over Python rows, loading took {base['load_s']:.1f} s):"
    )
    print(
        f"  {len(base_keys)} keystrokes: {', '.join(f'{k:.0f}' for k in base_keys)} ms; "
        f"sort {base_sort:.0f} ms"
    )
    key_p50 = percentile(paint_ms, 50)
    key_p95 = percentile(paint_ms, 95)
    sort_full_max = max(sort_full.values())
    base_key_p50 = percentile(base_keys, 50)
    result = {
        "bench": "table",
        "contacts": options.contacts,
        "keystrokes": len(paint_ms),
        "keystroke_p50_ms": round(key_p50, 1),
        "keystroke_p95_ms": round(key_p95, 1),
        "keystroke_gui_cpu_p95_ms": round(percentile(cpu_ms, 95), 1),
        "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "cpus": os.cpu_count(),
        "last_key_to_full_list_p95_ms": round(percentile(full_ms, 95), 1),
        "sort_ms": {k.lower(): round(v, 1) for k, v in sort_paint.items()},
        "sort_full_list_ms": {k.lower(): round(v, 1) for k, v in sort_full.items()},
        "cold_start_s": round(cold_s, 3),
        "peak_rss_mb": round(peak_rss, 1),
        "baseline_keystroke_p50_ms": round(base_key_p50, 1),
        "baseline_sort_ms": round(base_sort, 1),
        "speedup_keystroke_p50": round(base_key_p50 / key_p50, 1),
        "speedup_sort": round(base_sort / sort_full_max, 1),
        "targets_met": {
            "keystroke_p95_le_30ms": key_p95 <= 30,
            "sort_le_150ms": sort_full_max <= 150,
            "cold_start_le_1_5s": cold_s <= 1.5,
            "peak_rss_le_350mb": peak_rss <= 350,
        },
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
