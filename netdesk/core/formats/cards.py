"""What the vCard and CSV readers hand to the importer: cards, problems and file-level errors."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from netdesk.core.errors import NetDeskError
from netdesk.models.records import ContactData

MAX_IMPORT_BYTES = 256 * 1024 * 1024
"""Files larger than this are refused before they are read (no address book is that big)."""

MAX_PHOTO_BYTES = 4 * 1024 * 1024
"""A larger embedded photo is dropped (reported as a problem), the contact is still imported."""

MAX_FIELD_BYTES = 10 * 1024 * 1024
"""A vCard property or CSV field larger than this is refused (reported with its line) before it
is decoded: no contact detail is that long, and expanding one would take gigabytes."""


class Problem(NamedTuple):
    """Something in a file that was skipped or guessed: which file, which line, and why."""

    file: str
    line: int
    reason: str


class ImportFileError(NetDeskError):
    """A file that cannot be read at all (missing, unreadable, too big); names the file."""


@dataclass
class ParsedCard:
    """One person read from a file, with where they came from and how they link to others."""

    data: ContactData
    file: str
    line: int
    source_uid: str = ""
    """The card's own UID as written (``urn:uuid:`` removed), to resolve RELATED links."""
    related_uid: str = ""
    """UID of the person who referred this one (vCard 4.0 RELATED)."""
    referrer_name: str = ""
    """Name of the person who referred this one (X-ABRELATEDNAMES, CSV "Referred By")."""
    extra: dict[str, str] = field(default_factory=dict)
    referral_reason: str = ""
    """What the referrer said about this person (NetDesk's own X-NETDESK-REFERRAL-REASON)."""
    referred_on: date | None = None
    calls_ahead: bool = False
    """The referrer calls ahead to introduce you."""

    @property
    def name(self) -> str:
        return self.data.display_name


@contextmanager
def gc_paused() -> Iterator[None]:
    """Reading and importing make hundreds of thousands of small objects, none of them garbage:
    the cyclic collector would only walk them again and again (a third of the time)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
