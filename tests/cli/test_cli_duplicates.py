"""`netdesk duplicates`: the groups as JSON or text, and `duplicates merge`."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from netdesk.cli import run_cli
from netdesk.core.contacts import create_contact
from netdesk.models import close_db, init_db
from netdesk.models.records import ContactData, Email, Phone


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out, err)
    close_db()
    return code, out.getvalue(), err.getvalue()


def _fill(path: Path) -> dict[str, int]:
    init_db(path)
    ids = {
        "sara": create_contact(
            ContactData(display_name="Sara Smith", emails=[Email("sara@globex.example")])
        ),
        "sara2": create_contact(
            ContactData(
                display_name="S. Smith\x1b[31m",
                emails=[Email("Sara@Globex.example")],
                phones=[Phone("+1 415 555 0134")],
            )
        ),
        "sara3": create_contact(
            ContactData(display_name="Sara at home", phones=[Phone("+1 (415) 555-0134")])
        ),
        "lee": create_contact(ContactData(display_name="Kim Lee", organization="Initech")),
        "lee2": create_contact(ContactData(display_name="Lee Kim", organization="Initech")),
        "alone": create_contact(ContactData(display_name="Nobody Else")),
    }
    close_db()
    return ids


def test_duplicates_json_lists_the_groups_with_their_reasons(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    ids = _fill(db)
    code, out, err = cli("--db", str(db), "duplicates", "--json")
    assert code == 0, err
    assert json.loads(out) == [
        {
            "contact_ids": [ids["lee"], ids["lee2"]],
            "display_names": ["Kim Lee", "Lee Kim"],
            "reasons": ["name"],
        },
        {
            "contact_ids": [ids["sara"], ids["sara2"], ids["sara3"]],
            "display_names": ["Sara Smith", "S. Smith\x1b[31m", "Sara at home"],
            "reasons": ["email", "phone"],
        },
    ]


def test_duplicates_as_text_and_merge(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    ids = _fill(db)
    code, out, _ = cli("--db", str(db), "duplicates")
    assert code == 0
    assert "Sara Smith, S. Smith\ufffd[31m, Sara at home  (same e-mail, same phone)" in out
    assert "\x1b" not in out  # a name cannot drive the terminal
    assert "2 groups of possible duplicates (5 contacts)." in out
    code, out, _ = cli(
        "--db", str(db), "duplicates", "merge", str(ids["sara"]), str(ids["sara2"]), "--json"
    )
    assert code == 0
    assert json.loads(out) == {"kept": ids["sara2"], "removed": [ids["sara"]]}
    code, out, _ = cli("--db", str(db), "duplicates", "--json")
    groups = json.loads(out)
    assert [ids["sara2"], ids["sara3"]] in [g["contact_ids"] for g in groups]
    code, _, err = cli("--db", str(db), "duplicates", "merge", str(ids["sara"]), "999")
    assert code == 2 and "nothing to merge" in err and "Traceback" not in err
    code, _, err = cli("--db", str(db), "duplicates", "merge", str(ids["lee"]))
    assert code == 2 and "at least two" in err


def test_duplicates_json_in_a_real_process(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    ids = _fill(db)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "netdesk", "--db", str(db), "duplicates", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    groups = json.loads(result.stdout)
    assert [g["contact_ids"] for g in groups] == [
        [ids["lee"], ids["lee2"]],
        [ids["sara"], ids["sara2"], ids["sara3"]],
    ]
    assert result.stderr == ""
