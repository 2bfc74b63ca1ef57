"""``netdesk import`` and ``netdesk export`` on the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

from conftest import shared_path

from netdesk.cli import run_cli
from netdesk.models import close_db


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out, err)
    close_db()
    return code, out.getvalue(), err.getvalue()


def test_import_json_summary_then_merge_on_second_run(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite")
    bad = tmp_path / "bad.vcf"
    bad.write_bytes(b"BEGIN:VCARD\nFN:Good\nEND:VCARD\nBEGIN:VCARD\nX-JUNK:1\nEND:VCARD\n")
    code, out, _ = cli("--db", db, "import", str(shared_path("samples")), str(bad), "--json")
    assert code == 0
    summary = json.loads(out)
    assert (summary["imported"], summary["merged"]) == (9, 2)
    assert summary["skipped"] == [
        {
            "file": str(bad),
            "line": 4,
            "reason": "card without a name, organization, e-mail or phone: skipped",
        }
    ]
    code, out, _ = cli("--db", db, "import", str(shared_path("samples")), "--json")
    assert code == 0 and json.loads(out)["merged"] == 10 and json.loads(out)["imported"] == 0


def test_import_unreadable_file_exits_2_naming_it(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite")
    code, out, err = cli("--db", db, "import", str(tmp_path / "nowhere.vcf"), "--json")
    assert code == 2 and out == ""
    assert "nowhere.vcf" in err and "Traceback" not in err


def test_export_formats(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite")
    assert cli("--db", db, "demo", "--contacts", "12")[0] == 0
    for fmt, marker in (("vcard4", b"VERSION:4.0"), ("vcard3", b"VERSION:3.0"), ("csv", b"")):
        target = tmp_path / f"out-{fmt}"
        code, out, _ = cli("--db", db, "export", "--format", fmt, "--output", str(target))
        assert code == 0 and "12 contacts" in out
        assert marker in target.read_bytes()
    assert target.read_bytes().startswith(b"\xef\xbb\xbfDisplay Name,")


def test_import_keeps_people_sharing_one_uid_apart_and_says_where(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite")
    path = tmp_path / "numbered.vcf"
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:2.1\r\nUID:1\r\nN:Person{i};Given{i}\r\n"
            f"TEL;CELL:+1 415 555 {i:04d}\r\nEND:VCARD\r\n"
            for i in range(3)
        )
    )
    code, out, _ = cli("--db", db, "import", str(path))
    assert code == 0
    assert "Imported 3 new contacts, merged 0" in out
    assert "2 of the new contacts may be the same person as someone else: kept apart" in out
    assert f"{path}:7: Given1 Person1 may be the same person as Given0 Person0 (same UID" in out
    code, out, _ = cli("--db", db, "list", "--json")
    assert sorted(c["display_name"] for c in json.loads(out)) == [
        "Given0 Person0",
        "Given1 Person1",
        "Given2 Person2",
    ]
