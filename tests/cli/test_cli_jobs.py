"""The job commands as a script uses them, each a process of its own: ``postings add``,
``import``, ``list``, ``move`` and ``who-knows``, their JSON, and exit status 2 with one clear
line for bad input."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

from tests.helpers.file_conditions import cli

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "jobpages"


def _ok(*args: str) -> str:
    code, out, err = cli(*args)
    assert code == 0, err
    assert "Traceback" not in err
    return out


def _refused(*args: str) -> str:
    code, out, err = cli(*args)
    assert code == 2, out + err
    assert "Traceback" not in err
    return err


def test_postings_add_move_and_list_as_a_script_reads_them(tmp_path: Path) -> None:
    db = str(tmp_path / "jobs.sqlite")
    first = int(_ok("--db", db, "postings", "add", "--company", "Globex", "--title", "Analyst"))
    second = _ok(
        "--db", db, "postings", "add", "--company", "GLOBEX", "--title", "Data Engineer",
        "--url", "https://globex.example/7", "--stage", "researching", "--deadline", "2026-12-24",
    )  # fmt: skip
    assert second.strip() == str(first + 1)  # the output is the id alone
    assert "to applied" in _ok("--db", db, "postings", "move", str(first), "applied")
    assert "already" in _ok("--db", db, "postings", "move", str(first), "APPLIED")
    records = json.loads(_ok("--db", db, "postings", "list", "--json"))
    today = date.today().isoformat()
    assert [r["id"] for r in records] == [first, first + 1]
    for record in records:
        assert {"id", "title", "company", "stage", "url", "location", "date_posted",
                "valid_through", "history", "people"} == set(record)  # fmt: skip
    assert records[0]["company"] == records[1]["company"] == "Globex"
    assert records[0]["stage"] == "applied"
    assert records[0]["history"] == [
        {"stage": "seen", "on": today},
        {"stage": "applied", "on": today},
    ]
    assert records[1]["stage"] == "researching" and records[1]["people"] == []
    assert records[1]["url"] == "https://globex.example/7"
    conn = sqlite3.connect(db)
    try:
        deadline = conn.execute("SELECT deadline FROM job_posting WHERE id = ?", (first + 1,))
        assert deadline.fetchone() == ("2026-12-24",)
    finally:
        conn.close()
    text = _ok("--db", db, "postings", "list")
    assert "Data Engineer - Globex" in text and "2 postings" in text


def test_bad_input_exits_2_with_one_clear_line_and_changes_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "jobs.sqlite")
    _ok("--db", db, "postings", "add", "--company", "Globex", "--title", "Analyst")
    err = _refused("--db", db, "postings", "move", "1", "hired")
    assert "“hired” is not a stage" in err and "no_answer" in err
    err = _refused("--db", db, "postings", "move", "42", "applied")
    assert err == "netdesk postings: There is no posting with id 42.\n"
    assert "is not a posting id" in _refused("--db", db, "postings", "move", "x", "applied")
    err = _refused("--db", db, "postings", "add", "--company", "Globex", "--title", "A",
                   "--stage", "maybe")  # fmt: skip
    assert "not a stage" in err
    err = _refused("--db", db, "postings", "add", "--company", "  ", "--title", "A")
    assert err == "netdesk postings: A posting needs a company name.\n"
    err = _refused("--db", db, "postings", "add", "--company", "G", "--title", "A",
                   "--deadline", "24.12.2026")  # fmt: skip
    assert "not a date such as" in err
    err = _refused("--db", db, "who-knows", "Initech")
    assert err == "netdesk who-knows: no company called 'Initech', by name or alias\n"
    records = json.loads(_ok("--db", db, "postings", "list", "--json"))
    assert [(r["id"], r["stage"], len(r["history"])) for r in records] == [(1, "seen", 1)]


def test_postings_import_reads_saved_pages_and_names_those_without_posting_data(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "jobs.sqlite")
    pages = [str(PAGES / n) for n in ("greenhouse.html", "stepstone-windows-1252.html")]
    imported = json.loads(_ok("--db", db, "postings", "import", *pages, "--json"))
    assert [set(r) for r in imported] == [
        {"id", "title", "company", "location", "date_posted", "valid_through", "url"}
    ] * 2
    assert imported[0]["company"] == "Initech" and imported[0]["date_posted"] == "2026-03-02"
    assert imported[0]["url"] == "https://boards.greenhouse.io/initech/jobs/4412873004"
    again = json.loads(_ok("--db", db, "postings", "import", pages[0], "--json"))
    assert [r["id"] for r in again] == [imported[0]["id"]]  # recorded once
    empty = tmp_path / "saved page.html"
    shutil.copyfile(PAGES / "no-posting.html", empty)
    code, out, err = cli("--db", db, "postings", "import", str(empty), "--json")
    assert code == 2 and json.loads(out) == []
    assert "saved page.html holds no posting data" in err and "nothing was imported" in err
    code, out, err = cli("--db", db, "postings", "import", str(empty), pages[0])
    assert code == 2 and "recorded already" in out and "no posting data" in err
    missing = str(tmp_path / "gone.html")
    assert "does not exist" in _refused("--db", db, "postings", "import", missing)
    assert len(json.loads(_ok("--db", db, "postings", "list", "--json"))) == 2


def test_who_knows_on_the_demo_network_gives_rings_paths_and_opening_lines(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "demo.sqlite")
    _ok("--db", db, "demo", "--contacts", "400")
    postings = json.loads(_ok("--db", db, "postings", "list", "--json"))
    assert len({p["stage"] for p in postings}) >= 4  # postings at several stages
    assert any(p["people"] for p in postings) and any(len(p["history"]) > 1 for p in postings)
    best: list[dict[str, object]] = []
    for company in sorted({p["company"] for p in postings}):
        found = json.loads(_ok("--db", db, "who-knows", company, "--json"))
        if len({r["ring"] for r in found}) > len({r["ring"] for r in best}):
            best = found
    assert {r["ring"] for r in best} == {1, 2, 3}
    for row in best:
        assert set(row) == {"contact_id", "display_name", "ring", "lead", "path", "opening_line"}
        assert row["path"] and row["opening_line"]
        assert row["path"][-1] == row["display_name"]  # type: ignore[index]
    rings = [r["ring"] for r in best]
    assert rings == sorted(rings)
    for ring in (1, 2, 3):
        leads = [r["lead"] for r in best if r["ring"] == ring]
        assert leads == sorted(leads, key=lambda lead: lead != "warm")  # warm first
    text = _ok("--db", db, "who-knows", str(postings[0]["company"]).upper())
    assert "you know at" in text


def test_postings_import_keeps_the_pages_with_postings_and_names_the_others(
    tmp_path: Path,
) -> None:
    """A batch with a page without posting data imports the others, names that page on stderr
    and exits 2; a batch where every page has postings exits 0."""
    db = str(tmp_path / "jobs.sqlite")
    empty = tmp_path / "careers.html"
    shutil.copyfile(PAGES / "no-posting.html", empty)
    good = [str(PAGES / n) for n in ("greenhouse.html", "lever.html")]
    code, out, err = cli("--db", db, "postings", "import", good[0], str(empty), good[1], "--json")
    assert code == 2
    imported = json.loads(out)
    assert len(imported) >= 2 and {r["company"] for r in imported} >= {"Initech"}
    assert err.count("holds no posting data") == 1 and "careers.html" in err
    assert len(json.loads(_ok("--db", db, "postings", "list", "--json"))) == len(imported)
    code, out, err = cli("--db", db, "postings", "import", *good)
    assert code == 0 and err == "" and "Recorded 0 new postings." in out
