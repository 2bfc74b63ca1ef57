"""The command line: demo, list --json, and errors without tracebacks."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from netdesk.cli import run_cli
from netdesk.models import close_db


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out, err)
    close_db()
    return code, out.getvalue(), err.getvalue()


def test_demo_then_list_json_shows_multi_level_chains(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite")
    code, out, _ = cli("--db", db, "demo")
    assert code == 0 and "contacts" in out
    code, out, _ = cli("--db", db, "list", "--json")
    assert code == 0
    records = json.loads(out)
    assert 50 <= len(records) <= 70
    keys = {
        "id", "display_name", "given_name", "family_name", "organization", "title", "emails",
        "phones", "referred_by", "relationship", "lead", "status", "next_follow_up", "tags",
        "nickname", "department", "birthday",
    }  # fmt: skip
    assert all(set(r) == keys for r in records)
    assert all(isinstance(r["emails"], list) and isinstance(r["phones"], list) for r in records)
    assert {r["lead"] for r in records} == {"warm", "cold"}
    assert any(r["tags"] for r in records)
    assert all(isinstance(tag, str) for r in records for tag in r["tags"])
    by_id = {r["id"]: r for r in records}

    def depth(r: dict[str, object]) -> int:
        d = 0
        while r["referred_by"] is not None:
            r = by_id[r["referred_by"]]  # type: ignore[index]
            d += 1
        return d

    assert max(depth(r) for r in records) >= 3
    assert any(r["referred_by"] is None for r in records)
    assert any(not r["display_name"].isascii() for r in records)


def test_list_search(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite")
    cli("--db", db, "demo", "--contacts", "300")
    code, out, _ = cli("--db", db, "list", "--search", "mü", "--json")
    names = [r["display_name"] for r in json.loads(out)]
    assert code == 0 and any("Müller" in n for n in names)
    _, everyone, _ = cli("--db", db, "list", "--json")
    assert len(names) < len(json.loads(everyone))


def test_errors_go_to_stderr_with_status_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database at all" * 100)
    code, out, err = cli("--db", str(bad), "list")
    assert code == 2 and out == ""
    assert "not a NetDesk database" in err and "Traceback" not in err
    code, _, err = cli("--db", str(tmp_path / "x.sqlite"), "demo", "--contacts", "0")
    assert code == 2 and "at least 1" in err
    # A billion would run for days and fill the disk: refused at once.
    huge = tmp_path / "huge.sqlite"
    code, _, err = cli("--db", str(huge), "demo", "--contacts", str(10**9))
    assert code == 2 and "at most 1,000,000" in err and "Traceback" not in err


def test_python_dash_m_entry_point(tmp_path: Path) -> None:
    db = str(tmp_path / "m.sqlite")
    result = subprocess.run(
        [sys.executable, "-m", "netdesk", "--db", db, "demo", "--contacts", "10"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "netdesk", "--db", db, "list", "--nonsense"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_demo_refuses_a_database_with_contacts_of_ones_own(tmp_path: Path) -> None:
    """The demo's made-up people never mix with real ones unless asked (--force); a demo file
    takes another demo network."""
    import sqlite3

    from netdesk.core.contacts import create_contact
    from netdesk.models import init_db
    from netdesk.models.records import ContactData

    own = tmp_path / "netdesk.sqlite"
    init_db(own)
    create_contact(ContactData(display_name="My Own Friend"))
    close_db()

    def names() -> list[str]:
        conn = sqlite3.connect(own)
        try:
            return [r[0] for r in conn.execute("SELECT display_name FROM contact")]
        finally:
            conn.close()

    code, out, err = cli("--db", str(own), "demo", "--contacts", "5")
    assert code == 2 and out == ""
    assert "holds contacts of your own" in err and "--force" in err and "--db FILE" in err
    assert "Traceback" not in err
    assert names() == ["My Own Friend"]

    code, _out, err = cli("--db", str(own), "demo", "--contacts", "5", "--force")
    assert code == 0, err
    assert len(names()) == 6

    demo = tmp_path / "demo.sqlite"
    assert cli("--db", str(demo), "demo", "--contacts", "5")[0] == 0
    code, _out, err = cli("--db", str(demo), "demo", "--contacts", "5")  # only demo people
    assert code == 0, err
