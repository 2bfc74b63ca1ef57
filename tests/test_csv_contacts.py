"""Contact CSV files from LinkedIn, Google, Outlook and Thunderbird; unknown ones get a mapping."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.core.csv_contacts import Field, cards_from_table, read_table
from netdesk.core.importing import read_files


def _csv(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def _cards(data: bytes) -> list[tuple[str, str, str, str, str]]:
    table, problems = read_table(data, "x.csv")
    assert table is not None and table.recognised, problems
    cards, _ = cards_from_table(table)
    return [
        (
            c.data.display_name,
            c.data.organization,
            c.data.emails[0].address if c.data.emails else "",
            c.data.phones[0].number if c.data.phones else "",
            c.referrer_name,
        )
        for c in cards
    ]


def test_linkedin_with_bom_spreadsheet_preamble_and_no_url_column() -> None:
    text = (
        "Notes:,,,,,\r\n"
        '"When exporting, some e-mail addresses are missing.",,,,,\r\n'
        ",,,,,\r\n"
        "First Name,Last Name,Email Address,Company,Position,Connected On\r\n"
        "Sara,Smith,,Northwind,Head of Talent,15 Mar 2024\r\n"
        ",,,,,\r\n"
    )
    assert _cards(b"\xef\xbb\xbf" + text.encode()) == [("Sara Smith", "Northwind", "", "", "")]


def test_outlook_german_semicolons_windows_1252_and_referred_by() -> None:
    rows = [
        ["Anrede", "Vorname", "Nachname", "Firma", "Telefon geschäftlich", "Mobiltelefon",
         "E-Mail-Adresse", "Empfohlen von"],
        ["Herr", "Jürgen", "Groß", "Müller AG", "", "0171 1234567", "jg@example.de", "Anna"],
    ]  # fmt: skip
    data = _csv(rows, ";").encode("cp1252")
    assert _cards(data) == [("Jürgen Groß", "Müller AG", "jg@example.de", "0171 1234567", "Anna")]


def test_outlook_english_prefers_business_phone_and_short_rows() -> None:
    rows = [
        ["Title", "First Name", "Last Name", "Company", "Business Fax", "Business Phone",
         "Home Phone", "Mobile Phone", "E-mail Address", "Referred By", "Notes"],
        ["Mr.", "John", "Smith", "Intl", "(1) 111", "(1) 222", "(1) 333", "", "j@x.org"],
    ]  # fmt: skip
    assert _cards(_csv(rows).encode()) == [("John Smith", "Intl", "j@x.org", "(1) 222", "")]


def test_google_legacy_and_thunderbird_tab_separated() -> None:
    legacy = [
        ["Name", "Given Name", "Family Name", "E-mail 1 - Type", "E-mail 1 - Value",
         "Phone 1 - Type", "Phone 1 - Value", "Organization 1 - Name", "Relation 1 - Type",
         "Relation 1 - Value"],
        ["Bo Kim", "Bo", "Kim", "* Work", "bo@x.org ::: bo@y.org", "Mobile", "+1 555 0100",
         "Acme", "Referred by", "Sara Smith"],
    ]  # fmt: skip
    assert _cards(_csv(legacy).encode("utf-16")) == [
        ("Bo Kim", "Acme", "bo@x.org", "+1 555 0100", "Sara Smith")
    ]
    thunderbird = [
        ["First Name", "Last Name", "Display Name", "Primary Email", "Work Phone", "Organization"],
        ["Ann", "Lee", "Annie", "ann@x.org", "555", "Contoso"],
    ]
    assert _cards(_csv(thunderbird, "\t").encode()) == [
        ("Annie", "Contoso", "ann@x.org", "555", "")
    ]


def test_unknown_csv_needs_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "club.csv"
    path.write_text(_csv([["Member", "Mail", "Club"], ["Ann Lee", "ann@x.org", "Chess"]]))
    result = read_files([path])
    assert result.cards == [] and len(result.unmapped) == 1
    table = result.unmapped[0]
    assert table.header == ["Member", "Mail", "Club"]
    assert table.sample() == [["Ann Lee", "ann@x.org", "Chess"]]
    added = result.apply_mapping(table, [Field.DISPLAY_NAME, Field.EMAIL, Field.ORGANIZATION])
    assert added == 1 and result.unmapped == []
    card = result.cards[0]
    assert (card.data.display_name, card.data.emails[0].address) == ("Ann Lee", "ann@x.org")
    assert card.data.organization == "Chess"


def test_row_lines_count_quoted_newlines() -> None:
    text = 'First Name,Notes\r\nA,"one\ntwo\rthree"\r\nB,x\r\n'
    table, _ = read_table(text.encode(), "x.csv")
    assert table is not None
    assert table.row_lines == [2, 5]


_cells = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["First Name", "E-mail Address", "Name", "Notes:", '"', "\r\n", ";", " ::: "]),
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(_cells, max_size=8), max_size=8),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["utf-8", "utf-16", "cp1252"]),
)
def test_fuzz_structure_never_raises(rows: list[list[str]], delimiter: str, codec: str) -> None:
    data = _csv(rows, delimiter).encode(codec, "replace")
    table, _ = read_table(data, "x.csv")
    if table is not None:
        cards, _ = cards_from_table(table)
        assert all(c.data.display_name for c in cards)
        cards_from_table(table, [Field.ALL[i % len(Field.ALL)] for i in range(len(table.header))])


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_fuzz_random_bytes_never_raise(data: bytes) -> None:
    table, _ = read_table(data, "x.csv")
    if table is not None:
        cards_from_table(table)


def test_excel_separator_hint_and_unknown_header() -> None:
    table, _ = read_table(b"sep=;\r\nMember;Mail\r\nAnn;ann@x.org\r\n", "x.csv")
    assert table is not None and table.header == ["Member", "Mail"]
    assert table.suggested_mapping() == [Field.IGNORE, Field.EMAIL]
    assert _cards(b"First;Last;Email\r\nAnn;Lee;ann@x.org\r\n") == [
        ("Ann Lee", "", "ann@x.org", "", "")
    ]


def test_a_folder_without_contact_files_is_reported(tmp_path: Path) -> None:
    (tmp_path / "readme.txt").write_text("nothing")
    result = read_files([tmp_path])
    assert result.cards == []
    assert [p.reason for p in result.problems] == ["no .vcf, .vcard or .csv file here"]
