"""Address book and calendar operations against a real Radicale: what the sync engine relies on.

Uploads, downloads in multiget batches, conditional writes that stop two devices overwriting
each other, sync-collection with changes and deletions, the expired-token fallback, and a server
that goes away in the middle.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest

from netdesk.core.sync.credentials import Secret
from netdesk.core.sync.dav import (
    CollectionKind,
    DavClient,
    collection_url,
    resource_name,
)
from netdesk.core.sync.discovery import Collection, create_addressbook, discover
from netdesk.core.sync.errors import (
    InvalidSyncToken,
    NotFound,
    PreconditionFailed,
    ServerUnreachable,
    UidConflict,
)
from netdesk.core.sync.http import DavHttp, DavSettings

from .hostile_server import etag_stripping_proxy
from .items import vcalendar, vcard
from .radicale_server import RadicaleServer, start_or_skip

BOOK = CollectionKind.ADDRESSBOOK
CAL = CollectionKind.CALENDAR


def _lines(text: str) -> list[str]:
    """The content lines of a card or calendar object, sorted and unfolded: Radicale stores what
    it was sent through vobject, which may reorder properties and fold long lines (and the XML of
    a multiget turns CRLF into LF)."""
    unfolded = text.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "")
    return sorted(line for line in unfolded.split("\n") if line)


def test_a_card_goes_up_comes_back_and_is_deleted(client: DavClient, book: Collection) -> None:
    card = vcard("ann-1", "Ann Archer", "EMAIL:ann@example.org\nX-SOCIALPROFILE;TYPE=x:@ann")
    written = client.create(book.url, "ann-1", card, BOOK)

    assert written.href == book.url + "ann-1.vcf"
    assert written.etag
    fetched = client.get(written.href)
    assert _lines(fetched.data) == _lines(card)  # properties NetDesk does not know included
    assert fetched.etag == written.etag
    assert client.list_etags(book.url) == {written.href: written.etag}

    assert client.delete(written.href, written.etag) is True
    assert client.list_etags(book.url) == {}
    with pytest.raises(NotFound):
        client.get(written.href)
    assert client.delete(written.href, written.etag) is False  # already gone: not an error


def test_multiget_downloads_in_batches_with_the_listed_etags(
    client: DavClient, book: Collection
) -> None:
    uploaded = {
        client.create(book.url, f"p{n}", vcard(f"p{n}", f"Person {n}"), BOOK).href: n
        for n in range(23)
    }
    listed = client.list_etags(book.url)
    assert set(listed) == set(uploaded)

    batches = list(client.iter_multiget(book.url, BOOK, listed, batch=10))
    assert [len(b) for b in batches] == [10, 10, 3]

    everything = client.multiget(book.url, BOOK, [*listed, book.url + "never-was.vcf"], batch=10)
    assert set(everything) == set(listed)  # the missing one is simply not there
    for href, resource in everything.items():
        assert resource.etag == listed[href]
        assert f"UID:p{uploaded[href]}" in resource.data
        assert _lines(resource.data) == _lines(
            vcard(f"p{uploaded[href]}", f"Person {uploaded[href]}")
        )


def test_tasks_and_events_in_the_calendar(client: DavClient, calendar: Collection) -> None:
    todo = vcalendar("VTODO", "todo-1", "Thank Sara for the call", "DUE;VALUE=DATE:20261204")
    event = vcalendar(
        "VEVENT",
        "meet-1",
        "Networking meeting with Omar",
        "DTSTART:20261203T100000\nDTEND:20261203T102000\nDESCRIPTION:Ask for two names",
    )
    todo_written = client.create(calendar.url, "todo-1", todo, CAL)
    event_written = client.create(calendar.url, "meet-1", event, CAL)
    assert todo_written.href.endswith("/todo-1.ics")

    both = client.multiget(calendar.url, CAL, [todo_written.href, event_written.href])
    assert _lines(both[todo_written.href].data) == _lines(todo)
    assert _lines(both[event_written.href].data) == _lines(event)

    # The phone ticks the task off: NetDesk's update with the ETag it had then goes through once.
    done = todo.replace("SUMMARY:", "STATUS:COMPLETED\r\nSUMMARY:")
    updated = client.update(todo_written.href, done, todo_written.etag or "", CAL)
    assert updated.etag != todo_written.etag
    assert "STATUS:COMPLETED" in client.get(todo_written.href).data
    with pytest.raises(PreconditionFailed):
        client.update(todo_written.href, todo, todo_written.etag or "", CAL)


def test_conditional_writes_never_overwrite_another_devices_change(
    client: DavClient, book: Collection
) -> None:
    first = client.create(book.url, "dana", vcard("dana", "Dana"), BOOK)

    # Created again (another device, or this one after a crash): refused, href in the error.
    with pytest.raises(PreconditionFailed) as again:
        client.create(book.url, "dana", vcard("dana", "Dana from elsewhere"), BOOK)
    assert again.value.href == first.href

    phone = client.update(first.href, vcard("dana", "Dana Phone-Edit"), first.etag or "", BOOK)
    with pytest.raises(PreconditionFailed) as stale_put:
        client.update(first.href, vcard("dana", "Dana Desk-Edit"), first.etag or "", BOOK)
    assert stale_put.value.href == first.href
    with pytest.raises(PreconditionFailed):
        client.delete(first.href, first.etag)

    kept = client.get(first.href)
    assert "Dana Phone-Edit" in kept.data
    assert kept.etag == phone.etag


def test_a_card_another_client_wrote_under_the_same_uid_is_a_uid_conflict(
    client: DavClient, book: Collection
) -> None:
    # A phone saved this contact under a name of its own choosing.
    phone = client.create(book.url, "3F2A-phone-name", vcard("shared-uid", "From The Phone"), BOOK)

    with pytest.raises(UidConflict) as conflict:
        client.create(book.url, "shared-uid", vcard("shared-uid", "From NetDesk"), BOOK)
    assert conflict.value.href == book.url + "shared-uid.vcf"
    assert conflict.value.existing is None  # Radicale does not name it; the listing does
    assert set(client.list_etags(book.url)) == {phone.href}
    assert "From The Phone" in client.get(phone.href).data


def test_a_delete_with_an_old_etag_of_a_card_gone_already_is_not_an_error(
    client: DavClient, book: Collection
) -> None:
    written = client.create(book.url, "gone", vcard("gone", "Gone"), BOOK)
    changed = client.update(written.href, vcard("gone", "Gone Again"), written.etag or "", BOOK)
    assert client.delete(written.href, changed.etag) is True
    assert client.delete(written.href, written.etag) is False


def test_sync_collection_reports_changes_and_deletions(client: DavClient, book: Collection) -> None:
    assert book.supports_sync_collection
    keep = client.create(book.url, "keep", vcard("keep", "Keep"), BOOK)
    edit = client.create(book.url, "edit", vcard("edit", "Edit"), BOOK)
    drop = client.create(book.url, "drop", vcard("drop", "Drop"), BOOK)

    first = client.sync_collection(book.url, "")
    assert first.changed == {keep.href: keep.etag, edit.href: edit.etag, drop.href: drop.etag}
    assert first.removed == frozenset()

    edited = client.update(edit.href, vcard("edit", "Edited"), edit.etag or "", BOOK)
    assert client.delete(drop.href, drop.etag)
    added = client.create(book.url, "new", vcard("new", "New"), BOOK)

    second = client.sync_collection(book.url, first.token)
    assert second.changed == {edit.href: edited.etag, added.href: added.etag}
    assert second.removed == {drop.href}
    assert second.token != first.token

    quiet = client.sync_collection(book.url, second.token)
    assert (quiet.changed, quiet.removed) == ({}, frozenset())


@pytest.mark.parametrize(
    "token",
    ["http://radicale.org/ns/sync/" + "0" * 64, "not-a-token-at-all"],
    ids=["expired", "malformed"],
)
def test_an_expired_sync_token_says_so_and_the_etag_listing_still_works(
    client: DavClient, book: Collection, token: str
) -> None:
    written = client.create(book.url, "t", vcard("t", "T"), BOOK)

    with pytest.raises(InvalidSyncToken) as expired:
        client.sync_collection(book.url, token)
    assert expired.value.status == 403  # Radicale's answer; RFC 6578 also allows 409

    assert client.list_etags(book.url) == {written.href: written.etag}  # the engine's fallback
    assert client.sync_collection(book.url, "").changed == {written.href: written.etag}


def test_the_listing_gives_the_token_to_go_on_from(client: DavClient, book: Collection) -> None:
    """A first sync lists by PROPFIND with the collection's sync-token in the same answer; from
    that token, a sync-collection reports what changed after the listing and nothing before."""
    first = client.create(book.url, "l1", vcard("l1", "Listed First"), BOOK)
    etags, token = client.listing(book.url)
    assert etags == {first.href: first.etag} and token
    assert client.sync_collection(book.url, token).changed == {}
    later = client.create(book.url, "l2", vcard("l2", "Listed Later"), BOOK)
    changes = client.sync_collection(book.url, token)
    assert changes.changed == {later.href: later.etag} and not changes.removed


HOSTILE_UIDS = [
    "../../escape",
    "a/b/c",
    "%2F..%2Fetc",
    "line\r\nX-Injected: yes",
    "with space & 'quotes' (1)",
    "ünïcödé-名前",
    "emoji-🙂",
    ".hidden",
    "",
    "x" * 300,
    "question?mark#hash",
    "urn:uuid:5c2b8b8e-3f4a-4e8e-9c1a-2f2a9d6a1b10",
    "1234@google.com",
]


@pytest.mark.parametrize("uid", HOSTILE_UIDS)
def test_any_uid_gives_a_stable_href_inside_the_collection(
    client: DavClient, book: Collection, uid: str
) -> None:
    name = resource_name(uid, BOOK)
    assert name == resource_name(uid, BOOK)
    assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert name.isascii() and name.isprintable()

    card = vcard(f"inner-{uuid.uuid4()}", "Hostile Uid")
    written = client.create(book.url, uid, card, BOOK)

    parent = httpx.URL(written.href).path.rsplit("/", 1)[0] + "/"
    assert parent == httpx.URL(book.url).path
    assert _lines(client.get(written.href).data) == _lines(card)
    assert client.list_etags(book.url) == {written.href: written.etag}
    with pytest.raises(PreconditionFailed):  # the same UID again: the same href, never a twin
        client.create(book.url, uid, card, BOOK)


def test_a_put_answered_without_etag_is_followed_by_one_etag_lookup(
    radicale: RadicaleServer, user: str
) -> None:
    with etag_stripping_proxy(radicale.url) as proxy:
        client = DavClient(DavHttp(proxy.url, DavSettings(username=user, password=Secret("x"))))
        home = discover(client, proxy.url).addressbook_homes[0]
        book = create_addressbook(client, home)
        before = len(proxy.seen)

        written = client.create(book.url, "no-etag", vcard("no-etag", "No Etag"), BOOK)

        methods = [seen.method for seen in proxy.seen[before:]]
        assert methods.count("PUT") == 1
        assert methods.count("PROPFIND") == 1  # asked once, not in a loop
        assert written.etag is not None
        assert client.list_etags(book.url) == {written.href: written.etag}
        client.close()


def test_a_server_stopped_in_the_middle_is_offline_not_a_crash(tmp_path: Path) -> None:
    server = start_or_skip(tmp_path / "radicale")
    try:
        client = DavClient(DavHttp(server.url, DavSettings(username="olga", password=Secret("pw"))))
        book = create_addressbook(client, discover(client, server.url).addressbook_homes[0])
        for n in range(6):
            client.create(book.url, f"o{n}", vcard(f"o{n}", f"O {n}"), BOOK)
        hrefs = list(client.list_etags(book.url))

        batches = client.iter_multiget(book.url, BOOK, hrefs, batch=2)
        assert len(next(batches)) == 2
        server.stop()  # the second batch may have been read ahead already; the third cannot
        with pytest.raises(ServerUnreachable) as offline:
            for _batch in batches:
                pass
        assert "127.0.0.1" in str(offline.value)
        # Not even httpx's exception (whose request holds the Authorization header) rides along.
        assert offline.value.__context__ is None and offline.value.__cause__ is None
        with pytest.raises(ServerUnreachable):
            client.create(book.url, "late", vcard("late", "Late"), BOOK)
        client.close()
    finally:
        server.stop()


def test_collection_urls_are_canonical(book: Collection) -> None:
    assert collection_url(book.url.rstrip("/")) == book.url
    assert collection_url(book.url.replace("netdesk-contacts", "netdesk%2Dcontacts")) == book.url
