"""Counting a message the way LinkedIn's invitation box counts it.

LinkedIn documents only "300 characters" for the note of an invitation. Its compose box is a web
``<textarea>`` whose limit and "n/300" counter are the browser's and JavaScript's string length,
and the HTML standard measures ``maxlength`` in UTF-16 code units (WHATWG HTML, "the length of
the API value"; JavaScript's ``"👍".length`` is 2): so an emoji or another character outside the
Basic Multilingual Plane counts twice, an accented letter typed as one character once (as two
when it is a letter plus a combining accent), a CJK character once. A textarea's value has its
line breaks as LF, so a line break counts once. Counting UTF-16 units is also the cautious
choice: it is never less than the number of code points, so a note that fits here fits under
either reading. Safari is known to count some emoji as 1: it then only accepts more.

Third-party reports (2023 on) say free LinkedIn accounts get 200 characters for a note and
Premium 300; LinkedIn has not published this. The limit is a parameter for that reason.
"""

from __future__ import annotations

from dataclasses import dataclass

LINKEDIN_INVITATION_LIMIT = 300


@dataclass(frozen=True, slots=True)
class Count:
    count: int
    limit: int

    @property
    def fits(self) -> bool:
        return self.count <= self.limit

    @property
    def remaining(self) -> int:
        """Characters still free; negative when over the limit."""
        return self.limit - self.count


def utf16_length(text: str) -> int:
    """JavaScript's ``text.length``: two units for each character beyond U+FFFF."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def linkedin_count(text: str, limit: int = LINKEDIN_INVITATION_LIMIT) -> Count:
    """How much of a LinkedIn invitation note ``text`` takes, against ``limit``."""
    return Count(utf16_length(text.replace("\r\n", "\n").replace("\r", "\n")), limit)
