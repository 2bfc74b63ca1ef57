"""Two-way sync of follow-ups, thank-you notes and meetings with one account's calendar.

Tasks go up as ``VTODO`` and meetings as ``VEVENT`` (`ical`); what a phone or calendar can
change comes back: a task ticked off (or reopened, moved, renamed) there is so here, and a
meeting moved or made longer there moves here. Everything else NetDesk owns and writes back.
Objects another application put in the calendar are remembered and left alone.

One run, like the contacts' (`changes.remote_changes`, multiget in batches, ``If-None-Match: *``
for new objects and ``If-Match`` for the others): the server's changes are merged field by field
against the object as last synced (a field changed differently on both sides keeps the local
value and is reported, and written down for the user to settle as the contacts' conflicts are:
`take_server_value` when the server's is chosen), then deletions both ways (never taking what
the other side edited since: it comes back, or goes up again), then what changed here goes up.
An object from another NetDesk becomes a meeting or task here once its person (and meeting) is
known; until then the next run compares everything again rather than trusting the sync token.

Built on `dav.DavClient`, not the ``caldav`` package: the client already brings timeouts, size
limits, TLS pinning, loopback-only plain http and XML without entity expansion, which the
package's own transport and parser would bypass.

Crash safety: a new object's row is written before its PUT (its href comes from a UID made
then), so a run killed after the upload finds it at the same href; a change taken from the
server is written in one transaction with its row; the token is kept only at the end.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Final

from netdesk.models import meetings as stored_meetings
from netdesk.models import sync_state, tasks
from netdesk.models.enums import MeetingKind, TaskKind
from netdesk.models.meetings import MeetingRecord
from netdesk.models.store import store
from netdesk.models.sync_state import (
    AccountRecord,
    ConflictRecord,
    ItemState,
    SyncMeeting,
    SyncTask,
)

from . import ical
from .changes import remote_changes
from .contacts import SyncConflict, SyncSummary
from .dav import CollectionKind, DavClient, Resource
from .errors import NotFound, PreconditionFailed, SyncError
from .ical import MEETING, TASK, Fields, Item

CALENDAR: Final = CollectionKind.CALENDAR
OTHER: Final = "other"
MAX_RETRIES: Final = 3


def merge_fields(
    base: Mapping[str, str],
    local: Mapping[str, str],
    remote: Mapping[str, str],
    two_way: Iterable[str],
) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """The fields to take from the server, and the conflicts (field, local, remote).

    Only the ``two_way`` fields come from the server: taken when only the server changed them
    since ``base``; kept when only this side did; a conflict (local kept) when both did,
    differently.
    """
    taken: dict[str, str] = {}
    conflicts: list[tuple[str, str, str]] = []
    for name in two_way:
        b, mine, theirs = base.get(name, ""), local.get(name, ""), remote.get(name, "")
        if mine == theirs or theirs == b:
            continue
        if mine == b:
            taken[name] = theirs
        else:
            conflicts.append((name, mine, theirs))
    return taken, conflicts


def _owner_of_task(task: SyncTask) -> str:
    return f"{task.kind}:{task.contact_id or 0}:{task.meeting_id or 0}"


def _owner_of_meeting(meeting: SyncMeeting) -> str:
    return str(meeting.contact_id)


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def write_task(task: SyncTask, taken: Mapping[str, str], today: date) -> int | None:
    """Write the server's values of a task's two-way fields (`ical.TASK_TWO_WAY`) into it, and
    into its meeting's dates; returns the meeting's id when that changed too."""
    title = taken.get("title", task.title) or task.title
    due = _date(taken.get("due", "")) or task.due
    done, done_on = task.done, task.done_on
    if "done" in taken:
        value = taken["done"]
        done = bool(value)
        done_on = (_date(value) or today) if done else None
    tasks.update_task(
        task.id, contact_id=task.contact_id, title=title, due=due, done=done, done_on=done_on
    )
    if task.meeting_id is None:
        return None
    record = stored_meetings.read_meeting(task.meeting_id)
    if record is None:
        return None
    if task.kind == TaskKind.THANK_YOU.value:
        sent = done_on if done else None
        record = replace(record, thank_you_due=due, thank_you_sent=sent)
    elif task.kind == TaskKind.FOLLOW_UP.value:
        record = replace(record, follow_up=due)
    stored_meetings.update_meeting(task.meeting_id, record)
    return task.meeting_id


def write_meeting(meeting_id: int, taken: Mapping[str, str]) -> None:
    """Write the server's values of a meeting's two-way fields (`ical.MEETING_TWO_WAY`)."""
    record = stored_meetings.read_meeting(meeting_id)
    if record is None:
        return
    if taken.get("start"):
        with contextlib.suppress(ValueError):
            record = replace(record, starts_at=datetime.fromisoformat(taken["start"]))
    if taken.get("minutes", "").isdigit():
        minutes = int(taken["minutes"])
        if record.actual_minutes is not None:
            record = replace(record, actual_minutes=minutes)
        else:
            record = replace(record, planned_minutes=minutes)
    kinds = {k.value for k in MeetingKind}
    if taken.get("kind") in kinds:
        record = replace(record, kind=taken["kind"])
    if "purpose" in taken:
        record = replace(record, purpose=taken["purpose"])
    if "agenda" in taken:
        record = replace(record, agenda=taken["agenda"])
    if "thank_you_due" in taken:
        record = replace(record, thank_you_due=_date(taken["thank_you_due"]))
    if "thank_you_sent" in taken:
        record = replace(record, thank_you_sent=_date(taken["thank_you_sent"]))
    if "follow_up" in taken:
        record = replace(record, follow_up=_date(taken["follow_up"]))
    stored_meetings.update_meeting(meeting_id, record)


def take_server_value(kind: str, local_id: int, field: str, value: str) -> bool:
    """A conflict settled for the server's value: write it into the task or meeting, so that
    the next sync sends it up (as an edit made here); False when the task or meeting is gone.
    Call it inside one transaction."""
    if field not in (ical.TASK_TWO_WAY if kind == TASK else ical.MEETING_TWO_WAY):
        raise ValueError(f"{field!r} is not a field the calendar sync merges")
    if kind == TASK:
        found = sync_state.sync_tasks([local_id])
        if not found:
            return False
        write_task(found[0], {field: value}, date.today())
        return True
    if stored_meetings.read_meeting(local_id) is None:
        return False
    write_meeting(local_id, {field: value})
    return True


class _Run:
    def __init__(self, account: AccountRecord, client: DavClient) -> None:
        self.account_id = account.id
        self.client = client
        self.calendar = account.calendar_url
        self.state = sync_state.items(account.id)
        self.summary = SyncSummary()
        self.done: set[str] = set()
        self.reported: set[str] = set()  # hrefs whose conflicts the summary counts already
        self.deferred = False
        self.stamp = datetime.now(UTC)
        self.today = date.today()
        self.tasks = {t.id: t for t in sync_state.sync_tasks()}
        self.meetings = {m.calendar.id: m for m in sync_state.sync_meetings()}
        self.meeting_uids = {
            row.local_id: row.uid
            for row in self.state.values()
            if row.kind == MEETING and self.alive(row)
        }

    # -- the local side ---------------------------------------------------------------------

    def reread(self, kind: str, local_id: int) -> None:
        if kind == TASK:
            self.tasks.pop(local_id, None)
            self.tasks.update((t.id, t) for t in sync_state.sync_tasks([local_id]))
        else:
            self.meetings.pop(local_id, None)
            self.meetings.update((m.calendar.id, m) for m in sync_state.sync_meetings([local_id]))

    def owner(self, kind: str, local_id: int) -> str | None:
        if kind == TASK:
            task = self.tasks.get(local_id)
            return None if task is None else _owner_of_task(task)
        meeting = self.meetings.get(local_id)
        return None if meeting is None else _owner_of_meeting(meeting)

    def alive(self, row: ItemState) -> bool:
        return row.kind != OTHER and self.owner(row.kind, row.local_id) == row.owner

    def meeting_uid(self, task: SyncTask) -> str | None:
        """The UID of the task's meeting on the server ("" for no meeting, None: not there)."""
        if task.meeting_id is None:
            return ""
        return self.meeting_uids.get(task.meeting_id)

    def fields(self, kind: str, local_id: int) -> Fields:
        if kind == TASK:
            task = self.tasks[local_id]
            return ical.task_fields(task, self.meeting_uid(task) or "")
        return ical.meeting_fields(self.meetings[local_id])

    def render(self, row: ItemState, base: str | None) -> str:
        if row.kind == TASK:
            task = self.tasks[row.local_id]
            return ical.render_task(task, row.uid, self.meeting_uid(task) or "", base, self.stamp)
        return ical.render_meeting(self.meetings[row.local_id], row.uid, base, self.stamp)

    def changed_here(self, row: ItemState) -> bool:
        return ical.digest(self.fields(row.kind, row.local_id)) != row.digest

    def record(self, row: ItemState, etag: str | None, base: str) -> ItemState:
        """Both sides now agree on this object: remember it as the next merge's base."""
        digest = ical.digest(self.fields(row.kind, row.local_id)) if row.kind != OTHER else ""
        row = replace(row, etag=etag or "", base=base, digest=digest)
        sync_state.put_item(self.account_id, row)
        self.state[row.href] = row
        self.done.add(row.href)
        if row.kind == MEETING:
            self.meeting_uids[row.local_id] = row.uid
        return row

    def forget(self, href: str) -> None:
        sync_state.drop_item(self.account_id, href)
        row = self.state.pop(href, None)
        if row is not None and row.kind == MEETING:
            self.meeting_uids.pop(row.local_id, None)

    def apply(self, row: ItemState, taken: Mapping[str, str]) -> None:
        """Write what the merge took from the server into the task or meeting."""
        if not taken:
            return
        if row.kind == TASK:
            meeting_id = write_task(self.tasks[row.local_id], taken, self.today)
            if meeting_id is not None:
                self.reread(MEETING, meeting_id)
        else:
            write_meeting(row.local_id, taken)
        self.reread(row.kind, row.local_id)

    def report(
        self, row: ItemState, taken: Mapping[str, str], conflicts: list[tuple[str, str, str]]
    ) -> None:
        """Write down the conflicts for the user to settle (those of the fields taken from the
        server are settled by it), and, once per object and run, count them in the summary."""
        if row.kind == TASK:
            task = self.tasks[row.local_id]
            contact_id, name = task.contact_id or 0, task.name or task.title
        else:
            meeting = self.meetings[row.local_id]
            contact_id, name = meeting.contact_id, meeting.calendar.name
        found_on = self.today.isoformat()
        sync_state.put_item_conflicts(
            self.account_id,
            row.kind,
            row.local_id,
            taken,
            [
                ConflictRecord(contact_id, field, mine, theirs, found_on, row.kind, row.local_id)
                for field, mine, theirs in conflicts
            ],
        )
        if row.href in self.reported:
            return
        if conflicts:
            self.reported.add(row.href)
        for field, mine, theirs in conflicts:
            self.summary.conflicts.append(
                SyncConflict(contact_id, name, f"{row.kind} {field}", mine, theirs)
            )

    # -- the steps ----------------------------------------------------------------------------

    def download(self, changed: Iterable[str]) -> None:
        found: list[tuple[str, Resource, Item]] = []
        for batch in self.client.iter_multiget(self.calendar, CALENDAR, list(changed)):
            for href, resource in batch.items():
                item = ical.parse(resource.data)
                if item is not None:
                    found.append((href, resource, item))
        # Meetings first: a task of a meeting names the meeting.
        found.sort(key=lambda entry: entry[2].kind != MEETING)
        for href, resource, item in found:
            row = self.state.get(href)
            if not item.kind:
                if row is None or row.kind == OTHER:
                    other = ItemState(href, OTHER, 0, "", item.uid, "", "", "")
                    self.record(other, resource.etag, "")
                continue
            self.summary.downloaded += 1
            if row is not None and row.kind == item.kind and self.alive(row):
                self.settle(row, resource, item)
                continue
            if row is not None:  # deleted here, edited there since: it comes back
                self.forget(href)
            self.adopt(href, resource, item)

    def settle(self, row: ItemState, remote: Resource, item: Item) -> None:
        """Merge the server's ``remote`` into the task or meeting, and upload what the merge
        kept from here, until the server takes it."""
        for _ in range(MAX_RETRIES):
            local = self.fields(row.kind, row.local_id)
            old = ical.parse(row.base) if row.base else None
            base = old.fields if old is not None else item.fields
            two_way = ical.TASK_TWO_WAY if row.kind == TASK else ical.MEETING_TWO_WAY
            taken, conflicts = merge_fields(base, local, item.fields, two_way)
            if local != base and item.fields != base:
                self.summary.merged += 1
            with store.transaction():
                self.report(row, taken, conflicts)
                self.apply(row, taken)
                now = self.fields(row.kind, row.local_id)
                # What follows from the two-way fields (a title, the person's phone number) may
                # read differently on two devices: sent only along with a change made here, so
                # that two devices never send it back and forth.
                if all(now[f] == item.fields.get(f, "") for f in two_way) and (
                    local == base or now == item.fields
                ):
                    self.record(row, remote.etag, remote.data)
                    return
            text = self.render(row, remote.data)
            try:
                written = self.client.update(row.href, text, remote.etag or "*", CALENDAR)
            except PreconditionFailed:
                row = replace(row, base=remote.data)
                remote = self.client.get(row.href)
                found = ical.parse(remote.data)
                if found is None:
                    return
                item = found
                continue
            self.summary.uploaded += 1
            self.record(row, written.etag, text)
            return
        raise SyncError(f"{row.href} kept changing on the server; NetDesk tries again next time.")

    def adopt(self, href: str, remote: Resource, item: Item) -> None:
        """An object another NetDesk made: the same meeting or task here, once its person (and
        meeting) are known here."""
        contact_uid = item.fields.get("contact", "")
        contact_id = None
        if contact_uid:
            contact_id = sync_state.ids_with_uids([contact_uid]).get(contact_uid)
        if contact_uid and contact_id is None:
            self.deferred = True  # the contact has not come yet
            return
        with store.transaction():
            if item.kind == MEETING:
                local_id = self.adopt_meeting(contact_id, item.fields)
            else:
                local_id = self.adopt_task(contact_id, item.fields)
            if local_id is None:
                return
            self.reread(item.kind, local_id)
            owner = self.owner(item.kind, local_id) or ""
            row = ItemState(href, item.kind, local_id, owner, item.uid, "", "", "")
            row = self.record(row, remote.etag, remote.data)
        self.settle(row, remote, item)

    def adopt_meeting(self, contact_id: int | None, fields: Fields) -> int | None:
        try:
            starts_at = datetime.fromisoformat(fields["start"])
        except ValueError:
            return None
        if contact_id is None:
            return None
        kinds = {k.value for k in MeetingKind}
        minutes = fields.get("minutes", "")
        record = MeetingRecord(
            contact_id=contact_id,
            starts_at=starts_at,
            kind=fields["kind"] if fields["kind"] in kinds else MeetingKind.LOOK_FOR_LEADS.value,
            purpose=fields.get("purpose", ""),
            agenda=fields.get("agenda", ""),
            planned_minutes=int(minutes) if minutes.isdigit() else 15,
            thank_you_due=_date(fields.get("thank_you_due", "")),
            thank_you_sent=_date(fields.get("thank_you_sent", "")),
            follow_up=_date(fields.get("follow_up", "")),
        )
        return stored_meetings.add_meeting(record)

    def adopt_task(self, contact_id: int | None, fields: Fields) -> int | None:
        due = _date(fields.get("due", ""))
        if due is None:
            return None
        meeting_id: int | None = None
        if fields.get("meeting"):
            ids = {uid: mid for mid, uid in self.meeting_uids.items()}
            meeting_id = ids.get(fields["meeting"])
            if meeting_id is None:
                self.deferred = True  # its meeting has not come yet
                return None
        kinds = {k.value for k in TaskKind}
        kind = fields["kind"] if fields["kind"] in kinds else TaskKind.OTHER.value
        tracked = {r.local_id for r in self.state.values() if r.kind == TASK and self.alive(r)}
        if meeting_id is not None:
            for task in self.tasks.values():
                if task.meeting_id == meeting_id and task.kind == kind and task.id not in tracked:
                    return task.id  # made here by the meeting already: the same task
        value = fields.get("done", "")
        done_on = (_date(value) or self.today) if value else None
        return tasks.add_task(
            contact_id=contact_id,
            meeting_id=meeting_id,
            kind=kind,
            title=fields.get("title", "") or kind,
            due=due,
            done_on=done_on,
        )

    def removed_there(self, removed: Iterable[str]) -> None:
        # Tasks before meetings: a meeting deleted here takes its tasks along.
        for href in sorted(removed, key=lambda h: (self.state[h].kind == MEETING, h)):
            row = self.state.get(href)
            if row is None or href in self.done:
                continue
            if row.kind != OTHER and self.alive(row):
                # The server's value is gone with its object: nothing is left to choose.
                sync_state.drop_item_conflicts(self.account_id, row.kind, row.local_id)
            if row.kind == OTHER or not self.alive(row) or self.changed_here(row):
                self.forget(href)  # changed here since: it goes up again as new
                continue
            with store.transaction():
                if row.kind == TASK:
                    tasks.delete_tasks([row.local_id])
                else:
                    stored_meetings.delete_meeting(row.local_id)
                self.forget(href)
            self.reread(row.kind, row.local_id)
            if row.kind == MEETING:  # its tasks went with it
                self.tasks = {t.id: t for t in sync_state.sync_tasks()}
            self.summary.deleted_local += 1

    def removed_here(self) -> None:
        for href, row in list(self.state.items()):
            if href in self.done or row.kind == OTHER or self.alive(row):
                continue
            try:
                etag = row.etag or self.client.etag_of(href)
                if self.client.delete(href, etag):
                    self.summary.deleted_remote += 1
            except NotFound:
                pass
            except PreconditionFailed:
                # Edited on the other side since: it comes back here.
                remote = self.client.get(href)
                self.forget(href)
                item = ical.parse(remote.data)
                if item is not None and item.kind:
                    self.summary.downloaded += 1
                    self.adopt(href, remote, item)
                continue
            self.forget(href)

    def changed_here_up(self) -> None:
        rows: dict[tuple[str, int], ItemState] = {
            (row.kind, row.local_id): row for row in self.state.values() if self.alive(row)
        }
        for meeting_id in sorted(self.meetings):
            self.up(MEETING, meeting_id, rows.get((MEETING, meeting_id)))
        for task_id in sorted(self.tasks):
            task = self.tasks[task_id]
            row = rows.get((TASK, task_id))
            if row is None and task.done:
                continue  # done before it ever went up: history, not something to do
            if self.meeting_uid(task) is None:
                self.deferred = True
                continue
            self.up(TASK, task_id, row)

    def up(self, kind: str, local_id: int, row: ItemState | None) -> None:
        if row is None:
            uid = f"netdesk-{kind}-{uuid.uuid4()}"
            href = self.client.new_href(self.calendar, uid, CALENDAR)
            row = ItemState(href, kind, local_id, self.owner(kind, local_id) or "", uid, "", "", "")
            sync_state.put_item(self.account_id, row)  # before the PUT: see the module
            self.state[href] = row
            self.create(row)
        elif not row.base:
            self.create(row)
        elif row.href not in self.done and self.changed_here(row):
            self.update(row)

    def create(self, row: ItemState) -> None:
        text = self.render(row, None)
        try:
            written = self.client.create(self.calendar, row.uid, text, CALENDAR)
        except PreconditionFailed:
            # Uploaded by a run that was cut off before it wrote down the ETag.
            remote = self.client.get(row.href)
            item = ical.parse(remote.data)
            if item is not None:
                self.settle(row, remote, item)
            return
        self.summary.uploaded += 1
        self.record(row, written.etag, text)

    def update(self, row: ItemState) -> None:
        text = self.render(row, row.base)
        try:
            written = self.client.update(row.href, text, row.etag or "*", CALENDAR)
        except PreconditionFailed:
            remote = self.client.get(row.href)
            item = ical.parse(remote.data)
            if item is not None:
                self.settle(row, remote, item)
            return
        except NotFound:
            row = replace(row, etag="", base="", digest="")
            sync_state.put_item(self.account_id, row)
            self.state[row.href] = row
            self.create(row)
            return
        self.summary.uploaded += 1
        self.record(row, written.etag, text)


def sync_calendar(account: AccountRecord, client: DavClient) -> SyncSummary:
    """One two-way sync of the account's calendar (see the module); raises `SyncError`
    (`ServerUnreachable` when offline) with everything done so far kept on both sides."""
    if not account.calendar_url:
        return SyncSummary()
    run = _Run(account, client)
    known = {href: row.etag for href, row in run.state.items() if row.base or row.kind == OTHER}
    token = sync_state.calendar_token(account.id)
    changes = remote_changes(client, account.calendar_url, token, known)
    run.download(changes.changed)
    run.removed_there(changes.removed)
    run.removed_here()
    run.changed_here_up()
    sync_state.set_calendar_token(account.id, "" if run.deferred else changes.token)
    return run.summary


def sync_calendar_account(account_id: int) -> SyncSummary:
    """`sync_calendar` for a stored account, its result written down."""
    from .accounts import open_client

    account = sync_state.account(account_id)
    if account is None:
        raise SyncError(f"There is no sync account {account_id}.")
    with open_client(account) as client:
        try:
            summary = sync_calendar(account, client)
        except SyncError as exc:
            sync_state.set_result(account_id, datetime.now(), str(exc))
            raise
    sync_state.set_result(account_id, datetime.now(), "ok")
    return summary
