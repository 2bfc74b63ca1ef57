"""Files not in ../shared/corpus: short Western European text in Windows-1252, headers whose umlauts
were destroyed, nickname, department, birthday and fax numbers (issue 12, point 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.core.contacts import create_contact, load_contact
from netdesk.core.errors import ValidationError
from netdesk.core.formats.csv_contacts import (
    Field,
    cards_from_table,
    header_key,
    read_table,
    suggest_field,
)
from netdesk.core.formats.vcard import read_vcards
from netdesk.core.importing import import_files
from netdesk.models.records import Address, ContactData, Email, Phone

WESTERN = [
    "München",
    "Müller",
    "Zoë",
    "Café",
    "Ångström",
    "José Núñez",
    "François Lefèvre",
    "Straße 5",
    "Björn Öberg",
    "Søren Kierkegaard",
    "Þórður Conceição",
    "O’Brien & „Söhne“",
    "¡Olé! 25 °C, 5 €",
]


@pytest.mark.parametrize("text", WESTERN)
def test_short_western_cards_without_charset_read_as_windows_1252(text: str) -> None:
    """charset-normalizer takes such short text for cp1006 (Urdu), Big5 or UTF-16."""
    card = f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:{text}\r\nEND:VCARD\r\n".encode("cp1252")
    cards, problems = read_vcards(card, "short.vcf")
    assert ([c.name for c in cards], problems) == ([text], [])


@pytest.mark.parametrize("text", WESTERN[:6])
def test_short_western_csv_reads_as_windows_1252(text: str) -> None:
    table, _ = read_table(f"First Name,Last Name\r\nAnna,{text}\r\n".encode("cp1252"), "x.csv")
    assert table is not None and table.rows == [["Anna", text]]


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Jörg Müller, Grüße aus Köln", "cp850"),  # a DOS export: "J\x94rg" is no Windows text
        ("Иван Петров, ООО Ромашка, Москва", "cp1251"),
        ("山田太郎 やまだ たろう", "cp932"),
        ("Łukasz Wiśniewski", "cp1250"),
    ],
)
def test_dos_and_non_western_text_is_still_recognised(text: str, codec: str) -> None:
    card = f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:{text}\r\nEND:VCARD\r\n".encode(codec)
    assert [c.name for c in read_vcards(card, "x.vcf")[0]] == [text]


# Headers whose umlauts were destroyed -------------------------------------------------------------

_OUTLOOK_DE = [
    "Anrede", "Vorname", "Nachname", "Firma", "Abteilung", "Position", "Straße geschäftlich",
    "Ort geschäftlich", "Postleitzahl geschäftlich", "Land/Region geschäftlich",
    "Fax geschäftlich", "Telefon geschäftlich", "Mobiltelefon", "E-Mail-Adresse", "Geburtstag",
    "Spitzname", "Notizen",
]  # fmt: skip
_ROW_DE = [
    "Herr", "Jürgen", "Groß", "Müller AG", "Einkauf", "Leiter", "Hauptstraße 1", "München",
    "80331", "Deutschland", "+49 89 1234-99", "+49 89 1234-0", "0171 1234567", "jg@example.de",
    "15.04.1985", "Jogi", "Messe 2025",
]  # fmt: skip


def test_outlook_german_headers_with_destroyed_umlauts_still_find_their_columns() -> None:
    """The file went through a program that read Windows-1252 as UTF-8: every umlaut of the
    header is U+FFFD now, the rows were written again correctly."""
    header = [h.replace("ä", "\ufffd").replace("ß", "\ufffd") for h in _OUTLOOK_DE]
    text = ";".join(header) + "\r\n" + ";".join(_ROW_DE) + "\r\n"
    table, problems = read_table(text.encode("utf-8"), "outlook.csv")
    assert table is not None and problems == []
    cards, problems = cards_from_table(table)
    assert problems == []
    [data] = [c.data for c in cards]
    assert (data.display_name, data.organization, data.department, data.title) == (
        "Jürgen Groß",
        "Müller AG",
        "Einkauf",
        "Leiter",
    )
    assert [(p.number, p.label) for p in data.phones] == [
        ("+49 89 1234-0", "work"),
        ("0171 1234567", "mobile"),
        ("+49 89 1234-99", "fax"),
    ]
    assert data.addresses == [
        Address("work", "Hauptstraße 1", "München", "", "80331", "Deutschland")
    ]
    assert (data.birthday, data.nickname, data.notes) == ("1985-04-15", "Jogi", "Messe 2025")


def test_a_replacement_character_matches_only_what_it_can_stand_for() -> None:
    assert header_key("Stra\ufffde gesch\ufffdftlich") == "straße geschäftlich"
    assert header_key("Stra\ufffd\ufffde gesch\ufffd\ufffdftlich") == "straße geschäftlich"
    assert header_key("E-Mail-Adr\ufffd") == "e-mail-adr\ufffd"  # one for one, not "esse"
    assert header_key("\ufffd\ufffd") == "\ufffd\ufffd"  # nothing left to go by
    assert suggest_field("Telefon gesch\ufffdftlich") == Field.PHONE


# Nickname, department, birthday, fax --------------------------------------------------------------


def _import(db_tmp: Path, name: str, data: bytes) -> ContactData:
    path = db_tmp / name
    path.write_bytes(data)
    summary = import_files([path])
    assert summary.skipped == [], summary.skipped
    return load_contact(summary.contact_ids[0])


@pytest.mark.parametrize(
    ("bday", "expected"),
    [
        ("BDAY:1985-04-15", "1985-04-15"),
        ("BDAY:19850415T000000Z", "1985-04-15"),
        ("BDAY:--0415", "--04-15"),
        ("BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15", "--04-15"),
    ],
)
def test_vcards_keep_nickname_department_birthday_and_fax(
    db: Path, tmp_path: Path, bday: str, expected: str
) -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Robert Smith\r\nNICKNAME:Bob,Bobby\r\n"
        "ORG:Contoso Ltd;Research;Data Team\r\n" + bday + "\r\n"
        "TEL;TYPE=WORK;TYPE=VOICE:+1 415 555 0100\r\nTEL;TYPE=WORK,FAX:+1 415 555 0101\r\n"
        "item1.TEL:+1 415 555 0102\r\nitem1.X-ABLabel:_$!<HomeFAX>!$_\r\nEND:VCARD\r\n"
    )
    contact = _import(tmp_path, "bob.vcf", card.encode())
    assert (contact.nickname, contact.organization, contact.department) == (
        "Bob",
        "Contoso Ltd",
        "Research, Data Team",
    )
    assert contact.birthday == expected
    assert [p.label for p in contact.phones] == ["work", "fax", "fax"]


def test_a_vcard_21_fax_stays_a_fax(db: Path, tmp_path: Path) -> None:
    card = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lee;Ann\r\nTEL;WORK;FAX:+1 415 555 0199\r\nEND:VCARD\r\n"
    )
    assert [(p.number, p.label) for p in _import(tmp_path, "a.vcf", card).phones] == [
        ("+1 415 555 0199", "fax")
    ]


def test_google_and_thunderbird_csv_keep_nickname_department_birthday_and_fax(
    db: Path, tmp_path: Path
) -> None:
    google = (
        "Name,Nickname,Birthday,Organization 1 - Name,Organization 1 - Department,"
        "Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value\r\n"
        "Ann Lee,Annie,--04-15,Contoso,Research,Mobile,+1 415 555 0100,Work Fax,+1 415 555 0101\r\n"
    )
    ann = _import(tmp_path, "google.csv", google.encode())
    assert (ann.nickname, ann.birthday, ann.department) == ("Annie", "--04-15", "Research")
    assert [p.label for p in ann.phones] == ["mobile", "fax"]
    thunderbird = (
        "First Name,Last Name,Display Name,Nickname,Primary Email,Fax Number,Department,"
        "Birth Year,Birth Month,Birth Day\r\n"
        "Cy,Dale,Cy Dale,Cyd,cy@x.org,+1 415 555 0102,Sales,1990,7,4\r\n"
    )
    cy = _import(tmp_path, "thunderbird.csv", thunderbird.encode())
    assert (cy.nickname, cy.department, cy.birthday) == ("Cyd", "Sales", "1990-07-04")
    assert [(p.number, p.label) for p in cy.phones] == [("+1 415 555 0102", "fax")]


def test_a_merge_fills_nickname_department_and_birthday_only_when_empty(
    db: Path, tmp_path: Path
) -> None:
    known = create_contact(
        ContactData(display_name="Ann Lee", emails=[Email("ann@x.org")], nickname="Annie")
    )
    card = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\nEMAIL:ann@x.org\r\nNICKNAME:Nan\r\n"
        "ORG:Contoso;Research\r\nBDAY:19850415\r\nEND:VCARD\r\n"
    )
    path = tmp_path / "ann.vcf"
    path.write_text(card)
    assert import_files([path]).merged == 1
    ann = load_contact(known)
    assert (ann.nickname, ann.department, ann.birthday) == ("Annie", "Research", "1985-04-15")


def test_a_birthday_is_stored_as_iso_text_and_nonsense_is_refused(db: Path) -> None:
    contact = create_contact(ContactData(display_name="Ann", birthday="15.04.1985"))
    assert load_contact(contact).birthday == "1985-04-15"
    with pytest.raises(ValidationError) as refused:
        create_contact(ContactData(display_name="Bo", birthday="30.02.1985"))
    assert [e.field for e in refused.value.errors] == ["birthday"]
    unreadable = b"BEGIN:VCARD\r\nFN:Cy\r\nBDAY:circa 1900\r\nEND:VCARD\r\n"
    cards, problems = read_vcards(unreadable, "cy.vcf")
    assert cards[0].data.birthday == ""
    assert [(p.line, p.reason) for p in problems] == [(3, "birthday 'circa 1900' not understood")]


@pytest.mark.parametrize("fmt", ["vcard4", "vcard3", "csv"])
@pytest.mark.parametrize("birthday", ["1985-04-15", "--04-15"])
def test_nickname_department_birthday_and_fax_survive_export_and_import(
    tmp_path: Path, fmt: str, birthday: str
) -> None:
    from netdesk.core.importing import export_contacts
    from netdesk.models import close_db, init_db

    init_db(tmp_path / "a.sqlite")
    create_contact(
        ContactData(
            display_name="Robert Smith",
            nickname="Bob",
            organization="Contoso; Ltd",
            department="Research, Data",
            birthday=birthday,
            phones=[Phone("+1 415 555 0100", "work"), Phone("+1 415 555 0101", "fax")],
        )
    )
    out = tmp_path / f"out.{fmt}"
    export_contacts(out, fmt)
    close_db()
    init_db(tmp_path / "b.sqlite")
    try:
        summary = import_files([out])
        back = load_contact(summary.contact_ids[0])
    finally:
        close_db()
    assert (back.nickname, back.organization, back.department, back.birthday) == (
        "Bob",
        "Contoso; Ltd",
        "Research, Data",
        birthday,
    )
    assert [(p.number, p.label == "fax") for p in back.phones] == [
        ("+1 415 555 0100", False),
        ("+1 415 555 0101", True),
    ]
