"""Reading contact files: every card of every vCard and CSV file, and every problem, by file."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from netdesk.core.errors import NetDeskError
from netdesk.core.formats.cards import MAX_IMPORT_BYTES, ImportFileError, ParsedCard, Problem
from netdesk.core.formats.charsets import binary_kind
from netdesk.core.formats.csv_contacts import CsvTable, cards_from_table, read_table
from netdesk.core.formats.vcard import looks_like_vcard, read_vcards
from netdesk.core.importing.batch import Source, csv_source, suggested_tag
from netdesk.models.database_files import database_file_role

IMPORT_SUFFIXES = (".vcf", ".vcard", ".csv")
Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


class ImportCancelled(NetDeskError):
    """The import was cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was changed.")


@dataclass
class ReadResult:
    cards: list[ParsedCard] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unmapped: list[CsvTable] = field(default_factory=list)
    """CSV files whose columns were not recognised: they need a column mapping first."""
    files: list[Path] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    """Each file read (as its cards name it) and what kind of file it is."""

    @property
    def suggested_tag(self) -> str:
        """The tag to offer for everyone of this import (see :func:`.batch.suggested_tag`)."""
        return suggested_tag(self.sources)

    def apply_mapping(self, table: CsvTable, mapping: Sequence[str]) -> int:
        """Read an unrecognised CSV with the user's column mapping; returns the cards added."""
        cards, problems = cards_from_table(table, mapping)
        self.cards.extend(cards)
        self.problems.extend(problems)
        if table in self.unmapped:
            self.unmapped.remove(table)
        return len(cards)


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, and the .vcf/.vcard/.csv files inside folders (sorted, recursively)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in IMPORT_SUFFIXES
                )
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def read_bytes_checked(path: Path) -> bytes:
    """The file's bytes; refuses, before opening anything, the open database's own files (see
    :mod:`netdesk.models.database_files`), what is not a regular file (a pipe would block, a
    device never ends) and files over :data:`MAX_IMPORT_BYTES`. The read itself is bounded,
    as a file may grow after it was measured."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ImportFileError(f"{path} does not exist.") from None
    except OSError as exc:
        raise ImportFileError(f"{path} cannot be read: {exc.strerror or exc}") from None
    role = database_file_role(path)
    if role is not None:
        raise ImportFileError(
            f"{path} is {role}: NetDesk does not import its own database. It was not opened."
        )
    if stat.S_ISDIR(info.st_mode):
        raise ImportFileError(f"{path} is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        raise ImportFileError(
            f"{path} is not a regular file (a device, pipe or socket); save the contacts to a "
            "file first, then import that file."
        )
    if info.st_size > MAX_IMPORT_BYTES:
        raise _too_large(path, info.st_size)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
        with open(fd, "rb", closefd=True) as file:
            now = os.fstat(file.fileno())
            if not stat.S_ISREG(now.st_mode) or (now.st_dev, now.st_ino) != (
                info.st_dev,
                info.st_ino,
            ):
                raise ImportFileError(f"{path} changed while it was opened; try again.")
            data = file.read(MAX_IMPORT_BYTES + 1)
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a folder, not a file.") from None
    except OSError as exc:
        raise ImportFileError(f"{path} cannot be read: {exc.strerror or exc}") from None
    if len(data) > MAX_IMPORT_BYTES:
        raise _too_large(path, len(data))
    kind = binary_kind(data)
    if kind is not None:
        raise ImportFileError(
            f"{path} is {kind}, not a contact file: NetDesk imports vCard (.vcf) and CSV files."
        )
    return data


def _too_large(path: Path, size: int) -> ImportFileError:
    return ImportFileError(
        f"{path} is {size / 1024 / 1024:,.0f} MB: NetDesk imports contact files of up to "
        f"{MAX_IMPORT_BYTES // 1024 // 1024} MB. Split it, or export fewer contacts."
    )


def read_files(
    paths: Iterable[Path | str],
    *,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
) -> ReadResult:
    """Read every card of every file (folders are searched for .vcf, .vcard and .csv files).

    Raises :class:`ImportFileError` naming the file when one cannot be read at all, and
    :class:`ImportCancelled` when ``should_cancel`` says so.
    """
    files = expand_paths(paths)
    result = ReadResult(files=files)
    for raw in paths:
        folder = Path(raw)
        if folder.is_dir() and not any(f.is_relative_to(folder) for f in files):
            result.problems.append(Problem(str(folder), 0, "no .vcf, .vcard or .csv file here"))
    for done, path in enumerate(files):
        if should_cancel is not None and should_cancel():
            raise ImportCancelled()
        if progress is not None:
            progress(done, len(files))
        data = read_bytes_checked(path)
        name = str(path)
        if path.suffix.lower() in (".vcf", ".vcard") or (
            path.suffix.lower() != ".csv" and looks_like_vcard(data)
        ):
            cards, problems = read_vcards(data, name, should_cancel=should_cancel)
            result.sources[name] = Source.VCARD
            result.cards.extend(cards)
            result.problems.extend(problems)
        else:
            table, problems = read_table(data, name)
            result.problems.extend(problems)
            if table is None:
                continue
            result.sources[name] = csv_source(table)
            if table.recognised:
                cards, problems = cards_from_table(table)
                result.cards.extend(cards)
                result.problems.extend(problems)
            else:
                result.unmapped.append(table)
    if should_cancel is not None and should_cancel():
        raise ImportCancelled()
    if progress is not None:
        progress(len(files), len(files))
    return result
