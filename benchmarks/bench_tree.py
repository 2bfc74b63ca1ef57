"""The referral tree at 100,000 contacts: show, expand a big node, select at the bottom of a chain.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_tree.py [--contacts N]``

Data (generated once with the bulk loader, cached under /tmp): the demo network (a realistic
forest, 0-4 referrals per person, up to 12 generations deep) plus one person who referred 1,000
people and one chain of introductions 5,000 levels deep; 100,000 contacts in all.

Timed on the tree panel, shown offscreen, each until its viewport has repainted:

- show: build the panel (model, first page of roots with their counts) and paint it;
- expand: a click on the branch arrow of the person with 1,000 referrals (none loaded yet);
- select deep: select the contact at the bottom of the 5,000-deep chain, loading and expanding
  every level of its path, starting from the freshly shown tree.

Wall times are medians; the GUI thread's CPU time for each is reported beside them, as the
machine's load (printed too) stretches wall times. The network numbers the panel counts on a
worker thread once shown are left to finish before the other two operations are timed.

Baseline, same run: a QTreeWidget filled eagerly with every contact (and the same counts), the
usual way to show a tree; the same three operations on it. The last line printed is one JSON
object with the figures and the speed-ups.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CHAIN = 5000
HUB_CHILDREN = 1000
TARGETS_MS = {"show": 200, "expand": 50, "select_deep": 300}

_Row = tuple[int, str, str, str, int | None, int]
"""The baseline's row: id, name, organization, status, referrer, how many they referred."""


def bench_database(contacts: int) -> Path:
    """The network described above, generated once and cached."""
    from netdesk.models.db import SCHEMA_VERSION

    path = Path(tempfile.gettempdir()) / f"netdesk-bench-tree-{contacts}-v{SCHEMA_VERSION}.sqlite"
    if path.exists():
        return path
    from netdesk.core.demo import generate_demo
    from netdesk.core.text import fold
    from netdesk.models import close_db, database, init_db
    from netdesk.models.bulk import bulk_insert

    partial = path.with_suffix(".partial")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    init_db(partial)
    generate_demo(contacts - CHAIN - HUB_CHILDREN - 1, seed=11, today=date(2026, 11, 30))
    conn = database.connection()
    with database.atomic():
        first = int(conn.execute("SELECT max(id) + 1 FROM contact").fetchone()[0])
        names = ["Hub Harper"] + [f"Hub Referral {i:04d}" for i in range(HUB_CHILDREN)]
        names += [f"Chain Link {i:04d}" for i in range(CHAIN)]
        bulk_insert(
            conn,
            "contact",
            ["uid", "display_name", "sort_name", "date_added", "status"],
            [(str(uuid.uuid4()), name, fold(name), "2026-11-01", "to_contact") for name in names],
        )
        hub, chain0 = first, first + 1 + HUB_CHILDREN
        referrals = [(hub + 1 + i, hub) for i in range(HUB_CHILDREN)]
        referrals += [(chain0 + i, chain0 + i - 1) for i in range(1, CHAIN)]
        bulk_insert(conn, "referral", ["referred_id", "referrer_id"], referrals)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_db()
    partial.rename(path)
    print(f"generated {contacts:,} contacts in {time.perf_counter() - started:.1f} s")
    return path


def median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()

    source = bench_database(options.contacts)
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem

    from netdesk.core import tree
    from netdesk.models import database, init_db
    from netdesk.ui.shell.tasks import wait_for_tasks
    from netdesk.ui.tree.panel import ReferralTreePanel

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite"
        db.write_bytes(source.read_bytes())
        init_db(db)
        conn = database.connection()
        total = int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
        hub = int(
            conn.execute("SELECT id FROM contact WHERE display_name = 'Hub Harper'").fetchone()[0]
        )
        bottom = int(
            conn.execute(
                "SELECT id FROM contact WHERE display_name = ?", (f"Chain Link {CHAIN - 1:04d}",)
            ).fetchone()[0]
        )
        deepest = len(tree.ancestors(bottom))
        print(f"{total:,} contacts; chain {deepest:,} deep; hub with {tree.direct_count(hub):,}")

        # The lazy tree ------------------------------------------------------------------------
        show_ms: list[float] = []
        expand_ms: list[float] = []
        select_ms: list[float] = []
        cpu: dict[str, list[float]] = {"show": [], "expand": [], "select_deep": []}
        for _ in range(options.repeat):
            started, cpu_started = time.perf_counter(), time.thread_time()
            panel = ReferralTreePanel()
            panel.resize(460, 800)
            panel.show()
            panel.view.viewport().repaint()
            show_ms.append((time.perf_counter() - started) * 1000)
            cpu["show"].append((time.thread_time() - cpu_started) * 1000)

            wait_for_tasks()  # the network numbers, counted on a worker after showing
            started, cpu_started = time.perf_counter(), time.thread_time()
            assert panel.reveal(bottom)
            panel.view.viewport().repaint()
            select_ms.append((time.perf_counter() - started) * 1000)
            cpu["select_deep"].append((time.thread_time() - cpu_started) * 1000)
            assert panel.current_contact_id() == bottom

            panel.reveal(hub)  # loads the roots down to the hub, selects it, leaves it closed
            index = panel.model.index_of(hub)
            panel.view.viewport().repaint()
            assert panel.model.rowCount(index) == 0
            rect = panel.view.visualRect(index)
            branch = QPoint(rect.left() - panel.view.indentation() // 2, rect.center().y())
            started, cpu_started = time.perf_counter(), time.thread_time()
            QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=branch)
            panel.view.viewport().repaint()
            expand_ms.append((time.perf_counter() - started) * 1000)
            cpu["expand"].append((time.thread_time() - cpu_started) * 1000)
            assert panel.model.rowCount(index) == HUB_CHILDREN
            assert panel.view.isExpanded(index)
            wait_for_tasks()
            panel.close()
            panel.deleteLater()
            app.processEvents()
        print(
            f"lazy tree: show {median(show_ms)} ms, expand {median(expand_ms)} ms, "
            f"select deep {median(select_ms)} ms (medians of {options.repeat})"
        )

        # Baseline: a QTreeWidget filled eagerly ------------------------------------------------
        started = time.perf_counter()
        rows: list[_Row] = conn.execute(
            "SELECT c.id, c.display_name, coalesce(co.name, ''), c.status, r.referrer_id, "
            "(SELECT count(*) FROM referral k WHERE k.referrer_id = c.id) "
            "FROM contact c LEFT JOIN company co ON co.id = c.company_id "
            "LEFT JOIN referral r ON r.referred_id = c.id ORDER BY c.sort_name, c.id"
        ).fetchall()
        kids: dict[int | None, list[_Row]] = {}
        for row in rows:
            kids.setdefault(row[4], []).append(row)
        order: list[_Row] = []  # parents before children, iteratively
        stack = list(reversed(kids.get(None, [])))
        while stack:
            row = stack.pop()
            order.append(row)
            stack.extend(reversed(kids.get(row[0], [])))
        below: dict[int, int] = {}
        for row in reversed(order):
            cid = int(row[0])
            parent = row[4]
            below.setdefault(cid, 0)
            if parent is not None:
                below[int(parent)] = below.get(int(parent), 0) + below[cid] + 1
        widget = QTreeWidget()
        widget.setColumnCount(4)
        widget.setHeaderLabels(["Name", "Organization", "Referred", "All below"])
        widget.setUniformRowHeights(True)
        widget.resize(460, 800)
        items: dict[int, QTreeWidgetItem] = {}
        top: list[QTreeWidgetItem] = []
        for row in order:
            cid = int(row[0])
            item = QTreeWidgetItem([str(row[1]), str(row[2]), f"{row[5]:,}", f"{below[cid]:,}"])
            items[cid] = item
            if row[4] is None:
                top.append(item)
            else:
                items[int(row[4])].addChild(item)
        widget.addTopLevelItems(top)
        widget.show()
        widget.viewport().repaint()
        base_show = (time.perf_counter() - started) * 1000

        started = time.perf_counter()
        items[hub].setExpanded(True)
        widget.viewport().repaint()
        base_expand = (time.perf_counter() - started) * 1000
        items[hub].setExpanded(False)

        started = time.perf_counter()
        ancestor = items[bottom].parent()
        path_items = []
        while ancestor is not None:
            path_items.append(ancestor)
            ancestor = ancestor.parent()
        for item in reversed(path_items):
            item.setExpanded(True)
        widget.setCurrentItem(items[bottom])
        widget.scrollToItem(items[bottom])
        widget.viewport().repaint()
        base_select = (time.perf_counter() - started) * 1000
        print(
            f"QTreeWidget baseline: show {base_show:.0f} ms, expand {base_expand:.1f} ms, "
            f"select deep {base_select:.0f} ms"
        )
        widget.close()

    show, expand, select = median(show_ms), median(expand_ms), median(select_ms)
    result = {
        "bench": "tree",
        "contacts": total,
        "chain_depth": deepest,
        "hub_children": HUB_CHILDREN,
        "cpus": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "show_ms": show,
        "expand_1000_ms": expand,
        "select_deep_ms": select,
        "gui_cpu_ms": {k: median(v) for k, v in cpu.items()},
        "show_ms_max": round(max(show_ms), 1),
        "expand_1000_ms_max": round(max(expand_ms), 1),
        "select_deep_ms_max": round(max(select_ms), 1),
        "baseline_show_ms": round(base_show, 1),
        "baseline_expand_1000_ms": round(base_expand, 1),
        "baseline_select_deep_ms": round(base_select, 1),
        "speedup_show": round(base_show / show, 1),
        "speedup_expand": round(base_expand / expand, 2),
        "speedup_select_deep": round(base_select / select, 1),
        "targets_met": {
            "show_le_200ms": show <= TARGETS_MS["show"],
            "expand_le_50ms": expand <= TARGETS_MS["expand"],
            "select_deep_le_300ms": select <= TARGETS_MS["select_deep"],
        },
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
