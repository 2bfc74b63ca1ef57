"""Phone numbers compared as E.164: one person's number matches however it was written."""

from __future__ import annotations

import locale

import pytest

from netdesk.core.phones import NOT_A_NUMBER, default_region, normalize_phone, phone_key


@pytest.mark.parametrize(
    "written",
    [
        "+1 415 555 0134",
        "+1-415-555-0134",
        "+1.415.555.0134",
        "+1\u00a0415\u00a0555\u00a00134",  # non-breaking spaces, as phones export them
        "(415) 555-0134",
        "415 555 0134",
        "+1 415 555 0134 ext. 12",
        "  +1 (415) 555-0134  ",
    ],
)
def test_one_number_written_many_ways_is_one_key(written: str) -> None:
    assert normalize_phone(written, "US") == "+14155550134"
    assert phone_key(written, "US") == "+14155550134"


def test_a_national_number_is_read_in_the_given_region() -> None:
    assert normalize_phone("030 1234567", "DE") == "+49301234567"
    assert normalize_phone("0044 20 7946 0958", "DE") == "+442079460958"
    assert normalize_phone("+49 (0)30 1234567", "US") == "+49301234567"
    # an international number is the same whatever the region
    assert normalize_phone("+44-20-7946-0958", "DE") == normalize_phone("+44 20 7946 0958", "US")


@pytest.mark.parametrize("text", ["", "   ", "not a number", "call me after 5", "123", "+1"])
def test_text_that_is_no_phone_number(text: str) -> None:
    assert normalize_phone(text, "US") == ""
    assert phone_key(text, "US") == NOT_A_NUMBER  # computed: not '' (which means "not yet")


@pytest.mark.parametrize(
    ("found", "region"),
    [
        (("de_DE", "UTF-8"), "DE"),
        (("en_GB", "UTF-8"), "GB"),
        (("pt_BR", "ISO8859-1"), "BR"),
        (("C", None), "US"),
        ((None, None), "US"),
    ],
)
def test_the_default_region_is_the_users_locale(
    monkeypatch: pytest.MonkeyPatch, found: tuple[str | None, str | None], region: str
) -> None:
    monkeypatch.setattr(locale, "getlocale", lambda *_: found)
    assert default_region() == region


def test_an_unreadable_locale_reads_numbers_as_us(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> tuple[str, str]:
        raise ValueError("unknown locale: UTF-8")

    monkeypatch.setattr(locale, "getlocale", broken)
    assert default_region() == "US"
