"""Two-way contact sync between this database and one account's address book.

One run: ask the server what changed (``sync-collection`` from the token kept, or, without a
token, without the report or with a token the server forgot, every ETag compared with those
last seen), download the changed cards in ``addressbook-multiget`` batches, and bring each side
up to date with the other:

- a card not seen before is matched with the import's matcher (UID, e-mail, phone, LinkedIn,
  name and organization) and merged the way an import merges, or added; what the merge added
  goes back up;
- a card changed there and not here replaces the contact's fields; changed on both sides, it is
  merged field by field against the card as last synced (`merge`), conflicts keeping the local
  value and reported;
- a contact changed here goes up with ``If-Match`` on the ETag last seen (a 412: fetch, merge,
  try again); a new one with ``If-None-Match: *`` at an href made from its UID (a 412: it is
  there already, from another device or an interrupted run: fetch and merge);
- deletions travel both ways, but never take a contact edited on the other side since: a card
  deleted there whose contact changed here goes up again, and a contact deleted here whose card
  changed there comes back.

Every step is written down as soon as both sides agree on it, and the sync token only at the
end, so a run killed at any moment, or cut off by the server, is finished by the next one with
no duplicate and nothing lost (a card written but not yet recorded is found again by its UID).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Final

from netdesk.core.contact_records import export_cards
from netdesk.core.contacts import delete_contacts, load_contact, update_contact
from netdesk.core.formats.cards import ParsedCard
from netdesk.core.formats.vcard import ExportCard, export_uid
from netdesk.core.importing import Choice, ImportPlan, ReadResult, apply_import, plan_import
from netdesk.models import sync_state
from netdesk.models.records import ContactData, ReferralInfo
from netdesk.models.sync_state import AccountRecord, CardState, ConflictRecord

from . import cards
from .dav import CollectionKind, DavClient, Resource
from .errors import (
    HttpStatusError,
    InvalidSyncToken,
    NotFound,
    PreconditionFailed,
    ServerProtocolError,
    SyncError,
    UidConflict,
)
from .merge import CARD_FIELDS, DATA_FIELDS, Merged, merge, value_of

BOOK: Final = CollectionKind.ADDRESSBOOK
MAX_RETRIES: Final = 3
"""How often a card that keeps changing on the server while NetDesk merges it is tried again."""

ChoosePlan = Callable[[ImportPlan], Mapping[int, Choice]]
"""The first sync's preview: given the matches, the user's choices (by plan item index)."""


@dataclass(frozen=True)
class SyncConflict:
    contact_id: int
    display_name: str
    field: str
    local: str
    remote: str


@dataclass
class SyncSummary:
    uploaded: int = 0
    downloaded: int = 0
    deleted_local: int = 0
    deleted_remote: int = 0
    merged: int = 0
    conflicts: list[SyncConflict] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "uploaded": self.uploaded,
            "downloaded": self.downloaded,
            "deleted_local": self.deleted_local,
            "deleted_remote": self.deleted_remote,
            "merged": self.merged,
            "conflicts": [
                {
                    "contact_id": c.contact_id,
                    "display_name": c.display_name,
                    "field": c.field,
                    "local": c.local,
                    "remote": c.remote,
                }
                for c in self.conflicts
            ],
        }


class _Run:
    def __init__(
        self, account: AccountRecord, client: DavClient, choose: ChoosePlan | None
    ) -> None:
        self.account = account
        self.client = client
        self.choose = choose
        self.book = account.addressbook_url
        self.version = account.vcard_version
        self.state = sync_state.cards(account.id)
        self.uids = sync_state.contact_uids()
        self.summary = SyncSummary()
        self.done: set[str] = set()  # hrefs settled in this run
        self.today = date.today()

    # -- the local side ---------------------------------------------------------------------

    def alive(self, row: CardState) -> bool:
        return self.uids.get(row.contact_id) == row.uid

    def export(self, contact_id: int) -> ExportCard:
        return export_cards([contact_id])[0]

    def rendering(self, contact_id: int, base: str | None) -> str:
        return cards.render(self.export(contact_id), base, self.version)

    def local_card(self, contact_id: int, base: str | None) -> tuple[str, ParsedCard]:
        text = self.rendering(contact_id, base)
        parsed = cards.parse(text, f"contact {contact_id}")
        assert parsed is not None, "NetDesk's own card always has a name"
        return text, parsed

    def changed_here(self, row: CardState) -> bool:
        return cards.digest(self.rendering(row.contact_id, row.base)) != row.digest

    def record(self, contact_id: int, href: str, etag: str | None, base: str) -> None:
        """Both sides now agree on this card: remember it as the next merge's base."""
        row = CardState(
            href,
            contact_id,
            self.uids[contact_id],
            etag or "",
            base,
            cards.digest(self.rendering(contact_id, base)),
        )
        sync_state.put_card(self.account.id, row)
        self.state[href] = row
        self.done.add(href)

    def apply(self, contact_id: int, result: Merged) -> None:
        """Write the fields the merge took from the server into the contact."""
        if not result.changed_locally:
            return
        data = load_contact(contact_id)
        merged = result.card
        for name in result.changed_locally:
            if name in DATA_FIELDS:
                value = value_of(merged, name)
                big = data.photo is not None and len(data.photo) > cards.MAX_SYNC_PHOTO
                if name == "photo" and value is None and big:
                    continue  # never sent, so never removed there
                setattr(data, name, value)
        if any(name in CARD_FIELDS or name == "calls_ahead" for name in result.changed_locally):
            data.referral = self.referral(data, merged)
        update_contact(contact_id, data)
        self.uids = sync_state.contact_uids() if contact_id not in self.uids else self.uids

    def referral(self, data: ContactData, card: ParsedCard) -> ReferralInfo | None:
        if not card.related_uid:
            return None
        found = sync_state.ids_with_uids([card.related_uid])
        referrer = found.get(card.related_uid)
        if referrer is None:
            return data.referral
        meeting = data.referral.meeting_id if data.referral is not None else None
        if data.referral is not None and data.referral.referrer_id != referrer:
            meeting = None
        return ReferralInfo(
            referrer, card.referred_on, card.referral_reason, card.calls_ahead, meeting
        )

    def name_of(self, contact_id: int) -> str:
        return self.export(contact_id).data.display_name

    def conflicts(self, contact_id: int, result: Merged) -> None:
        if not result.conflicts:
            return
        name = self.name_of(contact_id)
        found = [
            SyncConflict(contact_id, name, c.field, c.local, c.remote) for c in result.conflicts
        ]
        self.summary.conflicts.extend(found)
        sync_state.add_conflicts(
            self.account.id,
            [
                ConflictRecord(contact_id, c.field, c.local, c.remote, self.today.isoformat())
                for c in found
            ],
        )

    # -- the steps ----------------------------------------------------------------------------

    def remote_changes(self) -> tuple[dict[str, str], set[str], str]:
        """Changed hrefs with their ETags, removed hrefs, and the token to keep afterwards."""
        token = self.account.sync_token
        if token:
            try:
                changes = self.client.sync_collection(self.book, token)
            except InvalidSyncToken:
                token = ""
            else:
                changed = {
                    h: e
                    for h, e in changes.changed.items()
                    if h not in self.state or not e or self.state[h].etag != e
                }
                return changed, set(changes.removed) & set(self.state), changes.token
        try:
            full = self.client.sync_collection(self.book, "")
            etags, new_token = full.changed, full.token
        except (HttpStatusError, ServerProtocolError):  # no sync-collection: ETags it is
            etags, new_token = self.client.list_etags(self.book), ""
        known = {href: row.etag for href, row in self.state.items()}
        changed = {h: e for h, e in etags.items() if not e or known.get(h) != e}
        return changed, set(self.state) - set(etags), new_token

    def download(self, changed: Iterable[str]) -> None:
        fresh: list[tuple[str, Resource]] = []
        for batch in self.client.iter_multiget(self.book, BOOK, list(changed)):
            fresh.extend(batch.items())
        unknown: list[tuple[str, Resource, ParsedCard]] = []
        for href, resource in fresh:
            parsed = cards.parse(resource.data, href)
            if parsed is None:
                continue
            self.summary.downloaded += 1
            row = self.state.get(href)
            if row is not None and self.alive(row):
                self.known_changed(row, resource, parsed)
            else:
                unknown.append((href, resource, parsed))
        if unknown:
            self.adopt(unknown)

    def known_changed(self, row: CardState, remote: Resource, parsed: ParsedCard) -> None:
        if not self.changed_here(row):
            _text, local = self.local_card(row.contact_id, row.base)
            result = merge(local, local, parsed)  # unchanged here: the server's values win
            self.apply(row.contact_id, result)
            self.record(row.contact_id, row.href, remote.etag, remote.data)
            return
        self.merge_and_upload(row.contact_id, row.href, row.base, remote)

    def merge_and_upload(
        self, contact_id: int, href: str, base: str | None, remote: Resource
    ) -> None:
        """Merge the server's ``remote`` into the contact, and upload what the merge kept from
        here, until the server takes it."""
        for _ in range(MAX_RETRIES):
            _text, local = self.local_card(contact_id, base)
            old = cards.parse(base, href) if base else None
            parsed = cards.parse(remote.data, href)
            if parsed is None:
                return
            result = merge(old, local, parsed)
            self.apply(contact_id, result)
            self.conflicts(contact_id, result)
            self.summary.merged += 1
            if not result.changed_remotely:
                self.record(contact_id, href, remote.etag, remote.data)
                return
            text = self.rendering(contact_id, remote.data)
            try:
                written = self.client.update(href, text, remote.etag or "*", BOOK)
            except PreconditionFailed:
                base = remote.data
                remote = self.client.get(href)
                continue
            self.summary.uploaded += 1
            self.record(contact_id, written.href, written.etag, text)
            return
        raise SyncError(f"{href} kept changing on the server; NetDesk tries again next time.")

    def adopt(self, found: list[tuple[str, Resource, ParsedCard]]) -> None:
        """Cards not seen before: matched and merged the way an import does, or added."""
        plan = plan_import(ReadResult(cards=[parsed for _h, _r, parsed in found]))
        linked = {row.contact_id for row in self.state.values() if self.alive(row)}
        choices: dict[int, Choice] = dict(self.choose(plan)) if self.choose else {}
        for item in plan.items:
            if item.duplicate_of is not None or item.match_id in linked:
                choices[item.index] = Choice.NEW  # apart on the server, apart here
        summary = apply_import(plan, choices=choices, today=self.today)
        self.uids = sync_state.contact_uids()
        selected = [item for item in plan.items if choices.get(item.index) != Choice.SKIP]
        for item, contact_id in zip(selected, summary.contact_ids, strict=True):
            href, resource, _parsed = found[item.index]
            merged = Choice(choices.get(item.index, item.default_choice)) == Choice.MERGE
            if merged and item.match_id is not None:
                uid = item.card.source_uid
                if uid and uid != self.uids.get(contact_id) and uid not in self.uids.values():
                    sync_state.adopt_uid(contact_id, uid)
                    self.uids[contact_id] = uid
                # The import merged them; what it added here goes up.
                self.merge_and_upload(contact_id, href, resource.data, resource)
            else:
                self.record(contact_id, href, resource.etag, resource.data)

    def removed_there(self, removed: Iterable[str]) -> None:
        gone: list[int] = []
        for href in removed:
            row = self.state.get(href)
            if row is None or href in self.done:
                continue
            if self.alive(row) and not self.changed_here(row):
                gone.append(row.contact_id)
            sync_state.drop_card(self.account.id, href)
            del self.state[href]
            # a contact changed here since has no card now: it goes up again as new
        if gone:
            delete_contacts(gone)
            self.summary.deleted_local += len(gone)
            self.uids = sync_state.contact_uids()

    def removed_here(self) -> None:
        for href, row in list(self.state.items()):
            if href in self.done or self.alive(row):
                continue
            try:
                if self.client.delete(href, row.etag or None):
                    self.summary.deleted_remote += 1
            except PreconditionFailed:
                # Edited on the other side since: it comes back here.
                remote = self.client.get(href)
                parsed = cards.parse(remote.data, href)
                sync_state.drop_card(self.account.id, href)
                del self.state[href]
                if parsed is not None:
                    self.summary.downloaded += 1
                    self.adopt([(href, remote, parsed)])
                continue
            sync_state.drop_card(self.account.id, href)
            del self.state[href]

    def changed_here_up(self) -> None:
        with_card = {row.contact_id: row for row in self.state.values() if self.alive(row)}
        for contact_id in sorted(self.uids):
            row = with_card.get(contact_id)
            if row is None:
                self.create(contact_id)
            elif row.href not in self.done and self.changed_here(row):
                self.update(row)

    def update(self, row: CardState) -> None:
        text = self.rendering(row.contact_id, row.base)
        try:
            written = self.client.update(row.href, text, row.etag or "*", BOOK)
        except PreconditionFailed:
            self.merge_and_upload(row.contact_id, row.href, row.base, self.client.get(row.href))
            return
        except NotFound:
            sync_state.drop_card(self.account.id, row.href)
            del self.state[row.href]
            self.create(row.contact_id)
            return
        self.summary.uploaded += 1
        self.record(row.contact_id, written.href, written.etag, text)

    def create(self, contact_id: int) -> None:
        export = self.export(contact_id)
        uid = export.uid
        text = cards.render(export, None, self.version)
        try:
            written = self.client.create(self.book, export_uid(uid), text, BOOK)
        except PreconditionFailed as exc:
            # There already: another device's card with this UID, or this one's from a run
            # that was cut off after the upload.
            self.merge_and_upload(contact_id, exc.href, None, self.client.get(exc.href))
            return
        except UidConflict as exc:
            if exc.existing is None:
                raise
            self.merge_and_upload(contact_id, exc.existing, None, self.client.get(exc.existing))
            return
        self.summary.uploaded += 1
        self.record(contact_id, written.href, written.etag, text)


def sync_contacts(
    account: AccountRecord, client: DavClient, *, choose: ChoosePlan | None = None
) -> SyncSummary:
    """One two-way sync of the account's address book (see the module); raises `SyncError`
    (`ServerUnreachable` when offline) with everything done so far kept on both sides."""
    if not account.addressbook_url:
        raise SyncError(f"The account {account.url} has no address book to sync.")
    run = _Run(account, client, choose)
    changed, removed, token = run.remote_changes()
    run.download(changed)
    run.removed_there(removed)
    run.removed_here()
    run.changed_here_up()
    sync_state.set_sync_token(account.id, token)
    return run.summary


def sync_account(account_id: int, *, choose: ChoosePlan | None = None) -> SyncSummary:
    """`sync_contacts` for a stored account, its result written down."""
    from .accounts import open_client

    account = sync_state.account(account_id)
    if account is None:
        raise SyncError(f"There is no sync account {account_id}.")
    with open_client(account) as client:
        try:
            summary = sync_contacts(account, client, choose=choose)
        except SyncError as exc:
            sync_state.set_result(account_id, datetime.now(), str(exc))
            raise
    sync_state.set_result(account_id, datetime.now(), "ok")
    return summary
