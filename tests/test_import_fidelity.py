"""Files not in ../shared/corpus: short Western European text in Windows-1252, headers whose umlauts
were destroyed, nickname, department, birthday and fax numbers (issue 12, point 16)."""

from __future__ import annotations

import pytest

from netdesk.core.csv_contacts import read_table
from netdesk.core.vcard import read_vcards

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
