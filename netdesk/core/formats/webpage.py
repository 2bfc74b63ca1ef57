"""Reading a saved web page: its encoding, its head, its JSON-LD blocks and microdata items.

Why this is written here rather than taken from extruct, the usual library for structured data:
extruct 0.18 installs lxml (12 MB), rdflib (5 MB), html5lib, pyRdfa, BeautifulSoup, requests and
their helpers, 26 MB in all (measured with ``pip install --target``) for a bundle that must stay
under 120 MB, and it stops where NetDesk's work starts (it hands back raw JSON-LD, not a posting).
The standard library covers the parts: ``json`` reads the blocks, ``html.parser`` walks the few
elements microdata needs. It does not walk the whole page: measured here, ``html.parser`` takes
3 s over 5 MB of markup, so the page is scanned with linear regular expressions for the handful
of tags that matter (``title``, ``meta``, ``link``, ``base``, ``script``), and the parser only
reads the elements of a ``JobPosting`` item. A tag, comment or script left open runs to the end
of the text, as in a browser, so broken markup cannot make the scan start over at every "<"; the
work on hostile pages is bounded by caps (:data:`MAX_HEAD_TAGS`, :data:`MAX_MICRODATA_CHARS`).

Text taken from a page is returned as plain text: tags dropped (entity-escaped markup too, which
job boards often put inside JSON), entities decoded, control characters removed.
"""

from __future__ import annotations

import codecs
import html
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from netdesk.core.formats.charsets import guess_charset

Json = object
"""A value decoded from JSON: dict, list, str, int, float, bool or None."""

# --- decoding ------------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_META_CHARSET = re.compile(
    rb"""<meta\b[^<>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I
)
_COMMENT_BYTES = re.compile(rb"<!--.*?(?:-->|\Z)", re.S)
# What browsers read for these labels (the WHATWG Encoding Standard), where Python differs.
_LABELS = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc-kr": "cp949",
    "x-user-defined": "cp1252",
}


def _codec(label: str) -> str | None:
    """The Python codec for a declared charset, or None when Python does not know it."""
    name = _LABELS.get(label.strip().lower(), label.strip().lower())
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # A page cannot declare itself UTF-16 from inside: the bytes say so (BOM) or it is UTF-8.
    if info.name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return info.name


def decode_page(data: bytes) -> str:
    """The page's text, decoded as a browser would: BOM, then the declared charset, then a guess.

    A page that declares a single-byte charset but is valid UTF-8 with non-ASCII text is read as
    UTF-8: browsers that re-save pages write UTF-8 and sometimes keep the old declaration, and
    windows-1252 text practically never forms valid UTF-8 sequences by accident.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, "replace")
    head = data[:4096]
    if len(head) >= 4 and head.count(0) * 4 > len(head):
        codec = "utf-16-be" if head[0::2].count(0) > head[1::2].count(0) else "utf-16-le"
        return data[: len(data) - len(data) % 2].decode(codec, "replace")
    prescan = _COMMENT_BYTES.sub(b"", data[:16384])
    declared = _XML_ENCODING.search(data[:1024]) or _META_CHARSET.search(prescan)
    label: str | None = _codec(declared.group(1).decode("ascii")) if declared else None
    if label is not None and label != "utf-8" and not data.isascii():
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode(label, "replace")
    if label is not None:
        return data.decode(label, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # What a browser in a Western locale assumes, when the text reads as a Western language
    # in it: a statistical guess takes short French or Spanish text for Baltic (cp775).
    guess = guess_charset([data[:200_000]])
    return data.decode(_codec(guess) or "cp1252", "replace")


# --- text ----------------------------------------------------------------------------------

_ENTITY = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG_LIKE = re.compile(r"<[A-Za-z/!?]")
"""What a browser would start a tag, comment or declaration with: markup that must not survive."""
_DROPPED_ELEMENTS = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|template|noscript|textarea|title|head|svg|math|iframe|object)\b.*?"
    r"(?:</\1\s*>|\Z)",
    re.I | re.S,
)
_BREAK = re.compile(r"<br\b[^<>]*>?", re.I)
_LIST_ITEM = re.compile(r"<li\b[^<>]*>?", re.I)
_BLOCK = re.compile(
    r"</?(?:p|div|ul|ol|dl|dt|dd|h[1-6]|tr|table|thead|tbody|section|article|header|footer|"
    r"blockquote|pre|hr|main|aside|nav|figure|figcaption|address|details|summary|form|fieldset|"
    r"center)\b[^<>]*>?",
    re.I,
)
_CELL = re.compile(r"</?t[dh]\b[^<>]*>?", re.I)
_ANY_TAG = re.compile(r"""<[A-Za-z/!?](?:[^>"'<]|"[^"]*(?:"|\Z)|'[^']*(?:'|\Z))*(?:>|\Z)""")
# A terminal's escape sequence (colour, cursor; a window title or link: OSC, ended by BEL or
# ST) goes whole: dropping only its ESC would leave "[31m" or "0;title" in a title.
_CONTROL = re.compile(
    r"(?:\x1b[\]P^_X]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x9c]{0,1024}(?:\x07|\x1b\\|\x9c)"
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]"
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]"
)
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def decode_entities(text: str) -> str:
    """Decode character references that end with ';' (what JSON and careful HTML write).

    ``html.unescape`` also decodes the old forms without ';' ("&copy" in "&copywriter"), which
    turns ordinary text written next to an ampersand into symbols.
    """
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


def _strip_markup(text: str) -> str:
    """Tags out, line breaks where blocks end; the markup's own line breaks are spaces."""
    text = _DROPPED_ELEMENTS.sub(" ", text.replace("\r", " ").replace("\n", " "))
    text = _BREAK.sub("\n", text)
    text = _LIST_ITEM.sub("\n• ", text)
    text = _BLOCK.sub("\n", text)
    text = _CELL.sub(" ", text)
    return _ANY_TAG.sub("", text)


def plain_text(markup: str, *, multiline: bool = False) -> str:
    """``markup`` (HTML, entity-escaped HTML or text) as plain text with no markup left in it.

    Entity-escaped markup ("&lt;p&gt;...", as LinkedIn and Greenhouse write descriptions inside
    JSON) is decoded and stripped again; whatever still looks like a tag after a few rounds gets
    a space after its "<", so that no reader can take it for markup. Characters that vanish or
    change in normalisation go first, so that none can join a "<" to a letter afterwards.
    """
    text = _normal(markup)
    for _ in range(4):
        if _TAG_LIKE.search(text):
            text = _strip_markup(text)
        decoded = _normal(decode_entities(text))
        done = not _TAG_LIKE.search(decoded)
        text = decoded
        if done:
            break
    else:
        text = _TAG_LIKE.sub(lambda m: "< " + m.group()[1:], text)
    return tidy(text, multiline=multiline)


def _normal(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFC", text).replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub("", text)


def strip_controls(text: str) -> str:
    """``text`` without control characters and terminal escape sequences (tabs and line
    breaks stay): what a person typed or pasted, ready to be stored as plain text."""
    return _CONTROL.sub("", text)


def tidy(text: str, *, multiline: bool = False) -> str:
    """NFC, no control characters, runs of spaces made one; one line unless ``multiline``."""
    text = _normal(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not multiline:
        return " ".join(text.split())
    lines: list[str] = []
    for line in text.split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if line.startswith("• ") and len(lines) >= 2 and not lines[-1] and lines[-2][:2] == "• ":
            lines.pop()  # list items stay together
        if line == "•":
            continue
        lines.append(line)
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def cut(text: str, limit: int) -> tuple[str, bool]:
    """``text`` cut to at most ``limit`` characters at a word boundary, and whether it was cut."""
    if len(text) <= limit:
        return text, False
    head = text[: limit - 1]
    space = head.rfind(" ", limit // 2)
    return (head[:space] if space > 0 else head).rstrip() + "…", True


# --- the page's head and scripts -------------------------------------------------------------

_ATTR_VALUE = r"""(?:[^<>"']|"[^"]*(?:"|\Z)|'[^']*(?:'|\Z))*"""


def _ci(word: str) -> str:
    """``word`` as a case-blind pattern: re.IGNORECASE makes the scan three times slower."""
    return "".join(f"[{c.lower()}{c.upper()}]" for c in word)


_RAW_ELEMENTS = ("script", "style", "textarea", "title", "xmp")
_TOKENS = re.compile(
    r"<(?=[!sStTxXmMlLbB])(?:!--(?P<comment>.*?)(?:-->|\Z)"
    + "".join(
        rf"|(?P<{tag}>{_ci(tag)})\b(?P<{tag}_attrs>{_ATTR_VALUE})(?:>|\Z)"
        rf"(?P<{tag}_body>.*?)(?:</{_ci(tag)}\s*>|\Z)"
        for tag in _RAW_ELEMENTS
    )
    + rf"|(?P<void>{_ci('meta')}|{_ci('link')}|{_ci('base')})\b(?P<attrs>{_ATTR_VALUE})(?:>|\Z))",
    re.S,
)
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
_SAVED_FROM = re.compile(r"\s*saved from url=\(\d+\)(\S+)", re.I)
MAX_HEAD_TAGS = 2000
"""``meta``, ``link`` and ``base`` tags read per page; real pages have a few dozen."""


def attributes(text: str) -> dict[str, str]:
    """The attributes of a tag's inside (``name="v" ...``); names lower-case, first one wins."""
    found: dict[str, str] = {}
    for m in _ATTR.finditer(text):
        name = m.group(1).lower()
        if name not in found:
            value = m.group(2) if m.group(2) is not None else m.group(3) or m.group(4) or ""
            found[name] = decode_entities(value)
    return found


@dataclass
class PageHead:
    """What a saved page says about itself, and its JSON-LD blocks with the line each starts on."""

    title: str = ""
    canonical: str = ""
    base: str = ""
    saved_from: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    json_ld: list[tuple[int, str]] = field(default_factory=list)


def scan_page(text: str) -> PageHead:
    """One linear pass over the page for the tags NetDesk reads (see the module docstring)."""
    head = PageHead()
    line, last, tags = 1, 0, 0
    for m in _TOKENS.finditer(text):
        line += text.count("\n", last, m.start())
        last = m.start()
        if m.group("comment") is not None:
            saved = _SAVED_FROM.match(m.group("comment"))
            if saved and not head.saved_from:
                head.saved_from = saved.group(1)
        elif m.group("title") is not None:
            head.title = head.title or m.group("title_body")
        elif m.group("script") is not None:
            attrs = m.group("script_attrs")
            if "json" in attrs.lower():
                kind = attributes(attrs).get("type", "").split(";")[0].strip().lower()
                if kind in ("application/ld+json", "application/json+ld"):
                    head.json_ld.append((line, m.group("script_body")))
        elif m.group("void") is not None and tags < MAX_HEAD_TAGS:
            tags += 1
            attrs_ = attributes(m.group("attrs"))
            tag = m.group("void").lower()
            if tag == "meta":
                key = (attrs_.get("property") or attrs_.get("name") or "").strip().lower()
                if key and "content" in attrs_ and key not in head.meta:
                    head.meta[key] = attrs_["content"]
            elif tag == "link" and "canonical" in attrs_.get("rel", "").lower().split():
                head.canonical = head.canonical or attrs_.get("href", "").strip()
            elif tag == "base":
                head.base = head.base or attrs_.get("href", "").strip()
    return head


# --- JSON-LD -----------------------------------------------------------------------------------

_WRAPPERS = re.compile(
    r"\A\s*(?://\s*|/\*\s*)?(?:<!--|<!\[CDATA\[)\s*(?:\*/)?"  # "// <![CDATA[", "<!--"
    r"|(?://\s*|/\*\s*)?(?:-->|\]\]>)\s*(?:\*/)?\s*\Z"  # "// ]]>", "-->"
)
_JSON_JUNK = re.compile(
    r'"[^"\\]*(?:\\.[^"\\]*)*"'  # a string: kept
    r"|//[^\n]*"  # a line comment
    r"|/\*.*?(?:\*/|\Z)"  # a block comment
    r"|,(?=\s*[}\]])",  # a trailing comma
    re.S,
)
_BAD_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u(?![0-9a-fA-F]{4})|[^\"\\/bfnrtu])", re.S)
_DECODER = json.JSONDecoder(strict=False)
MAX_REPAIR_CHARS = 1_000_000
"""A broken block longer than this is not repaired character by character (stray quotes)."""


def _fix_escape(m: re.Match[str]) -> str:
    seq = m.group(1)
    if seq.startswith("x"):
        return "\\u00" + seq[1:]
    if seq == "'":
        return "'"
    return "\\\\" + seq


def _drop_junk(m: re.Match[str]) -> str:
    token = m.group()
    if token.startswith('"'):
        return _BAD_ESCAPE.sub(_fix_escape, token) if "\\" in token else token
    return ""


def _escape_stray_quotes(text: str) -> str:
    """Escape quotes inside strings that do not end them ("a "quoted" word"): a quote ends a
    string only when what follows it can follow a string."""
    out: list[str] = []
    in_string = False
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if in_string and c == "\\":
            out.append(text[i : i + 2])
            i += 2
            continue
        if c == '"':
            if not in_string:
                in_string = True
            else:
                j = i + 1
                while j < n and text[j] in " \t\r\n":
                    j += 1
                if j >= n or text[j] in ",:}]":
                    in_string = False
                else:
                    c = '\\"'
        out.append(c)
        i += 1
    return "".join(out)


def _decode_all(text: str) -> list[Json]:
    """Every JSON value in ``text`` one after another; what follows the last one is ignored."""
    values: list[Json] = []
    pos, n = 0, len(text)
    while pos < n:
        while pos < n and text[pos] in " \t\r\n;,":
            pos += 1
        if pos >= n:
            break
        try:
            value, pos = _DECODER.raw_decode(text, pos)
        except json.JSONDecodeError:
            if not values:
                raise
            break
        values.append(value)
    return values


def load_json_ld(body: str) -> tuple[list[Json], str]:
    """The values in a JSON-LD block and, when nothing could be read, why.

    Tolerates what real pages carry: HTML comment and CDATA wrappers, JavaScript comments,
    trailing commas, control characters and stray quotes inside strings, invalid escapes
    (``\\'``, ``\\x26``), text after the value, the whole block HTML-escaped.
    """
    text = _WRAPPERS.sub("", body).strip()
    if not text:
        return [], ""
    if '"' not in text and "&quot;" in text:
        text = html.unescape(text)
    reason = ""
    for attempt in range(3):
        try:
            if attempt == 0:
                return [_DECODER.decode(text)], ""
            return _decode_all(text), ""
        except json.JSONDecodeError as error:
            if attempt == 0:  # where the block as written breaks, not the repaired one
                where = f"line {error.lineno} of the block, column {error.colno}"
                reason = f"{error.msg.removesuffix(' at').lower()} ({where})"
        except RecursionError:
            return [], "it is nested too deeply to read"
        if attempt == 0:
            text = _JSON_JUNK.sub(_drop_junk, text)
        elif len(text) <= MAX_REPAIR_CHARS:
            text = _JSON_JUNK.sub(_drop_junk, _escape_stray_quotes(text))
        else:
            break
    return [], reason


def walk(values: list[Json], max_depth: int = 64) -> Iterator[dict[str, Json]]:
    """Every object in ``values``, nested ones included (``@graph``, ``itemListElement``...)."""
    stack: list[tuple[Json, int]] = [(v, 0) for v in reversed(values)]
    while stack:
        value, depth = stack.pop()
        if depth > max_depth:
            continue
        if isinstance(value, dict):
            yield value
            stack.extend((v, depth + 1) for v in reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in reversed(value))


def type_names(node: dict[str, Json]) -> set[str]:
    """The node's types without their vocabulary: "http://schema.org/JobPosting" -> "jobposting"."""
    raw = node.get("@type", node.get("type"))
    names = raw if isinstance(raw, list) else [raw]
    return {re.split(r"[/:#]", n.strip())[-1].lower() for n in names if isinstance(n, str) and n}


# --- microdata -------------------------------------------------------------------------------

_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_URL_ATTRIBUTE = {
    "a": "href",
    "area": "href",
    "link": "href",
    "audio": "src",
    "embed": "src",
    "iframe": "src",
    "img": "src",
    "source": "src",
    "track": "src",
    "video": "src",
    "object": "data",
    "meta": "content",
    "data": "value",
    "meter": "value",
}
_TEXT_BLOCKS = frozenset(
    [
        "p",
        "div",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "main",
        "aside",
        "figure",
        "figcaption",
        "address",
        "details",
        "summary",
    ]
)
MAX_MICRODATA_CHARS = 1_000_000
"""How much markup the microdata reader walks per page; real postings take a few kilobytes."""
_MAX_OPEN = 256
"""Elements deeper than this are read as if they had no children (bounds the work per tag)."""
_MAX_CAPTURES = 16
"""Nested text properties taken at once; deeper ones (never seen in real pages) are skipped."""


@dataclass
class _Open:
    tag: str
    item: dict[str, Json] | None = None
    owner: dict[str, Json] | None = None
    props: tuple[str, ...] = ()
    parts: list[str] | None = None


class _MicrodataReader(HTMLParser):
    """Builds microdata items as JSON-LD-like dicts: ``{"@type": [...], "name": ["..."], ...}``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Open] = []
        self.items: list[tuple[int, dict[str, Json]]] = []
        self.open_items = 0
        self.skipping = 0
        self.captured = 0
        self.owners: list[dict[str, Json]] = []
        self.captures: list[list[str]] = []

    def _capture(self, text: str) -> None:
        if self.captures and self.captured < MAX_MICRODATA_CHARS:
            self.captured += len(text)
            for parts in self.captures:
                parts.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a: dict[str, str] = {}
        for name, value in attrs:
            a.setdefault(name, value or "")
        props = tuple(a.get("itemprop", "").split())
        owner = self.owners[-1] if self.owners else None
        element = _Open(tag)
        if "itemscope" in a:
            element.item = {"@type": a.get("itemtype", "").split()}
            if "itemid" in a:
                element.item["@id"] = a["itemid"]
            if props and owner is not None:
                for prop in props:
                    _add(owner, prop, element.item)
            else:
                self.items.append((self.getpos()[0], element.item))
        elif props and owner is not None:
            source = _URL_ATTRIBUTE.get(tag)
            if tag == "time" and "datetime" in a:
                source = "datetime"
            if source is not None and source in a:
                for prop in props:
                    _add(owner, prop, a[source])
            elif tag not in _VOID and len(self.captures) < _MAX_CAPTURES:
                element.owner, element.props, element.parts = owner, props, []
        if tag == "br":
            self._capture("\n")
        elif tag == "li":
            self._capture("\n• ")
        elif tag in _TEXT_BLOCKS:
            self._capture("\n")
        if tag in _VOID or len(self.stack) >= _MAX_OPEN:
            return
        self.stack.append(element)
        if tag in ("script", "style"):
            self.skipping += 1
        if element.item is not None:
            self.owners.append(element.item)
            self.open_items += 1
        if element.parts is not None:
            self.captures.append(element.parts)

    def handle_endtag(self, tag: str) -> None:
        if not any(element.tag == tag for element in self.stack):
            return
        while self.stack:
            element = self.stack.pop()
            if element.tag in ("script", "style"):
                self.skipping -= 1
            if element.item is not None:
                self.open_items -= 1
                self.owners.pop()
            if element.owner is not None and element.parts is not None:
                self.captures.pop()
                for prop in element.props:
                    _add(element.owner, prop, "".join(element.parts))
            if element.tag in _TEXT_BLOCKS:
                self._capture("\n")
            if element.tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self._capture(" ".join(data.split()) if data.strip() else " ")


def _add(item: dict[str, Json], prop: str, value: Json) -> None:
    values = item.setdefault(prop, [])
    if isinstance(values, list):
        values.append(value)


_ITEMTYPE_BEFORE = re.compile(r"""itemtype\s*=\s*["']?[^"'<>\s]{0,60}\Z""", re.I)


def _next_job_item(text: str, pos: int) -> tuple[int, int] | None:
    """Where the next element typed ``JobPosting`` starts, and where its type ends."""
    while True:
        at = text.find("schema.org/JobPosting", pos)
        if at < 0:
            return None
        if _ITEMTYPE_BEFORE.search(text, max(0, at - 100), at):
            return text.rfind("<", 0, at), at + 21
        pos = at + 21


def microdata_job_items(text: str) -> tuple[list[tuple[int, dict[str, Json]]], str]:
    """The microdata items of the page's ``JobPosting`` elements, each with its line, and a reason
    when some markup could not be read. Only those elements are parsed (see the module docs)."""
    items: list[tuple[int, dict[str, Json]]] = []
    pos, budget, line, counted = 0, MAX_MICRODATA_CHARS, 1, 0
    problem = ""
    while budget > 0:
        found = _next_job_item(text, pos)
        if found is None:
            break
        start, type_end = max(found[0], pos), found[1]
        line += text.count("\n", counted, start)
        counted = start
        reader = _MicrodataReader()
        end = start
        try:
            while end < len(text) and budget > 0:
                chunk = text[end : end + min(65536, budget)]
                reader.feed(chunk)
                end += len(chunk)
                budget -= len(chunk)
                if reader.items and reader.open_items <= 0:
                    break
            else:
                reader.close()
        except AssertionError:  # html.parser's answer to some broken declarations ("<![x")
            problem = "some markup around a job posting could not be read"
        items.extend((line + found - 1, item) for found, item in reader.items)
        pos = max(end - len(reader.rawdata), type_end)
    if budget <= 0:
        problem = problem or "the page's microdata is too long; only its start was read"
    return items, problem
