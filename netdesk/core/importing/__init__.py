"""Import contacts from vCard and CSV files, matched against the people already known; export.

Three steps, so that the app can show a preview between them and run the slow parts off the GUI
thread: :func:`read_files` (files to cards and problems), :func:`plan_import` (which cards are
new and which match an existing contact, and why) and :func:`apply_import` (one transaction:
cancelling or any error leaves the database exactly as it was). :func:`import_files` runs all
three with the default choices, for the command line.

Matching: same UID, same e-mail (any case), same LinkedIn profile URL, same phone number in
E.164, or same name and organization. Merging fills the existing contact's empty fields, keeps
their notes and adds e-mails, phones and links it did not have yet. A card with a UID of its own
that matches someone with another UID only by a weak key (a phone, name and organization), or
that is another entry of the same file (its address book kept the two apart), is only *maybe*
the same person: it is imported as new unless the user chooses to merge. So is a card with a
known UID whose name, e-mails and phones have nothing in common with that person's (programs
that number their cards per file, or a card made with someone else's UID).

The steps live in :mod:`.reading`, :mod:`.planning` and :mod:`.applying`; :mod:`.exporting`
writes contact files. This module is their public face: the app and the command line import
from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from netdesk.core.formats.cards import MAX_IMPORT_BYTES, ImportFileError, ParsedCard, Problem
from netdesk.core.formats.csv_contacts import CsvTable
from netdesk.core.importing.applying import ImportSummary, PhotoHook, apply_import
from netdesk.core.importing.batch import Batch, Source
from netdesk.core.importing.exporting import EXPORT_FORMATS, ExportCancelled, export_contacts
from netdesk.core.importing.planning import (
    Choice,
    ImportPlan,
    PlanItem,
    linkedin_key,
    plan_import,
)
from netdesk.core.importing.reading import (
    IMPORT_SUFFIXES,
    ImportCancelled,
    Progress,
    ReadResult,
    ShouldCancel,
    read_files,
)

__all__ = [
    "EXPORT_FORMATS",
    "IMPORT_SUFFIXES",
    "MAX_IMPORT_BYTES",
    "Batch",
    "Choice",
    "CsvTable",
    "ExportCancelled",
    "ImportCancelled",
    "ImportFileError",
    "ImportPlan",
    "ImportSummary",
    "ParsedCard",
    "PhotoHook",
    "PlanItem",
    "Problem",
    "ReadResult",
    "Source",
    "apply_import",
    "export_contacts",
    "import_files",
    "linkedin_key",
    "plan_import",
    "read_files",
]


def import_files(
    paths: Iterable[Path | str],
    *,
    merge: bool = True,
    merge_possible: bool = False,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    today: date | None = None,
    photos: PhotoHook | None = None,
    batch: Batch | None = None,
) -> ImportSummary:
    """Read, match and write in one go (the command line's import). ``merge`` merges sure
    matches, ``merge_possible`` also those only maybe the same person; ``photos`` and ``batch``
    as for :func:`apply_import`."""
    result = read_files(paths, progress=progress, should_cancel=should_cancel)
    plan = plan_import(result)
    choices: dict[int, Choice] = {}
    for item in plan.items:
        if not merge:
            choices[item.index] = Choice.NEW
        elif merge_possible and item.is_match:
            choices[item.index] = Choice.MERGE
    return apply_import(
        plan,
        choices=choices,
        progress=progress,
        should_cancel=should_cancel,
        today=today,
        photos=photos,
        batch=batch,
    )
