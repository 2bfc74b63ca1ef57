"""A multiget batch read as one file gives exactly what reading each card alone gives."""

from __future__ import annotations

import pytest

from netdesk.core.sync import cards

from .items import vcard

PHONE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-1\r\nFN:Zoë Ångström\r\nN:Ångström;Zoë;;;\r\n"
    "item1.TEL;TYPE=CELL:+46 70 123 45 67\r\nitem1.X-ABLABEL:_$!<Mobile>!$_\r\n"
    "IMPP;X-SERVICE-TYPE=Skype:skype:zoe\r\nNOTE:line one\\nline two with a long text that is "
    "folded\r\n  over two lines\r\nEND:VCARD\r\n"
)


def _same(items: list[tuple[str, str]]) -> None:
    batch = cards.parse_batch(items)
    alone = [cards.parse(text, href) for href, text in items]
    assert batch == alone


def test_a_batch_reads_every_card_as_reading_it_alone_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    items = [
        (f"/book/{n}.vcf", vcard(f"u{n}", f"Person {n}", f"TEL:+1 555 01{n:02}\r\n"))
        for n in range(30)
    ]
    items.insert(7, ("/book/phone.vcf", PHONE))
    items.insert(9, ("/book/no-newline.vcf", vcard("u-last", "No Newline").rstrip("\r\n")))
    _same(items)
    alone = cards.parse
    monkeypatch.setattr(cards, "parse", None)  # read as one file, not card by card
    parsed = cards.parse_batch(items)
    assert parsed == [alone(text, href) for href, text in items]
    assert [p.file for p in parsed if p] == [href for href, _t in items]
    assert all(p is not None and p.line == 1 for p in parsed)


@pytest.mark.parametrize(
    "odd",
    [
        "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:broken\r\nFN:No End\r\n",  # no END: swallows the next
        "BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n",  # no name: no contact
        "not a card at all\r\n",
        vcard("two-a", "First") + vcard("two-b", "Second"),  # two cards at one address
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:J=F6rg\r\nEND:VCARD\r\n",
        "BEGIN:VCARD\rVERSION:4.0\rFN:Old Mac\rEND:VCARD\r",  # lone carriage returns
    ],
    ids=["no-end", "no-name", "no-card", "two-cards", "quoted-printable", "lone-cr"],
)
def test_an_odd_card_in_a_batch_changes_nothing_for_the_others(odd: str) -> None:
    items = [("/book/a.vcf", vcard("a", "Anna A")), ("/book/odd.vcf", odd)]
    items += [("/book/b.vcf", vcard("b", "Bert B")), ("/book/c.vcf", vcard("c", "Cleo C"))]
    _same(items)
