"""The language of outreach message templates: placeholders, optional sections, nothing that runs.

A user edits these templates in Settings, so the language is small enough to explain beside the
editor, and nothing in a template or in a value can run code, read attributes or reach other
data (as ``str.format`` with ``{contact.__class__}`` or a Jinja expression could):

- ``{first_name}`` is replaced by a value. Only the names in the placeholder list exist; any other
  is an error, reported with its line and column. ``{{`` and ``}}`` write a brace.
- ``[[if referrer_name]] ... [[end]]`` is a section: it disappears when its placeholder is
  empty. ``[[if not referrer_name]]`` keeps it only when the placeholder is empty, and
  ``[[else]]`` gives the other wording: ``[[if company]]at {company}[[else]]in your field[[end]]``.
  Sections nest. A section tag alone on its line takes the whole line with it, so a paragraph
  can be wrapped in tags on lines of their own.
- A value is inserted as plain text, never read as a template: a name containing
  ``{first_name}`` or ``[[end]]`` comes out exactly so. Values are put on one line (line breaks
  and runs of spaces become one space, control characters go), and a name holding direction
  controls is isolated so it cannot reorder the sentence around it.
- The result is tidied the same way for every language: spaces left around an empty value are
  collapsed, lines lose their leading and trailing spaces, there is never more than one blank
  line, and a value ending in ".", "!", "?" or "…" swallows a "." right after it ("Acme Inc.").

A template *needs* the placeholders it uses outside a section that tests them: those are what the
message cannot read well without (see :attr:`Parsed.needs`).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from netdesk.core.formats.escaping import clean_text
from netdesk.core.text import isolate_bidi

Value = str | int | date | Sequence[str] | None
"""What a placeholder can be given: text, a number, a date, a list of texts, or nothing."""

Values = Mapping[str, Value]


class Kind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    LIST = "list"


@dataclass(frozen=True, slots=True)
class Placeholder:
    name: str
    kind: Kind
    description: str
    example: Value
    default: str = ""
    """Used when no value is given (``{minutes}``: the 15-minute boundary)."""


class Severity(StrEnum):
    ERROR = "error"
    """The template cannot be saved or used."""
    WARNING = "warning"
    """It works, but probably not as its author meant."""


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a template, where it is: line and column count from 1."""

    message: str
    line: int
    column: int
    offset: int
    """Characters (code points) from the start of the text."""
    length: int
    utf16_offset: int
    """The same position in UTF-16 units, as a Qt text cursor counts."""
    part: str = "body"
    """Which text of the template: "subject" or "body"."""
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        return f"{self.part.capitalize()}, line {self.line}, column {self.column}: {self.message}"


class TemplateError(ValueError):
    """A template that cannot be used, with every problem found in it."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# --- Parsing ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Text:
    text: str


@dataclass(frozen=True, slots=True)
class _Slot:
    name: str


@dataclass(slots=True)
class _Section:
    name: str
    negate: bool
    then: list[_Node] = field(default_factory=list)
    otherwise: list[_Node] = field(default_factory=list)


_Node = _Text | _Slot | _Section


@dataclass(frozen=True, slots=True)
class Parsed:
    """A template read once, ready to be filled any number of times."""

    nodes: tuple[_Node, ...]
    uses: frozenset[str]
    """Every placeholder the text mentions, in a slot or a section tag."""
    needs: frozenset[str]
    """The placeholders used outside a section that tests them: when one of them is empty the
    message has a hole, so a Compose action should offer this template only when they are set."""


_TOKEN = re.compile(r"\{\{|\}\}|\{[^{}\n]*\}|\{|\}|\[\[[^\[\]\n]*\]\]|\[\[")
_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")


def position(text: str, offset: int) -> tuple[int, int, int]:
    """Line and column (from 1) and UTF-16 offset of a character offset in ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    utf16 = len(text[:offset].encode("utf-16-le")) // 2
    return line, column, utf16


class _Parser:
    def __init__(self, text: str, known: Mapping[str, Placeholder], part: str) -> None:
        self.text = text
        self.known = known
        self.part = part
        self.problems: list[Problem] = []
        self.uses: set[str] = set()

    def problem(
        self, message: str, start: int, end: int, severity: Severity = Severity.ERROR
    ) -> None:
        line, column, utf16 = position(self.text, start)
        self.problems.append(
            Problem(message, line, column, start, end - start, utf16, self.part, severity)
        )

    def tokens(self) -> Iterator[tuple[str, int, int]]:
        """Every token with its span; text between tokens comes as ("", start, end).

        A section tag alone on its line gets a span covering the line and its line break."""
        text = self.text
        spans: list[tuple[int, int, int, int]] = []  # (token start, end, eaten start, eaten end)
        for match in _TOKEN.finditer(text):
            start, end = match.span()
            eat_start, eat_end = start, end
            if match.group().startswith("[[") and match.group().endswith("]]"):
                line_start = text.rfind("\n", 0, start) + 1
                line_end = text.find("\n", end)
                line_end = len(text) if line_end < 0 else line_end
                if not text[line_start:start].strip(" \t") and not text[end:line_end].strip(" \t"):
                    eat_start, eat_end = line_start, min(line_end + 1, len(text))
            spans.append((start, end, eat_start, eat_end))
        done = 0
        for start, end, eat_start, eat_end in spans:
            if eat_start > done:
                yield "", done, eat_start
            yield text[start:end], start, end
            done = max(done, eat_end)
        if done < len(text):
            yield "", done, len(text)

    def slot_name(self, token: str, start: int, end: int) -> str | None:
        name = token[1:-1].strip()
        if not name:
            self.problem(
                "{} is empty: put a placeholder's name between the braces, "
                "or write {{ and }} for the braces themselves.",
                start,
                end,
            )
            return None
        return self.known_name(name, f"{{{name}}}", start, end)

    def known_name(self, name: str, shown: str, start: int, end: int) -> str | None:
        if name in self.known:
            self.uses.add(name)
            return name
        message = f"There is no placeholder {shown}."
        close = difflib.get_close_matches(name.lower().replace(" ", "_"), self.known, n=1)
        if close:
            message += f" Did you mean {{{close[0]}}}?"
        elif not _NAME.match(name):
            message += " A placeholder's name is lower-case letters, digits and _."
        self.problem(message + " The placeholders are listed beside the editor.", start, end)
        return None

    def parse(self) -> list[_Node]:
        root: list[_Node] = []
        stack: list[tuple[_Section, int, int, bool]] = []  # section, tag start, end, in else
        current = root
        pending_literal_brace = False  # "{{" just seen, to spot "{{first_name}}"
        for token, start, end in self.tokens():
            if token == "":
                chunk = self.text[start:end]
                if pending_literal_brace and self.text.startswith("}}", end):
                    inner = chunk.strip()
                    if inner in self.known:
                        self.problem(
                            f"{{{{{inner}}}}} writes the braces themselves; for the placeholder "
                            f"write {{{inner}}}.",
                            start - 2,
                            end + 2,
                            Severity.WARNING,
                        )
                current.append(_Text(chunk))
            elif token == "{{":
                current.append(_Text("{"))
            elif token == "}}":
                current.append(_Text("}"))
            elif token == "{":
                self.problem(
                    "This { is never closed: a placeholder ends with } on the same line. "
                    "Write {{ for a brace.",
                    start,
                    end,
                )
            elif token == "}":
                self.problem("This } has no { before it. Write }} for a brace.", start, end)
            elif token.startswith("{"):
                name = self.slot_name(token, start, end)
                if name is not None:
                    current.append(_Slot(name))
            elif token == "[[":
                self.problem(
                    "[[ starts a section tag, which ends with ]] on the same line: "
                    "[[if name]], [[if not name]], [[else]] or [[end]].",
                    start,
                    end,
                )
            else:
                current = self.tag(token, start, end, stack, root, current)
            pending_literal_brace = token == "{{"
        for _section, tag_start, tag_end, _ in stack:
            if tag_start < 0:  # a tag already reported as misspelt
                continue
            shown = self.text[tag_start:tag_end]
            self.problem(f"The section {shown} is never closed: add [[end]].", tag_start, tag_end)
        return root

    def tag(
        self,
        token: str,
        start: int,
        end: int,
        stack: list[tuple[_Section, int, int, bool]],
        root: list[_Node],
        current: list[_Node],
    ) -> list[_Node]:
        words = token[2:-2].split()
        keyword = words[0].lower() if words else ""
        if keyword == "if":
            negate = len(words) > 1 and words[1].lower() == "not"
            rest = words[2:] if negate else words[1:]
            if len(rest) != 1:
                self.problem(
                    "A section names one placeholder: [[if referrer_name]] or "
                    "[[if not referrer_name]].",
                    start,
                    end,
                )
                name = None
            else:
                name = self.known_name(rest[0], rest[0], start, end)
            section = _Section(name or "", negate)
            if name is not None:
                current.append(section)
            stack.append((section, start, end, False))
            return section.then
        if keyword == "else" and len(words) == 1:
            if not stack:
                self.problem(
                    "[[else]] belongs inside a section, between [[if …]] and [[end]].", start, end
                )
                return current
            section, tag_start, tag_end, in_else = stack[-1]
            if in_else:
                self.problem("This section already has an [[else]].", start, end)
            stack[-1] = (section, tag_start, tag_end, True)
            return section.otherwise
        if keyword == "end" and len(words) == 1:
            if not stack:
                self.problem(
                    "This [[end]] closes no section: there is no [[if …]] open.", start, end
                )
                return current
            return _close(stack, root)
        self.problem(
            f"{token} is not a section tag. They are [[if name]], [[if not name]], [[else]] "
            "and [[end]].",
            start,
            end,
        )
        # Read a misspelt tag as the one it most likely meant, so that one typo is one problem.
        if "end" in keyword or keyword.startswith("/") or keyword == "fi":
            return _close(stack, root) if stack else current
        if keyword.startswith("el"):
            return current
        unread = _Section("", False)
        stack.append((unread, -1, -1, False))
        return unread.then


def _close(stack: list[tuple[_Section, int, int, bool]], root: list[_Node]) -> list[_Node]:
    """End the innermost section; returns where the text after it goes."""
    stack.pop()
    if not stack:
        return root
    section, _, _, in_else = stack[-1]
    return section.otherwise if in_else else section.then


def _needs(nodes: Sequence[_Node], guarded: frozenset[str], found: set[str]) -> None:
    for node in nodes:
        if isinstance(node, _Slot):
            if node.name not in guarded:
                found.add(node.name)
        elif isinstance(node, _Section):
            with_name = guarded | {node.name}
            _needs(node.then, guarded if node.negate else with_name, found)
            _needs(node.otherwise, with_name if node.negate else guarded, found)


def check(text: str, known: Mapping[str, Placeholder], *, part: str = "body") -> list[Problem]:
    """Every problem in ``text``, errors and warnings, in the order they occur."""
    parser = _Parser(_normalize_template(text), known, part)
    parser.parse()
    return sorted(parser.problems, key=lambda p: p.offset)


def parse(text: str, known: Mapping[str, Placeholder], *, part: str = "body") -> Parsed:
    """``text`` read as a template; :class:`TemplateError` lists every error in it."""
    parser = _Parser(_normalize_template(text), known, part)
    nodes = parser.parse()
    errors = [p for p in parser.problems if p.severity is Severity.ERROR]
    if errors:
        raise TemplateError(sorted(errors, key=lambda p: p.offset))
    needs: set[str] = set()
    _needs(nodes, frozenset(), needs)
    return Parsed(tuple(nodes), frozenset(parser.uses), frozenset(needs))


def _normalize_template(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- Filling ----------------------------------------------------------------------------------


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def english_date(day: date) -> str:
    """A date as the English templates write it, "Tuesday 3 March 2026".

    Spelt out here rather than with strftime, which follows the process's C locale (Qt sets it
    from the desktop) and would put German day names in English text; the UI passes its own."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True, slots=True)
class Wording:
    """What turns lists and dates into words in the message's language."""

    separator: str = ", "
    last_separator: str = " and "
    """Between the last two items: "information, contacts and referrals"."""
    format_date: Callable[[date], str] = english_date

    def join(self, items: Sequence[str]) -> str:
        if len(items) <= 1:
            return "".join(items)
        return self.separator.join(items[:-1]) + self.last_separator + items[-1]


ENGLISH = Wording()


def inline(text: str) -> str:
    """A value as it goes into a sentence: one line, single spaces, no control characters."""
    return isolate_bidi(" ".join(clean_text(text).split()))


def as_text(value: Value, placeholder: Placeholder, wording: Wording = ENGLISH) -> str:
    """The words a value becomes; "" for nothing. Anything but the :data:`Value` types is a
    programming error (``True`` is not a number of minutes)."""
    text: str
    if value is None:
        text = ""
    elif isinstance(value, str):
        text = inline(value)
    elif isinstance(value, bool):
        raise TypeError(f"{{{placeholder.name}}} cannot be {value!r}")
    elif isinstance(value, int):
        text = str(value)
    elif isinstance(value, datetime):
        text = inline(wording.format_date(value.date()))
    elif isinstance(value, date):
        text = inline(wording.format_date(value))
    elif isinstance(value, Sequence):
        items = []
        for item in value:
            if not isinstance(item, str):
                raise TypeError(f"{{{placeholder.name}}} takes texts, not {item!r}")
            if words := inline(item):
                items.append(words)
        text = inline(wording.join(items))
    else:
        raise TypeError(f"{{{placeholder.name}}} cannot be {value!r}")
    return text or placeholder.default


def resolve(
    values: Values, known: Mapping[str, Placeholder], wording: Wording = ENGLISH
) -> dict[str, str]:
    """Every known placeholder's words: the value given, its default, or ""."""
    return {name: as_text(values.get(name), spec, wording) for name, spec in known.items()}


_ENDS_SENTENCE = (".", "!", "?", "…")


def _pieces(nodes: Sequence[_Node], words: Mapping[str, str], out: list[tuple[bool, str]]) -> None:
    for node in nodes:
        if isinstance(node, _Text):
            out.append((False, node.text))
        elif isinstance(node, _Slot):
            out.append((True, words[node.name]))
        elif bool(words[node.name]) != node.negate:
            _pieces(node.then, words, out)
        else:
            _pieces(node.otherwise, words, out)


_SPACES = re.compile(r"[ \t]{2,}")
_BLANK_LINES = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """Collapse what empty values and left-out sections leave behind (see the module doc)."""
    lines = [_SPACES.sub(" ", line).strip(" \t") for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")


def render(parsed: Parsed, words: Mapping[str, str]) -> str:
    """The text with ``words`` (from :func:`resolve`) in place, sections kept or left out."""
    pieces: list[tuple[bool, str]] = []
    _pieces(parsed.nodes, words, pieces)
    out: list[str] = []
    after_sentence = False  # the last piece was a value ending a sentence
    for is_value, text in pieces:
        if not text:
            continue
        if not is_value and after_sentence and text.startswith("."):
            text = text[1:]
        out.append(text)
        after_sentence = is_value and text.endswith(_ENDS_SENTENCE)
    return tidy("".join(out))
