"""CSV text to records, robust to a quote that is never closed and to oversized fields.

Python's csv module reads a field opened by a quote up to the next quote, however far away: one
stray quote in row 3 of a 1,000-row file makes row 3's last field hold the other 997 rows, and
nothing says so. So every record read over several lines is checked (those are rare: notes and
addresses with line breaks). A quote that was never closed is reported with its line, its field
ends with that line, and reading goes on at the next line. A field or line over
:data:`MAX_FIELD_BYTES` is skipped without being copied, and reported.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from netdesk.core.formats.cards import MAX_FIELD_BYTES, Problem

csv.field_size_limit(MAX_FIELD_BYTES)

_LINE_END = re.compile(r"\r\n|\n|\r")
_MB = MAX_FIELD_BYTES // 1024 // 1024


class _Lines:
    """The lines of ``text`` (with their ends) for csv.reader, from a position that may be moved
    between records; a line over the size limit is handed out cut (and ``cut`` is set)."""

    def __init__(self, text: str, pos: int, number: int) -> None:
        self.text = text
        self.pos = pos
        self.number = number
        """Lines handed out so far (counting those before ``pos``)."""
        self.cut = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        pos = self.pos
        if pos >= len(self.text):
            raise StopIteration
        stop = line_end(self.text, pos)
        self.pos = stop
        self.number += 1
        if stop - pos > MAX_FIELD_BYTES:
            self.cut = True
            stop = pos + MAX_FIELD_BYTES + 1  # enough for the reader to refuse the field
        return self.text[pos:stop]

    def move(self, pos: int, number: int) -> None:
        self.pos, self.number, self.cut = pos, number, False


def line_end(text: str, pos: int) -> int:
    """Where the line starting at ``pos`` ends, its line end (CR, LF or CRLF) included."""
    found = _LINE_END.search(text, pos)
    return found.end() if found is not None else len(text)


def split_records(
    text: str, begin: int, line: int, delimiter: str, file: str, problems: list[Problem]
) -> Iterator[tuple[int, list[str]]]:
    """(first line, cells) of every record from position ``begin``, which is on line ``line``;
    the first record is taken as the header. What was skipped or cut is added to ``problems``."""
    feed = _Lines(text, begin, line - 1)
    reader = csv.reader(feed, delimiter=delimiter)
    while True:
        start, number = feed.pos, feed.number + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            record = []
            reason = (
                f"a field larger than {_MB} MB: row skipped"
                if "field limit" in str(exc)
                else f"row could not be read ({exc}): skipped"
            )
        else:
            reason = f"line longer than {_MB} MB: row skipped" if feed.cut else ""
        if reason:
            reader = csv.reader(feed, delimiter=delimiter)  # it cannot go on after an error
            after = _balanced_end(text, start, number)
            if after is not None:
                problems.append(Problem(file, number, reason))
                feed.move(*after)
                continue
        elif (feed.number == number and feed.pos < len(text)) or not _unclosed(
            text[start : feed.pos], delimiter
        ):
            yield number, record
            continue
        # A quote that is never closed: its field ends with its line.
        first = line_end(text, start)
        where = "the end of the file" if reason or feed.pos >= len(text) else f"line {feed.number}"
        feed.move(first, number)
        try:
            record = next(csv.reader([text[start:first].rstrip("\r\n")], delimiter=delimiter))
        except csv.Error:
            problems.append(Problem(file, number, f"line longer than {_MB} MB: row skipped"))
            continue
        problems.append(
            Problem(
                file,
                number,
                f"quote not closed (its field would run to {where}): the field ends with this "
                "line, and the lines after it are read as rows",
            )
        )
        yield number, record


def _unclosed(record_text: str, delimiter: str) -> bool:
    """Whether a record read over several lines is a quote that was never closed rather than a
    field with line breaks: writers close every quote before a delimiter or a line end, and the
    quote that closes a stray one is the opening quote of some later field, followed by its text
    (or there is none: the end of the file). Read strictly, such a record is an error."""
    reader = csv.reader(io.StringIO(record_text, newline=""), delimiter=delimiter, strict=True)
    try:
        for _ in reader:
            pass
    except csv.Error:
        return True
    return False


def _balanced_end(text: str, start: int, number: int) -> tuple[int, int] | None:
    """(position, lines read) after the record at ``start`` (line ``number``): the first line end
    outside quotes, found without copying anything (where reading goes on after an oversized
    field). None when a quote is never closed (a stray quote, not a long field)."""
    pos = start
    while True:
        quote = text.find('"', pos)
        stop = line_end(text, pos)
        if quote < 0 or quote >= stop:
            break
        close = text.find('"', quote + 1)  # a doubled quote inside reopens at once: same result
        if close < 0:
            return None
        pos = close + 1
    ends = text.count("\n", start, stop) + text.count("\r", start, stop)
    ends -= text.count("\r\n", start, stop)
    if text[stop - 1] not in "\r\n":  # the last line of the file, without a line end
        ends += 1
    return stop, number - 1 + ends
