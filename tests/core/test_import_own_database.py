"""Importing the open database's own files, or files that are not regular files.

A window that read its own database, WAL, ``-shm`` or a backup with ``open()`` (a drop on the
window, File > Import..., ``netdesk DB`` handed over by a second launch) lost its POSIX locks when
the descriptor closed; a command beside it then deleted the WAL under it, and the window's later
saves were lost. Such a file is refused by name before anything opens it. A FIFO blocked the
import for ever and ``/dev/zero`` was read until memory ran out: both are refused before opening.
Real processes: the window's, the commands', a reader's.
"""

from __future__ import annotations

import os
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from netdesk.core.importing import ImportFileError, read_files
from tests.helpers.file_conditions import (
    SAVE_AFTER_THE_COMMANDS,
    cli,
    contact_names,
    python_process,
)

WINDOW = (
    textwrap.dedent(
        """
    import os, sys
    from pathlib import Path
    from netdesk.core.backup import create_backup
    from netdesk.core.contacts import create_contact
    from netdesk.core.importing import ImportFileError, read_files
    from netdesk.models.records import ContactData
    from netdesk.models import init_db

    path = Path(sys.argv[1])
    init_db(path)
    backup = create_backup(path)
    create_contact(ContactData(display_name="Saved before the drop"))
    link = path.with_name("another-name-for-it.vcf")
    os.link(path, link)
    for dropped in (path, link, path.with_name(path.name + "-wal"),
                    path.with_name(path.name + "-shm"), backup.path):
        try:
            read_files([dropped])
        except ImportFileError as exc:
            print("refused:", exc, flush=True)
        else:
            print("read:", dropped, flush=True)
    """
    )
    + SAVE_AFTER_THE_COMMANDS
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/fd (Linux)")
def test_dropping_the_open_database_on_its_window_is_refused_and_keeps_its_wal(
    tmp_path: Path,
) -> None:
    db = tmp_path / "netdesk.sqlite"
    code, _out, err = cli("--db", str(db), "demo", "--contacts", "20")
    assert code == 0, err
    with python_process(WINDOW, str(db)) as window:
        assert window.stdin is not None and window.stdout is not None
        lines = []
        while (line := window.stdout.readline().strip()) != "ready":
            assert line, window.communicate(timeout=30)
            lines.append(line)
        assert len(lines) == 5 and all(line.startswith("refused:") for line in lines), lines
        assert "is the open database" in lines[0] and str(db) in lines[0]
        assert "is the open database" in lines[1]  # a hard link is the same file
        assert "write-ahead log" in lines[2]
        assert "shared-memory" in lines[3]
        assert "backups folder" in lines[4]
        wal = db.with_name(db.name + "-wal")
        for command in (["list"], ["list", "--json"]):
            code, _out, err = cli("--db", str(db), *command)
            assert code == 0, err
            assert wal.exists(), f"`{' '.join(command)}` deleted the window's WAL"
        window.stdin.write("\n")
        window.stdin.flush()
        files = window.stdout.readline()
        assert "(deleted)" not in files, files
        assert "Saved after the commands" in contact_names(db)  # a third process sees it
        _out, err = window.communicate("\n", timeout=30)
        assert window.returncode == 0, err
    assert "Saved after the commands" in contact_names(db)


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "contacts.vcf"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def read() -> None:
        try:
            read_files([fifo])
        except BaseException as exc:
            outcome.append(exc)
        else:
            outcome.append(None)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # unblock the reader: open the other end
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        reader.join(timeout=10)
        pytest.fail("reading a FIFO blocked waiting for a writer")
    assert isinstance(outcome[0], ImportFileError), outcome
    assert str(fifo) in str(outcome[0]) and "not a regular file" in str(outcome[0])


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_symlink_to_an_endless_device_is_refused_before_reading(tmp_path: Path) -> None:
    link = tmp_path / "contacts.vcf"
    link.symlink_to("/dev/zero")
    with pytest.raises(ImportFileError, match="not a regular file") as caught:
        read_files([link])
    assert str(link) in str(caught.value)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"SQLite format 3\0" + bytes(range(256)) * 64, "a SQLite database"),
        (b"PK\x03\x04" + b"\x14\x00\x06\x00" * 500, "save it as CSV first"),
        (b"%PDF-1.7\n" + b"\x00\x9c\xff" * 900, "a PDF document"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "a PNG image"),
    ],
)
def test_a_file_that_is_not_text_is_refused_by_what_it_is(
    tmp_path: Path, content: bytes, said: str
) -> None:
    """A database, a workbook or a picture dropped by mistake was read as a CSV: garbage
    names in the preview. It is refused, saying what it is and what NetDesk reads."""
    for name in ("contacts.csv", "contacts.vcf", "contacts"):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(ImportFileError, match="not a contact file") as refused:
            read_files([path])
        assert said in str(refused.value) and str(path) in str(refused.value)


def test_text_with_zero_bytes_and_utf16_without_a_bom_still_read(tmp_path: Path) -> None:
    """Zeros are no sign of a file that is not text: a stray one in a card, a block of them
    that a damaged copy left between good cards, CJK text in UTF-16 without a BOM."""
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEND:VCARD\r\n"
    stray = tmp_path / "stray.vcf"
    stray.write_bytes(card.format(name="Ann\0 Lee").encode() + card.format(name="Bo").encode())
    block = tmp_path / "block.vcf"
    cards = [card.format(name=f"Person {n}").encode() for n in range(200)]
    block.write_bytes(b"".join(cards[:100]) + bytes(4096) + b"".join(cards[100:]))
    assert len(read_files([block]).cards) == 200
    cjk = tmp_path / "cjk.vcf"
    cjk.write_bytes(
        "".join(card.format(name=n) for n in ("山田太郎", "鈴木花子")).encode("utf-16-le")
    )
    assert len(read_files([stray]).cards) == 2
    assert [c.data.display_name for c in read_files([cjk]).cards] == ["山田太郎", "鈴木花子"]
