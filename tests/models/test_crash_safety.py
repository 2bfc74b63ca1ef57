"""Kill -9 at random moments: the database is never damaged and never half-written.

Each test starts a real NetDesk process writing to a database file, kills it with SIGKILL at a
random moment, and checks that ``PRAGMA integrity_check`` says ok, that everything there before is
unchanged, and that each unit of work is there whole or not at all. 20 rounds each; fewer when
``CI`` is set, or as many as ``NETDESK_CRASH_ROUNDS`` says.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.core.contacts import create_contact
from netdesk.models import SCHEMA_VERSION, close_db, init_db
from netdesk.models.records import ContactData, Email, Phone

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ROUNDS = int(os.environ.get("NETDESK_CRASH_ROUNDS") or (3 if os.environ.get("CI") else 20))
SEED = int(os.environ.get("NETDESK_CRASH_SEED") or 9)


def crash_rounds() -> Iterator[tuple[int, random.Random]]:
    rng = random.Random(SEED)
    for n in range(ROUNDS):
        yield n, random.Random(rng.random())


class Child:
    """A Python process running ``script``; ``kill_after`` SIGKILLs it once it said ``ready``."""

    def __init__(self, script: str, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(script), *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def wait_ready(self) -> None:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if line.strip() != "ready":
            _out, err = self.proc.communicate(timeout=30)
            raise AssertionError(f"child did not start: {line!r} {err}")

    def kill_after(self, seconds: float) -> bool:
        """SIGKILL after ``seconds``; True when it was still running (a real crash)."""
        time.sleep(seconds)
        running = self.proc.poll() is None
        if running:
            self.proc.send_signal(signal.SIGKILL)
        _out, err = self.proc.communicate(timeout=60)
        assert running or self.proc.returncode == 0, err
        return running


def integrity(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'contact_fts'").fetchone():
            conn.execute("INSERT INTO contact_fts (contact_fts) VALUES ('integrity-check')")
    finally:
        conn.close()


def contacts(path: Path) -> dict[int, tuple[object, ...]]:
    """Every contact with its e-mails, phones and tags, as one comparable value per id."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            """
            SELECT c.id, c.uid, c.display_name, c.given_name, c.family_name, c.title, c.notes,
                   c.company_id, c.relationship, c.lead, c.status, c.how_met, c.date_added,
                   c.last_contact, c.next_follow_up,
                   (SELECT group_concat(address || '/' || label, '|') FROM
                       (SELECT * FROM contact_email WHERE contact_id = c.id ORDER BY position)),
                   (SELECT group_concat(number, '|') FROM
                       (SELECT * FROM contact_phone WHERE contact_id = c.id ORDER BY position)),
                   (SELECT group_concat(tag_id, '|') FROM
                       (SELECT * FROM contact_tag WHERE contact_id = c.id ORDER BY tag_id))
            FROM contact c
            """
        ).fetchall()
    finally:
        conn.close()
    return {int(r[0]): tuple(r[1:]) for r in rows}


# A contact save loop -----------------------------------------------------------------------------

SAVER = """
    import sys
    from netdesk.core.contacts import create_contact, load_contact
    from netdesk.models.records import ContactData, Email, Phone
    from netdesk.core.contacts import update_contact
    from netdesk.models import init_db
    init_db(sys.argv[1])
    print("ready", flush=True)
    n = 0
    while True:
        data = ContactData(
            display_name=f"Saved {sys.argv[2]}-{n}",
            organization=f"Company {n % 7}",
            emails=[Email(f"new{n}.{i}@example.org", "work") for i in range(3)],
            phones=[Phone(f"+1 555 01{n % 100:02d}")],
            tags=["crash", f"tag{n % 5}"],
            notes="notes " * 300,
        )
        contact_id = create_contact(data)
        data = load_contact(contact_id)
        data.emails = [Email(f"edited{n}.{i}@example.org", "home") for i in range(3)]
        data.title = "Edited"
        update_contact(contact_id, data)
        n += 1
"""


def test_kill_during_contact_saves(db_path: Path) -> None:
    init_db(db_path)
    for n in range(50):
        create_contact(
            ContactData(
                display_name=f"Known {n}",
                emails=[Email(f"known{n}@example.org")],
                phones=[Phone("+44 20 7946 0000")],
                tags=["friends"],
            )
        )
    close_db()
    crashes = 0
    for round_, rng in crash_rounds():
        before = contacts(db_path)
        child = Child(SAVER, str(db_path), str(round_))
        child.wait_ready()
        crashes += child.kill_after(rng.uniform(0.0, 0.5))
        integrity(db_path)
        after = contacts(db_path)
        assert {i: after.get(i) for i in before} == before, f"round {round_}"
        for contact_id in after.keys() - before.keys():
            emails = str(after[contact_id][14]).split("|")
            # created with three work e-mails, then edited to three home ones: never a mixture
            assert len(emails) == 3, (round_, contact_id, emails)
            assert {e.split("/")[1] for e in emails} in ({"work"}, {"home"}), emails
            assert (after[contact_id][4] == "Edited") == emails[0].startswith("edited")
    assert crashes >= ROUNDS // 2  # the kills really interrupted the writer
    init_db(db_path)  # still opens, and takes more saves
    create_contact(ContactData(display_name="After the crashes"))
    close_db()
    integrity(db_path)


# A schema migration ------------------------------------------------------------------------------

MIGRATOR = """
    import sys
    from netdesk.models import init_db
    print("ready", flush=True)
    init_db(sys.argv[1])
    print("migrated", flush=True)
"""


def _v1_database(path: Path, people: int) -> None:
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "schema_v1.sql").read_text("utf-8"))
    conn.executemany(
        "INSERT INTO contact (uid, display_name, sort_name, title, notes, date_added, company_id) "
        "VALUES (?, ?, ?, ?, ?, '2026-01-01', ?)",
        (
            (f"uid-{n}", f"Person {n}", f"person {n}", "Engineer", "note " * 40, 1 + n % 2)
            for n in range(people)
        ),
    )
    conn.executemany(
        "INSERT INTO contact_email (contact_id, address, label, position) VALUES (?, ?, '', 0)",
        ((n, f"p{n}@example.org") for n in range(4, people + 4)),
    )
    conn.commit()
    conn.close()


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_kill_during_a_schema_migration(tmp_path: Path) -> None:
    template = tmp_path / "v1.sqlite"
    _v1_database(template, 20_000)
    expected = contacts(template)
    timed = tmp_path / "timed.sqlite"
    shutil.copy(template, timed)
    started = time.monotonic()
    child = Child(MIGRATOR, str(timed))
    child.wait_ready()
    child.proc.communicate(timeout=120)
    duration = time.monotonic() - started
    assert _user_version(timed) == SCHEMA_VERSION

    outcomes: set[int] = set()
    for round_, rng in crash_rounds():
        work = tmp_path / f"round{round_}"
        work.mkdir()
        path = work / "netdesk.sqlite"
        shutil.copy(template, path)
        child = Child(MIGRATOR, str(path))
        child.wait_ready()
        child.kill_after(rng.uniform(0.0, duration))
        integrity(path)
        version = _user_version(path)
        outcomes.add(version)
        assert version in {m for m in range(1, SCHEMA_VERSION + 1)}
        assert contacts(path) == expected, f"round {round_}"
        for backup in work.glob("*.bak"):  # a backup copy is complete, or not there at all
            integrity(backup)
            assert contacts(backup) == expected
        init_db(path)  # the next start finishes the migration
        close_db()
        assert _user_version(path) == SCHEMA_VERSION
        integrity(path)
        assert contacts(path) == expected
        shutil.rmtree(work)
    if ROUNDS >= 10:
        assert 1 in outcomes  # some kills really landed before the migration committed


# A 20,000-card import ----------------------------------------------------------------------------

IMPORTER = """
    import sys
    from netdesk.core.importing import import_files
    from netdesk.models import init_db
    init_db(sys.argv[1])
    print("ready", flush=True)
    summary = import_files([sys.argv[2]])
    print(summary.imported, flush=True)
"""

IMPORT_CARDS = 20_000


def write_vcards(path: Path, count: int, *, start: int = 0) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        for i in range(start, start + count):
            f.write(
                "BEGIN:VCARD\r\nVERSION:4.0\r\n"
                f"UID:urn:uuid:00000000-0000-4000-8000-{i:012d}\r\n"
                f"FN:Imported {i:06d}\r\nN:{i:06d};Imported;;;\r\n"
                f"EMAIL;TYPE=work:imported{i}@example.org\r\n"
                f"TEL;TYPE=cell:+1 555 01{i % 100:02d}\r\n"
                f"ORG:Imported Company {i % 300}\r\nNOTE:Card number {i}\r\nEND:VCARD\r\n"
            )


def _imported(path: Path) -> tuple[int, int, int]:
    """(imported contacts, their e-mails, companies) as the file holds them now."""
    conn = sqlite3.connect(path)
    try:
        people = conn.execute(
            "SELECT count(*) FROM contact WHERE display_name LIKE 'Imported %'"
        ).fetchone()[0]
        emails = conn.execute(
            "SELECT count(*) FROM contact_email WHERE address LIKE 'imported%@example.org'"
        ).fetchone()[0]
        companies = conn.execute("SELECT count(*) FROM company").fetchone()[0]
    finally:
        conn.close()
    return int(people), int(emails), int(companies)


def test_kill_during_a_20000_card_import(tmp_path: Path) -> None:
    cards = tmp_path / "cards.vcf"
    write_vcards(cards, IMPORT_CARDS)
    template = tmp_path / "template.sqlite"
    init_db(template)
    for n in range(50):
        create_contact(
            ContactData(
                display_name=f"Known {n}",
                organization="Known Ltd",
                emails=[Email(f"known{n}@example.org")],
            )
        )
    close_db()
    expected = contacts(template)
    _none, _no_emails, companies = _imported(template)

    timed = tmp_path / "timed.sqlite"
    shutil.copy(template, timed)
    child = Child(IMPORTER, str(timed), str(cards))
    child.wait_ready()
    started = time.monotonic()
    out, err = child.proc.communicate(timeout=300)
    duration = time.monotonic() - started
    assert out.strip() == str(IMPORT_CARDS), err
    assert _imported(timed) == (IMPORT_CARDS, IMPORT_CARDS, companies + 300)

    outcomes: list[bool] = []
    for round_, rng in crash_rounds():
        path = tmp_path / f"round{round_}.sqlite"
        shutil.copy(template, path)
        child = Child(IMPORTER, str(path), str(cards))
        child.wait_ready()
        child.kill_after(rng.uniform(0.0, duration * 1.1))
        integrity(path)
        after = contacts(path)
        assert {i: after.get(i) for i in expected} == expected, f"round {round_}"
        state = _imported(path)
        assert state in ((0, 0, companies), (IMPORT_CARDS, IMPORT_CARDS, companies + 300)), (
            f"round {round_}: a partial import {state}"
        )
        outcomes.append(state[0] == IMPORT_CARDS)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    if ROUNDS >= 10:
        assert not all(outcomes)  # some kills landed before the import committed
