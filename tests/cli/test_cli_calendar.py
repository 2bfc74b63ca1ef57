"""`netdesk calendar OUT.ics`: the demo network's meetings as a calendar file."""

from __future__ import annotations

import io
from pathlib import Path

from icalendar import Calendar

from netdesk.cli import run_cli
from netdesk.models import close_db


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out, err)
    close_db()
    return code, out.getvalue(), err.getvalue()


def test_calendar_of_the_demo_network(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert cli("--db", db, "demo", "--contacts", "40")[0] == 0
    target = tmp_path / "out.ics"
    code, out, err = cli("--db", db, "calendar", str(target))
    assert code == 0, err
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    meetings = [e for e in events if str(e["uid"]).startswith("meeting-")]
    assert len(meetings) > 1 and f"Wrote {len(meetings)} meetings" in out
    assert cli("--db", db, "calendar", str(target), "--from", "not-a-date")[0] == 2
    code, out, _ = cli("--db", db, "calendar", str(target), "--from", "2999-01-01")
    assert code == 0 and "Wrote 0 meetings" in out
