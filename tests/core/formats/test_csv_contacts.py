"""Contact CSV files from LinkedIn, Google, Outlook and Thunderbird; unknown ones get a mapping."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.core.formats.csv_contacts import Field, cards_from_table, read_table
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


def test_zero_padding_after_the_rows_is_not_taken_for_utf16() -> None:
    rows = [["First Name", "Last Name", "E-mail Address"]]
    rows += [[f"Ann{i}", "Lee", f"a{i}@example.org"] for i in range(5)]
    expected = [(f"Ann{i} Lee", "", f"a{i}@example.org", "", "") for i in range(5)]
    for pad in (200, 1024):
        assert _cards(_csv(rows).encode() + b"\0" * pad) == expected
        assert _cards(_csv(rows).encode("utf-16-le") + b"\0" * pad) == expected


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


# A quote that is never closed ---------------------------------------------------------------------

_HEADER = ["First Name", "Last Name", "E-mail Address", "Company", "Notes"]


def _people_csv(count: int) -> list[str]:
    return [f"P{i},L{i},p{i}@example.org,Firm {i},note {i}\r\n" for i in range(count)]


def test_an_unclosed_quote_is_reported_and_the_rows_after_it_are_read(tmp_path: Path) -> None:
    from netdesk.cli import run_cli
    from netdesk.models import close_db

    lines = _people_csv(1000)
    lines[2] = 'P2,L2,p2@example.org,Firm 2,"a note whose quote is never closed\r\n'
    path = tmp_path / "people.csv"
    path.write_text(",".join(_HEADER) + "\r\n" + "".join(lines), "utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(["--db", str(tmp_path / "db.sqlite"), "import", str(path), "--json"], out, err)
    close_db()
    assert code == 0, err.getvalue()
    summary = json.loads(out.getvalue())
    assert summary["imported"] == 1000
    [problem] = summary["skipped"]
    assert (problem["file"], problem["line"]) == (str(path), 4)
    assert "quote not closed" in problem["reason"] and "end of the file" in problem["reason"]


def test_a_quote_closed_by_a_later_rows_quote_takes_in_no_rows() -> None:
    lines = _people_csv(8)
    lines[1] = 'P1,L1,p1@example.org,"Firm 1,note 1\r\n'  # a stray quote
    lines[5] = 'P5,L5,p5@example.org,"Smith, Jones & Co",note 5\r\n'
    table, problems = read_table((",".join(_HEADER) + "\r\n" + "".join(lines)).encode(), "x.csv")
    assert table is not None
    assert [row[0] for row in table.rows] == [f"P{i}" for i in range(8)]
    assert table.rows[1][3:] == ["Firm 1,note 1"]
    assert table.rows[5][3] == "Smith, Jones & Co"
    assert table.row_lines == list(range(2, 10))
    assert [(p.line, p.reason.split(" (")[0]) for p in problems] == [(3, "quote not closed")]
    assert "would run to line 7" in problems[0].reason


def test_notes_and_addresses_over_many_lines_are_still_one_field() -> None:
    note = 'Met at the fair, Hall 3.\nAsked about the data team, "ML" group.\n\n' * 300
    address = "1 Market St\nSan Francisco, CA 94105\nUSA"
    rows = [["Name", "E-mail 1 - Value", "Notes", "Address 1 - Formatted", "Group Membership"]]
    rows += [[f"P{i}", f"p{i}@x.org", note, address, "* myContacts"] for i in range(20)]
    table, problems = read_table(_csv(rows).encode(), "google.csv")
    assert table is not None and problems == []
    assert table.rows == rows[1:]


_plain = st.text("abcdefgh XYZ,\n\"'", min_size=1, max_size=12).filter(lambda s: s[0].isalpha())


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(_plain, min_size=5, max_size=5), min_size=2, max_size=12),
    st.integers(min_value=0),
)
def test_one_stray_quote_costs_only_its_own_field(rows: list[list[str]], where: int) -> None:
    """A file written by csv.writer with one row damaged by a quote before its last cell: every
    other row comes back exactly, and the damage is reported on its line."""
    broken = where % len(rows)
    written = [_csv([row]) for row in rows]
    cells = [c.replace("\n", " ").replace(",", " ").replace('"', "") for c in rows[broken]]
    written[broken] = ",".join(cells[:4]) + ',"' + cells[4] + "\r\n"
    text = ",".join(_HEADER) + "\r\n" + "".join(written)
    table, problems = read_table(text.encode(), "x.csv")
    assert table is not None
    expected = [row if i != broken else cells for i, row in enumerate(rows)]
    assert table.rows == expected
    lines = [2 + sum(w.count("\n") for w in written[:i]) for i in range(len(rows))]
    assert table.row_lines == lines
    assert [p.line for p in problems] == [lines[broken]]


def test_a_field_over_10_mb_is_refused_and_the_next_rows_are_read() -> None:
    huge = "word, more\nlines " * 700_000  # 11.9 million characters in one quoted field
    text = ",".join(_HEADER) + "\r\n" + f'A,B,a@x.org,Firm,"{huge}"\r\nC,D,c@x.org,Firm,x\r\n'
    table, problems = read_table(text.encode(), "big.csv")
    assert table is not None
    assert table.rows == [["C", "D", "c@x.org", "Firm", "x"]]
    assert table.row_lines == [2 + huge.count("\n") + 1]
    assert [(p.line, p.reason) for p in problems] == [(2, "a field larger than 10 MB: row skipped")]
