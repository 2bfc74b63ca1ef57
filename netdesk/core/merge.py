"""Merge a group of contacts that are one person into one contact, and undo that exactly.

One contact of the group survives (its id and UID stay, so links to it keep working). Each of
its fields is taken from the member the user chose: by default from the most complete member
(ties: the most recently contacted), or, where that one's field is empty, from the next one;
the name is the fullest ("Sara Smith" rather than "S. Smith"), the last contact the latest and
the date added the earliest. Notes that differ are
kept one after the other. Every e-mail, phone, address, link and tag is kept once; every
meeting, interaction, task and favour moves to the survivor, and so do the people any of them
referred. The survivor's own referrer is the one chosen among the members' referrers: a link
between two members disappears (it would be someone referring themselves), and a referrer who
came to you through one of the members is refused, naming both, since that would close a loop.

Everything happens in one transaction (the rows are written by :mod:`netdesk.models.merge`).
:func:`merge_contacts` returns a snapshot of every row it changed or removed, taken before;
:func:`undo_merge` puts exactly those rows back, with their ids, so the removed contacts return
with their meetings, referrals and all. Rows of tables added later (anything pointing at a
contact) move with the person too instead of being deleted with a removed member.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from netdesk.core.duplicates import name_words
from netdesk.core.errors import NetDeskError, NotFoundError, ReferralCycleError
from netdesk.core.importing.planning import linkedin_key
from netdesk.core.phones import NOT_A_NUMBER, phone_key
from netdesk.core.text import fold
from netdesk.models import contacts as contacts_data
from netdesk.models import merge as merge_data
from netdesk.models import referrals as referrals_data
from netdesk.models.contacts import DERIVED
from netdesk.models.records import ContactData
from netdesk.models.store import store

FIELDS = (
    "name",
    "nickname",
    "organization",
    "department",
    "title",
    "birthday",
    "relationship",
    "lead",
    "status",
    "how_met",
    "good_at",
    "needs",
    "rhythm_days",
    "date_added",
    "last_contact",
    "next_follow_up",
    "photo",
    "notes",
)
"""What the user picks per field, in the order the merge view shows them."""

_COLUMNS = {
    "name": ("display_name", "given_name", "family_name", "sort_name"),
    "nickname": ("nickname",),
    "organization": ("company_id",),
    "department": ("department",),
    "title": ("title",),
    "birthday": ("birthday",),
    "relationship": ("relationship",),
    "lead": ("lead",),
    "status": ("status",),
    "how_met": ("how_met",),
    "good_at": ("good_at",),
    "needs": ("needs",),
    "rhythm_days": ("rhythm_days",),
    "date_added": ("date_added",),
    "last_contact": ("last_contact",),
    "next_follow_up": ("next_follow_up",),
    "photo": ("photo", "photo_mime"),
    "notes": ("notes",),
}
_DEFAULTS = {"relationship": "other", "lead": "cold", "status": "to_contact"}
"""A field holding its default value counts as empty when picking the most complete member."""


@dataclass
class MergePlan:
    contact_ids: list[int]
    keep: int
    """The member that survives; the others are removed."""
    choices: dict[str, int] = field(default_factory=dict)
    """Field (one of :data:`FIELDS`) -> the member whose value is kept; absent: the survivor's."""
    combine_notes: bool = True
    """Keep every member's notes, one after the other (``choices["notes"]`` is then ignored)."""
    referrer: int | None = None
    """Who referred the merged contact (None: someone you knew directly)."""


@dataclass
class ReferrerOption:
    contact_id: int
    name: str
    referred: list[int]
    """The members this person referred."""
    loop: str = ""
    """Why choosing them would make a loop in the chain of introductions ("" when it would not)."""


@dataclass
class MergeDraft:
    """What the merge view shows: each member, the default plan, what will be combined."""

    order: list[int]
    """The members, most complete first (the default survivor)."""
    contacts: dict[int, ContactData]
    plan: MergePlan
    referrers: list[ReferrerOption]
    emails: list[str]
    phones: list[str]
    addresses: list[str]
    links: list[str]
    tags: list[str]
    combined_notes: str
    moved: dict[str, int]
    """How many meetings, interactions, tasks, favours and referred people move to the survivor."""


@dataclass(frozen=True)
class MergeSnapshot:
    """Every row :func:`merge_contacts` changed or removed, as it was before, and the plan."""

    plan: MergePlan
    rows: merge_data.MergedRows

    @property
    def removed(self) -> list[int]:
        """The members merged into the survivor (removed)."""
        return list(self.rows.removed)


# Reading -----------------------------------------------------------------------------------------


def _filled(name: str, row: dict[str, Any]) -> bool:
    value = row[_COLUMNS[name][0]]
    return value not in (None, "", b"") and value != _DEFAULTS.get(name)


def rank(ids: Iterable[int]) -> list[int]:
    """Most complete first (filled fields, then e-mails, phones, meetings...), then most
    recently contacted."""
    ids = sorted({int(i) for i in ids})
    rows = merge_data.contact_rows(ids)
    items = merge_data.part_counts(ids)

    def key(contact_id: int) -> tuple[int, int, int, int]:
        row = rows[contact_id]
        filled = sum(_filled(name, row) for name in FIELDS if name != "name")
        return (-filled, -items[contact_id], -_ordinal(row["last_contact"]), contact_id)

    return sorted((i for i in ids if i in rows), key=key)


def _ordinal(day: object) -> int:
    """A stored date as a number to sort by (0 when there is none, or it is not a date)."""
    try:
        return date.fromisoformat(str(day)).toordinal() if day else 0
    except ValueError:
        return 0


def _fullness(name: str) -> tuple[int, int]:
    """ "Sara Smith" is fuller than "S. Smith": more whole words, then more letters."""
    words = name_words(name)
    return (sum(len(w) > 1 for w in words), sum(len(w) for w in words))


def combined_notes(notes: Iterable[str]) -> str:
    """Each different note once, in order; a note already contained in another is left out."""
    kept: list[str] = []
    for note in notes:
        note = note.strip()
        if not note or any(note in other for other in kept):
            continue
        kept = [other for other in kept if other not in note]
        kept.append(note)
    return "\n\n".join(kept)


def _email_key(row: dict[str, Any]) -> str:
    return str(row["address"]).strip().casefold()


def _phone_key(row: dict[str, Any]) -> str:
    e164 = row["e164"] or phone_key(row["number"])
    return e164 if e164 != NOT_A_NUMBER else " ".join(str(row["number"]).split()).casefold()


def _link_key(row: dict[str, Any]) -> str:
    return linkedin_key(row["url"]) or str(row["url"]).strip().casefold()


def _address_key(row: dict[str, Any]) -> str:
    parts = ("street", "locality", "region", "postal_code", "country")
    return "\x1f".join(fold(str(row[p])) for p in parts)


_CHILDREN = {
    "contact_email": _email_key,
    "contact_phone": _phone_key,
    "contact_link": _link_key,
    "contact_address": _address_key,
}


def _combine(table: str, order: Sequence[int]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows of ``table`` kept (in order: the survivor's first) and those that repeat one."""
    key_of = _CHILDREN[table]
    place = {contact_id: n for n, contact_id in enumerate(order)}
    records = merge_data.part_rows(table, order)
    records.sort(key=lambda r: (place[r["contact_id"]], r["position"], r["id"]))
    seen: set[str] = set()
    kept: list[dict[str, Any]] = []
    dropped: list[dict[str, Any]] = []
    for record in records:
        key = key_of(record)
        if key in seen and record["contact_id"] != order[0]:
            dropped.append(record)
            continue
        seen.add(key)
        kept.append(record)
    return kept, dropped


def _loop(referrer: int, members: Sequence[int]) -> str:
    """Why ``referrer`` cannot refer the merged contact, or ""."""
    if referrer in members:
        return "A contact cannot be their own referrer."
    through = next((i for i in referrals_data.chain_up(referrer) if i in members), None)
    if through is None:
        return ""
    names = contacts_data.display_names([referrer, through])
    return (
        f"{names.get(referrer, '')} cannot be the referrer of the merged contact: "
        f"{names.get(referrer, '')} came to you through {names.get(through, '')}, "
        "so that would make a loop in the chain of introductions."
    )


def _referrer_options(order: Sequence[int]) -> list[ReferrerOption]:
    options: dict[int, ReferrerOption] = {}
    rows = referrals_data.referral_rows(order)
    place = {contact_id: n for n, contact_id in enumerate(order)}
    for referred, referrer, name in sorted(rows, key=lambda r: place[r[0]]):
        if referrer in place:
            continue  # a link inside the group disappears
        if referrer not in options:
            options[referrer] = ReferrerOption(referrer, name, [], _loop(referrer, order))
        options[referrer].referred.append(referred)
    return list(options.values())


def prepare_merge(ids: Iterable[int]) -> MergeDraft:
    """The members as the merge view shows them, with the default choices."""
    order = rank(ids)
    if len(order) < 2:
        raise NotFoundError("Fewer than two of these contacts still exist: nothing to merge.")
    rows = merge_data.contact_rows(order)
    choices: dict[str, int] = {}
    for name in FIELDS:
        choices[name] = next((i for i in order if _filled(name, rows[i])), order[0])
    choices["name"] = max(
        order, key=lambda i: (_fullness(rows[i]["display_name"]), -order.index(i))
    )
    dated = [i for i in order if rows[i]["last_contact"]]
    if dated:
        choices["last_contact"] = max(dated, key=lambda i: str(rows[i]["last_contact"]))
    choices["date_added"] = min(order, key=lambda i: (str(rows[i]["date_added"]), order.index(i)))
    referrers = _referrer_options(order)
    allowed = next((r.contact_id for r in referrers if not r.loop), None)
    plan = MergePlan(list(order), order[0], choices, True, allowed)

    def kept(table: str, show: Any) -> list[str]:
        return [show(r) for r in _combine(table, order)[0]]

    read = contacts_data.read_contacts(order)
    contacts = {i: read[i] for i in order}
    return MergeDraft(
        order=order,
        contacts=contacts,
        plan=plan,
        referrers=referrers,
        emails=kept("contact_email", lambda r: r["address"]),
        phones=kept("contact_phone", lambda r: r["number"]),
        addresses=kept(
            "contact_address",
            lambda r: ", ".join(
                str(r[p])
                for p in ("street", "postal_code", "locality", "region", "country")
                if str(r[p]).strip()
            ),
        ),
        links=kept("contact_link", lambda r: r["url"]),
        tags=merge_data.tag_names(order),
        combined_notes=combined_notes(contacts[i].notes for i in order),
        moved=merge_data.moved_counts(order[1:], order),
    )


# Merging ---------------------------------------------------------------------------------------


def _check(plan: MergePlan) -> tuple[list[int], list[int]]:
    members = list(dict.fromkeys(int(i) for i in plan.contact_ids))
    if plan.keep not in members:
        raise NetDeskError("The contact to keep must be one of those merged.")
    present = merge_data.existing(members)
    missing = [i for i in members if i not in present]
    if missing:
        raise NotFoundError(
            "These contacts were deleted in the meantime: nothing was merged. "
            f"(ids {', '.join(map(str, missing))})"
        )
    if len(members) < 2:
        raise NetDeskError("A merge needs at least two contacts.")
    unknown = set(plan.choices) - set(FIELDS)
    if unknown:
        raise NetDeskError(f"Unknown fields: {', '.join(sorted(unknown))}.")
    outside = {i for i in plan.choices.values() if i not in members}
    if outside:
        raise NetDeskError("Every value must come from one of the contacts merged.")
    if plan.referrer is not None:
        if not contacts_data.contact_exists(plan.referrer):
            raise NotFoundError("The chosen referrer no longer exists.")
        message = _loop(plan.referrer, members)
        if message:
            raise ReferralCycleError(message)
    others = [i for i in rank(members) if i != plan.keep]
    return members, others


def merge_contacts(plan: MergePlan) -> MergeSnapshot:
    """Merge ``plan.contact_ids`` into ``plan.keep`` in one transaction (see the module)."""
    with store.transaction():
        members, others = _check(plan)
        keep = plan.keep
        order = [keep, *others]
        parts: dict[str, tuple[list[tuple[int, int]], list[int]]] = {}
        for table in _CHILDREN:
            kept, dropped = _combine(table, order)
            position = max((r["position"] for r in kept if r["contact_id"] == keep), default=-1)
            taken = []
            for record in kept:
                if record["contact_id"] != keep:
                    position += 1
                    taken.append((int(record["id"]), position))
            parts[table] = (taken, [int(r["id"]) for r in dropped])
        rows = merge_data.merge_group(keep, others, _values(plan, order), parts, plan.referrer)
    return MergeSnapshot(replace(plan, contact_ids=list(members), choices=dict(plan.choices)), rows)


def _values(plan: MergePlan, order: list[int]) -> dict[str, Any]:
    """The survivor's columns that change: each field from the member chosen for it."""
    rows = merge_data.contact_rows(order)
    keep = plan.keep
    values: dict[str, Any] = {}
    for name in FIELDS:
        source = plan.choices.get(name, keep)
        if name == "notes" and plan.combine_notes:
            values["notes"] = combined_notes(rows[i]["notes"] for i in order)
            continue
        for column in _COLUMNS[name]:
            values[column] = rows[source][column]
    # Columns this version does not know (added by a later one): fill what the survivor lacks.
    known = {c for columns in _COLUMNS.values() for c in columns} | DERIVED | {"id", "uid"}
    for column in rows[keep]:
        if column in known or rows[keep][column] not in (None, "", b""):
            continue
        values[column] = next(
            (rows[i][column] for i in order if rows[i][column] not in (None, "", b"")),
            rows[keep][column],
        )
    return {c: v for c, v in values.items() if v != rows[keep][c]}


# Undo ------------------------------------------------------------------------------------------


def undo_merge(snapshot: MergeSnapshot) -> None:
    """Put back every row :func:`merge_contacts` changed or removed, with the same ids."""
    merge_data.undo_merge(snapshot.rows)
