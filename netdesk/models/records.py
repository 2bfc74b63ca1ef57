"""A contact as plain data: what the editor shows, the import reads, the export writes.

:class:`ContactData` is the unit the contact reader returns and the writer stores
(:mod:`netdesk.models.contacts`); its parts are lists of small records. Nothing here touches the
database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from netdesk.models.enums import Lead, Relationship, Status


@dataclass
class Email:
    address: str
    label: str = ""


@dataclass
class Phone:
    number: str
    label: str = ""


@dataclass
class Address:
    label: str = ""
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""

    def is_empty(self) -> bool:
        return not any(
            s.strip()
            for s in (self.street, self.locality, self.region, self.postal_code, self.country)
        )

    def one_line(self) -> str:
        parts = (self.street, self.postal_code, self.locality, self.region, self.country)
        return ", ".join(" ".join(p.split()) for p in parts if p.strip())


@dataclass
class Link:
    url: str
    label: str = ""

    @property
    def is_linkedin(self) -> bool:
        return "linkedin.com/" in self.url.casefold() or self.label.casefold() == "linkedin"


@dataclass
class ReferralInfo:
    """Who suggested you meet this contact, and what they said."""

    referrer_id: int
    referred_on: date | None = None
    reason: str = ""
    calls_ahead: bool = False
    meeting_id: int | None = None


@dataclass
class ContactData:
    """Everything the editor shows for one contact: the unit of create, load and update."""

    display_name: str = ""
    given_name: str = ""
    family_name: str = ""
    organization: str = ""
    title: str = ""
    emails: list[Email] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    notes: str = ""
    photo: bytes | None = None
    photo_mime: str = ""
    tags: list[str] = field(default_factory=list)
    relationship: Relationship = Relationship.OTHER
    lead: Lead = Lead.COLD
    status: Status = Status.TO_CONTACT
    how_met: str = ""
    date_added: date | None = None
    last_contact: date | None = None
    next_follow_up: date | None = None
    referral: ReferralInfo | None = None
    uid: str = ""
    nickname: str = ""
    department: str = ""
    birthday: str = ""
    """ISO text: "1985-04-15", or "--04-15" when the year is not known (see core.birthdays)."""
    past_employers: list[str] = field(default_factory=list)
    """The companies they used to work for, by name, most recent first (migration 8)."""
    good_at: str = ""
    """What they are good at: what you could send people their way for (migration 11)."""
    needs: str = ""
    """What they need, that you might help with: give before getting (migration 11)."""
    rhythm_days: int | None = None
    """How often to keep in touch, in days, set for this contact (None: the default rules of
    ``core.rhythms`` decide)."""

    @property
    def name(self) -> str:
        """The display name, or else the given and family names."""
        given, family = self.given_name.strip(), self.family_name.strip()
        return self.display_name.strip() or " ".join(part for part in (given, family) if part)
