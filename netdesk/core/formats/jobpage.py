"""Job postings read from a saved job page ("Save page as" in a browser) or pasted text.

Job boards and career sites describe their postings with schema.org ``JobPosting`` data for
search engines: JSON-LD blocks (one object, an array, an ``@graph``, an ``ItemList`` of postings,
organizations linked by ``@id``) or microdata attributes. Each vendor writes it its own way
(entity-escaped HTML descriptions, escaped slashes, dates with offsets or in Java's format, a
company as a string or a nested Organization, one Place or many). :func:`read_job_page` reads
them all into :class:`PostingData`; a page without any gives a :class:`Prefill` (its title and
address) for a form instead. Nothing is ever fetched from the network: the address of a page is
only read from it.

Every text field is plain text (see :func:`netdesk.core.formats.webpage.plain_text`) and has a
length cap; what was dropped or could not be understood is reported as a :class:`PageProblem`.
Why the page is read with the standard library rather than extruct: see
:mod:`netdesk.core.formats.webpage`.

Why it is long: each vendor's way of writing a posting is a few lines here, read by one walk
over the same structure; split by vendor, each module would need the walk and the caps.
"""

from __future__ import annotations

import email.utils
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

from netdesk.core.errors import NetDeskError
from netdesk.core.formats.webpage import (
    Json,
    PageHead,
    cut,
    decode_page,
    load_json_ld,
    microdata_job_items,
    plain_text,
    scan_page,
    type_names,
    walk,
)
from netdesk.core.text import fold

MAX_PAGE_BYTES = 20 * 1024 * 1024
"""Larger files are refused before they are read: saved job pages weigh a few hundred KB."""
MAX_DESCRIPTION_CHARS = 20_000
"""A description is cut here (LinkedIn allows 25,000 characters; most are under 5,000)."""
MAX_POSTINGS = 1000
"""Postings taken from one page (a search result page lists 10 to 100)."""
_LIMITS = {"title": 300, "company": 200, "location": 500, "identifier": 200, "employment": 60}
_MAX_URL = 2048
_MAX_PLACES = 200
"""Places read per posting; more than fill the location field's 500 characters anyway."""
_REMOTE = "Remote"
_SOCIAL_HOSTS = (
    "linkedin.com",
    "xing.com",
    "twitter.com",
    "x.com",
    "facebook.com",
    "instagram.com",
    "youtube.com",
    "glassdoor.com",
    "kununu.com",
    "wikipedia.org",
    "wikidata.org",
    "crunchbase.com",
)
_EMPLOYMENT_TYPES = {
    "FULL_TIME": "FULL_TIME",
    "FULLTIME": "FULL_TIME",
    "PART_TIME": "PART_TIME",
    "PARTTIME": "PART_TIME",
    "CONTRACTOR": "CONTRACTOR",
    "CONTRACT": "CONTRACTOR",
    "TEMPORARY": "TEMPORARY",
    "TEMP": "TEMPORARY",
    "INTERN": "INTERN",
    "INTERNSHIP": "INTERN",
    "VOLUNTEER": "VOLUNTEER",
    "PER_DIEM": "PER_DIEM",
    "OTHER": "OTHER",
}
_SALARY_UNITS = {"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}
_Note = Callable[[str], None]


class JobPageError(NetDeskError):
    """A file that cannot be read as a job page at all (missing, too big, not a web page)."""


class PageProblem(NamedTuple):
    """Something on a page that was skipped or could not be understood: where, and why.

    The same fields as :class:`netdesk.core.formats.cards.Problem`, which cannot be imported here
    without the database layer.
    """

    file: str
    line: int
    reason: str


@dataclass(frozen=True)
class Salary:
    """``baseSalary``: an amount or a range; ``text`` keeps what was written when it is not a
    number ("competitive", "$100k+")."""

    currency: str = ""
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    unit: str = ""
    """HOUR, DAY, WEEK, MONTH or YEAR as schema.org writes them, else the page's own word."""
    text: str = ""


@dataclass(frozen=True)
class PostingData:
    """One posting as the page describes it, for the user to confirm before it is saved."""

    title: str
    company: str = ""
    company_website: str = ""
    location: str = ""
    """Places joined by "; ", and "Remote" (with the countries applicants may live in) when the
    job can be done from home."""
    remote: bool = False
    """schema.org's jobLocationType TELECOMMUTE, for a window that words "Remote" itself."""
    employment_types: tuple[str, ...] = ()
    """schema.org values (FULL_TIME, CONTRACTOR...) where recognised, else as written."""
    date_posted: date | None = None
    valid_through: date | None = None
    """The calendar date as the page writes it, whatever its time and offset."""
    url: str = ""
    description: str = ""
    identifier: str = ""
    salary: Salary | None = None
    source: str = ""
    """"json-ld" or "microdata"."""
    line: int = 0
    problems: tuple[PageProblem, ...] = ()


@dataclass(frozen=True)
class Prefill:
    """What a page without posting data still offers a form: its title, address and summary."""

    title: str
    url: str
    description: str = ""


@dataclass(frozen=True)
class JobPage:
    postings: tuple[PostingData, ...]
    title: str
    url: str
    """The page's own address: canonical link, og:url, the address given, "saved from"."""
    description: str = ""
    file: str = ""
    problems: tuple[PageProblem, ...] = ()

    @property
    def prefill(self) -> Prefill | None:
        """The page's title and address for a form, when it has no posting data."""
        if self.postings:
            return None
        return Prefill(self.title, self.url, self.description)


# --- entry points ------------------------------------------------------------------------------


def read_job_page(path: Path, url: str = "") -> JobPage:
    """Read a saved job page; ``url`` is where it came from, when the user knows."""
    try:
        # Opened without blocking and checked again by what was opened: a pipe put in the
        # file's place between the two would otherwise wait for a writer forever.
        _check_kind(path.name, path.stat())
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            _check_kind(path.name, os.fstat(handle.fileno()))
            data = handle.read(MAX_PAGE_BYTES + 1)
    except JobPageError:
        raise
    except IsADirectoryError as error:
        raise JobPageError(_FOLDER.format(name=path.name)) from error
    except FileNotFoundError as error:
        raise JobPageError(f"{path} does not exist.") from error
    except OSError as error:
        raise JobPageError(f"{path.name} cannot be read: {error.strerror or error}.") from error
    return parse_job_page(data, url, file=path.name)


_FOLDER = "{name} is a folder, not a saved web page."


def _check_kind(name: str, info: os.stat_result) -> None:
    """Refuse what is no regular file (a folder, a pipe, a device) or too big to be a page."""
    if stat.S_ISDIR(info.st_mode):
        raise JobPageError(_FOLDER.format(name=name))
    if not stat.S_ISREG(info.st_mode):
        raise JobPageError(f"{name} is a pipe or a device, not a saved web page.")
    if info.st_size > MAX_PAGE_BYTES:
        raise JobPageError(_too_big(name, info.st_size))


def parse_job_page(data: bytes, url: str = "", file: str = "") -> JobPage:
    """The postings in a saved page's bytes (see :func:`read_job_page`)."""
    name = file or "the page"
    if len(data) > MAX_PAGE_BYTES:
        raise JobPageError(_too_big(name, len(data)))
    if not data.strip():
        raise JobPageError(f"{name} is empty.")
    kind = _binary_kind(data)
    if kind:
        raise JobPageError(f"{name} is {kind}, not a saved web page.")
    return _read_text(decode_page(data), url, file)


def parse_job_text(text: str, url: str = "", file: str = "") -> JobPage:
    """Postings in pasted text: a page's source, a JSON-LD block, or the posting's words.

    Plain words hold no posting data: the result is a prefill with their first line as title.
    """
    if len(text) > MAX_PAGE_BYTES:
        raise JobPageError(_too_big(file or "The pasted text", len(text)))
    return _read_text(text, url, file)


def _too_big(name: str, size: int) -> str:
    return (
        f"{name} is {size / 1_048_576:.0f} MB; saved job pages are far smaller, so NetDesk "
        f"reads none over {MAX_PAGE_BYTES // 1_048_576} MB."
    )


def _binary_kind(data: bytes) -> str:
    if data.startswith(b"%PDF"):
        return "a PDF document"
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "a picture"
    if data.startswith(b"PK\x03\x04"):
        return "a ZIP archive (or an office document)"
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head.count(0) * 4 > len(head):
        return ""  # UTF-16 text: a NUL in every other byte
    return "a binary file" if head.count(0) > 8 else ""


_HTML_HINT = re.compile(
    r"<(?:!doctype|html|head|body|meta|link|script|title|div|p|span|a|ul|ol|li|h[1-6]|table|"
    r"section|article|main|br|img)\b",
    re.I,
)


def _read_text(text: str, url: str, file: str) -> JobPage:
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")) and not _HTML_HINT.match(stripped):
        page_head = PageHead(json_ld=[(1, text)])
    elif _HTML_HINT.search(text[:200_000]):
        page_head = scan_page(text)
    else:
        return _from_words(text, url, file)
    return _Reader(text, page_head, url, file).read()


def _from_words(text: str, url: str, file: str) -> JobPage:
    words = plain_text(text, multiline=True)
    first = next((line for line in words.split("\n") if line.strip()), "")
    page_url = absolute_link(url, "") or ""
    description, _ = cut(words, MAX_DESCRIPTION_CHARS)
    return JobPage((), cut(first, _LIMITS["title"])[0], page_url, description, file)


def absolute_link(link: str, base: str = "") -> str | None:
    """``link`` as an absolute http(s) address (resolved against ``base``), else None."""
    link = link.strip()
    if not link:
        return None
    if not base and "://" not in link and re.match(r"^[\w-]+(\.[\w-]+)+(/|$)", link):
        link = "https://" + link  # "www.example.com/jobs/1" as typed or pasted
    try:
        resolved = urljoin(base, link) if base else link
        parts = urlsplit(resolved)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if len(resolved) > _MAX_URL or any(c.isspace() or ord(c) < 32 for c in resolved):
        return None
    return resolved.replace("<", "%3C").replace(">", "%3E").replace('"', "%22")


# --- reading postings ------------------------------------------------------------------------


class _Reader:
    def __init__(self, text: str, head: PageHead, url: str, file: str) -> None:
        self.text = text
        self.head = head
        self.file = file
        self.problems: list[PageProblem] = []
        given = absolute_link(url, "")
        if url.strip() and given is None:
            self.problem(0, f"{url.strip()[:100]!r} is not a web address; it was not used")
        meta = head.meta
        self.page_url = next(
            (
                found
                for link in (head.canonical, meta.get("og:url", ""), given or "", head.saved_from)
                if (found := absolute_link(link, given or "")) is not None
            ),
            "",
        )
        self.base = absolute_link(head.base, self.page_url) or self.page_url
        self.ids: dict[str, dict[str, Json]] = {}

    def problem(self, line: int, reason: str) -> None:
        self.problems.append(PageProblem(self.file, line, reason))

    def read(self) -> JobPage:
        found: list[tuple[int, str, dict[str, Json]]] = []
        for line, body in self.head.json_ld:
            values, reason = load_json_ld(body)
            if reason:
                self.problem(line, f"a JSON-LD block could not be read: {reason}")
            for node in walk(values):
                node_id = node.get("@id")
                if isinstance(node_id, str) and len(node) > 1:
                    self.ids.setdefault(node_id, node)
                if "jobposting" in type_names(node):
                    found.append((line, "json-ld", node))
        items, reason = microdata_job_items(self.text)
        if reason:
            self.problem(0, reason)
        for line, item in items:
            found.extend((line, "microdata", n) for n in walk([item]) if _is_posting(n))
        postings: list[PostingData] = []
        for line, source, node in found:
            posting = self.posting(node, line, source)
            if posting is None:
                continue
            same = next((i for i, p in enumerate(postings) if _same_posting(p, posting)), None)
            if same is not None:
                postings[same] = _merged(postings[same], posting)
            elif len(postings) == MAX_POSTINGS:
                self.problem(line, f"only the first {MAX_POSTINGS} postings were read")
                break
            else:
                postings.append(posting)
        meta = self.head.meta
        title = _field(self.head.title or meta.get("og:title", ""), _LIMITS["title"])
        summary = meta.get("og:description") or meta.get("description") or ""
        return JobPage(
            tuple(postings),
            title,
            self.page_url,
            _field(summary, MAX_DESCRIPTION_CHARS),
            self.file,
            tuple(self.problems),
        )

    # -- values --

    def values(self, node: dict[str, Json], name: str) -> list[Json]:
        """A property's values as a list, with ``{"@value"}`` unwrapped and ``{"@id"}`` links
        to other nodes on the page followed."""
        raw = node.get(name, node.get("schema:" + name))
        out: list[Json] = []
        for value in raw if isinstance(raw, list) else [raw]:
            if isinstance(value, dict):
                if "@value" in value:
                    value = value["@value"]
                elif set(value) <= {"@id", "@type"} and isinstance(value.get("@id"), str):
                    value = self.ids.get(str(value["@id"]), value)
            if value is not None and value != "":
                out.append(value)
        return out

    def first_text(self, node: dict[str, Json], name: str, limit: int) -> str:
        for value in self.values(node, name):
            text = _field(_scalar(value), limit)
            if text:
                return text
        return ""

    def posting(self, node: dict[str, Json], line: int, source: str) -> PostingData | None:
        problems: list[PageProblem] = []

        def note(reason: str) -> None:
            problems.append(PageProblem(self.file, line, reason))

        title = self.first_text(node, "title", _LIMITS["title"]) or self.first_text(
            node, "name", _LIMITS["title"]
        )
        if not title:
            self.problem(line, "a job posting without a title was skipped")
            return None
        company, website = self.organization(node)
        description = ""
        for value in self.values(node, "description"):
            if isinstance(value, str):
                description, was_cut = cut(
                    plain_text(value[: MAX_DESCRIPTION_CHARS * 20], multiline=True),
                    MAX_DESCRIPTION_CHARS,
                )
                if was_cut or len(value) > MAX_DESCRIPTION_CHARS * 20:
                    note(f"the description was cut to {MAX_DESCRIPTION_CHARS:,} characters")
                break
        url = ""
        for name in ("url", "mainEntityOfPage"):
            for value in self.values(node, name):
                link = value.get("@id") if isinstance(value, dict) else value
                if isinstance(link, str) and (found := absolute_link(link, self.base)):
                    url = found
                    break
            if url:
                break
        posted = self.date(node, "datePosted", note)
        valid_through = self.date(node, "validThrough", note)
        if posted is not None and valid_through is not None and valid_through < posted:
            note(
                f"validThrough {valid_through.isoformat()} is before datePosted "
                f"{posted.isoformat()}; it was left empty"
            )
            valid_through = None
        return PostingData(
            title=title,
            company=company,
            company_website=website,
            location=self.location(node),
            remote=self.remote(node),
            employment_types=self.employment(node),
            date_posted=posted,
            valid_through=valid_through,
            url=url or self.page_url,
            description=description,
            identifier=self.identifier(node),
            salary=self.salary(node, note),
            source=source,
            line=line,
            problems=tuple(problems),
        )

    def organization(self, node: dict[str, Json]) -> tuple[str, str]:
        for org in self.values(node, "hiringOrganization"):
            if isinstance(org, str):
                link = absolute_link(org, "") if "://" in org else None
                if link is not None:
                    return "", link
                if name := _field(org, _LIMITS["company"]):
                    return name, ""
            elif isinstance(org, dict):
                name = next(
                    (
                        text
                        for key in ("name", "legalName", "alternateName")
                        if (text := self.first_text(org, key, _LIMITS["company"]))
                    ),
                    "",
                )
                links = [v for key in ("url", "sameAs") for v in self.values(org, key)]
                website = next(
                    (
                        found
                        for link in links
                        if isinstance(link, str)
                        and (found := absolute_link(link, self.base))
                        and not _is_social(found)
                    ),
                    "",
                )
                if name or website:
                    return name, website
        return "", ""

    def location(self, node: dict[str, Json]) -> str:
        places: list[str] = []
        seen: set[str] = set()
        for place in self.values(node, "jobLocation")[:_MAX_PLACES]:
            text = self.place(place)
            if text and fold(text) not in seen:
                places.append(text)
                seen.add(fold(text))
        if self.remote(node):
            areas = [
                name
                for area in self.values(node, "applicantLocationRequirements")
                if (name := self.place(area))
            ]
            places.append(f"{_REMOTE} ({', '.join(areas)})" if areas else _REMOTE)
        return cut("; ".join(places), _LIMITS["location"])[0]

    def remote(self, node: dict[str, Json]) -> bool:
        kinds = " ".join(_scalar(v) for v in self.values(node, "jobLocationType"))
        return "telecommute" in kinds.lower()

    def place(self, place: Json) -> str:
        if isinstance(place, str):
            return _field(place, _LIMITS["location"])
        if not isinstance(place, dict):
            return ""
        parts: list[str] = []
        for address in self.values(place, "address") or [place]:
            if isinstance(address, str):
                parts.append(address)
            elif isinstance(address, dict):
                for key in ("addressLocality", "addressRegion", "addressCountry"):
                    for value in self.values(address, key):
                        parts.append(
                            self.first_text(value, "name", 100)
                            if isinstance(value, dict)
                            else _scalar(value)
                        )
                        break
            break
        if not any(p.strip() for p in parts):
            parts = [self.first_text(place, "name", _LIMITS["location"])]
        kept: list[str] = []
        seen: set[str] = set()
        for part in parts:
            text = _field(part, 200)
            pieces = {fold(piece) for piece in text.split(",")}
            if text and not pieces <= seen:
                kept.append(text)
                seen |= pieces
        return ", ".join(kept)

    def employment(self, node: dict[str, Json]) -> tuple[str, ...]:
        kinds: list[str] = []
        for value in self.values(node, "employmentType"):
            for word in _scalar(value).split(","):
                text = _field(word, _LIMITS["employment"])
                code = re.sub(r"[\s-]+", "_", text.upper())
                kind = _EMPLOYMENT_TYPES.get(code, text)
                if kind and kind not in kinds:
                    kinds.append(kind)
        return tuple(kinds[:10])

    def identifier(self, node: dict[str, Json]) -> str:
        for value in self.values(node, "identifier"):
            if isinstance(value, dict):
                value = next(iter(self.values(value, "value")), "")
            text = _field(_scalar(value), _LIMITS["identifier"])
            if text:
                return text
        return ""

    def date(self, node: dict[str, Json], name: str, note: _Note) -> date | None:
        written = [_field(_scalar(value), 60) for value in self.values(node, name)]
        for text in written:
            found = parse_date(text)
            if found is not None:
                return found
        if written:
            note(f"{name} {written[0][:40]!r} is not a date; it was left empty")
        return None

    def salary(self, node: dict[str, Json], note: _Note) -> Salary | None:
        for amount in self.values(node, "baseSalary"):
            if not isinstance(amount, dict):
                return _salary_from_text(_scalar(amount))
            currency = self.first_text(amount, "currency", 10).upper()
            unit = self.first_text(amount, "unitText", 20)
            low, high, written = self.amounts(amount)
            for value in self.values(amount, "value"):
                if isinstance(value, dict):
                    unit = self.first_text(value, "unitText", 20) or unit
                    low, high, written = self.amounts(value)
                    break
            unit = unit.upper() if unit.upper() in _SALARY_UNITS else unit
            if low is None and high is None and not written:
                note("baseSalary holds no amount; it was left empty")
                return None
            return Salary(currency, low, high, unit, "" if low or high else written)
        return None

    def amounts(self, node: dict[str, Json]) -> tuple[Decimal | None, Decimal | None, str]:
        single = [_amount(v) for v in self.values(node, "value") if not isinstance(v, dict)]
        low = next((a for v in self.values(node, "minValue") if (a := _amount(v))), None)
        high = next((a for v in self.values(node, "maxValue") if (a := _amount(v))), None)
        if single and single[0] is not None:
            low = high = single[0]
        if low is not None and high is not None and low > high:
            low, high = high, low
        written = next((_field(_scalar(v), 100) for v in self.values(node, "value")), "")
        return low, high, written


def _same_posting(a: PostingData, b: PostingData) -> bool:
    """One posting given twice (JSON-LD and microdata, a featured job listed again): same
    title, company and address, and no two different identifiers."""
    return (
        fold(a.title) == fold(b.title)
        and fold(a.company) == fold(b.company)
        and a.url == b.url
        and (not a.identifier or not b.identifier or a.identifier == b.identifier)
    )


def _merged(first: PostingData, again: PostingData) -> PostingData:
    """``first`` with the fields it lacks taken from ``again``."""
    missing = {
        f.name: getattr(again, f.name)
        for f in fields(PostingData)
        if f.name not in ("problems", "line", "source") and not getattr(first, f.name)
    }
    return replace(first, **missing, problems=first.problems + again.problems)


def _is_posting(node: dict[str, Json]) -> bool:
    return "jobposting" in type_names(node)


def _is_social(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == h or host.endswith("." + h) for h in _SOCIAL_HOSTS)


def _scalar(value: Json) -> str:
    if isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (str, int, float)):
        return str(value)
    if isinstance(value, list) and value:
        return _scalar(value[0])
    if isinstance(value, dict):
        for key in ("name", "value", "@value"):
            if key in value:
                return _scalar(value[key])
    return ""


def _field(value: str, limit: int) -> str:
    return cut(plain_text(value[: limit * 20]), limit)[0]


def _amount(value: Json) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        text = repr(value)
    elif isinstance(value, str):
        text = re.sub(r"[^\d.,]", "", value)
        if re.fullmatch(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*", text):
            text = re.sub(r"[.,]", "", text)
        elif re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+|\d+(?:\.\d+)?", text):
            text = text.replace(",", "")
        elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+|\d+,\d+", text):
            text = text.replace(".", "").replace(",", ".")
        else:
            return None
    else:
        return None
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return None
    return amount if amount.is_finite() and 0 < amount < 10**12 else None


def _salary_from_text(text: str) -> Salary | None:
    written = _field(text, 100)
    if not written:
        return None
    amount = _amount(written)
    return Salary("", amount, amount, "", "" if amount is not None else written)


# --- dates -------------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])|(\d{4})(\d{2})(\d{2})(?:$|T)")
_DOTTED = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$")
_JAVA = re.compile(r"[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) [\d:]{8} [A-Za-z]{1,5}\S* (\d{4})$")
_WORDS = re.compile(
    r"(?:[A-Za-z]+,?\s+)?(?:([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?|(\d{1,2})\.?\s+"
    r"([A-Za-z]{3,9})\.?,?)\s+(\d{4})$"
)


def parse_date(text: str) -> date | None:
    """The calendar date in a posting's date: ISO 8601 with or without time and offset
    ("2026-12-31T23:59:59+01:00" is 31 December), "2026-06-17 20:44:40 UTC", 31.12.2026,
    Java's "Tue Sep 01 00:00:00 UTC 2026", e-mail style and "May 1, 2026". Else None."""
    text = text.strip()
    parts: tuple[str, str, str] | None = None
    if m := _ISO.match(text):
        parts = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
    elif m := _DOTTED.match(text):
        parts = (m.group(3), m.group(2), m.group(1))
    elif m := _JAVA.match(text):
        month = _MONTHS.get(m.group(1).lower())
        parts = (m.group(3), str(month), m.group(2)) if month else None
    elif m := _WORDS.fullmatch(text):
        month = _MONTHS.get((m.group(1) or m.group(4)).lower())
        parts = (m.group(5), str(month), m.group(2) or m.group(3)) if month else None
    else:
        try:
            mailed = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        parts = (str(mailed.year), str(mailed.month), str(mailed.day))
    if parts is None:
        return None
    try:
        found = date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    return found if 1970 <= found.year <= 2200 else None
