"""``netdesk ARGS``: a command, the app with files to import, or a clear refusal."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import TextIO

import pytest

from netdesk import __main__ as entry
from netdesk import cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The argument lists the app was started with (the window itself is not opened)."""
    calls: list[list[str]] = []

    def run_app(args: list[str]) -> int:
        calls.append(list(args))
        return 0

    monkeypatch.setattr("netdesk.ui.shell.app.run_app", run_app)
    return calls


def _run(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """``netdesk ARGS`` as a script would call it; a window would never return."""
    try:
        return subprocess.run(
            [sys.executable, "-m", "netdesk", *args],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
    except subprocess.TimeoutExpired:
        raise AssertionError(
            f"netdesk {' '.join(args)} never returned (a window opened?)"
        ) from None


def _private_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"))
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CACHE_HOME"] = str(home / "cache")
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_an_unknown_command_is_refused_instead_of_opening_the_window(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    done = _run("--db", str(db), "rhythms", "list", env=_private_env(tmp_path), cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    known = ", ".join(sorted(cli.command_names()))
    assert done.stderr == f"netdesk: unknown command 'rhythms' (known: {known})\n"
    assert done.stdout == "" and not db.exists()


def test_commands_added_later_are_known_and_run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    opened: list[list[str]],
    tmp_path: Path,
) -> None:
    def run(_args: argparse.Namespace, out: TextIO) -> int:
        out.write("every two weeks\n")
        return 0

    later = cli.Command("rhythms", "a later command", lambda _parser: None, run, needs_db=False)
    monkeypatch.setattr(cli, "COMMANDS", [*cli.COMMANDS, later])
    assert entry.main(["--db", str(tmp_path / "x.sqlite"), "rhythms"]) == 0
    assert capsys.readouterr().out == "every two weeks\n"
    assert entry.main(["--db", str(tmp_path / "x.sqlite"), "rhythm"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("netdesk: unknown command 'rhythm' (known: ")
    assert "rhythms" in err and "who-knows" in err and "import" in err
    assert opened == []


def test_a_file_that_is_not_there_is_named(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    opened: list[list[str]],
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert entry.main(["foo.vcf"]) == 2
    assert capsys.readouterr().err == "netdesk: no such file: foo.vcf\n"
    (tmp_path / "friends.vcf").write_text("BEGIN:VCARD\nFN:Ann\nEND:VCARD\n")
    missing = str(tmp_path / "gone" / "Connections")
    assert entry.main(["--db", "x.sqlite", "friends.vcf", missing]) == 2
    assert capsys.readouterr().err == f"netdesk: no such file: {missing}\n"
    assert opened == [] and not (tmp_path / "x.sqlite").exists()


def test_files_and_folders_that_exist_open_the_app_with_them(
    monkeypatch: pytest.MonkeyPatch, opened: list[list[str]], tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "friends.vcf").write_text("BEGIN:VCARD\nFN:Ann\nEND:VCARD\n")
    (tmp_path / "Connections.csv").write_text("First Name,Last Name\nAnn,Lee\n")
    (tmp_path / "phone").mkdir()
    (tmp_path / "offers").mkdir()  # a folder whose name is a word, not a file name
    launches = [
        ["friends.vcf"],
        ["--db", "x.sqlite", "Connections.csv", str(tmp_path / "phone")],
        ["offers"],
        ["--db", "x.sqlite"],
        [],
    ]
    for args in launches:
        assert entry.main(args) == 0
    assert opened == launches


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")
def test_without_a_display_the_app_says_so_instead_of_aborting(tmp_path: Path) -> None:
    env = _private_env(tmp_path)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    db = tmp_path / "x.sqlite"
    done = _run("--db", str(db), env=env, cwd=tmp_path)
    assert (done.returncode, done.stderr) == (
        2,
        "NetDesk needs a graphical desktop: no DISPLAY or WAYLAND_DISPLAY is set. The command "
        "line works without one: netdesk-cli --help\n",
    )
    assert not db.exists()
    done = _run("--db", str(db), "demo", "--contacts", "3", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr  # the command line still works
    done = _run("--db", str(db), "list", env=env, cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.endswith("\n3 contacts\n"), done.stderr


def test_a_chosen_qt_platform_or_a_display_needs_no_check(monkeypatch: pytest.MonkeyPatch) -> None:
    from netdesk.ui.shell.app import no_display

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    if sys.platform.startswith("linux"):
        assert no_display() is not None
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert no_display() is None
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert no_display() is None
