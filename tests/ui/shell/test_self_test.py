"""``netdesk --self-test``: every check passes on a working install and a broken one fails."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[3]


def test_self_test_passes_and_leaves_no_trace(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), TMPDIR=str(tmp_path), QT_QPA_PLATFORM="xcb")  # it forces offscreen
    done = subprocess.run(
        [sys.executable, "-m", "netdesk", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    checks = [line for line in lines if line.startswith("ok   ")]
    assert len(checks) == 8 and not any(line.startswith("FAIL") for line in lines)
    assert "Qt platform offscreen" in done.stdout
    assert "main window shown and painted" in done.stdout
    assert (
        "import of the built-in sample vCard (import preview, then 3 contacts and 1 referral"
        in done.stdout
    )
    assert "weekly sheet rendered to PDF" in done.stdout
    assert lines[-1].startswith("self-test passed: 8 checks")
    assert done.stderr == ""
    assert list(home.rglob("*")) == []  # no settings, no database in the user's folders
    assert list(tmp_path.glob("netdesk-self-test-*")) == []


def test_a_failing_check_says_what_and_exits_1(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from netdesk.models import database
    from netdesk.ui.shell import self_test

    monkeypatch.setattr(self_test, "SAMPLE_VCARD", "resources/samples/missing.vcf")
    out = io.StringIO()
    assert self_test.run_self_test(out) == 1
    text = out.getvalue()
    assert "ok   main window shown and painted" in text
    assert "FAIL import of the built-in sample vCard" in text
    assert "weekly sheet" not in text and text.rstrip().endswith("self-test FAILED")
    assert database.obj is None or database.obj.is_closed()
    assert [w for w in qapp.topLevelWidgets() if w.isVisible()] == []
    assert "SelfTestError" in capsys.readouterr().err
