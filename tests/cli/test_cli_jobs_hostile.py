"""The job commands fed what a careless script or an attacker passes: pages that are pipes or
contradict themselves, postings without an employer, ids past SQLite's integers, control
characters and terminal escapes in every argument. Each command is a process of its own."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.helpers.file_conditions import cli


def _page(path: Path, **fields: object) -> str:
    posting = {"@type": "JobPosting", **fields}
    path.write_text(
        f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script>',
        "utf-8",
    )
    return str(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_among_the_pages_is_named_and_the_others_are_imported(tmp_path: Path) -> None:
    db = str(tmp_path / "jobs.sqlite")
    fifo = tmp_path / "stuck.html"
    os.mkfifo(fifo)
    good = _page(tmp_path / "good.html", title="Analyst", hiringOrganization="Globex")
    code, out, err = cli("--db", db, "postings", "import", str(fifo), good, "--json", timeout=60)
    assert code == 2 and "Traceback" not in err
    assert err == "netdesk postings: stuck.html is a pipe or a device, not a saved web page.\n"
    assert [r["title"] for r in json.loads(out)] == ["Analyst"]


def test_a_page_whose_deadline_is_before_its_date_is_imported_without_it(tmp_path: Path) -> None:
    """It used to fail the whole batch with "The deadline is before the day it was posted."
    naming no file, and import nothing from the good pages."""
    db = str(tmp_path / "jobs.sqlite")
    odd = _page(
        tmp_path / "odd.html", title="Analyst", hiringOrganization="Globex",
        datePosted="2026-05-10", validThrough="2026-01-01",
    )  # fmt: skip
    good = _page(tmp_path / "good.html", title="Engineer", hiringOrganization="Initech")
    code, out, err = cli("--db", db, "postings", "import", odd, good, "--json")
    assert code == 0, err
    assert [(r["title"], r["date_posted"], r["valid_through"]) for r in json.loads(out)] == [
        ("Analyst", "2026-05-10", None),
        ("Engineer", None, None),
    ]
    assert err.startswith("netdesk postings: odd.html:1: validThrough 2026-01-01 is before")


def test_a_page_of_which_nothing_could_be_imported_exits_2_naming_it(tmp_path: Path) -> None:
    db = str(tmp_path / "jobs.sqlite")
    orphan = _page(tmp_path / "orphan.html", title="Job without an employer")
    good = _page(tmp_path / "good.html", title="Engineer", hiringOrganization="Initech")
    code, out, err = cli("--db", db, "postings", "import", orphan, good)
    assert code == 2 and "Recorded 1 new posting." in out
    assert "orphan.html:1: the posting “Job without an employer” names no employer" in err
    assert "nothing was imported from orphan.html" in err


def test_an_id_past_sqlite_s_integers_is_refused_in_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "jobs.sqlite")
    code, _out, err = cli("--db", db, "postings", "move", "9" * 23, "applied")
    assert code == 2 and "Traceback" not in err
    assert f"'{'9' * 23}' is not a posting id" in err


def test_control_characters_and_escapes_in_arguments_are_not_stored(tmp_path: Path) -> None:
    db = tmp_path / "jobs.sqlite"
    code, out, err = cli(
        "--db", str(db), "postings", "add", "--company", "Glo\x1b[31mbex\x07",
        "--title", "Ti\x1b]0;pwned\x07tle\x0b", "--location", "Ber\x7flin",
        "--notes", "first\x1b[2J\nsecond", "--url", "https://globex.example/\x01jobs",
    )  # fmt: skip
    assert code == 0, err
    conn = sqlite3.connect(db)
    try:
        row = conn.execute(
            "SELECT p.title, c.name, p.location, p.notes, p.url FROM job_posting p"
            " JOIN company c ON c.id = p.company_id WHERE p.id = ?",
            (int(out),),
        ).fetchone()
    finally:
        conn.close()
    assert row == ("Title", "Globex", "Berlin", "first\nsecond", "https://globex.example/jobs")
