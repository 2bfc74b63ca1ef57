"""The operations a sync needs on one address book or calendar, over `DavHttp`.

Both kinds share everything but a few names (`CollectionKind`): listing ETags, the sync-collection
report, multiget in batches, conditional PUT and DELETE. Resources are keyed by their canonical
absolute URL (see `davxml.canonical_href`); ETags are kept exactly as the server wrote them.

The rules that keep two devices from overwriting each other live here, in the requests: a new
resource is written with ``If-None-Match: *`` (it never replaces one that appeared meanwhile), an
update or delete with ``If-Match`` on the ETag last seen; the server's 412 becomes
`PreconditionFailed` carrying the href, for the engine to fetch and merge. The href of a new
resource is derived from its UID alone, so a sync interrupted after the PUT and run again writes
the same href, and learns from the 412 that it is there, instead of making a duplicate.
"""

from __future__ import annotations

import hashlib
import string
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from enum import Enum
from typing import Final, NamedTuple

from . import davxml
from .davxml import GETETAG, RESOURCETYPE, SYNC_TOKEN, tag
from .errors import (
    HttpStatusError,
    InvalidSyncToken,
    NotFound,
    PreconditionFailed,
    ServerProtocolError,
    UidConflict,
)
from .http import LISTING_LIMIT, MULTIGET_LIMIT, RESOURCE_LIMIT, SMALL_LIMIT, DavHttp, Reply

DEFAULT_BATCH: Final = 200
"""hrefs per multiget: big enough to cut round trips, small enough to stay far below the limit."""
MAX_BATCH: Final = 1000
MAX_SYNC_ROUNDS: Final = 1000
"""A server may truncate a sync report (507 on the collection); it is asked again at most this
many times in one call, which bounds the loop whatever the server says."""

# What every server takes in a path, unencoded (Radicale's "strict" set; its default already
# refuses : ' " * ? , and others refuse %2F or normalise Unicode).
_NAME_CHARS: Final = frozenset(string.ascii_letters + string.digits + "-_.~@")
_MAX_NAME: Final = 100


class CollectionKind(Enum):
    """An address book of vCards (CardDAV) or a calendar of iCalendar objects (CalDAV)."""

    ADDRESSBOOK = "addressbook"
    CALENDAR = "calendar"

    @property
    def resourcetype(self) -> str:
        namespace = davxml.CARDDAV if self is CollectionKind.ADDRESSBOOK else davxml.CALDAV
        return tag(namespace, self.value)

    @property
    def content_type(self) -> str:
        if self is CollectionKind.ADDRESSBOOK:
            return "text/vcard; charset=utf-8"
        return "text/calendar; charset=utf-8"

    @property
    def extension(self) -> str:
        return ".vcf" if self is CollectionKind.ADDRESSBOOK else ".ics"

    @property
    def multiget_report(self) -> str:
        if self is CollectionKind.ADDRESSBOOK:
            return tag(davxml.CARDDAV, "addressbook-multiget")
        return tag(davxml.CALDAV, "calendar-multiget")

    @property
    def data_property(self) -> str:
        if self is CollectionKind.ADDRESSBOOK:
            return davxml.ADDRESS_DATA
        return davxml.CALENDAR_DATA


class Resource(NamedTuple):
    """A card or calendar object as the server holds it. ``etag`` None: the server gave none."""

    etag: str | None
    data: str


class Written(NamedTuple):
    """Where a PUT wrote, and the ETag now there (None if the server would not tell)."""

    href: str
    etag: str | None


@dataclass(frozen=True)
class SyncChanges:
    """What a sync-collection report says changed since the token given.

    ``changed`` maps hrefs to their new ETag ("" when the server sent none); ``removed`` are the
    hrefs deleted since. ``token`` is the one to send next time.
    """

    token: str
    changed: dict[str, str]
    removed: frozenset[str]


def resource_name(uid: str, kind: CollectionKind) -> str:
    """The file name of a new resource in a collection, from its UID alone.

    UIDs come from imported cards and phones and may hold anything. One made of letters,
    digits and ``-_.~@`` (most are: UUIDs, ``1234@google.com``) becomes the name as it is; any
    other (``/``, ``%``, quotes, spaces, control characters, non-ASCII letters a server may
    normalise, a leading dot, over 100 characters) gives a name from the UID's SHA-256 instead,
    so no UID can reach outside the collection or be refused by a server's path rules. Either way
    the same UID always gives the same name.
    """
    readable = 0 < len(uid) <= _MAX_NAME and set(uid) <= _NAME_CHARS and uid[0] != "."
    if readable:
        return uid + kind.extension
    digest = hashlib.sha256(uid.encode("utf-8", "surrogatepass")).hexdigest()[:40]
    return f"netdesk-{digest}{kind.extension}"


def collection_url(url: str) -> str:
    """A collection's URL in canonical form, ending with a slash."""
    canonical = davxml.canonical_href(url, "")
    return canonical if canonical.endswith("/") else canonical + "/"


COLLECTION: Final = tag(davxml.DAV, "collection")


def _error_message(reply: Reply, what: str) -> str:
    return f"{what}: the server answered HTTP {reply.status}."


class DavClient:
    """WebDAV, CardDAV and CalDAV requests over one `DavHttp`."""

    def __init__(self, http: DavHttp) -> None:
        self.http = http

    def __repr__(self) -> str:
        return f"DavClient({self.http!r})"

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> DavClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- generic --------------------------------------------------------------------------------

    def propfind(
        self, url: str, props: Iterable[str], *, depth: int, limit: int, well_known: bool = False
    ) -> davxml.Multistatus:
        """PROPFIND; `NotFound` for 404, `HttpStatusError` for another answer than 207."""
        reply = self.http.request(
            "PROPFIND",
            url,
            body=davxml.propfind_body(props),
            headers={"Depth": str(depth), "Content-Type": "application/xml; charset=utf-8"},
            limit=limit,
            redirects="well-known" if well_known else "same-origin",
        )
        if reply.status != 207:
            raise self._status_error(reply, f"Reading the properties of {url}")
        return davxml.parse_multistatus(reply.body, reply.url)

    def _status_error(self, reply: Reply, what: str) -> HttpStatusError:
        if reply.status == 404:
            return NotFound(_error_message(reply, what), url=reply.url, status=404)
        if reply.status == 412:
            return PreconditionFailed(
                f"{what}: it changed on the server meanwhile.", href=reply.url
            )
        return HttpStatusError(_error_message(reply, what), url=reply.url, status=reply.status)

    # -- listing --------------------------------------------------------------------------------

    def list_etags(self, collection: str) -> dict[str, str]:
        """Every member of the collection with its ETag, by PROPFIND Depth 1.

        The fallback when the server offers no sync-collection or forgot the token: comparing
        this with the ETags NetDesk last saw finds every change and deletion.
        """
        return self._listing(collection, [RESOURCETYPE, GETETAG])[0]

    def listing(self, collection: str) -> tuple[dict[str, str], str]:
        """`list_etags`, and in the same PROPFIND the collection's ``DAV:sync-token`` (RFC
        6578 4; "" when the server gives none): a first sync's listing and the token to go on
        from, as one consistent answer. Servers answer this much faster than a sync-collection
        from no token, which builds a change entry for every member (Radicale: 8 s for 5,000
        cards, against 1 s). Only asked when the token is wanted: working it out costs the
        server a pass over every member."""
        return self._listing(collection, [RESOURCETYPE, GETETAG, SYNC_TOKEN])

    def _listing(self, collection: str, props: list[str]) -> tuple[dict[str, str], str]:
        base = collection_url(collection)
        answer = self.propfind(base, props, depth=1, limit=LISTING_LIMIT)
        etags: dict[str, str] = {}
        token = ""
        for response in answer.responses:
            if davxml.same_path(response.href, base):
                token = response.text(SYNC_TOKEN) or ""
                continue
            if COLLECTION in response.resourcetypes():
                continue
            etag = response.text(GETETAG)
            if etag is not None:
                etags[response.href] = etag
        return etags, token

    def sync_collection(self, collection: str, token: str) -> SyncChanges:
        """RFC 6578 changes since ``token`` ("" the first time, giving every member).

        `InvalidSyncToken` when the server no longer accepts the token (403 or 409 with
        ``DAV:valid-sync-token``); `HttpStatusError` when it offers no such report.
        """
        base = collection_url(collection)
        changed: dict[str, str] = {}
        removed: set[str] = set()
        current = token
        for _ in range(MAX_SYNC_ROUNDS):
            reply = self.http.request(
                "REPORT",
                base,
                body=davxml.sync_collection_body(current, [GETETAG]),
                headers={"Depth": "0", "Content-Type": "application/xml; charset=utf-8"},
                limit=LISTING_LIMIT,
            )
            if reply.status in (403, 409) and tag(
                davxml.DAV, "valid-sync-token"
            ) in davxml.error_conditions(reply.body, reply.url):
                raise InvalidSyncToken(
                    f"The server no longer accepts the sync token of {base}; NetDesk compares "
                    "everything instead.",
                    url=base,
                    status=reply.status,
                )
            if reply.status != 207:
                raise self._status_error(reply, f"Asking {base} for its changes")
            answer = davxml.parse_multistatus(reply.body, reply.url)
            if not answer.sync_token:
                raise ServerProtocolError(
                    f"The changes reported by {base} come without a new sync token.", url=base
                )
            truncated = False
            for response in answer.responses:
                if davxml.same_path(response.href, base):
                    truncated = truncated or response.status == 507
                elif response.status == 404:
                    removed.add(response.href)
                    changed.pop(response.href, None)
                else:
                    changed[response.href] = response.text(GETETAG) or ""
                    removed.discard(response.href)
            if not truncated or answer.sync_token == current:
                return SyncChanges(answer.sync_token, changed, frozenset(removed))
            current = answer.sync_token
        raise ServerProtocolError(
            f"{base} kept truncating its changes after {MAX_SYNC_ROUNDS} rounds.", url=base
        )

    def multiget(
        self,
        collection: str,
        kind: CollectionKind,
        hrefs: Iterable[str],
        *,
        batch: int = DEFAULT_BATCH,
    ) -> dict[str, Resource]:
        """The data and ETags of ``hrefs``, keyed as asked.

        An href missing from the result was not returned, most likely deleted since it was
        listed; the engine deletes locally only what `sync_collection` reports removed or
        `list_etags` no longer lists, never on a missing multiget answer alone.
        """
        found: dict[str, Resource] = {}
        for part in self.iter_multiget(collection, kind, hrefs, batch=batch):
            found.update(part)
        return found

    def iter_multiget(
        self,
        collection: str,
        kind: CollectionKind,
        hrefs: Iterable[str],
        *,
        batch: int = DEFAULT_BATCH,
    ) -> Iterator[dict[str, Resource]]:
        """`multiget` one batch at a time, so the engine can store and show progress as it goes."""
        if not 1 <= batch <= MAX_BATCH:
            raise ValueError(f"batch must be between 1 and {MAX_BATCH}")
        base = collection_url(collection)
        wanted = list(dict.fromkeys(hrefs))
        chunks = [wanted[start : start + batch] for start in range(0, len(wanted), batch)]
        if len(chunks) < 2:
            for chunk in chunks:
                yield self._multiget_batch(base, kind, chunk)
            return
        # One batch ahead: while the engine parses and stores a batch, the server reads the
        # next (a first download is as much the server's time as the client's). One request
        # at a time still (DavHttp takes turns), and an error comes at the batch it belongs to.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="netdesk-multiget") as ahead:
            coming = ahead.submit(self._multiget_batch, base, kind, chunks[0])
            try:
                for chunk in chunks[1:]:
                    arrived = coming.result()
                    coming = ahead.submit(self._multiget_batch, base, kind, chunk)
                    yield arrived
                yield coming.result()
            finally:
                coming.cancel()  # the engine stopped early: the batch not begun is not sent

    def _multiget_batch(
        self, base: str, kind: CollectionKind, hrefs: Sequence[str]
    ) -> dict[str, Resource]:
        reply = self.http.request(
            "REPORT",
            base,
            body=davxml.multiget_body(kind.multiget_report, kind.data_property, hrefs),
            headers={"Content-Type": "application/xml; charset=utf-8"},
            limit=MULTIGET_LIMIT,
        )
        if reply.status != 207:
            raise self._status_error(reply, f"Downloading {len(hrefs)} items of {base}")
        # Matched by path: a server may write its hrefs with another host name than ours.
        wanted = {davxml.path_of(href): href for href in hrefs}
        found: dict[str, Resource] = {}
        for response in davxml.parse_multistatus(reply.body, reply.url).responses:
            href = wanted.get(davxml.path_of(response.href))
            element = response.props.get(kind.data_property)
            if href is None or element is None or element.text is None:
                continue
            found[href] = Resource(response.text(GETETAG), element.text)
        return found

    # -- one resource ---------------------------------------------------------------------------

    def get(self, href: str) -> Resource:
        """One resource; `NotFound` when it is gone."""
        reply = self.http.request("GET", href, limit=RESOURCE_LIMIT)
        if reply.status != 200:
            raise self._status_error(reply, f"Downloading {href}")
        try:
            data = reply.body.decode(reply.charset or "utf-8")
        except (LookupError, UnicodeDecodeError):
            raise ServerProtocolError(
                f"{href} is not text in the charset the server names ({reply.charset or 'utf-8'}).",
                url=href,
            ) from None
        return Resource(reply.etag, data)

    def etag_of(self, href: str) -> str | None:
        """The ETag the server has for ``href`` now; `NotFound` when it is gone."""
        answer = self.propfind(href, [GETETAG], depth=0, limit=SMALL_LIMIT)
        for response in answer.responses:
            if davxml.same_path(response.href, href):
                return response.text(GETETAG)
        return answer.responses[0].text(GETETAG) if len(answer.responses) == 1 else None

    def new_href(self, collection: str, uid: str, kind: CollectionKind) -> str:
        """Where `create` writes the resource with this UID."""
        base = collection_url(collection)
        return davxml.canonical_href(base, resource_name(uid, kind))

    def create(self, collection: str, uid: str, data: str, kind: CollectionKind) -> Written:
        """PUT a new resource at `new_href`, only if nothing is there (``If-None-Match: *``).

        `PreconditionFailed` when something is: written by another device, or by this one in a
        sync that was interrupted after the PUT.
        """
        href = self.new_href(collection, uid, kind)
        return self._put(href, data, kind, {"If-None-Match": "*"})

    def update(self, href: str, data: str, etag: str, kind: CollectionKind) -> Written:
        """PUT over the version with ``etag`` only; `PreconditionFailed` if it changed since."""
        return self._put(href, data, kind, {"If-Match": etag})

    def _put(
        self, href: str, data: str, kind: CollectionKind, condition: dict[str, str]
    ) -> Written:
        reply = self.http.request(
            "PUT",
            href,
            body=data.encode("utf-8"),
            headers={"Content-Type": kind.content_type, **condition},
            limit=SMALL_LIMIT,
            redirects="none",
        )
        if reply.status == 412:
            state = "exists already" if "If-None-Match" in condition else "changed meanwhile"
            raise PreconditionFailed(f"{href} {state} on the server.", href=href)
        if reply.status == 409:
            conditions = davxml.error_conditions(reply.body, reply.url)
            namespace = davxml.CARDDAV if kind is CollectionKind.ADDRESSBOOK else davxml.CALDAV
            conflict = conditions.get(tag(namespace, "no-uid-conflict"))
            if conflict is not None:
                found = davxml.text_of(conflict.find(tag(davxml.DAV, "href")))
                existing = davxml.canonical_href(reply.url, found) if found else None
                raise UidConflict(
                    f"{href}: the collection already holds an item with the same UID"
                    + (f" ({existing})." if existing else "."),
                    href=href,
                    existing=existing,
                )
        if reply.status not in (200, 201, 204):
            raise self._status_error(reply, f"Uploading {href}")
        if reply.etag is not None:
            return Written(href, reply.etag)
        # RFC 6352/4791: no ETag means the server changed the data as it stored it. Ask once.
        try:
            return Written(href, self.etag_of(href))
        except (NotFound, HttpStatusError, ServerProtocolError):
            return Written(href, None)

    def delete(self, href: str, etag: str | None) -> bool:
        """DELETE ``href`` if it still has ``etag`` (unconditionally when None).

        True when deleted, False when it was gone already (404, or a 412 because it is gone);
        `PreconditionFailed` when it changed since, so the engine keeps the newer version.
        """
        headers = {"If-Match": etag} if etag else {}
        reply = self.http.request(
            "DELETE", href, headers=headers, limit=SMALL_LIMIT, redirects="none"
        )
        if reply.status in (200, 202, 204):
            return True
        if reply.status == 404:
            return False
        if reply.status == 412:
            try:
                self.etag_of(href)
            except NotFound:
                return False
            raise PreconditionFailed(f"{href} changed on the server meanwhile.", href=href)
        raise self._status_error(reply, f"Deleting {href}")
