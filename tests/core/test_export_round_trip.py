"""Export and import back: nothing stored can add a card or a formula, and nobody is lost.

Issue 12, points 3 (injection), 4 (CSV formulas) and 15 (the demo round trip, NetDesk's own fields,
distinct UIDs), and the given and family names of a contact typed in with one name.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import peewee
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from netdesk.cli import run_cli
from netdesk.core.birthdays import is_birthday
from netdesk.core.contacts import create_contact, load_contact
from netdesk.core.formats.escaping import clean_text, vcard_param
from netdesk.core.formats.vcard import ExportCard, export_uid, read_vcards, write_vcard
from netdesk.core.importing import (
    Choice,
    apply_import,
    export_contacts,
    import_files,
    plan_import,
    read_files,
)
from netdesk.core.names import split_name
from netdesk.core.text import display_name_from, fold
from netdesk.models import Lead, Relationship, Status, close_db, database, init_db
from netdesk.models.contacts import fold_tag
from netdesk.models.records import Address, ContactData, Email, Link, Phone, ReferralInfo

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
EVIL = "\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Evil {n}\r\nEMAIL:evil{n}@attacker.example"


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out, err)
    close_db()
    return code, out.getvalue(), err.getvalue()


def _count() -> int:
    return int(database.execute_sql("SELECT count(*) FROM contact").fetchone()[0])


def _vcf(path: Path, text: str) -> Path:
    path.write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    return path


@pytest.fixture
def second_db(tmp_path: Path) -> Iterator[None]:
    """Switch to a fresh, empty database (the first one must be closed by the test)."""
    close_db()
    init_db(tmp_path / "second.sqlite")
    yield
    close_db()


# 3: injection ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["vcard4", "vcard3", "csv"])
def test_a_crafted_uid_or_url_cannot_add_cards_to_an_export(
    db: Path, tmp_path: Path, fmt: str
) -> None:
    """The attack from the issue: a referrer whose UID (read from a card, where ``\\n`` is a line
    break) and a web page (a CSV cell may hold a bare CR) end the card and start others."""
    crafted = _vcf(
        tmp_path / "crafted.vcf",
        "BEGIN:VCARD\nVERSION:4.0\nUID:boss" + EVIL.format(n=1).replace("\r\n", "\\n") + "\n"
        "FN:Boss\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nUID:kid\nFN:Kid\n"
        "RELATED;TYPE=contact:boss" + EVIL.format(n=1).replace("\r\n", "\\n") + "\nEND:VCARD\n",
    )
    rows = tmp_path / "crafted.csv"
    rows.write_bytes(
        b"Name,E-mail Address,Web Page\r\n"
        b'Ann,ann@x.org,"https://ann.example' + EVIL.format(n=2).replace("\r\n", "\r").encode()
        + b'"\r\nBo,bo@x.org,\r\nCy,cy@x.org,\r\nDee,dee@x.org,\r\n'
    )  # fmt: skip
    import_files([crafted, rows])
    assert _count() == 6
    out = tmp_path / f"export.{fmt}"
    export_contacts(out, fmt)
    close_db()
    init_db(tmp_path / "second.sqlite")
    summary = import_files([out])
    names = sorted(r[0] for r in database.execute_sql("SELECT display_name FROM contact"))
    assert names == ["Ann", "Bo", "Boss", "Cy", "Dee", "Kid"]  # was 8, with Evil 1 and Evil 2
    assert summary.referrals == 1  # Kid still referred by Boss (was lost)
    assert not database.execute_sql(
        "SELECT 1 FROM contact_email WHERE address LIKE '%attacker%'"
    ).fetchall()
    if fmt != "csv":
        text = out.read_bytes()
        lines = text.split(b"\r\n")
        assert lines.count(b"BEGIN:VCARD") == 6 and lines.count(b"END:VCARD") == 6
        assert re.search(rb"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]", text) is None
        assert b"\r" not in text.replace(b"\r\n", b"")
        assert b"\n" not in text.replace(b"\r\n", b"")


def _unfolded(text: str) -> list[str]:
    assert text.endswith("\r\n")
    return text[:-2].replace("\r\n ", "").split("\r\n")


_WRITTEN = re.compile(
    r"(BEGIN|END|VERSION|UID|FN|N|ORG|NICKNAME|BDAY|TITLE|NOTE|CATEGORIES|PHOTO|RELATED"
    r"|X-NETDESK-[A-Z-]+|(item\d+\.)?(EMAIL|TEL|ADR|URL|X-ABLabel|X-ABRELATEDNAMES))"
    r'(;[A-Z-]+=([^";:,]+|"[^"]*"))*:'
)

_any_text = st.text(
    alphabet=st.one_of(
        st.characters(),  # lone surrogates included: a ContactData can hold them
        st.sampled_from(list("\r\n\t\x00\x0b\x1c\x7f\x85\x9f\u2028\u202e\"',;:\\^=@")),
    ),
    max_size=20,
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_any_text, min_size=14, max_size=14),
    st.one_of(_any_text, st.sampled_from(["--04-15", "1985-04-15", "1985-02-30", "--0415"])),
    st.sampled_from(["4.0", "3.0"]),
)
def test_every_line_written_is_a_property_netdesk_writes(
    values: list[str], birthday: str, version: str
) -> None:
    """Whatever the text, the output is one card of NetDesk's own properties, on lines of at
    most 75 octets, without a control character; lone surrogates do not crash the writer; a
    birthday is written only in the form NetDesk stores."""
    (name, given, org, address, label, url, tag, note, uid, ref, mime, reason, nick, unit) = values
    data = ContactData(
        display_name=name,
        given_name=given,
        organization=org,
        department=unit,
        nickname=nick,
        birthday=birthday,
        emails=[Email(address, label)],
        phones=[
            Phone(address, label),
            Phone("+1 555 0198", "fax"),
            Phone("555 0199", label + " Fax"),
        ],
        addresses=[Address(label, address, address)],
        links=[Link(url, label)],
        tags=[tag, tag + ","],
        notes=note,
        photo=PNG,
        photo_mime=mime,
        how_met=reason,
        referral=ReferralInfo(1, None, reason, True),
    )
    text = write_vcard(ExportCard(data, uid, ref, ref), version)
    raw = text.encode("utf-8")
    assert re.search(rb"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]", raw) is None
    assert re.search("[\x80-\x9f\u2028\u2029]", text) is None
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    lines = _unfolded(text)
    assert lines[0] == "BEGIN:VCARD" and lines[-1] == "END:VCARD"
    assert all(_WRITTEN.match(line) for line in lines), lines
    assert sum(line.startswith(("BEGIN", "END")) for line in lines) == 2
    cards, problems = read_vcards(raw, "x.vcf")
    assert len(cards) == 1 and problems == []
    assert cards[0].related_uid == export_uid(ref) if ref else True
    back = cards[0].data
    assert (back.nickname, back.department) == (clean_text(nick).strip(), clean_text(unit).strip())
    assert back.birthday == (birthday if is_birthday(birthday) else "")
    assert any(line.startswith("BDAY") for line in lines) == is_birthday(birthday)
    labels = {p.number: p.label for p in back.phones}
    assert (labels["+1 555 0198"], labels["555 0199"]) == ("fax", "fax")


def test_labels_keep_their_spelling_and_their_standard_type() -> None:
    data = ContactData(
        display_name="Ann",
        phones=[Phone("1", "mobile"), Phone("2", "Mobile"), Phone("3", "Car; 2nd")],
        emails=[Email("a@x.org", "work")],
    )
    lines = _unfolded(write_vcard(ExportCard(data, "u")))
    assert "TEL;TYPE=cell:1" in lines and "EMAIL;TYPE=work:a@x.org" in lines
    assert "item1.TEL;TYPE=cell:2" in lines and "item1.X-ABLabel:Mobile" in lines
    assert "item2.TEL:3" in lines and "item2.X-ABLabel:Car\\; 2nd" in lines
    (back,), _ = read_vcards("".join(f"{line}\r\n" for line in lines).encode(), "x.vcf")
    assert back.data.phones == data.phones and back.data.emails == data.emails


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_a_fax_is_written_as_a_fax_whatever_its_label(version: str) -> None:
    """A program that ignores Apple's labels still sees a fax, never a number to call."""
    data = ContactData(
        display_name="Ann",
        phones=[Phone("1", "fax"), Phone("2", "Work Fax"), Phone("3", "FAX"), Phone("4", "work")],
    )
    lines = _unfolded(write_vcard(ExportCard(data, "u"), version))
    assert "TEL;TYPE=fax:1" in lines and "TEL;TYPE=work:4" in lines
    assert "item1.TEL;TYPE=fax:2" in lines and "item1.X-ABLabel:Work Fax" in lines
    assert "item2.TEL;TYPE=fax:3" in lines and "item2.X-ABLabel:FAX" in lines
    (back,), _ = read_vcards("".join(f"{line}\r\n" for line in lines).encode(), "x.vcf")
    assert [(p.number, p.label) for p in back.data.phones] == [
        ("1", "fax"), ("2", "fax"), ("3", "fax"), ("4", "work")
    ]  # fmt: skip


def test_parameter_values_are_quoted_or_caret_encoded() -> None:
    assert vcard_param("cell") == "cell"
    assert vcard_param('a"b;c:d\ne^', "4.0") == '"a^\'b;c:d^ne^^"'
    assert vcard_param('a"b;c:d\ne', "3.0") == '"a\'b;c:d e"'
    assert vcard_param("x\x00\x1b\x85y", "4.0") == '"x^ny"'


# The round trip, for any stored contacts --------------------------------------------------------

_SPECIALS = list(
    "\r\n\t\x00\x01\x0b\x1b\x1f\x7f\x85\x9f\u2028\u200f\u202e\u2066\ufeff\"',;:\\^=+-@ "
)
_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),  # everything SQLite can store, controls included
        st.sampled_from(_SPECIALS),
        st.sampled_from(["😀", "𝄞", "山", "é", "\u00a0", "\u3000"]),
    ),
    max_size=10,
)
_value = st.one_of(
    _text,
    st.sampled_from(
        ["", "Ann Lee", "Contoso", "+1 555 0100", "=1+2", "'=1+2", "''-x", "@SUM(A1)",
         "a\\nb", "x" + EVIL.format(n=3), "urn:uuid:0", " padded "]
    ),
)  # fmt: skip
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_email = st.one_of(
    st.sampled_from(["ann@x.org", "ANN@x.org", "=cmd@x.org", "+tag@x.org", "a,b;c@x.org"]),
    st.builds(lambda a, b, c: f"{a}@{b}.{c}", _text, _text, _text).filter(_EMAIL.match),
)
_day = st.dates(date(1990, 1, 1), date(2040, 12, 31))
# Every form a stored birthday can take: a date (any year, 1604 stored without one), or a month
# and day without the year; 29 February with and without.
_birthday = st.one_of(
    st.just(""),
    st.sampled_from(["--04-15", "--02-29", "1985-04-15", "2000-02-29", "0001-01-01"]),
    st.dates().map(date.isoformat),
    st.dates(date(2000, 1, 1), date(2000, 12, 31)).map(lambda d: d.strftime("--%m-%d")),
)
_phone_label = st.one_of(
    _value, st.sampled_from(["fax", "Fax", "Work Fax", "mobile", "Mobile", "work", "pager"])
)


@st.composite
def _network(draw: st.DrawFn) -> list[tuple[ContactData, int | None]]:
    people: list[tuple[ContactData, int | None]] = []
    for index in range(draw(st.integers(1, 5))):
        name = draw(
            st.one_of(_value, st.sampled_from(["Ann Lee", "Dr. Jane Q. Public", "山田太郎"]))
        )
        data = ContactData(
            display_name=name,
            given_name=draw(st.one_of(st.just(""), _value)),
            family_name=draw(st.one_of(st.just(""), _value)),
            organization=draw(st.one_of(st.just(""), st.just("Contoso"), _value)),
            title=draw(_value),
            nickname=draw(st.one_of(st.just(""), _value)),
            department=draw(st.one_of(st.just(""), _value)),
            birthday=draw(_birthday),
            emails=draw(st.lists(st.builds(Email, _email, _value), max_size=3)),
            phones=draw(st.lists(st.builds(Phone, _value, _phone_label), max_size=4)),
            addresses=draw(st.lists(st.builds(Address, *[_value] * 6), max_size=2)),
            links=draw(st.lists(st.builds(Link, _value, _value), max_size=2)),
            notes=draw(_value),
            tags=draw(st.lists(_value, max_size=3)),
            past_employers=draw(st.lists(st.one_of(st.just("Contoso"), _value), max_size=2)),
            good_at=draw(st.one_of(st.just(""), _value)),
            needs=draw(st.one_of(st.just(""), _value)),
            rhythm_days=draw(st.none() | st.integers(1, 3650)),
            photo=draw(st.sampled_from([None, PNG])),
            photo_mime=draw(_value),
            relationship=draw(st.sampled_from(Relationship)),
            lead=draw(st.sampled_from(Lead)),
            status=draw(st.sampled_from(Status)),
            how_met=draw(_value),
            date_added=draw(_day),
            last_contact=draw(st.none() | _day),
            next_follow_up=draw(st.none() | _day),
            uid=draw(st.one_of(st.just(""), _value)),
        )
        referrer = draw(st.none() | st.integers(0, index - 1)) if index else None
        if referrer is not None:
            data.referral = ReferralInfo(
                0, draw(st.none() | _day), draw(_value), draw(st.booleans())
            )
        people.append((data, referrer))
    return people


def _store(people: list[tuple[ContactData, int | None]]) -> None:
    """Create the people (those who can be stored), each referred by the one drawn."""
    ids: dict[int, int] = {}
    uids: set[str] = set()
    for index, (data, referrer) in enumerate(people):
        if not data.name:
            continue
        if data.uid in uids:
            data.uid = ""
        uids.add(data.uid)
        if data.referral is not None and referrer in ids:
            data.referral.referrer_id = ids[referrer]
        else:
            data.referral = None
        try:
            ids[index] = create_contact(data)
        except peewee.IntegrityError:  # a name starting with NUL cannot be stored at all
            uids.discard(data.uid)


def _everyone() -> list[tuple[ContactData, str]]:
    rows = database.execute_sql("SELECT id FROM contact").fetchall()
    result = []
    for (contact_id,) in rows:
        data = load_contact(contact_id)
        referrer = ""
        if data.referral is not None:
            referrer = load_contact(data.referral.referrer_id).uid
        result.append((data, referrer))
    return result


_DROPPED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")


def _written(text: str) -> str:
    """A stored text as a file holds it: no control characters, every line break a "\\n"."""
    return _DROPPED.sub("", re.sub("\r\n|[\r\x85\u2028\u2029]", "\n", text))


def _n(text: str) -> str:
    """What a file gives back of a stored text: as written, no white space around it (every
    reader strips it)."""
    return _written(text).strip()


def _fax(label: str) -> bool:
    """A fax number, as NetDesk's readers tell one: by "fax" anywhere in its label."""
    return "fax" in label.lower()


def _unprefixed(text: str, prefix: str) -> str:
    return text[len(prefix) :].strip() if text.lower().startswith(prefix) else text


def _first_unique(values: list[tuple[str, str]], key: Any) -> list[tuple[str, str]]:
    seen: set[str] = set()
    result = []
    for value, label in values:
        if value and key(value) not in seen:
            seen.add(key(value))
            result.append((value, label))
    return result


def _expected(data: ContactData, referrer_uid: str, fmt: str) -> dict[str, Any]:
    """What the other database must hold of a stored contact, ``fmt`` being the file's format:
    "as far as each format carries them"."""
    vcard = fmt != "csv"
    name = next(
        (
            text
            for text in (
                _n(data.display_name),
                _n(display_name_from(data.given_name, data.family_name)),
                _n(data.organization),
                *(_n(e.address) for e in data.emails),
                *(_n(p.number) for p in data.phones),
            )
            if text
        ),
        "\ufffd",
    )
    given, family = _n(data.given_name), _n(data.family_name)
    if not given and not family:
        parts = split_name(name, _n(data.organization))
        given, family = parts.given, parts.family
    emails = [(_unprefixed(_n(e.address), "mailto:"), _n(e.label)) for e in data.emails]
    phones = [
        (_unprefixed(_n(p.number), "tel:"), "fax" if _fax(_written(p.label)) else _n(p.label))
        for p in data.phones
    ]
    links = [(lk.url, _n(lk.label)) for lk in data.links]
    tags = [_n(t) for t in data.tags]
    if vcard:
        phones = _first_unique(phones, lambda n: n)
        links = [(unquote(url), label) for url, label in links]
    else:
        emails, links = emails[:3], links[:1]
        # Three columns of numbers to call, then one with every fax number (" ::: " between).
        calls = [p.number for p in data.phones if not _fax(_written(p.label))][:3]
        faxes = " ::: ".join(p.number for p in data.phones if _fax(_written(p.label)))
        cells = [(number, "") for number in calls] + [(faxes, "fax")]
        phones = _first_unique(
            [(n.strip(), label) for cell, label in cells for n in _written(cell).split(" ::: ")],
            lambda n: n,
        )
        links = [(_n(u), "") for url, _ in links for u in url.split(" ::: ") if _n(u)]
        # Control characters never reach the file, so a "*" they hid is a Google group marker.
        tags = [
            _n(t).strip().lstrip("*").strip()
            for t in re.split(r" ::: |;|,", ", ".join(data.tags))
            if _n(t).strip().lstrip("*").strip().casefold() not in ("mycontacts", "starred")
        ]
    links = [
        (url, "LinkedIn" if "linkedin.com/" in url.lower() else label if vcard else "")
        for url, label in links
    ]
    past = [_written(name) for name in data.past_employers]
    if not vcard:  # one cell, the names between " ::: " (read back split at every ":::")
        past = _written(" ::: ".join(data.past_employers)).split(":::")
    record: dict[str, Any] = {
        "uid": export_uid(data.uid),
        "name": name,
        "given": given,
        "family": family,
        "organization": fold(_n(data.organization)),
        "title": _n(data.title),
        "nickname": _n(data.nickname),
        "department": _n(data.department),
        "birthday": data.birthday,
        "emails": [(e, label if vcard else "") for e, label in _first_unique(emails, str.casefold)],
        "phones": phones,
        "links": links,
        "notes": _n(data.notes),
        "tags": {fold_tag(t) for t in tags if fold_tag(t)},
        "referrer": export_uid(referrer_uid) if referrer_uid else "",
        "past": list(dict.fromkeys(fold(name) for name in past if fold(name))),
        "good_at": _n(data.good_at),
        "needs": _n(data.needs),
    }
    if vcard:
        addresses = [
            (_n(a.label), _n(a.street), _n(a.locality), _n(a.region), _n(a.postal_code),
             _n(a.country))
            for a in data.addresses
        ]  # fmt: skip
        referral = data.referral
        record.update(
            addresses=[a for a in addresses if any(a[1:])],
            photo=data.photo,
            pipeline=(data.status, data.relationship, data.lead, _n(data.how_met)),
            rhythm=data.rhythm_days,
            dates=(data.date_added, data.last_contact, data.next_follow_up),
            referral=(_n(referral.reason), referral.referred_on, referral.calls_ahead)
            if referral is not None
            else None,
        )
    return record


def _actual(data: ContactData, referrer_uid: str, fmt: str) -> dict[str, Any]:
    vcard = fmt != "csv"
    record: dict[str, Any] = {
        "uid": data.uid,
        "name": data.display_name,
        "given": data.given_name,
        "family": data.family_name,
        "organization": fold(data.organization),
        "title": data.title,
        "nickname": data.nickname,
        "department": data.department,
        "birthday": data.birthday,
        "emails": [(e.address, e.label if vcard else "") for e in data.emails],
        # A CSV has no phone labels, but its fax column says which numbers are fax numbers.
        "phones": [(p.number, p.label if vcard or p.label == "fax" else "") for p in data.phones],
        "links": [(unquote(lk.url) if vcard else lk.url, lk.label) for lk in data.links],
        "notes": data.notes,
        "tags": {fold_tag(t) for t in data.tags},
        "referrer": referrer_uid,
        "past": [fold(name) for name in data.past_employers],
        "good_at": data.good_at,
        "needs": data.needs,
    }
    if vcard:
        referral = data.referral
        record.update(
            addresses=[
                (a.label, a.street, a.locality, a.region, a.postal_code, a.country)
                for a in data.addresses
            ],
            photo=data.photo,
            pipeline=(data.status, data.relationship, data.lead, data.how_met),
            rhythm=data.rhythm_days,
            dates=(data.date_added, data.last_contact, data.next_follow_up),
            referral=(referral.reason, referral.referred_on, referral.calls_ahead)
            if referral is not None
            else None,
        )
    return record


@pytest.mark.parametrize("fmt", ["vcard4", "vcard3", "csv"])
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(people=_network())
def test_any_stored_contacts_come_back_from_an_export(
    tmp_path: Path, fmt: str, people: list[tuple[ContactData, int | None]]
) -> None:
    """Exported and imported into an empty database: as many contacts, the same fields (as far
    as the format carries them), the same referral links."""
    for leftover in tmp_path.glob("*.sqlite*"):
        leftover.unlink()
    init_db(tmp_path / "first.sqlite")
    try:
        _store(people)
        before = sorted((_expected(d, r, fmt) for d, r in _everyone()), key=lambda rec: rec["uid"])
        assume(before)
        out = tmp_path / ("export.csv" if fmt == "csv" else "export.vcf")
        assert export_contacts(out, fmt) == len(before)
    finally:
        close_db()
    init_db(tmp_path / "second.sqlite")
    try:
        summary = import_files([out])
        assert summary.skipped == []
        after = sorted((_actual(d, r, fmt) for d, r in _everyone()), key=lambda rec: rec["uid"])
        assert len(after) == len(before)
        for want, got in zip(before, after, strict=True):
            assert got == want
    finally:
        close_db()


# 4: CSV formulas ---------------------------------------------------------------------------------


def test_csv_export_neutralises_formulas_and_raw_opts_out(db: Path, tmp_path: Path) -> None:
    create_contact(
        ContactData(
            display_name='=HYPERLINK("http://evil.example","Click")',
            organization="@SUM(A1:A9)",
            title="-2+3",
            phones=[Phone("+1 555 0100")],
            notes="\tindented",
            tags=["'=already quoted"],
        )
    )
    out = tmp_path / "safe.csv"
    export_contacts(out, "csv")
    row = out.read_text("utf-8-sig").splitlines()[1]
    for cell in ("'=HYPERLINK", "'@SUM", "'-2+3", "'+1 555 0100", "'\tindented", "''=already"):
        assert cell in row
    raw = tmp_path / "raw.csv"
    export_contacts(raw, "csv", raw=True)
    row = raw.read_text("utf-8-sig").splitlines()[1]
    assert row.startswith('"=HYPERLINK(') and ",+1 555 0100," in row and "'=already" in row
    close_db()
    init_db(tmp_path / "second.sqlite")
    import_files([out])
    (contact_id,) = database.execute_sql("SELECT id FROM contact").fetchone()
    back = load_contact(contact_id)
    assert back.display_name == '=HYPERLINK("http://evil.example","Click")'
    assert (back.organization, back.title) == ("@SUM(A1:A9)", "-2+3")
    assert back.phones[0].number == "+1 555 0100"  # the common case
    assert back.tags == ["'=already quoted"]  # exactly one apostrophe taken away


def test_csv_export_starts_no_formula_for_a_semicolon_or_tab_spreadsheet(
    db: Path, tmp_path: Path
) -> None:
    """Excel and LibreOffice in German, French or Dutch split a .csv on ';', whatever quotes
    the comma reading has; a tab or '|' reading and a line break in a cell are alike."""
    create_contact(
        ContactData(
            display_name="Ann Lee",
            title="Sales;=cmd|' /C calc'!A0;x",
            organization='Acme|"=HYPERLINK(""http://evil.example"")',
            notes="met at;@SUM(1+1);x\n+1 555 0100\tfollow up;  -2+3",
            tags=["a|'=already guarded"],
        )
    )
    out = tmp_path / "safe.csv"
    export_contacts(out, "csv")
    text = out.read_text("utf-8-sig")
    for delimiter in (",", ";", "\t", "|"):
        for row in csv.reader(io.StringIO(text), delimiter=delimiter):
            for cell in row:
                assert cell.lstrip(' "')[:1] not in ("=", "+", "-", "@"), (delimiter, cell)
    raw = tmp_path / "raw.csv"
    export_contacts(raw, "csv", raw=True)
    assert "Sales;=cmd|" in raw.read_text("utf-8-sig")
    close_db()
    init_db(tmp_path / "second.sqlite")
    import_files([out])
    (contact_id,) = database.execute_sql("SELECT id FROM contact").fetchone()
    back = load_contact(contact_id)
    assert back.title == "Sales;=cmd|' /C calc'!A0;x"
    assert back.organization == 'Acme|"=HYPERLINK(""http://evil.example"")'
    assert back.notes == "met at;@SUM(1+1);x\n+1 555 0100\tfollow up;  -2+3"
    assert back.tags == ["a|'=already guarded"]


@given(st.text(alphabet=st.sampled_from("ab;|\t\n\r ,'\"=+-@")) | st.text())
def test_csv_guard_is_undone_exactly(text: str) -> None:
    from netdesk.core.formats.escaping import clean_text, csv_cell, csv_unguard

    cell = csv_cell(text)
    for piece in re.split("[;\t|\n]", cell):
        assert piece.lstrip(' "')[:1] not in ("=", "+", "-", "@", "\r")
    assert cell[:1] != "\t"
    assert csv_unguard(cell) == clean_text(text)
    assert csv_cell(text, raw=True) == clean_text(text)


def test_cli_export_raw_is_for_csv_only(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite")
    assert cli("--db", db, "demo", "--contacts", "5")[0] == 0
    code, _, err = cli("--db", db, "export", "--output", str(tmp_path / "x.vcf"), "--raw")
    assert code == 2 and "--raw applies to --format csv only" in err
    out = tmp_path / "raw.csv"
    assert cli("--db", db, "export", "--format", "csv", "--raw", "-o", str(out))[0] == 0
    assert ",+1 555 " in out.read_text("utf-8-sig")  # demo phones, as they are
    safe = tmp_path / "safe.csv"
    assert cli("--db", db, "export", "--format", "csv", "-o", str(safe))[0] == 0
    assert ",+1 555 " not in safe.read_text("utf-8-sig")
    assert ",'+1 555 " in safe.read_text("utf-8-sig")


# Names typed in one piece ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Ada Lovelace", ("Lovelace", "Ada", "", "", "")),
        ("van der Berg, Jan", ("van der Berg", "Jan", "", "", "")),
        ("Jan van der Berg", ("van der Berg", "Jan", "", "", "")),
        ("Dr. Jane Q. Public", ("Public", "Jane", "Q.", "Dr.", "")),
        ("John Smith, Jr.", ("Smith", "John", "", "", "Jr.")),
        ("Madonna", ("", "Madonna", "", "", "")),
        ("山田太郎", ("", "山田太郎", "", "", "")),
        ("山田 太郎", ("山田", "太郎", "", "", "")),
        ("김 민준", ("김", "민준", "", "", "")),
        ("ann@example.org", ("", "", "", "", "")),
        ("+1 555 0100", ("", "", "", "", "")),
    ],
)
def test_name_parts_of_a_name_typed_in_one_piece(name: str, parts: tuple[str, ...]) -> None:
    assert tuple(split_name(name)) == parts


def test_no_parts_for_an_organization_typed_as_the_name() -> None:
    assert tuple(split_name("Contoso Ltd", "contoso ltd")) == ("",) * 5


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_a_contact_typed_with_one_name_exports_a_proper_n(version: str) -> None:
    """Was ``N:;;;;`` whatever the name."""

    def n_of(data: ContactData) -> str:
        lines = _unfolded(write_vcard(ExportCard(data, "u"), version))
        return next(line for line in lines if line.startswith("N:"))

    assert n_of(ContactData(display_name="Ada Lovelace")) == "N:Lovelace;Ada;;;"
    assert n_of(ContactData(display_name="Dr. Jane Q. Public")) == "N:Public;Jane;Q.;Dr.;"
    assert n_of(ContactData(display_name="Contoso", organization="Contoso")) == "N:;;;;"
    typed = ContactData(display_name="Ada", given_name="Augusta Ada", family_name="King")
    assert n_of(typed) == "N:King;Augusta Ada;;;"


def test_exported_n_is_what_other_programs_read(db: Path, tmp_path: Path) -> None:
    import warnings

    import vobject

    create_contact(ContactData(display_name="van der Berg, Jan"))
    out = tmp_path / "out.vcf"
    export_contacts(out, "vcard3")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        card = vobject.readOne(out.read_text("utf-8"))
    assert (card.n.value.family, card.n.value.given) == ("van der Berg", "Jan")
    csv_out = tmp_path / "out.csv"
    export_contacts(csv_out, "csv")
    header, row = csv_out.read_text("utf-8-sig").splitlines()[:2]
    assert header.startswith("Display Name,First Name,Last Name,")
    assert row.startswith('"van der Berg, Jan",Jan,van der Berg,')


# 15: the demo comes back whole, with NetDesk's own fields ---------------------------------------


def _network_view() -> list[tuple[object, ...]]:
    """Everyone with what NetDesk knows of them, and who referred them, by UID."""
    rows = database.execute_sql(
        """
        SELECT c.uid, c.display_name, c.given_name, c.family_name, coalesce(co.name, ''),
               c.status, c.relationship, c.lead, c.how_met, c.date_added, c.last_contact,
               c.next_follow_up, coalesce(p.uid, ''), r.reason, r.referred_on, r.calls_ahead,
               (SELECT group_concat(t.name, '|') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
                WHERE ct.contact_id = c.id)
        FROM contact c LEFT JOIN company co ON co.id = c.company_id
        LEFT JOIN referral r ON r.referred_id = c.id LEFT JOIN contact p ON p.id = r.referrer_id
        """
    ).fetchall()
    return sorted(tuple(row) for row in rows)


@pytest.mark.parametrize("fmt", ["vcard4", "vcard3"])
def test_the_demo_network_comes_back_whole(tmp_path: Path, fmt: str) -> None:
    """Was 293 of 300 contacts (distinct UIDs merged by name and organization), every status,
    relationship, warm/cold mark and follow-up lost."""
    from netdesk.core.demo import generate_demo

    init_db(tmp_path / "first.sqlite")
    try:
        generate_demo(300, seed=2026)
        before = _network_view()
        out = tmp_path / "demo.vcf"
        assert export_contacts(out, fmt) == 300
    finally:
        close_db()
    assert len({row[1:5] for row in before}) < 300  # namesakes at one organization: the trap
    init_db(tmp_path / "second.sqlite")
    try:
        summary = import_files([out])
        assert (summary.imported, summary.merged, summary.skipped) == (300, 0, [])
        assert summary.kept_apart and all(
            "same name and organization" in p.reason for p in summary.kept_apart
        )
        assert _network_view() == before
        again = import_files([out])  # the same file twice: the same UIDs merge, nobody doubles
        assert (again.imported, again.merged, again.kept_apart) == (0, 300, [])
        assert _network_view() == before
    finally:
        close_db()


def test_netdesk_fields_read_back_are_checked(db: Path, tmp_path: Path) -> None:
    path = _vcf(
        tmp_path / "fields.vcf",
        "BEGIN:VCARD\nVERSION:4.0\nUID:b\nFN:Boss\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nUID:a\nFN:Ann\nRELATED;TYPE=contact:b\n"
        "X-NETDESK-STATUS:wirm\nX-NETDESK-LEAD:Warm\nX-NETDESK-RELATIONSHIP:friend\n"
        "X-NETDESK-NEXT-FOLLOW-UP:tomorrow\nX-NETDESK-LAST-CONTACT:2026-11-02\n"
        "X-NETDESK-HOW-MET:Met at the fair\\, hall 2\nX-NETDESK-REFERRAL-REASON:knows hiring\n"
        "X-NETDESK-REFERRED-ON:2026-10-30\nX-NETDESK-CALLS-AHEAD:perhaps\nEND:VCARD\n",
    )
    summary = import_files([path])
    reasons = {(p.line, p.reason) for p in summary.skipped}
    assert reasons == {
        (11, "unknown status 'wirm': To contact kept"),
        (14, "X-NETDESK-NEXT-FOLLOW-UP 'tomorrow' is not a date such as 2026-11-23: ignored"),
        (19, "X-NETDESK-CALLS-AHEAD 'perhaps' is neither TRUE nor FALSE: ignored"),
    }
    ann = load_contact(summary.contact_ids[1])
    assert (ann.status, ann.lead, ann.relationship) == (
        Status.TO_CONTACT,
        Lead.WARM,
        Relationship.FRIEND,
    )
    assert (ann.next_follow_up, ann.last_contact) == (None, date(2026, 11, 2))
    assert ann.how_met == "Met at the fair, hall 2"
    assert ann.referral is not None
    assert (ann.referral.reason, ann.referral.referred_on, ann.referral.calls_ahead) == (
        "knows hiring",
        date(2026, 10, 30),
        False,
    )


def test_good_at_needs_and_the_rhythm_come_back_and_are_checked(db: Path, tmp_path: Path) -> None:
    """What a contact is good at and needs travel in vCards and CSV; a rhythm in vCards, and
    one that is no number of days from 1 to 3650 is reported, not stored."""
    sara = create_contact(
        ContactData(
            display_name="Sara Smith",
            good_at="carrier contracts, and, well; everything",
            needs="a warehouse manager\nfor Hamburg",
            rhythm_days=21,
        )
    )
    assert load_contact(sara).rhythm_days == 21
    vcf, table = tmp_path / "out.vcf", tmp_path / "out.csv"
    export_contacts(vcf, "vcard4")
    export_contacts(table, "csv")
    text = vcf.read_bytes().decode("utf-8")
    assert "X-NETDESK-GOOD-AT:carrier contracts\\, and\\, well\\; everything\r\n" in text
    assert "X-NETDESK-NEEDS:a warehouse manager\\nfor Hamburg\r\n" in text
    assert "X-NETDESK-RHYTHM-DAYS:21\r\n" in text
    header, row = list(csv.reader(io.StringIO(table.read_text("utf-8-sig"))))
    assert row[header.index("Good At")] == "carrier contracts, and, well; everything"
    assert row[header.index("Needs")] == "a warehouse manager\nfor Hamburg"
    close_db()
    for source in (vcf, table):
        init_db(tmp_path / f"{source.suffix[1:]}.sqlite")
        [again] = import_files([source]).contact_ids
        back = load_contact(again)
        assert (back.good_at, back.needs) == (
            "carrier contracts, and, well; everything",
            "a warehouse manager\nfor Hamburg",
        )
        assert back.rhythm_days == (21 if source == vcf else None)
        close_db()
    init_db(tmp_path / "checked.sqlite")
    bad = _vcf(
        tmp_path / "bad.vcf",
        "BEGIN:VCARD\nVERSION:4.0\nFN:Ann\nX-NETDESK-RHYTHM-DAYS:0\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Bo\nX-NETDESK-RHYTHM-DAYS:weekly\nEND:VCARD\n",
    )
    summary = import_files([bad])
    assert {p.reason for p in summary.skipped} == {
        "X-NETDESK-RHYTHM-DAYS '0' is not a number of days from 1 to 3650: ignored",
        "X-NETDESK-RHYTHM-DAYS 'weekly' is not a number of days from 1 to 3650: ignored",
    }
    assert [load_contact(i).rhythm_days for i in summary.contact_ids] == [None, None]


def test_list_json_has_lead_and_tags(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite")
    init_db(Path(db))
    create_contact(ContactData(display_name="Ann", lead=Lead.WARM, tags=["recruiter", "Berlin"]))
    close_db()
    code, out, _ = cli("--db", db, "list", "--json")
    (record,) = json.loads(out)
    assert code == 0 and record["lead"] == "warm" and record["tags"] == ["Berlin", "recruiter"]


def test_list_json_has_nickname_department_and_birthday(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite")
    init_db(Path(db))
    create_contact(
        ContactData(display_name="Ann", nickname="Annie", department="R&D", birthday="--04-15")
    )
    create_contact(ContactData(display_name="Bo", birthday="4/15/1985"))
    close_db()
    code, out, _ = cli("--db", db, "list", "--json")
    assert code == 0
    assert [(r["nickname"], r["department"], r["birthday"]) for r in json.loads(out)] == [
        ("Annie", "R&D", "--04-15"),
        ("", "", "1985-04-15"),
    ]


# 15: distinct UIDs are never merged silently ------------------------------------------------------


def _card(uid: str, name: str, extra: str = "") -> str:
    head = f"UID:{uid}\n" if uid else ""
    return f"BEGIN:VCARD\nVERSION:4.0\n{head}FN:{name}\n{extra}END:VCARD\n"


def test_two_cards_of_one_file_with_different_uids_are_only_maybe_the_same(
    db: Path, tmp_path: Path
) -> None:
    path = _vcf(
        tmp_path / "phone.vcf",
        _card("a", "Ann Lee", "ORG:Contoso\n")
        + _card("b", "Ann Lee", "ORG:Contoso\n")  # a namesake the phone keeps apart
        + _card("c", "Bo Kim", "EMAIL:bo@x.org\n")
        + _card("d", "Bo K.", "EMAIL:BO@x.org\n")  # one address book, two entries: maybe
        + _card("a", "Ann Lee", "TITLE:CTO\n")  # the same UID: the same person
        + _card("", "Cy Dale", "ORG:Contoso\n")
        + _card("", "Cy Dale", "ORG:Contoso\n"),  # no UIDs: merged as always
    )
    plan = plan_import(read_files([path]))
    maybe = [(i.index, i.duplicate_of, i.maybe) for i in plan.items if i.is_match]
    assert maybe == [(1, 0, True), (3, 2, True), (4, 0, False), (6, 5, False)]
    assert plan.maybe_count == 2
    assert plan.items[1].match_reason == "same name and organization, also in this import"
    assert [i.default_choice for i in plan.items] == [
        Choice.NEW, Choice.NEW, Choice.NEW, Choice.NEW, Choice.MERGE, Choice.NEW, Choice.MERGE
    ]  # fmt: skip
    summary = apply_import(plan)
    assert (summary.imported, summary.merged) == (5, 2)
    assert len(summary.kept_apart) == 2
    assert summary.kept_apart[0].reason == (
        "Ann Lee may be the same person as Ann Lee (same name and organization, also in this "
        "import; another UID): imported as new"
    )
    titles = database.execute_sql("SELECT uid, title FROM contact WHERE uid = 'a'").fetchall()
    assert titles == [("a", "CTO")]
    assert import_files([path]).imported == 0  # read again: every UID is known


def test_maybe_the_same_person_is_merged_when_chosen(db: Path, tmp_path: Path) -> None:
    path = _vcf(
        tmp_path / "phone.vcf",
        _card("a", "Ann Lee", "ORG:Contoso\n")
        + _card("b", "Ann Lee", "ORG:Contoso\nEMAIL:ann@x.org\n")
        + _card("", "A. Lee", "EMAIL:ann@x.org\nTITLE:CTO\n"),  # surely the second one
    )
    plan = plan_import(read_files([path]))
    assert [(i.duplicate_of, i.maybe) for i in plan.items] == [(None, False), (0, True), (1, False)]
    assert apply_import(plan).imported == 2  # the third goes with the second, kept apart
    close_db()
    init_db(tmp_path / "again.sqlite")
    plan = plan_import(read_files([path]))
    summary = apply_import(plan, choices={1: Choice.MERGE})
    assert (summary.imported, summary.merged, summary.kept_apart) == (1, 2, [])
    (only,) = database.execute_sql("SELECT id FROM contact").fetchall()
    ann = load_contact(only[0])
    assert (ann.title, [e.address for e in ann.emails]) == ("CTO", ["ann@x.org"])


def test_cards_from_different_address_books_still_merge_by_e_mail(db: Path, tmp_path: Path) -> None:
    typed = create_contact(ContactData(display_name="Sara Smith", emails=[Email("sara@x.org")]))
    google = _vcf(tmp_path / "google.vcf", _card("g1", "Sara Smith", "EMAIL:sara@x.org\n"))
    phone = _vcf(tmp_path / "phone.vcf", _card("p1", "Sara S.", "EMAIL:SARA@x.org\n"))
    summary = import_files([google, phone])
    assert (summary.imported, summary.merged, summary.kept_apart) == (0, 2, [])
    assert _count() == 1 and load_contact(typed).uid != "g1"


def test_a_weak_match_with_an_existing_contact_is_only_maybe(db: Path, tmp_path: Path) -> None:
    cy = create_contact(ContactData(display_name="Cy Dale", organization="Contoso"))
    bo = create_contact(ContactData(display_name="Bo Kim", phones=[Phone("+1 415 555 0134")]))
    path = _vcf(
        tmp_path / "phone.vcf",
        _card("z", "Cy Dale", "ORG:Contoso\n")
        + _card("y", "Bob", "TEL:(415) 555-0134\n")  # a shared line?
        + _card("", "Cy Dale", "ORG:Contoso\n"),  # no UID: merged as always
    )
    plan = plan_import(read_files([path]), region="US")
    assert [(i.match_id, i.maybe) for i in plan.items] == [(cy, True), (bo, True), (cy, False)]
    assert plan.items[0].match_name == "Cy Dale"
    summary = apply_import(plan, region="US")
    assert (summary.imported, summary.merged, len(summary.kept_apart)) == (2, 1, 2)


def test_an_entry_of_a_file_already_imported_is_not_merged_into_its_neighbour(
    db: Path, tmp_path: Path
) -> None:
    first = _vcf(tmp_path / "phone.vcf", _card("p1", "Bo Kim", "EMAIL:bo@x.org\n"))
    import_files([first])
    later = _vcf(
        tmp_path / "phone.vcf",
        _card("p1", "Bo Kim", "EMAIL:bo@x.org\n")
        + _card("p2", "Bo Kim (work)", "EMAIL:bo@x.org\n"),
    )
    plan = plan_import(read_files([later]))
    assert [(i.match_reason, i.maybe) for i in plan.items] == [
        ("same UID", False),
        ("same e-mail bo@x.org", True),
    ]


def test_cli_import_says_who_was_kept_apart(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite")
    path = _vcf(
        tmp_path / "phone.vcf",
        _card("a", "Ann Lee", "ORG:Contoso\n") + _card("b", "Ann Lee", "ORG:Contoso\n"),
    )
    code, out, _ = cli("--db", db, "import", str(path))
    assert code == 0 and "Imported 2 new contacts" in out
    assert "1 of the new contacts may be the same person" in out and "--merge-possible" in out
    assert f"{path}:7: Ann Lee may be the same person as Ann Lee" in out
    other = str(tmp_path / "merged.sqlite")
    code, out, _ = cli("--db", other, "import", str(path), "--merge-possible", "--json")
    assert code == 0 and json.loads(out)["imported"] == 1 and json.loads(out)["merged"] == 1
    code, out, _ = cli("--db", str(tmp_path / "j.sqlite"), "import", str(path), "--json")
    assert [k["line"] for k in json.loads(out)["kept_apart"]] == [7]


def test_a_damaged_row_still_exports_with_defaults(db: Path, tmp_path: Path) -> None:
    """Point 5's bit flips ('wirm' is not a valid Lead) must not stop an export of the rest."""
    create_contact(ContactData(display_name="Ann", lead=Lead.WARM, status=Status.MET))
    conn = database.connection()
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE contact SET lead = 'wirm', status = 'mte', next_follow_up = '2026-13-45'")
    conn.execute("PRAGMA ignore_check_constraints = OFF")
    out = tmp_path / "out.vcf"
    assert export_contacts(out, "vcard4") == 1
    lines = _unfolded(out.read_bytes().decode("utf-8"))
    assert "X-NETDESK-LEAD:cold" in lines and "X-NETDESK-STATUS:to_contact" in lines
    assert not any(line.startswith("X-NETDESK-NEXT-FOLLOW-UP") for line in lines)
