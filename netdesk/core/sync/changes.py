"""What changed in a collection since the last sync, whatever the server offers.

``sync-collection`` (RFC 6578) from the token kept; without a token, without the report, or with
a token the server forgot (403 ``valid-sync-token``), every ETag listed and compared with those
last seen. Shared by the engines of the address book and of the calendar.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from .dav import DavClient
from .errors import HttpStatusError, InvalidSyncToken, ServerProtocolError


class RemoteChanges(NamedTuple):
    changed: dict[str, str]
    """hrefs new or changed there, with their ETag ("" when the server sent none)."""
    removed: set[str]
    """hrefs known here that the server no longer has."""
    token: str
    """The token to keep once the changes are all taken in ("" when the server has none)."""


def remote_changes(
    client: DavClient, collection: str, token: str, known: Mapping[str, str]
) -> RemoteChanges:
    """The changes of ``collection`` since ``token``; ``known`` maps the hrefs this side shares
    with the server to the ETag each had then."""
    if token:
        try:
            found = client.sync_collection(collection, token)
        except InvalidSyncToken:
            pass
        else:
            changed = {h: e for h, e in found.changed.items() if not e or known.get(h) != e}
            return RemoteChanges(changed, set(found.removed) & set(known), found.token)
    # Everything, with the token to go on from: one PROPFIND where the server gives its
    # sync-token as a property, else a sync-collection from no token, else ETags alone.
    etags, new_token = client.listing(collection)
    if not new_token:
        try:
            full = client.sync_collection(collection, "")
            etags, new_token = full.changed, full.token
        except (HttpStatusError, ServerProtocolError):  # no sync-collection: ETags it is
            pass
    changed = {h: e for h, e in etags.items() if not e or known.get(h) != e}
    return RemoteChanges(changed, set(known) - set(etags), new_token)
