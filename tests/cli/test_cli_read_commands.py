"""Reading commands never create a database, a bad ``--db`` gets one clear line, and Ctrl+C
while NetDesk is still loading says "interrupted" instead of printing a traceback. Each command
runs as its own process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers.file_conditions import ROOT, cli


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["list", "--json"],
        ["export", "-o", "OUT"],
        ["duplicates"],
        ["postings", "list", "--json"],
        ["who-knows", "Globex"],
    ],
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


INTERRUPTED_WHILE_LOADING = textwrap.dedent(
    """
    import os, signal, sys
    from netdesk.__main__ import main

    class CtrlC:  # the user presses Ctrl+C while NetDesk's modules load
        def find_spec(self, name, path=None, target=None):
            if name == "peewee":
                sys.meta_path.remove(self)
                os.kill(os.getpid(), signal.SIGINT)
            return None

    sys.meta_path.insert(0, CtrlC())
    raise SystemExit(main(sys.argv[1:]))
    """
)


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_ctrl_c_while_loading_says_interrupted_without_a_traceback(tmp_path: Path) -> None:
    db = tmp_path / "net.sqlite"
    proc = subprocess.run(
        [sys.executable, "-c", INTERRUPTED_WHILE_LOADING, "--db", str(db), "list"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert (proc.returncode, proc.stderr) == (2, "netdesk: interrupted\n")
    assert not db.exists()


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
