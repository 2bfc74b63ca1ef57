"""Writing an import plan: new contacts, merges into known ones, referral links, in one transaction.

What is written follows the rules here (which card goes where, what a merge fills in, which
referral links close no loop); the contact writer of :mod:`netdesk.models.contacts` stores it,
the same writer the editor uses. Cancelling, or any error, leaves the database as it was.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from netdesk.core.birthdays import parse_birthday
from netdesk.core.contacts import past_employers
from netdesk.core.errors import NetDeskError
from netdesk.core.formats.cards import Problem, gc_paused
from netdesk.core.importing.batch import Batch
from netdesk.core.importing.planning import Choice, ImportPlan, PlanItem, fold, linkedin_key
from netdesk.core.importing.reading import ImportCancelled, Progress, ShouldCancel
from netdesk.core.phones import NOT_A_NUMBER, default_region, normalize_phone
from netdesk.models import contacts as contacts_data
from netdesk.models import matching
from netdesk.models import referrals as referrals_data
from netdesk.models.contacts import FILLED, Additions, Keys, NewContact
from netdesk.models.enums import Lead
from netdesk.models.records import ContactData, Email, Phone
from netdesk.models.sql import bulk_transaction

PhotoHook = Callable[[bytes], "tuple[bytes, str] | None"]
"""Makes an imported photo what NetDesk stores: (bytes, MIME type), or None to keep it as it
came. The window and the command line pass the same one (a Qt job: ``ui.contacts.photos``), so
that the same file gives the same database whichever imported it."""


@dataclass
class ImportSummary:
    imported: int = 0
    merged: int = 0
    skipped: list[Problem] = field(default_factory=list)
    referrals: int = 0
    contact_ids: list[int] = field(default_factory=list)
    kept_apart: list[Problem] = field(default_factory=list)
    """People imported as new although they may be someone already known (another UID, or the
    same UID and nothing else in common)."""

    def as_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "merged": self.merged,
            "skipped": [{"file": p.file, "line": p.line, "reason": p.reason} for p in self.skipped],
            "kept_apart": [
                {"file": p.file, "line": p.line, "reason": p.reason} for p in self.kept_apart
            ],
        }


class _Applier:
    """The rules of one import's write: what a new card stores, what a merge adds."""

    def __init__(
        self,
        progress: Progress | None,
        should_cancel: ShouldCancel | None,
        today: date,
        region: str,
        batch: Batch,
    ) -> None:
        self.progress = progress
        self.should_cancel = should_cancel
        self.today = today
        self.region = region
        self.batch = batch
        self.problems: list[Problem] = []

    def check(self) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise ImportCancelled()

    def step(self, done: int, total: int) -> None:
        self.check()
        if self.progress is not None:
            self.progress(done, total)

    def phone_key(self, number: str) -> str:
        return normalize_phone(number, self.region) or NOT_A_NUMBER

    def new_contact(self, data: ContactData, contact_id: int, uid: str) -> NewContact:
        """A card as a new contact: e-mails and phones once each, the birthday in ISO form."""
        phones = _unique_phones(data.phones)
        stored = copy.copy(data)  # the plan's own data stays as it was read
        stored.display_name = data.display_name.strip()
        stored.emails = _unique_emails(data.emails)
        stored.phones = phones
        stored.nickname = data.nickname.strip()
        stored.department = data.department.strip()
        stored.birthday = parse_birthday(data.birthday) or ""
        if self.batch.warm:
            stored.lead = Lead.WARM
        if self.batch.tag_name:
            stored.tags = [*data.tags, self.batch.tag_name]
        past = past_employers(data.past_employers)
        stored.past_employers = [name for name, _ in past]
        keys = Keys(
            sort_name=fold(stored.display_name),
            company=_company(data.organization),
            phone_keys=[self.phone_key(p.number) for p in phones],
            past_companies=past,
        )
        return NewContact(stored, keys, uid, contact_id)

    def merge_all(self, merges: list[tuple[int, ContactData]]) -> None:
        """Fill empty fields, keep their notes, add new e-mails, phones, links and tags."""
        ids = list(dict.fromkeys(contact_id for contact_id, _ in merges))
        current = contacts_data.read_contacts(ids, photos=False)
        with_photo = contacts_data.have_photos(ids)
        emails = {i: {e.address.casefold() for e in c.emails} for i, c in current.items()}
        phones = {
            i: {normalize_phone(p.number, self.region) or p.number.strip() for p in c.phones}
            for i, c in current.items()
        }
        links = {
            i: {linkedin_key(lk.url) or lk.url.strip().casefold() for lk in c.links}
            for i, c in current.items()
        }
        additions: dict[int, Additions] = {}
        for contact_id, data in merges:
            row = current.get(contact_id)
            if row is None:
                raise NetDeskError(f"Contact {contact_id} no longer exists.")
            add = additions.setdefault(contact_id, Additions(contact_id))
            fills = {
                **{column: getattr(data, column) for column in FILLED},
                "nickname": data.nickname.strip(),
                "department": data.department.strip(),
                "birthday": parse_birthday(data.birthday) or "",
            }
            for column, value in fills.items():
                if not getattr(row, column) and value:
                    setattr(row, column, value)
                    add.fields[column] = value
            company = _company(data.organization)
            if not row.organization and company is not None:
                row.organization = company[0]
                add.company = company
            if contact_id not in with_photo and data.photo:
                with_photo.add(contact_id)
                add.fields.update(photo=data.photo, photo_mime=data.photo_mime)
            for email in _unique_emails(data.emails):
                if email.address.casefold() not in emails[contact_id]:
                    emails[contact_id].add(email.address.casefold())
                    add.parts.emails.append(email)
            for phone in _unique_phones(data.phones):
                e164 = normalize_phone(phone.number, self.region)
                if (e164 or phone.number) not in phones[contact_id]:
                    phones[contact_id].add(e164 or phone.number)
                    add.parts.phones.append(phone)
                    add.phone_keys.append(e164 or NOT_A_NUMBER)
            for link in data.links:
                key = linkedin_key(link.url) or link.url.strip().casefold()
                if key and key not in links[contact_id]:
                    links[contact_id].add(key)
                    add.parts.links.append(replace(link, url=link.url.strip()))
            if not row.addresses and data.addresses:
                row.addresses = list(data.addresses)
                add.parts.addresses.extend(data.addresses)
            add.parts.tags.extend(data.tags)
            had = {key for _, key in past_employers(row.past_employers)}
            for name, key in past_employers(data.past_employers):
                if key not in had:
                    had.add(key)
                    row.past_employers.append(name)
                    add.parts.past_employers.append(name)
                    add.past_companies.append((name, key))
            if self.batch.warm and row.lead != Lead.WARM:
                row.lead = Lead.WARM
                add.fields["lead"] = Lead.WARM
            if self.batch.tag_name:
                add.parts.tags.append(self.batch.tag_name)
        contacts_data.add_to_contacts(list(additions.values()))


def _company(name: str) -> tuple[str, str] | None:
    """An imported organization and its folded key (None for none)."""
    name = name.strip()
    key = fold(name)
    return (name, key) if key else None


def _unique_emails(emails: Sequence[Email]) -> list[Email]:
    seen: set[str] = set()
    result = []
    for email in emails:
        address = email.address.strip()
        if address and address.casefold() not in seen:
            seen.add(address.casefold())
            result.append(Email(address, email.label))
    return result


def _unique_phones(phones: Sequence[Phone]) -> list[Phone]:
    seen: set[str] = set()
    result = []
    for phone in phones:
        number = phone.number.strip()
        if number and number not in seen:
            seen.add(number)
            result.append(Phone(number, phone.label))
    return result


def _with_photo(item: PlanItem, photos: PhotoHook | None) -> PlanItem:
    """``item`` with its photo as ``photos`` makes it (the plan itself is left as it was)."""
    data = item.card.data
    if photos is None or not data.photo:
        return item
    made = photos(data.photo)
    if made is None:
        return item
    photo, mime = made
    return replace(item, card=replace(item.card, data=replace(data, photo=photo, photo_mime=mime)))


def apply_import(
    plan: ImportPlan,
    *,
    choices: Mapping[int, Choice | str] | None = None,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    today: date | None = None,
    region: str | None = None,
    photos: PhotoHook | None = None,
    batch: Batch | None = None,
) -> ImportSummary:
    """Write the plan in one transaction; :class:`ImportCancelled` leaves nothing written.

    ``choices`` maps a plan item's index to merge, new or skip; by default matches are merged
    (except those only maybe the same person) and the rest imported as new. A card merged with
    an earlier card of this import goes wherever that one goes. ``photos`` makes each card's
    photo what is stored (see :data:`PhotoHook`). ``batch`` marks everyone written (new or
    merged) warm and gives them a tag, in the same transaction.
    """
    choices = choices or {}
    applier = _Applier(
        progress, should_cancel, today or date.today(), region or default_region(), batch or Batch()
    )
    summary = ImportSummary(skipped=list(plan.problems))
    selected: list[tuple[PlanItem, Choice]] = []
    into_new: dict[int, int] = {}  # item index -> the new item it becomes part of
    into_contact: dict[int, int] = {}  # item index -> the existing contact it merges into
    folded: dict[int, list[PlanItem]] = {}  # new item index -> later cards of the same person
    for item in plan.items:
        choice = Choice(choices.get(item.index, item.default_choice))
        if choice == Choice.MERGE and item.match_id is None:
            target = item.duplicate_of
            if target is not None and target in into_new:
                into_new[item.index] = into_new[target]
                folded.setdefault(into_new[target], []).append(_with_photo(item, photos))
                continue
            if target is not None and target in into_contact:
                item = replace(item, match_id=into_contact[target])
            else:
                choice = Choice.NEW
        if choice == Choice.SKIP:
            summary.skipped.append(Problem(item.card.file, item.card.line, "not selected"))
            continue
        if choice == Choice.NEW:
            into_new[item.index] = item.index
            if item.is_match and item.maybe:
                summary.kept_apart.append(
                    Problem(
                        item.card.file,
                        item.card.line,
                        f"{item.card.data.display_name} may be the same person as "
                        f"{item.match_name} ({item.match_reason}"
                        f"{'' if item.same_uid else '; another UID'}): imported as new",
                    )
                )
        else:
            assert item.match_id is not None
            into_contact[item.index] = item.match_id
        selected.append((_with_photo(item, photos), choice))
    selected = [
        (_fold_in(item, folded.get(item.index, []), applier.region), choice)
        for item, choice in selected
    ]
    aliases = [(dup, target) for target, dups in folded.items() for dup in dups]
    total = len(selected)
    # An import never writes into a file SQLite finds damaged: the full check runs first.
    with gc_paused(), bulk_transaction():
        next_id = contacts_data.next_contact_id()
        taken = contacts_data.taken_uids(
            item.card.source_uid for item, _ in selected if item.card.source_uid
        )
        new_items: list[tuple[PlanItem, int, str]] = []
        id_of: dict[int, int] = {}
        for item, choice in selected:
            if choice == Choice.NEW:
                uid = item.card.source_uid
                if not uid or uid in taken:
                    uid = str(uuid.uuid4())
                taken.add(uid)
                new_items.append((item, next_id, uid))
                id_of[item.index] = next_id
                next_id += 1
            else:
                assert item.match_id is not None
                id_of[item.index] = item.match_id
        for dup, target in aliases:
            id_of[dup.index] = id_of[target]
        edges = _resolve_referrals(selected, [d for d, _ in aliases], id_of, applier)
        applier.check()
        contacts_data.insert_contacts(
            [applier.new_contact(item.card.data, cid, uid) for item, cid, uid in new_items],
            today=applier.today,
            step=applier.step,
        )
        summary.imported = len(new_items)
        merges = [
            (item.match_id, item.card.data)
            for item, choice in selected
            if choice == Choice.MERGE and item.match_id is not None
        ]
        applier.check()
        if merges:
            applier.merge_all(merges)
        summary.merged = len(merges) + len(aliases)
        applier.check()
        referrals_data.insert_referrals(edges)
        summary.referrals = len(edges)
        applier.check()
        if progress is not None:
            progress(total, total)
    summary.skipped.extend(applier.problems)
    summary.contact_ids = [id_of[item.index] for item, _ in selected]
    return summary


def _fold_in(item: PlanItem, duplicates: list[PlanItem], region: str) -> PlanItem:
    """``item`` with the later cards of the same person merged into a copy of its data."""
    if not duplicates:
        return item
    card = replace(item.card, data=copy.deepcopy(item.card.data))
    if not card.source_uid:  # a LinkedIn row and the phone's card: keep the phone's UID
        card.source_uid = next((d.card.source_uid for d in duplicates if d.card.source_uid), "")
    for duplicate in duplicates:
        merge_data(card.data, duplicate.card.data, region)
        if not card.related_uid and not card.referrer_name:
            other = duplicate.card
            card.related_uid, card.referrer_name = other.related_uid, other.referrer_name
            card.referral_reason, card.referred_on = other.referral_reason, other.referred_on
            card.calls_ahead = other.calls_ahead
    return replace(item, card=card)


def merge_data(into: ContactData, other: ContactData, region: str = "US") -> None:
    """The merge rule on plain data: fill what is empty, keep notes, add e-mails and phones."""
    for name in (*FILLED, "organization"):
        if not getattr(into, name) and getattr(other, name):
            setattr(into, name, getattr(other, name))
    if into.photo is None and other.photo is not None:
        into.photo, into.photo_mime = other.photo, other.photo_mime
    if into.date_added is None:
        into.date_added = other.date_added
    known = {e.address.casefold() for e in into.emails}
    into.emails.extend(e for e in other.emails if e.address.casefold() not in known)
    numbers = {normalize_phone(p.number, region) or p.number for p in into.phones}
    into.phones.extend(
        p for p in other.phones if (normalize_phone(p.number, region) or p.number) not in numbers
    )
    urls = {linkedin_key(lk.url) or lk.url.casefold() for lk in into.links}
    into.links.extend(
        lk for lk in other.links if (linkedin_key(lk.url) or lk.url.casefold()) not in urls
    )
    if not into.addresses:
        into.addresses = list(other.addresses)
    into.tags.extend(t for t in other.tags if t not in into.tags)
    into.past_employers.extend(p for p in other.past_employers if p not in into.past_employers)


def _resolve_referrals(
    selected: list[tuple[PlanItem, Choice]],
    aliases: list[PlanItem],
    id_of: dict[int, int],
    applier: _Applier,
) -> list[tuple[int, int, str | None, str, bool]]:
    """Referral links (referred, referrer, referred on, reason, calls ahead) from RELATED UIDs
    and referrer names, without loops."""
    wanting = [
        (item, choice)
        for item, choice in selected
        if item.card.related_uid or item.card.referrer_name
    ]
    if not wanting:
        return []
    by_uid: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for item in [i for i, _ in selected] + aliases:
        if item.card.source_uid:
            by_uid.setdefault(item.card.source_uid, id_of[item.index])
        # The same name twice in one import is most likely one person from two sources.
        by_name.setdefault(fold(item.card.data.display_name), id_of[item.index])
    missing_uids = [i.card.related_uid for i, _ in wanting if i.card.related_uid not in by_uid]
    for uid, contact_id in matching.ids_by_uid(missing_uids).items():
        by_uid.setdefault(uid, contact_id)
    missing_names = [
        fold(i.card.referrer_name)
        for i, _ in wanting
        if i.card.referrer_name and fold(i.card.referrer_name) not in by_name
    ]
    db_names: dict[str, int | None] = {}
    for sort_name, contact_id in matching.ids_by_sort_name(missing_names):
        db_names[sort_name] = None if sort_name in db_names else contact_id
    new_ids = {id_of[item.index] for item, choice in selected if choice == Choice.NEW}
    found: list[tuple[PlanItem, Choice, int | None]] = []
    for item, choice in wanting:
        card = item.card
        referrer: int | None = None
        if card.related_uid:
            referrer = by_uid.get(card.related_uid)
        if referrer is None and card.referrer_name:
            key = fold(card.referrer_name)
            referrer = by_name.get(key) if key in by_name else db_names.get(key)
        found.append((item, choice, referrer))
    # Who referred whom among the contacts already there, up to the top of their chains: what
    # the walks below go through (one query, however long the chains).
    known = {id_of[item.index] for item, _, _ in found} | {r for _, _, r in found if r is not None}
    db_parent = referrals_data.ancestors(known - new_ids)
    parent: dict[int, int] = {}

    def referrer_of(contact_id: int) -> int | None:
        if contact_id in parent:
            return parent[contact_id]
        if contact_id in new_ids:
            return None
        return db_parent.get(contact_id)

    # Some ancestor of each contact walked through, nearer the top than its referrer: links are
    # only ever added above a top, so it stays an ancestor, and every walk is short (a chain
    # listed top first made each walk as long as the chain: 20,000 cards took 34 s).
    ancestor: dict[int, int] = {}

    def top_of(contact_id: int) -> int | None:
        """The top of the chain above ``contact_id``; None when it runs in a circle (only a
        damaged database holds one; linking below it adds no loop)."""
        path: list[int] = []
        on_path: set[int] = set()
        node = contact_id
        while True:
            up = ancestor.get(node)
            if up is None:
                up = referrer_of(node)
            if up is None:
                break
            if node in on_path:
                return None
            path.append(node)
            on_path.add(node)
            node = up
        for step in path:
            ancestor[step] = node
        return node

    edges: list[tuple[int, int, str | None, str, bool]] = []
    for item, choice, referrer in found:
        card = item.card
        child = id_of[item.index]
        if referrer is None:
            who = card.referrer_name or card.related_uid
            applier.problems.append(
                Problem(card.file, card.line, f"referrer {who!r} not found: link not made")
            )
            if card.referrer_name and not card.data.how_met:
                card.data.how_met = f"Referred by {card.referrer_name}"
            continue
        if referrer == child:
            continue
        if choice == Choice.MERGE and referrer_of(child) is not None:
            continue  # they already have a referrer: keep it
        # The child has no referrer yet, so it tops its own chain: a link to a referrer below
        # it would close a loop.
        if top_of(referrer) == child:
            applier.problems.append(
                Problem(card.file, card.line, "referral would make a loop: link not made")
            )
            continue
        parent[child] = referrer
        on = card.referred_on.isoformat() if card.referred_on else None
        edges.append((child, referrer, on, card.referral_reason, card.calls_ahead))
    return edges
