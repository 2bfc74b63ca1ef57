"""Exporting contacts to a vCard 4.0, vCard 3.0 or CSV file, written whole or not at all."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path

from netdesk.core.contact_records import export_cards
from netdesk.core.errors import NetDeskError
from netdesk.core.formats.csv_contacts import EXPORT_HEADER, csv_row
from netdesk.core.formats.vcard import ExportCard, export_uid, write_vcard
from netdesk.models.files import temp_file_replacing


class ExportCancelled(NetDeskError):
    """The export was cancelled; the target file was not touched."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled; no file was written.")


EXPORT_FORMATS = ("vcard4", "vcard3", "csv")


def export_contacts(
    path: Path | str,
    fmt: str = "vcard4",
    ids: Sequence[int] | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    raw: bool = False,
) -> int:
    """Write contacts (all, or ``ids``) as vCard 4.0, vCard 3.0 or CSV; returns how many.

    A CSV cell that a spreadsheet would run as a formula gets an apostrophe in front (which
    NetDesk's import takes away again); ``raw`` writes such cells as they are.

    The file is written to a new temporary file beside it (created exclusively, never through
    a planted symlink, 0600) and renamed when complete, so a cancelled or failed export
    (:class:`ExportCancelled`, a full disk) leaves any earlier file as it was.
    """
    if fmt not in EXPORT_FORMATS:
        raise NetDeskError(
            f"Unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}."
        )
    cards = export_cards(ids)
    path = Path(path)
    total = len(cards)

    def step(done: int) -> None:
        if should_cancel is not None and should_cancel():
            raise ExportCancelled()
        if progress is not None:
            progress(done, total)

    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"  # Excel wants the BOM on a CSV
    with temp_file_replacing(path) as partial:
        with partial.open("w", encoding=encoding, newline="") as out:
            write: Callable[[ExportCard], object]
            if fmt == "csv":
                writer = csv.writer(out)
                writer.writerow(EXPORT_HEADER)
                write = lambda card: writer.writerow(  # noqa: E731
                    csv_row(
                        card.data,
                        card.referrer_name,
                        uid=export_uid(card.uid),
                        referrer_uid=export_uid(card.referrer_uid) if card.referrer_uid else "",
                        raw=raw,
                    )
                )
            else:
                version = "4.0" if fmt == "vcard4" else "3.0"
                write = lambda card: out.write(write_vcard(card, version))  # noqa: E731
            for done, card in enumerate(cards):
                if done % 500 == 0:
                    step(done)
                write(card)
        step(total)
    return total
