"""Hostile and damaged contact files: every card that can be read is, in linear time and bounded
memory, and whatever cannot is reported with its file and line (issue 12, points 12 and 14)."""

from __future__ import annotations

import codecs
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.core.contacts import load_contact
from netdesk.core.importing import export_contacts, import_files, read_files
from netdesk.core.vcard import read_vcards


def _card(*lines: str) -> str:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + "\r\n"


def _names(data: bytes) -> tuple[list[str], list[tuple[int, str]]]:
    cards, problems = read_vcards(data, "x.vcf")
    return [c.name for c in cards], [(p.line, p.reason) for p in problems]


# CHARSET that is no text encoding ---------------------------------------------------------------


@pytest.mark.parametrize(
    "charset",
    ["undefined", "unicode_escape", "raw_unicode_escape", "hex", "uu_codec", "rot13", "base64",
     "zlib", "bz2", "idna", "x-no-such-codec"],
)  # fmt: skip
def test_a_charset_that_is_no_text_encoding_falls_back_and_is_reported(charset: str) -> None:
    data = (
        _card("FN:Anna Fine")
        + _card(f"FN;CHARSET={charset}:Jürgen Groß \\u0041", f"NOTE;CHARSET={charset}:Grüße")
        + _card("FN:Carl After")
    ).encode("utf-8")
    cards, problems = read_vcards(data, "odd.vcf")
    assert [c.name for c in cards] == ["Anna Fine", "Jürgen Groß \\u0041", "Carl After"]
    assert cards[1].data.notes == "Grüße"
    assert [(p.file, p.line) for p in problems] == [("odd.vcf", 7)]
    assert f"CHARSET={charset} is not a text encoding" in problems[0].reason


def test_real_charsets_are_still_used() -> None:
    data = _card("FN;CHARSET=ISO-8859-7:Γιώργος").encode("iso8859-7")
    data += _card("FN;CHARSET=KOI8-R:Иван").encode("koi8-r")
    assert _names(data) == (["Γιώργος", "Иван"], [])


# Lone surrogates ---------------------------------------------------------------------------------


@pytest.fixture
def escaping_codec() -> Iterator[str]:
    """A charset whose decoder turns every 8-bit byte into a lone surrogate (``surrogateescape``),
    which neither SQLite nor a UTF-8 file can hold."""
    name = "test_surrogateescape"

    def decode(data: bytes, errors: str = "strict") -> tuple[str, int]:
        return codecs.ascii_decode(data, "surrogateescape")

    def encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
        return codecs.ascii_encode(text, "surrogateescape")

    def search(wanted: str) -> codecs.CodecInfo | None:
        return codecs.CodecInfo(encode, decode, name=name) if wanted == name else None

    codecs.register(search)
    yield name
    codecs.unregister(search)


def test_lone_surrogates_never_reach_the_database_or_an_export(
    db: Path, tmp_path: Path, escaping_codec: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.core import csv_contacts

    cards = tmp_path / "escaped.vcf"
    cards.write_bytes(
        _card(f"FN;CHARSET={escaping_codec}:Anna M\xfcller", "NOTE:x").encode("latin-1")
        + _card("FN;CHARSET=unicode_escape:Bo \\ud800 K\xf6hler").encode("latin-1")
    )
    table = tmp_path / "escaped.csv"
    table.write_bytes("First Name,Last Name\r\nCy,D\xfcrr\r\n".encode("latin-1"))
    monkeypatch.setattr(csv_contacts, "guess_charset", lambda samples: escaping_codec)
    summary = import_files([cards, table])
    assert summary.imported == 3
    names = [load_contact(i).display_name for i in summary.contact_ids]
    assert names[0] == "Anna M\ufffdller" and names[2] == "Cy D\ufffdrr"
    assert "\\ud800" in names[1]  # the escape is text: unicode_escape is no charset
    for fmt in ("vcard4", "vcard3", "csv"):
        out = tmp_path / f"out.{fmt}"
        assert export_contacts(out, fmt) == 3
        assert "Anna M\ufffdller" in out.read_text("utf-8-sig")


def test_a_utf16_file_with_a_broken_pair_imports(db: Path, tmp_path: Path) -> None:
    text = _card("FN:Anna \ud800Lee") + _card("FN:Bo Next")
    path = tmp_path / "utf16.vcf"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le", "surrogatepass"))
    summary = import_files([path])
    assert summary.imported == 2
    assert load_contact(summary.contact_ids[0]).display_name == "Anna \ufffdLee"


# One card's defect costs that card only ---------------------------------------------------------


def test_an_unexpected_error_in_one_card_skips_only_that_card(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from netdesk.core import vcard

    real = vcard._Reader.photo

    def photo(self: vcard._Reader, prop: vcard._Prop, data: object) -> None:
        if b"BAD" in prop.value:
            raise ValueError("a defect in the photo reader")
        real(self, prop, data)  # type: ignore[arg-type]

    monkeypatch.setattr(vcard._Reader, "photo", photo)
    data = (
        _card("FN:Anna") + _card("FN:Bad Photo", "PHOTO;ENCODING=b:BAD") + _card("FN:Carl")
    ).encode()
    with caplog.at_level(logging.ERROR, "netdesk"):
        names, problems = _names(data)
    assert names == ["Anna", "Carl"]
    assert problems == [
        (5, "card could not be read (ValueError: a defect in the photo reader): skipped")
    ]
    assert "x.vcf:5" in caplog.text and "Traceback" in caplog.text


def test_an_unexpected_error_in_one_csv_row_skips_only_that_row(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from netdesk.core import csv_contacts

    real = csv_contacts._parse_date

    def parse_date(text: str) -> object:
        if text == "bad":
            raise KeyError("a defect in the date reader")
        return real(text)

    monkeypatch.setattr(csv_contacts, "_parse_date", parse_date)
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,Connected On\r\nAnn,Lee,15 Mar 2024\r\nBad,Row,bad\r\nCy,Dale,\r\n"
    )
    with caplog.at_level(logging.ERROR, "netdesk"):
        result = read_files([path])
    assert [c.name for c in result.cards] == ["Ann Lee", "Cy Dale"]
    assert [(p.line, p.reason.split(" (")[0]) for p in result.problems] == [
        (3, "row could not be read")
    ]
    assert f"{path}:3" in caplog.text and "Traceback" in caplog.text
