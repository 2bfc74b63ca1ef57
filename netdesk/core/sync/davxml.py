"""WebDAV XML: the request bodies NetDesk sends and the multistatus answers it reads.

Answers are parsed with defusedxml and a DTD is refused outright: WebDAV never needs one, and
entity declarations are how "billion laughs" bombs and external-entity reads work. Hrefs are made
absolute and given one canonical percent-encoding, so the same resource has the same key whether
the server wrote ``/a%40b.vcf``, ``/a@b.vcf`` or ``https://host/a%40b.vcf``.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final
from urllib.parse import quote, unquote

import defusedxml.ElementTree as SafeET
import httpx
from defusedxml import DefusedXmlException

from .errors import ServerProtocolError

DAV: Final = "DAV:"
CARDDAV: Final = "urn:ietf:params:xml:ns:carddav"
CALDAV: Final = "urn:ietf:params:xml:ns:caldav"
CALSERVER: Final = "http://calendarserver.org/ns/"

_PREFIXES: Final = {DAV: "D", CARDDAV: "CR", CALDAV: "C", CALSERVER: "CS"}
_PATH_SAFE: Final = "/:@!$&'()*+,;=-._~"

for _namespace, _prefix in _PREFIXES.items():  # short prefixes in what NetDesk sends
    ET.register_namespace(_prefix, _namespace)


def tag(namespace: str, name: str) -> str:
    """ElementTree's ``{namespace}name``."""
    return f"{{{namespace}}}{name}"


# Properties, by name, as ElementTree writes them.
RESOURCETYPE: Final = tag(DAV, "resourcetype")
DISPLAYNAME: Final = tag(DAV, "displayname")
GETETAG: Final = tag(DAV, "getetag")
GETCONTENTTYPE: Final = tag(DAV, "getcontenttype")
SYNC_TOKEN: Final = tag(DAV, "sync-token")
CURRENT_USER_PRINCIPAL: Final = tag(DAV, "current-user-principal")
SUPPORTED_REPORT_SET: Final = tag(DAV, "supported-report-set")
ADDRESSBOOK_HOME_SET: Final = tag(CARDDAV, "addressbook-home-set")
CALENDAR_HOME_SET: Final = tag(CALDAV, "calendar-home-set")
SUPPORTED_COMPONENTS: Final = tag(CALDAV, "supported-calendar-component-set")
GETCTAG: Final = tag(CALSERVER, "getctag")
SUPPORTED_ADDRESS_DATA: Final = tag(CARDDAV, "supported-address-data")
ADDRESS_DATA: Final = tag(CARDDAV, "address-data")
CALENDAR_DATA: Final = tag(CALDAV, "calendar-data")


# An absolute path already in canonical form (no percent sign or semicolon, no empty segment or
# one starting with a dot): the common case, thousands per sync report, taken without parsing
# it as a URL (which took a third of a first download's time).
_PLAIN_PATH: Final = re.compile(r"/[A-Za-z0-9/:@!$&'()*+,=\-._~]*")
_PLAIN_URL: Final = re.compile(r"https?://[^/?#@%;\\]+(/[A-Za-z0-9/:@!$&'()*+,=\-._~]*)")


def _plain(path: str) -> bool:
    return "//" not in path and "/." not in path


@functools.lru_cache(maxsize=64)
def _origin(base: str) -> str:
    return _canonical(httpx.URL(base), "/")[:-1]


def canonical_href(base: str | httpx.URL, href: str) -> str:
    """``href`` resolved against the URL it came from, with one canonical percent-encoding."""
    href = href.strip()
    if isinstance(base, str) and _PLAIN_PATH.fullmatch(href) and _plain(href):
        return _origin(base) + href
    return _canonical(base if isinstance(base, httpx.URL) else httpx.URL(base), href)


def _canonical(base: httpx.URL, href: str) -> str:
    url = base.join(href)
    path, mark, query = url.raw_path.decode("ascii").partition("?")
    # surrogateescape: a byte that is not UTF-8 (%E9 from a Latin-1 server) keeps its encoding.
    path = quote(unquote(path, errors="surrogateescape"), safe=_PATH_SAFE, errors="surrogateescape")
    return str(url.copy_with(raw_path=(path + mark + query).encode("ascii"), fragment=None))


def path_of(url: str) -> str:
    """The absolute path of ``url`` as it goes into an ``href`` element of a request."""
    plain = _PLAIN_URL.fullmatch(url)
    if plain is not None and _plain(plain.group(1)):
        return plain.group(1)
    return httpx.URL(url).raw_path.decode("ascii").split("?", 1)[0]


def same_path(href: str, other: str) -> bool:
    """Whether two hrefs name the same resource, whatever host name or trailing slash."""
    return path_of(href).rstrip("/") == path_of(other).rstrip("/")


def _element(name: str, parent: ET.Element | None = None, text: str | None = None) -> ET.Element:
    element = ET.Element(name) if parent is None else ET.SubElement(parent, name)
    if text is not None:
        element.text = text
    return element


def _serialise(root: ET.Element) -> bytes:
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document


def propfind_body(props: Iterable[str]) -> bytes:
    root = _element(tag(DAV, "propfind"))
    prop = _element(tag(DAV, "prop"), root)
    for name in props:
        _element(name, prop)
    return _serialise(root)


def sync_collection_body(token: str, props: Iterable[str]) -> bytes:
    """RFC 6578: changes since ``token`` (empty on the first sync: everything), one level."""
    root = _element(tag(DAV, "sync-collection"))
    _element(SYNC_TOKEN, root, token or None)
    _element(tag(DAV, "sync-level"), root, "1")
    prop = _element(tag(DAV, "prop"), root)
    for name in props:
        _element(name, prop)
    return _serialise(root)


def multiget_body(report: str, data_prop: str, hrefs: Iterable[str]) -> bytes:
    """``addressbook-multiget`` (RFC 6352) or ``calendar-multiget`` (RFC 4791) of ``hrefs``."""
    root = _element(report)
    prop = _element(tag(DAV, "prop"), root)
    _element(GETETAG, prop)
    _element(data_prop, prop)
    for href in hrefs:
        _element(tag(DAV, "href"), root, path_of(href))
    return _serialise(root)


def mkcol_addressbook_body(displayname: str) -> bytes:
    """Extended MKCOL (RFC 5689) making an address book with this name."""
    root = _element(tag(DAV, "mkcol"))
    prop = _element(tag(DAV, "prop"), _element(tag(DAV, "set"), root))
    kinds = _element(RESOURCETYPE, prop)
    _element(tag(DAV, "collection"), kinds)
    _element(tag(CARDDAV, "addressbook"), kinds)
    _element(DISPLAYNAME, prop, displayname)
    return _serialise(root)


def mkcalendar_body(displayname: str, components: Iterable[str]) -> bytes:
    """MKCALENDAR (RFC 4791) for a calendar holding ``components`` (VEVENT, VTODO)."""
    root = _element(tag(CALDAV, "mkcalendar"))
    prop = _element(tag(DAV, "prop"), _element(tag(DAV, "set"), root))
    _element(DISPLAYNAME, prop, displayname)
    supported = _element(SUPPORTED_COMPONENTS, prop)
    for name in components:
        _element(tag(CALDAV, "comp"), supported).set("name", name)
    return _serialise(root)


def parse_xml(body: bytes, url: str) -> ET.Element:
    """The document's root, or `ServerProtocolError`; a DTD or entity is refused, not expanded."""
    try:
        root = SafeET.fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ServerProtocolError(
            f"The answer of {url} declares a DTD or XML entities; NetDesk refuses such XML "
            "(it is how XML bombs work, and WebDAV has no use for it).",
            url=url,
        ) from None
    except ET.ParseError as exc:
        raise ServerProtocolError(
            f"The answer of {url} is not valid XML ({exc}).", url=url
        ) from None
    if not isinstance(root, ET.Element):
        raise ServerProtocolError(f"The answer of {url} is not an XML document.", url=url)
    return root


def status_code(text: str | None) -> int | None:
    """200 from ``HTTP/1.1 200 OK``; None when it cannot be read."""
    parts = (text or "").split()
    if len(parts) >= 2 and parts[1].isdigit():
        return int(parts[1])
    return None


def text_of(element: ET.Element | None) -> str | None:
    if element is None or element.text is None:
        return None
    return element.text.strip() or None


@dataclass
class DavResponse:
    """One ``response`` of a multistatus: the resource, its status (when the response has one
    instead of propstats, as for a member removed in a sync report) and the properties found."""

    href: str
    status: int | None = None
    props: dict[str, ET.Element] = field(default_factory=dict)

    def text(self, name: str) -> str | None:
        return text_of(self.props.get(name))

    def href_in(self, name: str, base: str) -> str | None:
        """The first ``href`` inside property ``name``, made absolute (as for home sets)."""
        element = self.props.get(name)
        found = element.find(tag(DAV, "href")) if element is not None else None
        value = text_of(found)
        return canonical_href(base, value) if value else None

    def hrefs_in(self, name: str, base: str) -> list[str]:
        element = self.props.get(name)
        if element is None:
            return []
        values = (text_of(h) for h in element.iter(tag(DAV, "href")))
        return [canonical_href(base, value) for value in values if value]

    def resourcetypes(self) -> set[str]:
        element = self.props.get(RESOURCETYPE)
        return {child.tag for child in element} if element is not None else set()


@dataclass
class Multistatus:
    """The responses, the report's sync token if any, and the URL that answered (after
    redirects: the context path discovery goes on from)."""

    responses: list[DavResponse]
    sync_token: str | None
    url: str


def parse_multistatus(body: bytes, url: str) -> Multistatus:
    """A 207 answer's responses, with hrefs canonical and only the properties found (200)."""
    root = parse_xml(body, url)
    if root.tag != tag(DAV, "multistatus"):
        raise ServerProtocolError(
            f"The answer of {url} is not a WebDAV multistatus ({root.tag}).", url=url
        )
    responses: list[DavResponse] = []
    for element in root.findall(tag(DAV, "response")):
        href = text_of(element.find(tag(DAV, "href")))
        if href is None:
            raise ServerProtocolError(f"The answer of {url} has a response without href.", url=url)
        response = DavResponse(
            canonical_href(url, href), status_code(text_of(element.find(tag(DAV, "status"))))
        )
        for propstat in element.findall(tag(DAV, "propstat")):
            code = status_code(text_of(propstat.find(tag(DAV, "status"))))
            prop = propstat.find(tag(DAV, "prop"))
            if code is not None and 200 <= code < 300 and prop is not None:
                for child in prop:
                    response.props[child.tag] = child
        responses.append(response)
    return Multistatus(responses, text_of(root.find(SYNC_TOKEN)), url)


def error_conditions(body: bytes, url: str) -> dict[str, ET.Element]:
    """The preconditions named in a ``DAV:error`` body (RFC 4918 16), e.g. valid-sync-token,
    by name; each element may hold details (the href of a conflicting resource)."""
    if not body.strip():
        return {}
    try:
        root = parse_xml(body, url)
    except ServerProtocolError:
        return {}
    if root.tag != tag(DAV, "error"):
        return {}
    return {child.tag: child for child in root}
