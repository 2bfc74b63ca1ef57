"""The tolerant vCard reader: what real programs write, and no exception on anything."""

from __future__ import annotations

import base64

from _pytest.monkeypatch import MonkeyPatch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netdesk.core.formats.vcard import ExportCard, read_vcards, write_vcard
from netdesk.models.records import ContactData, Email, Phone

# The smallest valid JPEG header is enough for the photo checks.
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4


def read(data: bytes) -> tuple[list, list]:  # type: ignore[type-arg]
    return read_vcards(data, "test.vcf")


def test_quoted_printable_soft_break_splitting_a_multibyte_character() -> None:
    # "Jörg Müller": the soft break falls between the two bytes of "ü" (C3 BC).
    text = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=\r\n=BCller;J=C3=B6rg\r\n"
        b"TEL;CELL:+49 30 1234567\r\nEND:VCARD\r\n"
    )
    cards, problems = read(text)
    assert problems == []
    assert cards[0].data.family_name == "Müller"
    assert cards[0].data.given_name == "Jörg"
    assert cards[0].data.display_name == "Jörg Müller"
    assert cards[0].data.phones[0].number == "+49 30 1234567"
    assert cards[0].data.phones[0].label == "mobile"


def test_charset_parameters_and_raw_8_bit_guess() -> None:
    sjis = "安藤 ロイド".encode("shift_jis")
    latin = "Günther Blümchen".encode("latin-1")
    text = (
        b"BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=SHIFT_JIS:" + sjis + b"\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:2.1\nFN:" + latin + b"\nORG:Spa\xdflund AG\nEND:VCARD\n"
    )
    cards, _ = read(text)
    assert [c.data.display_name for c in cards] == ["安藤 ロイド", "Günther Blümchen"]
    assert cards[1].data.organization == "Spaßlund AG"


def test_utf16_with_and_without_bom() -> None:
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ñúñez\r\nEND:VCARD\r\n"
    for data in (
        card.encode("utf-16"),
        card.encode("utf-16-le"),
        card.encode("utf-16-be"),
        b"\xef\xbb\xbf" + card.encode(),
    ):
        cards, _ = read(data)
        assert [c.data.display_name for c in cards] == ["Zoë Ñúñez"]


def test_zero_padding_after_the_cards_is_not_taken_for_utf16() -> None:
    # A file copied off an SD card or cut short by a crash: the cards, then a run of zeros.
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Padded {i}\r\nEMAIL:p{i}@example.org\r\nEND:VCARD\r\n"
        for i in range(5)
    )
    for pad in (1, 200, 1024, 9000):
        for data in (cards.encode(), b"\xef\xbb\xbf" + cards.encode()):
            found, problems = read(data + b"\0" * pad)
            assert [c.data.display_name for c in found] == [f"Padded {i}" for i in range(5)]
            assert problems == []
        for codec in ("utf-16", "utf-16-le", "utf-16-be"):
            found, problems = read(cards.encode(codec) + b"\0" * pad)
            assert [c.data.display_name for c in found] == [f"Padded {i}" for i in range(5)]
            assert problems == []


def test_files_joined_together_each_with_a_bom() -> None:
    one = "\ufeffBEGIN:VCARD\r\nFN:Zoë\r\nEND:VCARD\r\n".encode()
    two = "\ufeffBEGIN:VCARD\r\nFN:Łukasz\r\nEND:VCARD\r\n".encode("utf-16")
    three = "BEGIN:VCARD\r\nFN:Amélie\r\nEND:VCARD\r\n".encode()
    cards, problems = read(one + one + three)
    assert [c.data.display_name for c in cards] == ["Zoë", "Zoë", "Amélie"]
    assert problems == []
    cards, _ = read(two + two[2:])
    assert [c.data.display_name for c in cards] == ["Łukasz", "Łukasz"]


def test_folding_line_ends_groups_and_apple_labels() -> None:
    text = (
        b"BEGIN:VCARD\r\r\nVERSION:3.0\r\nFN:Sara\r\n\tSmith-Jones\nN:Smith-Jones;Sara;;;\r"
        b"item1.EMAIL;type=INTERNET:sara@exa\r\n mple.com\r\r\n"
        b"item1.X-ABLabel:_$!<Other>!$_\r\n"
        b"item2.X-ABRELATEDNAMES:John Public\r\nitem2.X-ABLabel:Referrer\r\n"
        b"END:VCARD\r\n"
    )
    cards, _ = read(text)
    data = cards[0].data
    assert data.display_name == "SaraSmith-Jones"
    assert data.emails == [Email("sara@example.com", "Other")]
    assert cards[0].referrer_name == "John Public"


def test_escapes_and_structured_values() -> None:
    text = (
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Doe\\, John\nN:Doe;John \\; Jr;;;\n"
        b"ORG:Company\\, The;Sales\nNOTE:line one\\nline two\\; end\nEND:VCARD\n"
    )
    data = read(text)[0][0].data
    assert data.display_name == "Doe, John"
    assert data.given_name == "John ; Jr"
    assert data.organization == "Company, The"
    assert data.notes == "line one\nline two; end"


def test_missing_version_and_fn_derive_the_name() -> None:
    text = (
        b"BEGIN:VCARD\nN:Raman;Priya\nEND:VCARD\n"
        b"BEGIN:VCARD\nORG:Bike Shop\nEND:VCARD\n"
        b"BEGIN:VCARD\nEMAIL:only@example.com\nEND:VCARD\n"
        b"BEGIN:VCARD\nX-FOO:nothing useful\nEND:VCARD\n"
    )
    cards, problems = read(text)
    assert [c.data.display_name for c in cards] == ["Priya Raman", "Bike Shop", "only@example.com"]
    assert [(p.line, p.reason) for p in problems] == [
        (10, "card without a name, organization, e-mail or phone: skipped")
    ]


def test_truncated_card_garbage_and_comments_are_reported_with_lines() -> None:
    text = (
        b"# exported by something\n"
        b"garbage before\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:First\nthis line has no colon\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Cut off\nEMAIL:cut@exa"
    )
    cards, problems = read(text)
    assert [c.data.display_name for c in cards] == ["First", "Cut off"]
    assert cards[1].data.emails[0].address == "cut@exa"
    found = [(p.line, p.reason[:20]) for p in problems]
    assert found == [
        (2, "text outside a card "),
        (6, "line without ':' ign"),
        (8, "card not closed (END"),
    ]


def test_base64_and_data_uri_photos_are_kept() -> None:
    encoded = base64.b64encode(JPEG)
    folded = b"\r\n ".join(encoded[i : i + 70] for i in range(0, len(encoded), 70))
    v21_lines = b"\r\n".join(encoded[i : i + 70] for i in range(0, len(encoded), 70))
    text = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Three\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + folded
        + b"\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Four\r\nPHOTO:data:image/jpeg;base64," + encoded
        + b"\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Two\r\nPHOTO;ENCODING=BASE64;JPEG:" + v21_lines
        + b"\r\n\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Broken\r\nPHOTO;ENCODING=BASE64;JPEG:AAAA!!\r\n"
        b"END:VCARD\r\n"
    )  # fmt: skip
    cards, problems = read(text)
    assert [c.data.photo for c in cards] == [JPEG, JPEG, JPEG, None]
    assert all(c.data.photo_mime == "image/jpeg" for c in cards[:3])
    assert len(problems) == 1 and "photo" in problems[0].reason


def test_related_uid_and_bare_21_parameters() -> None:
    text = (
        b"BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:aaaa\nFN:Sara\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:4.0\nFN:John\nRELATED;TYPE=spouse:urn:uuid:cccc\n"
        b"RELATED;TYPE=contact:urn:uuid:aaaa\nTEL;VALUE=uri;TYPE=work:tel:+1-555-0100\n"
        b"END:VCARD\n"
    )
    cards, _ = read(text)
    assert cards[0].source_uid == "aaaa"
    assert cards[1].related_uid == "aaaa"
    assert cards[1].data.phones == [Phone("+1-555-0100", "work")]


def test_writer_output_reads_back_in_both_versions() -> None:
    data = ContactData(
        display_name="Łukasz Wiśniewski, PhD",
        given_name="Łukasz",
        family_name="Wiśniewski",
        organization="Fabrikam; Inc.",
        emails=[Email("lw@example.com", "work")],
        phones=[Phone("+48 22 123 45 67", "mobile")],
        notes="Long note " * 20 + "\nsecond line",
        photo=JPEG,
        photo_mime="image/jpeg",
    )
    for version in ("4.0", "3.0"):
        text = write_vcard(ExportCard(data, "1234", "5678", "Sara Smith"), version)
        assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
        cards, problems = read(text.encode())
        assert problems == []
        back = cards[0]
        assert back.data.display_name == data.display_name
        assert back.data.organization == data.organization
        assert back.data.notes == data.notes
        assert back.data.emails == data.emails
        assert back.data.phones == data.phones
        assert back.data.photo == JPEG
        assert (back.source_uid, back.related_uid, back.referrer_name) == (
            "1234",
            "5678",
            "Sara Smith",
        )


_names = st.sampled_from(
    ["BEGIN", "END", "FN", "N", "ORG", "EMAIL", "TEL", "PHOTO", "RELATED", "item1.X-ABLabel",
     "NOTE", "ADR", "UID", "X-ABRELATEDNAMES", "CATEGORIES", "URL", "begin", "VERSION"]
)  # fmt: skip
_params = st.lists(
    st.sampled_from(
        [";CHARSET=UTF-8", ";ENCODING=QUOTED-PRINTABLE", ";ENCODING=b", ";CELL", ';X="a:b;c"',
         ";CHARSET=SHIFT_JIS", ";CHARSET=bogus", ";TYPE=contact", ";VALUE=text", ";", '"']
    ),
    max_size=3,
)  # fmt: skip
_values = st.one_of(
    st.binary(max_size=40),
    st.sampled_from([b"VCARD", b"=C3=", b"=", b"data:image/png;base64,iVBOR", b"a\\,b;c\\n"]),
)
_ends = st.sampled_from([b"\r\n", b"\n", b"\r", b"\r\r\n", b"\r\n ", b"\r\n\t", b"=\r\n"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_names, _params, _values, _ends), max_size=25))
def test_fuzz_structure_never_raises(lines: list[tuple[str, list[str], bytes, bytes]]) -> None:
    data = b"".join(
        name.encode() + "".join(params).encode() + b":" + value + end
        for name, params, value, end in lines
    )
    cards, problems = read(data)
    assert all(c.data.display_name for c in cards)
    assert all(p.line >= 1 for p in problems)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_fuzz_random_bytes_never_raise(data: bytes) -> None:
    read(b"BEGIN:VCARD\r\n" + data)
    read(data)


def _continued_lines_file(cards: int) -> bytes:
    """Cards whose values go on over following lines every way vCard allows: folded photos,
    quoted-printable soft breaks, vCard 2.1 base64 on unindented lines up to a blank line."""
    photo = base64.b64encode(JPEG * 4).decode()
    out = []
    for n in range(cards):
        folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
        out.append(
            "BEGIN:VCARD\r\nVERSION:2.1\r\n"
            f"N:Person{n};Ada\r\nFN:Ada Person{n}\r\n"
            f"NOTE;ENCODING=QUOTED-PRINTABLE:line one of {n}=0D=0A=\r\nline two=\r\n end\r\n"
            "PHOTO;ENCODING=BASE64;TYPE=JPEG:"
            + "\r\n".join(photo[i : i + 76] for i in range(0, len(photo), 76))
            + "\r\n\r\n"
            f"X-FOLDED:{folded}\r\n"
            "garbage line without a colon\r\n"
            "END:VCARD\r\n"
        )
    return "".join(out).encode()


def test_where_the_reader_cuts_its_blocks_changes_nothing(monkeypatch: MonkeyPatch) -> None:
    """The reader splits the file's lines a block at a time (bounded memory) and reads lines
    straight from the current block: any block size, down to a few lines, gives the same."""
    from netdesk.core.formats import vcard

    data = _continued_lines_file(400)
    assert len(data) > 2 * vcard._Lines.BLOCK
    monkeypatch.setattr(vcard._Lines, "BLOCK", 1 << 30)
    whole = read_vcards(data, "a.vcf")
    assert len(whole[0]) == 400 and whole[0][7].data.photo == JPEG * 4
    assert "line two" in whole[0][7].data.notes
    for block in (vcard._Lines.BLOCK, 65537, 10007, 4099, 1000, 997, 333, 97, 1):
        monkeypatch.setattr(vcard._Lines, "BLOCK", block)
        assert read_vcards(data, "a.vcf") == whole, block
