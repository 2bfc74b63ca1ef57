"""Hostile and damaged contact files: every card that can be read is, in linear time and bounded
memory, and whatever cannot is reported with its file and line (issue 12, points 12 and 14)."""

from __future__ import annotations

import codecs
import logging
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.core.contacts import load_contact
from netdesk.core.formats.vcard import read_vcards
from netdesk.core.importing import export_contacts, import_files, read_files
from netdesk.models import Contact, database


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
    from netdesk.core.formats import csv_contacts

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
    from netdesk.core.formats import vcard

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
    from netdesk.core.formats import csv_contacts

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


# Linear time -------------------------------------------------------------------------------------


@pytest.mark.timeout(15, method="signal")
def test_quoted_printable_with_a_soft_break_after_every_byte_is_linear() -> None:
    """4 MB of "=41=" lines: 81 s when each soft break copied the value so far."""
    body = "=\r\n".join(["=41"] * 800_000)
    data = _card("FN:QP", f"NOTE;ENCODING=QUOTED-PRINTABLE:{body}", "EMAIL:qp@x.org").encode()
    assert len(data) > 4_000_000
    cards, problems = read_vcards(data, "qp.vcf")
    assert problems == []
    assert cards[0].data.notes == "A" * 800_000
    assert cards[0].data.emails[0].address == "qp@x.org"


def _chain(count: int, top_first: bool) -> str:
    cards = [
        _card(f"UID:c{k}", f"FN:Person {k}", *([f"X-NETDESK-RELATED:c{k - 1}"] if k else []))
        for k in range(count)
    ]
    return "".join(cards if top_first else reversed(cards))


@pytest.mark.timeout(15, method="signal")
@pytest.mark.parametrize("top_first", [True, False])
def test_a_referral_chain_of_20000_imports_in_linear_time(
    db: Path, tmp_path: Path, top_first: bool
) -> None:
    """Listed top first, each link used to walk the whole chain above it: 34 s."""
    path = tmp_path / "chain.vcf"
    path.write_text(_chain(20_000, top_first))
    summary = import_files([path])
    assert (summary.imported, summary.referrals, summary.skipped) == (20_000, 19_999, [])
    depth = database.execute_sql(
        "WITH RECURSIVE up(id, n) AS (SELECT id, 0 FROM contact WHERE uid = 'c19999' "
        "UNION ALL SELECT r.referrer_id, n + 1 FROM referral r JOIN up ON r.referred_id = up.id) "
        "SELECT max(n) FROM up"
    ).fetchone()[0]
    assert depth == 19_999


def test_loops_are_refused_inside_a_file_and_against_the_database(db: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.vcf"
    first.write_text(
        _card("UID:a", "FN:Ann", "X-NETDESK-RELATED:c")
        + _card("UID:b", "FN:Bo", "X-NETDESK-RELATED:a")
        + _card("UID:c", "FN:Cy", "X-NETDESK-RELATED:b")
        + _card("UID:d", "FN:Di", "X-NETDESK-RELATED:d")
    )
    summary = import_files([first])
    assert summary.referrals == 2
    assert [(p.line, p.reason) for p in summary.skipped] == [
        (13, "referral would make a loop: link not made")
    ]
    # Cy now tops the chain Cy <- Ann <- Bo: a second file making Cy Bo's child is refused,
    # while a new person below Cy is linked.
    second = tmp_path / "second.vcf"
    second.write_text(
        _card("UID:c", "FN:Cy", "X-NETDESK-RELATED:b")
        + _card("UID:e", "FN:Ed", "X-NETDESK-RELATED:c")
    )
    summary = import_files([second])
    assert (summary.merged, summary.imported, summary.referrals) == (1, 1, 1)
    assert [p.reason for p in summary.skipped] == ["referral would make a loop: link not made"]


def test_a_circle_already_in_a_damaged_database_does_not_hang_an_import(
    db: Path, tmp_path: Path
) -> None:
    """A guard for the walk up the chain: it must notice a circle it did not make."""
    path = tmp_path / "pair.vcf"
    path.write_text(_card("UID:a", "FN:Ann") + _card("UID:b", "FN:Bo", "X-NETDESK-RELATED:a"))
    import_files([path])
    ann, bo = (Contact.get(Contact.uid == uid).id for uid in ("a", "b"))
    database.execute_sql("INSERT INTO referral (referred_id, referrer_id) VALUES (?, ?)", (ann, bo))
    child = tmp_path / "child.vcf"
    child.write_text(_card("UID:c", "FN:Cy", "X-NETDESK-RELATED:b"))
    summary = import_files([child])
    assert (summary.imported, summary.referrals) == (1, 1)


# Oversized properties and fields -----------------------------------------------------------------

_HUGE = 11 * 1024 * 1024


@pytest.mark.timeout(60, method="signal")
@pytest.mark.parametrize("shape", ["plain", "folded", "quoted-printable", "base64"])
def test_a_property_over_10_mb_is_refused_with_its_line(shape: str) -> None:
    if shape == "plain":
        prop = "NOTE:" + "x" * _HUGE
    elif shape == "folded":
        prop = "NOTE:" + "\r\n ".join(["y" * 74] * (_HUGE // 74))
    elif shape == "quoted-printable":
        prop = "NOTE;ENCODING=QUOTED-PRINTABLE:" + "=\r\n".join(["=41" * 25] * (_HUGE // 75))
    else:
        prop = "PHOTO;ENCODING=BASE64:" + "\r\n".join(["QUJD" * 19] * (_HUGE // 76))
    data = (_card("FN:Anna", "EMAIL:anna@x.org", prop, "TITLE:Chef") + _card("FN:Bo")).encode()
    cards, problems = read_vcards(data, "big.vcf")
    assert [c.name for c in cards] == ["Anna", "Bo"]
    assert (cards[0].data.notes, cards[0].data.title, cards[0].data.photo) == ("", "Chef", None)
    assert len(problems) == 1
    assert (problems[0].file, problems[0].line) == ("big.vcf", 5)
    assert problems[0].reason.endswith("MB (over 10 MB): skipped")


_MEMORY_PROBE = """
import sys
from pathlib import Path
from netdesk.core.importing import import_files
from netdesk.models import init_db
from tests.helpers.memory import peak_rss_bytes, reset_peak
path, size = Path(sys.argv[1]), int(sys.argv[2])
init_db(path.with_suffix(".sqlite"))
reset_peak()
before = peak_rss_bytes()
summary = import_files([path])
grown = peak_rss_bytes() - before
print(summary.imported, len(summary.skipped), grown / size)
"""


@pytest.mark.parametrize("suffix", [".vcf", ".csv"])
def test_a_60_mb_field_is_refused_and_memory_stays_near_the_file_size(
    tmp_path: Path, suffix: str
) -> None:
    """A 200 MB field took 1.1 GB (vCard) and 2.5 GB (CSV) and lost the CSV's next rows."""
    path = tmp_path / f"big{suffix}"
    chunk = b"word\\, more\\nx " * 4096 if suffix == ".vcf" else b"word, more\r\nx " * 4096
    with path.open("wb") as out:
        out.write(
            b"BEGIN:VCARD\r\nFN:Big\r\nNOTE:"
            if suffix == ".vcf"
            else b'First Name,Last Name,Notes\r\nBig,One,"'
        )
        for _ in range(60 * 1024 * 1024 // len(chunk)):
            out.write(chunk)
        out.write(
            b"\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:After\r\nEND:VCARD\r\n"
            if suffix == ".vcf"
            else b'"\r\nAfter,Two,\r\n'
        )
    size = path.stat().st_size
    probe = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_MEMORY_PROBE), str(path), str(size)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
        check=True,
    )
    imported, skipped, ratio = probe.stdout.split()
    assert (imported, skipped) == (("2", "1") if suffix == ".vcf" else ("1", "1"))
    assert float(ratio) < 3.0, f"peak memory grew by {float(ratio):.1f} times the file size"
