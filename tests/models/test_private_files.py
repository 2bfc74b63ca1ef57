"""Personal files stay private: folders NetDesk makes are 0700, files it writes 0600, older ones
are tightened at start; temporary files are made exclusively (a planted symlink is never
followed) and the next start removes only NetDesk's own leftovers, only when nobody uses them."""

from __future__ import annotations

import io
import logging
import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from netdesk.core.backup import create_backup
from netdesk.core.contacts import create_contact
from netdesk.core.formats.ics import export_ics
from netdesk.core.importing import export_contacts
from netdesk.models import close_db, init_db
from netdesk.models.errors import DatabaseError
from netdesk.models.records import ContactData
from tests.helpers.file_conditions import cli
from tests.models.test_migrations import make_old_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most desktops run with (group and others may read)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_database_its_wal_and_its_backups_are_private(tmp_path: Path) -> None:
    db = tmp_path / "new folder" / "netdesk.sqlite"
    init_db(db)
    try:
        create_contact(ContactData(display_name="Ann Archer"))
        wal, shm = (db.with_name(db.name + s) for s in ("-wal", "-shm"))
        assert wal.exists() and shm.exists()
        assert {p.name: _mode(p) for p in (db.parent, db, wal, shm)} == {
            "new folder": 0o700,
            "netdesk.sqlite": 0o600,
            "netdesk.sqlite-wal": 0o600,
            "netdesk.sqlite-shm": 0o600,
        }
        backup = create_backup(db).path
        assert _mode(backup.parent) == 0o700 and _mode(backup) == 0o600
        vcf, csv, ics = tmp_path / "out.vcf", tmp_path / "out.csv", tmp_path / "out.ics"
        export_contacts(vcf, "vcard4")
        export_contacts(csv, "csv")
        export_ics(ics, start=date(2026, 1, 1))
        assert [_mode(p) for p in (vcf, csv, ics)] == [0o600] * 3
    finally:
        close_db()


def test_the_command_line_makes_private_folders_and_files(tmp_path: Path) -> None:
    db = tmp_path / "made by netdesk" / "netdesk.sqlite"
    code, _out, err = cli("--db", str(db), "demo", "--contacts", "5")
    assert code == 0, err
    code, _out, err = cli("--db", str(db), "backup")
    assert code == 0, err
    (backup,) = (db.parent / "backups").iterdir()
    assert [_mode(p) for p in (db.parent, db, db.parent / "backups", backup)] == [
        0o700,
        0o600,
        0o700,
        0o600,
    ]


def test_the_copy_before_a_schema_upgrade_is_private(tmp_path: Path) -> None:
    db = tmp_path / "netdesk.sqlite"
    make_old_database(1, db)
    init_db(db)
    close_db()
    (copy,) = tmp_path.glob("netdesk.sqlite.v1-*.bak")
    assert _mode(copy) == 0o600


def test_an_existing_database_and_its_backups_are_tightened_at_start(tmp_path: Path) -> None:
    db = tmp_path / "netdesk.sqlite"
    init_db(db)
    create_contact(ContactData(display_name="Ann Archer"))
    create_backup(db, now=datetime(2026, 11, 30, 18, 0))
    close_db()
    make_old_database(1, tmp_path / "old.sqlite")
    init_db(tmp_path / "old.sqlite")  # leaves old.sqlite.v1-*.bak
    close_db()
    (copy,) = tmp_path.glob("old.sqlite.v1-*.bak")
    folder = tmp_path / "backups"
    files = [db, *folder.iterdir(), copy]
    for path in files:  # as an earlier NetDesk left them
        path.chmod(0o644)
    folder.chmod(0o755)
    code, _out, err = cli("--db", str(db), "list")
    assert code == 0, err
    code, _out, err = cli("--db", str(tmp_path / "old.sqlite"), "list")
    assert code == 0, err
    assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
    assert _mode(folder) == 0o700


def test_the_log_is_private(tmp_path: Path) -> None:
    from netdesk.ui.shell.errors import install_error_handlers

    folder = tmp_path / "logs"
    handlers = install_error_handlers(folder)
    try:
        logging.getLogger("netdesk").warning("a line naming somebody")
    finally:
        handlers.uninstall()
    assert _mode(folder) == 0o700 and _mode(folder / "netdesk.log") == 0o600


def _plant(link: Path, victim: Path) -> None:
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(victim)


def test_exports_and_backups_never_follow_a_planted_symlink(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("the victim's own file\n", "utf-8")
    db = tmp_path / "data" / "netdesk.sqlite"
    now = datetime(2026, 12, 1, 9, 30)
    out = tmp_path / "shared"
    planted = [
        out / "contacts.vcf.partial",
        out / ".contacts.vcf.partial",
        out / "contacts.csv.partial",
        out / "calendar.ics.part",
        out / ".calendar.ics.part",
        db.parent / "backups" / "netdesk-backup-20261201-093000.sqlite.partial",
    ]
    for link in planted:
        _plant(link, victim)
    init_db(db)
    try:
        create_contact(ContactData(display_name="Ann Archer"))
        export_contacts(out / "contacts.vcf", "vcard4")
        export_contacts(out / "contacts.csv", "csv")
        export_ics(out / "calendar.ics", start=date(2026, 1, 1))
        backup = create_backup(db, now=now).path
    finally:
        close_db()
    assert victim.read_text("utf-8") == "the victim's own file\n"
    assert all(link.is_symlink() for link in planted)
    assert "Ann Archer" in (out / "contacts.vcf").read_text("utf-8")
    assert not (out / "contacts.vcf").is_symlink() and backup.stat().st_size > 0


def _run(*args: str) -> tuple[int, str]:
    from netdesk.cli import run_cli

    out, err = io.StringIO(), io.StringIO()
    try:
        code = run_cli(list(args), out, err)
    finally:
        close_db()
    return code, err.getvalue()


def _kind(path: Path) -> str:
    mode = path.lstat().st_mode
    return next(
        name
        for test, name in (
            (stat.S_ISLNK, "link"),
            (stat.S_ISCHR, "device"),
            (stat.S_ISFIFO, "pipe"),
            (stat.S_ISDIR, "folder"),
            (stat.S_ISREG, "file"),
        )
        if test(mode)
    )


def _special_targets(folder: Path) -> dict[str, Path]:
    """A pipe, a folder, a symlink to the user's own file and, as root, a clone of /dev/full
    (never /dev itself)."""
    folder.mkdir()
    targets = {"pipe": folder / "pipe", "folder": folder / "folder", "link": folder / "link"}
    os.mkfifo(targets["pipe"])
    targets["folder"].mkdir()
    (folder / "mine.txt").write_text("the user's own file\n")
    targets["link"].symlink_to(folder / "mine.txt")
    if os.geteuid() == 0:
        targets["device"] = folder / "full"
        os.mknod(targets["device"], 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    return targets


def test_exports_refuse_a_target_that_is_no_regular_file(tmp_path: Path) -> None:
    """export, calendar and sheet onto a device, a pipe, a folder or a symlink: one clear line,
    exit 2, and the target is what it was (as root NetDesk once replaced /dev/full)."""
    db = str(tmp_path / "net.sqlite")
    assert _run("--db", db, "demo", "--contacts", "5")[0] == 0
    targets = _special_targets(tmp_path / "out")
    for kind, target in targets.items():
        for command in (
            ("export", "-o", str(target)),
            ("export", "--format", "csv", "-o", str(target)),
            ("calendar", str(target)),
            ("sheet", "-o", str(target)),
        ):
            code, err = _run("--db", db, *command)
            assert code == 2, (command, err)
            assert err.count("\n") == 1 and f"{target} is " in err, err
            assert "not a regular file" in err and ".part" not in err, err
            assert _kind(target) == kind
    assert (tmp_path / "out" / "mine.txt").read_text() == "the user's own file\n"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        [*(t.name for t in targets.values()), "mine.txt"]
    )


def test_a_database_path_that_is_no_regular_file_is_refused_and_left_alone(
    tmp_path: Path,
) -> None:
    pipe = tmp_path / "pipe.sqlite"
    os.mkfifo(pipe, 0o644)
    code, err = _run("--db", str(pipe), "list")
    assert code == 2 and f"{pipe} is a pipe, not a database file" in err
    assert _mode(pipe) == 0o644 and sorted(p.name for p in tmp_path.iterdir()) == ["pipe.sqlite"]
    with pytest.raises(DatabaseError, match="a pipe, not a database file"):
        init_db(pipe)
    if os.geteuid() == 0:  # a clone of /dev/null: as root NetDesk once chmod-ed the real one
        null = tmp_path / "null"
        os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        null.chmod(0o666)  # mknod's mode is filtered by the umask
        for command in ("list", "backup", "restore"):
            code, err = _run("--db", str(null), command)
            assert code == 2 and f"{null} is a device, not a database file" in err, err
        assert _kind(null) == "device" and _mode(null) == 0o666
        assert sorted(p.name for p in tmp_path.iterdir()) == ["null", "pipe.sqlite"]


def test_tightening_changes_only_regular_files_and_folders(tmp_path: Path) -> None:
    from netdesk.models.files import tighten

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe, 0o644)
    plain = tmp_path / "plain"
    plain.write_text("x")
    plain.chmod(0o644)
    tighten([pipe, plain])
    assert (_mode(pipe), _mode(plain)) == (0o644, 0o600)


def _dead_pid() -> int:
    proc = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(proc.stdout)


def test_the_next_start_removes_only_netdesks_own_leftovers(tmp_path: Path) -> None:
    db = tmp_path / "netdesk.sqlite"
    code, _out, err = cli("--db", str(db), "demo", "--contacts", "3")
    assert code == 0, err
    backups = tmp_path / "backups"
    backups.mkdir()
    dead = _dead_pid()
    old = time.time() - 7200

    def make(path: Path, data: bytes = b"x", *, age: float | None = None) -> Path:
        path.write_bytes(data)
        if age is not None:
            os.utime(path, (age, age))
        return path

    gone = [
        make(backups / f".netdesk-backup-20261201-093000.sqlite.{dead}-abcd1234.partial"),
        make(backups / f".netdesk-backup-20261201-093000.sqlite.{dead}-abcd1234.partial-journal"),
        make(backups / "netdesk-backup-20261130-180000.sqlite-journal"),  # its copy is gone
        make(backups / "netdesk-backup-20261129-180000.sqlite.partial", age=old),  # earlier names
        make(tmp_path / f".netdesk.sqlite.restoring-p{dead}.{dead}-zz99yy88.partial"),
        make(tmp_path / f".contacts.vcf.{dead}-qwer5678.partial"),
        make(tmp_path / "calendar.ics.part", b"", age=old),  # 0 bytes, an earlier export's
    ]
    alive = os.getpid()  # this test process is still running: its files are in use
    kept = [
        make(backups / f".netdesk-backup-20261201-120000.sqlite.{alive}-abcd1234.partial"),
        make(tmp_path / "netdesk-backup-20261129-180000.sqlite.partial"),  # recent: maybe in use
        make(tmp_path / "download.ics.part", b"a browser is still writing this", age=old),
        make(tmp_path / "notes.partial", age=old),  # not a name NetDesk gives
        make(tmp_path / "someone-else.sqlite-journal"),  # only backups/ is NetDesk's own
    ]
    code, out, err = cli("--db", str(db), "list")
    assert code == 0, err
    assert out.strip().endswith("3 contacts")
    assert [p.name for p in gone if p.exists()] == []
    assert [p.name for p in kept if not p.exists()] == []
    assert "left-over" in err
