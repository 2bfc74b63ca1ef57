"""The board while another process writes: ``netdesk postings add`` in a loop and a
``postings move`` from the command line, each a real process of its own. The window keeps
answering and shows what they wrote without being told."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from netdesk.models.enums import PostingStage
from netdesk.ui.shell.main_window import MainWindow
from tests.ui.postings.conftest import open_page
from tests.ui.postings.test_board import titles

ROOT = Path(__file__).resolve().parents[3]
ADDS = 6
LOOP = """
import subprocess, sys
for n in range({adds}):
    subprocess.run(
        [sys.executable, "-m", "netdesk", "--db", sys.argv[1], "postings", "add",
         "--company", "Hooli", "--title", f"Loop job {{n}}"],
        check=True, capture_output=True,
    )
"""


def test_postings_added_and_moved_by_other_processes_show_on_the_open_board(
    qtbot: QtBot, main_window: MainWindow, db: Path, postings: dict[str, int]
) -> None:
    page = open_page(qtbot, main_window)
    seen = page.board.list_of(PostingStage.SEEN)
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    loop = subprocess.Popen(
        [sys.executable, "-c", LOOP.format(adds=ADDS), str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: loop.poll() is not None, timeout=120_000)
        _out, err = loop.communicate()
        assert loop.returncode == 0, err
        expected = {"Engineer", *(f"Loop job {n}" for n in range(ADDS))}
        qtbot.waitUntil(lambda: set(titles(seen)) == expected, timeout=5000)
    finally:
        timer.stop()
        if loop.poll() is None:
            loop.kill()
        loop.communicate()
    assert max(gaps) < 0.5, f"the window stopped answering for {max(gaps):.2f} s"
    assert page.count.text() == f"{4 + ADDS} postings"

    moved = subprocess.run(
        [sys.executable, "-m", "netdesk", "--db", str(db), "postings", "move",
         str(postings["engineer"]), "interviewing"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    qtbot.waitUntil(
        lambda: titles(page.board.list_of(PostingStage.INTERVIEWING)) == ["Engineer"],
        timeout=5000,
    )
    assert "Engineer" not in titles(seen)
