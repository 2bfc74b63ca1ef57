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

Local changes are found by the contacts' change counts (``sync_mark``, kept by triggers on
every table a card is made of): only a contact counted as changed since its card was agreed on
is written as a card and compared with it, so an incremental sync costs what changed, not the
size of the network. The count is read before the contact, and the card remembers the count of
the reading it agreed on: a change made here while the sync runs is counted after that reading,
and found by the next sync.

Every step is written down as soon as both sides agree on it, and the sync token only at the
end, so a run killed at any moment, or cut off by the server, is finished by the next one with
no duplicate and nothing lost (a card written but not yet recorded is found again by its UID).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import partial
from typing import Any, Final

from netdesk.core.contact_records import export_cards
from netdesk.core.contacts import delete_contacts, load_contact, update_contact
from netdesk.core.formats.cards import ParsedCard
from netdesk.core.formats.vcard import ExportCard, export_uid
from netdesk.core.importing import Choice, ImportPlan, ReadResult, apply_import, plan_import
from netdesk.models import sync_state
from netdesk.models.records import ContactData, ReferralInfo
from netdesk.models.store import store
from netdesk.models.sync_state import AccountRecord, CardState, ConflictRecord

from . import cards
from .changes import remote_changes
from .dav import CollectionKind, DavClient, Resource, Written
from .errors import (
    HttpStatusError,
    InvalidSyncToken,
    NotFound,
    PreconditionFailed,
    SyncError,
    UidConflict,
)
from .merge import CARD_FIELDS, DATA_FIELDS, FIELDS, Merged, merge, value_of

BOOK: Final = CollectionKind.ADDRESSBOOK
MAX_RETRIES: Final = 3
"""How often a card that keeps changing on the server while NetDesk merges it is tried again."""
READ_CHUNK: Final = 500
"""Contacts read from the database at once when every one of them is looked at."""
RECORD_EVERY: Final = 100
"""Uploads written down together (one short transaction; the network waits outside it). A run
cut off before they are is finished by the next one, which finds the cards by their UIDs."""
REFUSED_VERSION: Final = frozenset({400, 403, 409, 415, 422})
"""How a server that only takes vCard 3.0 answers a 4.0 card (415 Unsupported Media Type, or
a refused precondition such as ``supported-address-data``): NetDesk tries 3.0 once."""

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
        # Each contact is read once per run (in chunks) and read again only after it changed.
        self.exports: dict[int, ExportCard] = {}
        self.counts: dict[int, int] = {}  # each cached contact's change count, read before it
        self.referred: dict[str, set[int]] = {}  # referrer UID -> cached contacts it refers
        self.pending: list[CardState] = []  # settled on both sides, not yet written down

    # -- the local side ---------------------------------------------------------------------

    def alive(self, row: CardState) -> bool:
        return self.uids.get(row.contact_id) == row.uid

    def export(self, contact_id: int) -> ExportCard:
        found = self.exports.get(contact_id)
        if found is None:
            self.prefetch([contact_id])
            found = self.exports[contact_id]
        return found

    def prefetch(self, ids: Iterable[int]) -> None:
        """Read the contacts not read yet in this run, in chunks."""
        missing = [i for i in dict.fromkeys(ids) if i not in self.exports]
        for start in range(0, len(missing), READ_CHUNK):
            chunk = missing[start : start + READ_CHUNK]
            counts = sync_state.change_counts(chunk)  # first: a write after it counts again
            self.counts.update((i, counts.get(i, 0)) for i in chunk)
            by_uid = {self.uids.get(i): i for i in chunk}
            if len(by_uid) < len(chunk) or None in by_uid:
                by_uid = {}  # told apart by UID only when each has its own: else one by one
            found = export_cards(chunk) if by_uid else []
            pairs = [(by_uid[c.uid], c) for c in found if c.uid in by_uid]
            if len(pairs) < len(chunk):
                pairs = [(i, c) for i in chunk for c in export_cards([i])]
            for contact_id, card in pairs:
                self.exports[contact_id] = card
                if card.referrer_uid:
                    self.referred.setdefault(card.referrer_uid, set()).add(contact_id)

    def forget(self, contact_id: int) -> None:
        """The contact changed here: read it again, and those whose card names it as referrer."""
        card = self.exports.pop(contact_id, None)
        self.counts.pop(contact_id, None)
        uid = card.uid if card is not None else self.uids.get(contact_id, "")
        for other in self.referred.pop(uid, set()) if uid else set():
            self.exports.pop(other, None)
            self.counts.pop(other, None)

    def rendering(self, contact_id: int, base: str | None) -> str:
        return cards.render(self.export(contact_id), base, self.version)

    def local_card(self, contact_id: int, base: str | None) -> tuple[str, ParsedCard]:
        text = self.rendering(contact_id, base)
        parsed = cards.parse(text, f"contact {contact_id}")
        assert parsed is not None, "NetDesk's own card always has a name"
        return text, parsed

    def changed_here(self, row: CardState) -> bool:
        """Whether the contact changed here since its card was agreed on. Only a contact whose
        change count grew since is written as a card to find out; one found unchanged after
        all (saved as it was, a change undone) gets its new count, and is not looked at
        again until it changes."""
        contact_id = row.contact_id
        self.export(contact_id)
        count = self.counts[contact_id]
        if count <= row.mark:
            return False
        text = self.rendering(contact_id, row.base)
        found = cards.digest(text)
        changed = found != row.digest if row.digest else self.differs(text, row)
        if not changed:
            row = replace(row, digest=found, mark=count)
            self.state[row.href] = row
            self.pending.append(row)
        return changed

    def differs(self, text: str, row: CardState) -> bool:
        """Whether the contact's card carries other values than the server's (``row.base``):
        for a card that came down as a new contact, whose rendering was never worked out."""
        local = cards.parse(text, f"contact {row.contact_id}")
        remote = cards.parse(row.base, row.href)
        if local is None or remote is None:
            return True
        photo = self.export(row.contact_id).data.photo
        unsent = {"photo"} if photo is not None and len(photo) > cards.MAX_SYNC_PHOTO else set()
        return any(
            value_of(local, name) != value_of(remote, name) for name in FIELDS if name not in unsent
        )

    def record(
        self, contact_id: int, href: str, etag: str | None, base: str, *, later: bool = False
    ) -> None:
        """Both sides now agree on this card: remember it as the next merge's base (with
        ``later``, at the next `flush`), with the digest of the contact's card and the change
        count of the reading it was written from."""
        digest = cards.digest(self.rendering(contact_id, base))
        mark = self.counts[contact_id]
        row = CardState(href, contact_id, self.uids[contact_id], etag or "", base, digest, mark)
        self.state[href] = row
        self.done.add(href)
        self.pending.append(row)
        if not later or len(self.pending) >= RECORD_EVERY:
            self.flush()

    def flush(self) -> None:
        """Write down the cards settled since the last flush, in one transaction."""
        if not self.pending:
            return
        sync_state.put_cards(self.account.id, self.pending)
        self.pending.clear()

    def settled(self, written: Written, text: str) -> Resource:
        """What the server holds after a PUT of ``text``. A server that answered without an
        ETag changed the card as it stored it (RFC 6352 6.3.2.3): it is read back, so the
        next sync neither downloads it again for want of an ETag nor merges against a text
        the server never kept."""
        if written.etag is not None:
            return Resource(written.etag, text)
        try:
            return self.client.get(written.href)
        except NotFound:
            return Resource(None, text)

    def apply(self, contact_id: int, result: Merged) -> None:
        """Write the fields the merge took from the server into the contact."""
        if not result.changed_locally:
            return
        # Read, written and read again at once: a change made here meanwhile is neither
        # overwritten nor taken for the sync's own (its count comes after this reading).
        with store.transaction():
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
            self.forget(contact_id)
            self.uids = sync_state.contact_uids() if contact_id not in self.uids else self.uids
            self.export(contact_id)

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
        """Write down the merge's conflicts for the user to settle; a conflict stored before on
        a field this merge took from the server or sent to it (changed again there, or here)
        is over."""
        merged = [*result.changed_locally, *result.changed_remotely]
        found: list[SyncConflict] = []
        if result.conflicts:
            name = self.name_of(contact_id)
            found = [
                SyncConflict(contact_id, name, c.field, c.local, c.remote) for c in result.conflicts
            ]
            self.summary.conflicts.extend(found)
        elif not merged:
            return
        sync_state.put_contact_conflicts(
            self.account.id,
            contact_id,
            merged,
            [
                ConflictRecord(contact_id, c.field, c.local, c.remote, self.today.isoformat())
                for c in found
            ],
        )

    # -- the steps ----------------------------------------------------------------------------

    def remote_changes(self) -> tuple[dict[str, str], set[str], str]:
        """Changed hrefs with their ETags, removed hrefs, and the token to keep afterwards."""
        known = {href: row.etag for href, row in self.state.items()}
        found = remote_changes(self.client, self.book, self.account.sync_token, known)
        return found.changed, found.removed, found.token

    def download(self, changed: Iterable[str]) -> None:
        unknown: list[tuple[str, Resource, ParsedCard]] = []
        for batch in self.client.iter_multiget(self.book, BOOK, list(changed)):
            known: list[tuple[CardState, Resource, ParsedCard]] = []
            readings = cards.parse_batch([(href, r.data) for href, r in batch.items()])
            for (href, resource), parsed in zip(batch.items(), readings, strict=True):
                if parsed is None:
                    continue
                self.summary.downloaded += 1
                row = self.state.get(href)
                if row is not None and self.alive(row):
                    known.append((row, resource, parsed))
                else:
                    unknown.append((href, resource, parsed))
            self.prefetch(row.contact_id for row, _r, _p in known)
            both = [(r, res) for r, res, _p in known if self.changed_here(r)]
            mine = {r.href for r, _res in both}
            mark = len(self.pending)
            try:
                with store.transaction():  # changed there only: one transaction for the batch
                    for row, resource, parsed in known:
                        if row.href not in mine:
                            self.take(row, resource, parsed)
                    self.flush()
            except BaseException:
                del self.pending[mark:]  # rolled back with the contacts: not agreed after all
                raise
            for row, resource in both:
                self.merge_and_upload(row.contact_id, row.href, row.base, resource)
        if unknown:
            self.adopt(unknown)

    def take(self, row: CardState, remote: Resource, parsed: ParsedCard) -> None:
        """Changed there and not here: the server's values win."""
        _text, local = self.local_card(row.contact_id, row.base)
        result = merge(local, local, parsed)
        self.apply(row.contact_id, result)
        self.conflicts(row.contact_id, result)
        self.record(row.contact_id, row.href, remote.etag, remote.data, later=True)

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
            send = partial(self.client.update, href, etag=remote.etag or "*", kind=BOOK)
            try:
                written, text = self.put(send, contact_id, remote.data)
            except PreconditionFailed:
                base = remote.data
                remote = self.client.get(href)
                continue
            self.uploaded(contact_id, written, text)
            return
        raise SyncError(f"{href} kept changing on the server; NetDesk tries again next time.")

    def put(
        self, send: Callable[[str], Written], contact_id: int, base: str | None
    ) -> tuple[Written, str]:
        """``send`` the contact's card in the account's vCard version. A server that refuses
        a 4.0 card is sent it as 3.0 once; when it takes that, the account keeps 3.0."""
        text = self.rendering(contact_id, base)
        try:
            return send(text), text
        except HttpStatusError as exc:
            answered = (PreconditionFailed, UidConflict, NotFound, InvalidSyncToken)
            if self.version != "4.0" or exc.status not in REFUSED_VERSION:
                raise
            if isinstance(exc, answered):
                raise
            refused = exc
        self.version = "3.0"
        text = self.rendering(contact_id, base)
        try:
            written = send(text)
        except (PreconditionFailed, UidConflict):
            sync_state.set_vcard_version(self.account.id, "3.0")  # taken, just not there
            raise
        except HttpStatusError:
            self.version = "4.0"
            raise refused from None
        sync_state.set_vcard_version(self.account.id, "3.0")
        return written, text

    def find_uid(self, uid: str) -> str | None:
        """The href of the server's card with this UID, among those NetDesk does not know."""
        hrefs = [h for h in self.client.list_etags(self.book) if h not in self.state]
        for batch in self.client.iter_multiget(self.book, BOOK, hrefs):
            for href, resource in batch.items():
                found = cards.parse(resource.data, href)
                if found is not None and found.source_uid == uid:
                    return href
        return None

    def adopt(self, found: list[tuple[str, Resource, ParsedCard]]) -> None:
        """Cards not seen before: matched and merged the way an import does, or added."""
        plan = plan_import(ReadResult(cards=[parsed for _h, _r, parsed in found]))
        linked = {row.contact_id for row in self.state.values() if self.alive(row)}
        choices: dict[int, Choice] = dict(self.choose(plan)) if self.choose else {}
        for item in plan.items:
            if item.duplicate_of is not None or item.match_id in linked:
                choices[item.index] = Choice.NEW  # apart on the server, apart here
        mark = len(self.pending)
        try:
            # The contacts and their cards are written down together (a run cut off between
            # the two would leave contacts the next run has to find again by UID), with the
            # change counts the import left them at.
            with store.transaction():
                to_merge = self.import_cards(found, plan, choices)
        except BaseException:
            del self.pending[mark:]  # rolled back with the contacts: not agreed after all
            raise
        for contact_id, href, resource in to_merge:
            # The import merged them; what it added here goes up.
            self.merge_and_upload(contact_id, href, resource.data, resource)

    def import_cards(
        self,
        found: list[tuple[str, Resource, ParsedCard]],
        plan: ImportPlan,
        choices: Mapping[int, Choice],
    ) -> list[tuple[int, str, Resource]]:
        """`adopt`'s import and what it agreed on; returns the cards merged into contacts."""
        summary = apply_import(plan, choices=choices, today=self.today)
        counts = sync_state.change_counts(summary.contact_ids)
        for contact_id in summary.contact_ids:
            self.forget(contact_id)
        self.uids = sync_state.contact_uids()
        selected = [item for item in plan.items if choices.get(item.index) != Choice.SKIP]
        to_merge: list[tuple[int, str, Resource]] = []
        for item, contact_id in zip(selected, summary.contact_ids, strict=True):
            href, resource, _parsed = found[item.index]
            merged = Choice(choices.get(item.index, item.default_choice)) == Choice.MERGE
            if merged and item.match_id is not None:
                uid = item.card.source_uid
                if uid and uid != self.uids.get(contact_id) and uid not in self.uids.values():
                    sync_state.adopt_uid(contact_id, uid)
                    self.forget(contact_id)
                    self.uids[contact_id] = uid
                to_merge.append((contact_id, href, resource))
                continue
            # The contact is the card: it is written as one only once it changes here (see
            # `differs`), not 5,000 times for a first download.
            uid = self.uids[contact_id]
            etag = resource.etag or ""
            row = CardState(
                href, contact_id, uid, etag, resource.data, "", counts.get(contact_id, 0)
            )
            self.state[href] = row
            self.done.add(href)
            self.pending.append(row)
        self.flush()
        return to_merge

    def drop(self, href: str) -> None:
        self.flush()
        sync_state.drop_card(self.account.id, href)
        del self.state[href]

    def removed_there(self, removed: Iterable[str]) -> None:
        gone: list[int] = []
        rows = [self.state[h] for h in removed if h in self.state and h not in self.done]
        self.prefetch(row.contact_id for row in rows if self.alive(row))
        for row in rows:
            if self.alive(row) and not self.changed_here(row):
                gone.append(row.contact_id)
            self.drop(row.href)
            # a contact changed here since has no card now: it goes up again as new
        if gone:
            delete_contacts(gone)
            for contact_id in gone:
                self.forget(contact_id)
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
                self.drop(href)
                if parsed is not None:
                    self.summary.downloaded += 1
                    self.adopt([(href, remote, parsed)])
                continue
            self.drop(href)

    def changed_here_up(self) -> None:
        """Upload the contacts without a card, and those changed here since their card was
        agreed on (counted as changed, and their card different)."""
        counts = sync_state.change_counts()
        with_card = {row.contact_id: row for row in self.state.values() if self.alive(row)}
        ids = []
        for contact_id in sorted(self.uids):
            row = with_card.get(contact_id)
            if row is None:
                ids.append(contact_id)
            elif row.href not in self.done and counts.get(contact_id, 0) > row.mark:
                ids.append(contact_id)
                if self.counts.get(contact_id, -1) < counts[contact_id]:
                    self.exports.pop(contact_id, None)  # read before its last change
        for start in range(0, len(ids), READ_CHUNK):
            chunk = ids[start : start + READ_CHUNK]
            self.prefetch(chunk)
            for contact_id in chunk:
                row = with_card.get(contact_id)
                if row is None:
                    self.create(contact_id)
                elif self.changed_here(row):
                    self.update(row)
                self.exports.pop(contact_id, None)  # looked at once: no need to keep it
        self.flush()

    def uploaded(self, contact_id: int, written: Written, text: str) -> None:
        self.summary.uploaded += 1
        kept = self.settled(written, text)
        self.record(contact_id, written.href, kept.etag, kept.data, later=True)

    def update(self, row: CardState) -> None:
        try:
            written, text = self.put(
                lambda t: self.client.update(row.href, t, row.etag or "*", BOOK),
                row.contact_id,
                row.base,
            )
        except PreconditionFailed:
            self.merge_and_upload(row.contact_id, row.href, row.base, self.client.get(row.href))
            return
        except NotFound:
            self.drop(row.href)
            self.create(row.contact_id)
            return
        self.uploaded(row.contact_id, written, text)

    def create(self, contact_id: int) -> None:
        uid = self.export(contact_id).uid
        try:
            written, text = self.put(
                lambda t: self.client.create(self.book, export_uid(uid), t, BOOK), contact_id, None
            )
        except PreconditionFailed as exc:
            # There already: another device's card with this UID, or this one's from a run
            # that was cut off after the upload.
            self.merge_and_upload(contact_id, exc.href, None, self.client.get(exc.href))
            return
        except UidConflict as exc:
            # The same person at another address (a phone names its cards its own way).
            existing = exc.existing or self.find_uid(export_uid(uid))
            if existing is None:
                raise
            self.merge_and_upload(contact_id, existing, None, self.client.get(existing))
            return
        self.uploaded(contact_id, written, text)


def sync_contacts(
    account: AccountRecord, client: DavClient, *, choose: ChoosePlan | None = None
) -> SyncSummary:
    """One two-way sync of the account's address book (see the module); raises `SyncError`
    (`ServerUnreachable` when offline) with everything done so far kept on both sides."""
    if not account.addressbook_url:
        raise SyncError(f"The account {account.url} has no address book to sync.")
    run = _Run(account, client, choose)
    try:
        changed, removed, token = run.remote_changes()
        run.download(changed)
        run.removed_there(removed)
        run.removed_here()
        run.changed_here_up()
    finally:
        run.flush()  # what both sides agree on stays agreed, however the run ends
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
