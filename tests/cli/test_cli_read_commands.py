"""Reading commands never create a database, a bad ``--db`` gets one clear line, and Ctrl+C
while NetDesk is still loading says "interrupted" instead of printing a traceback. Each command
runs as its own process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.file_conditions import ROOT, cli


@pytest.mark.parametrize(
    "command", [["list"], ["list", "--json"], ["export", "-o", "OUT"], ["duplicates"]]
)
def test_a_reading_command_on_a_mistyped_path_creates_nothing(
    tmp_path: Path, command: list[str]
) -> None:
    args = [str(tmp_path / "out.vcf") if a == "OUT" else a for a in command]
    for db in (tmp_path / "campaing.sqlite", tmp_path / "no" / "such" / "campaign.sqlite"):
        code, out, err = cli("--db", str(db), *args)
        assert code == 2, out + err
        assert str(db) in err and "does not exist" in err and "Traceback" not in err
        assert not db.exists() and not (tmp_path / "no").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_an_empty_or_folder_db_option_gets_one_clear_line(tmp_path: Path) -> None:
    code, _out, err = cli("--db", "", "list")
    assert code == 2 and err.count("\n") == 1 and "--db needs the name" in err, err
    code, _out, err = cli("--db", str(tmp_path), "list")
    assert code == 2 and "is a folder" in err and "Traceback" not in err, err


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or os.name != "posix", reason="POSIX signals")
def test_ctrl_c_while_loading_says_interrupted_without_a_traceback(tmp_path: Path) -> None:
    db = tmp_path / "net.sqlite"
    code, _out, err = cli("--db", str(db), "demo", "--contacts", "5")
    assert code == 0, err
    for delay in (0.05, 0.15, 0.3):
        proc = subprocess.Popen(
            [sys.executable, "-c", "from netdesk.__main__ import main; raise SystemExit(main())",
             "--db", str(db), "backup", "--list"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
        assert "Traceback" not in err, f"after {delay} s: {err}"
        assert proc.returncode in (0, 2, -signal.SIGINT), (delay, proc.returncode, err)


def test_an_export_that_cannot_be_written_names_the_target_not_a_temporary_file(
    tmp_path: Path,
) -> None:
    db = tmp_path / "net.sqlite"
    code, _out, err = cli("--db", str(db), "demo", "--contacts", "3")
    assert code == 0, err
    (tmp_path / "folder.vcf").mkdir()
    cases = [
        (["export", "-o", str(tmp_path / "no" / "x.vcf")], "the folder", "no" + os.sep + "x.vcf"),
        (["calendar", str(tmp_path / "no" / "x.ics")], "the folder", "no" + os.sep + "x.ics"),
        (["export", "-o", str(tmp_path / "folder.vcf")], "is a folder", "folder.vcf"),
    ]
    for args, why, target in cases:
        code, out, err = cli("--db", str(db), *args)
        assert code == 2, out + err
        assert why in err and str(tmp_path / target) in err, err
        assert ".partial" not in err and ".part'" not in err and "Errno" not in err, err
