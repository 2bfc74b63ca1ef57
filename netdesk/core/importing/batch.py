"""What the user says of a whole import: everyone in it is warm, everyone gets a tag.

An address book from the user's own phone is people they know (warm, tagged "phone"); a
LinkedIn or Google export likewise. The import dialog and the command line offer both, the tag
prefilled from where the files came from (:func:`suggested_tag`); :func:`~netdesk.core.importing.
apply_import` applies them in the import's own transaction, so undoing the import undoes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from netdesk.core.formats.csv_contacts import CsvTable


class Source(StrEnum):
    """What kind of file an import read, as far as the file shows it."""

    VCARD = "vcard"
    LINKEDIN = "linkedin"
    GOOGLE = "google"
    CSV = "csv"


SOURCE_TAGS = {Source.VCARD: "phone", Source.LINKEDIN: "LinkedIn", Source.GOOGLE: "Google"}
"""The tag offered for the people of each kind of file (any other CSV: its file name)."""


@dataclass(frozen=True)
class Batch:
    """Applied to every person an import writes, new or merged into someone known."""

    warm: bool = False
    """Mark them all warm leads."""
    tag: str = ""
    """Give them all this tag ("" for none); runs of spaces become one."""

    @property
    def tag_name(self) -> str:
        return " ".join(self.tag.split())

    @property
    def changes_anything(self) -> bool:
        return self.warm or bool(self.tag_name)


def csv_source(table: CsvTable) -> Source:
    """LinkedIn's connections (a "Connected On" column), Google's export ("E-mail 1 - Value",
    "Group Membership" or "Labels" beside them), or another CSV."""
    header = [cell.strip().casefold() for cell in table.header]
    if "connected on" in header:
        return Source.LINKEDIN
    if "group membership" in header or any(
        cell.endswith(" - value") and cell.split(" ")[0] in ("e-mail", "phone") for cell in header
    ):
        return Source.GOOGLE
    return Source.CSV


def suggested_tag(sources: dict[str, Source]) -> str:
    """The tag to offer for files of these kinds (file name -> kind): "phone" for a vCard file,
    "LinkedIn" or "Google" for their exports, otherwise the file's name without its suffix; ""
    when the files disagree (the user names the batch)."""
    tags = {SOURCE_TAGS.get(source) or Path(name).stem for name, source in sources.items()}
    tags = {" ".join(tag.split()) for tag in tags}
    return tags.pop() if len(tags) == 1 else ""
