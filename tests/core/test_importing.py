"""Import and export against the database: corpus, samples, matching, merging, one transaction."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import shared_path
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netdesk.core.contact_records import contact_records
from netdesk.core.contacts import create_contact, load_contact
from netdesk.core.formats.cards import MAX_IMPORT_BYTES, ImportFileError
from netdesk.core.importing import (
    Choice,
    ImportCancelled,
    apply_import,
    export_contacts,
    import_files,
    plan_import,
    read_files,
)
from netdesk.core.phones import normalize_phone
from netdesk.models import close_db, database, init_db
from netdesk.models.records import ContactData, Email, Phone


def all_records() -> list[dict[str, Any]]:
    ids = [row[0] for row in database.execute_sql("SELECT id FROM contact ORDER BY id")]
    return contact_records(ids)


def _people() -> list[tuple[object, ...]]:
    """Names, organization, e-mails and phones of everyone: what a round trip must keep."""
    fields = ("display_name", "given_name", "family_name", "organization")
    return sorted(
        (*(r[f] for f in fields), tuple(r["emails"]), tuple(r["phones"])) for r in all_records()
    )


def referrer_names() -> dict[str, str]:
    rows = database.execute_sql(
        "SELECT c.display_name, p.display_name FROM referral r "
        "JOIN contact c ON c.id = r.referred_id JOIN contact p ON p.id = r.referrer_id"
    )
    return dict(rows.fetchall())


def fts_count(word: str) -> int:
    row = database.execute_sql(
        "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH ?", (f'"{word}"*',)
    ).fetchone()
    return int(row[0])


# The corpus of real files ----------------------------------------------------------------------

FIELDS = ("display_name", "given", "family", "org", "email", "phone")


def _person(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "display_name": record["display_name"] or None,
        "given": record["given_name"] or None,
        "family": record["family_name"] or None,
        "org": record["organization"] or None,
        "email": record["emails"][0] if record["emails"] else None,
        "phone": record["phones"][0] if record["phones"] else None,
    }


def _field_ok(truth: dict[str, Any], got: dict[str, Any], name: str) -> bool:
    return got[name] == truth[name] or got[name] in truth.get("accept", {}).get(name, [])


def test_corpus_matches_truth(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = shared_path("corpus")
    truth = json.loads((corpus / "truth.json").read_text("utf-8"))
    people = perfect = 0
    failures: list[str] = []
    for number, entry in enumerate(truth):
        init_db(tmp_path / f"corpus-{number}.sqlite")
        try:
            import_files([corpus / entry["file"]])
            got = [_person(r) for r in all_records()]
        finally:
            close_db()
        counts_ok = len(got) == entry["contacts"] or len(got) in entry.get("contacts_accept", [])
        if not counts_ok:
            failures.append(f"{entry['file']}: {len(got)} contacts, expected {entry['contacts']}")
        unmatched = list(got)
        for person in entry["people"]:
            people += 1
            # Match people by content (the first one with every field right), not position.
            hit = next((g for g in unmatched if all(_field_ok(person, g, f) for f in FIELDS)), None)
            if hit is not None:
                unmatched.remove(hit)
                perfect += 1
            elif len(got) in entry.get("contacts_accept", []) and len(got) < entry["contacts"]:
                perfect += 1  # an accepted reading without this person
            else:
                failures.append(f"{entry['file']}: {person['display_name']!r} not read right")
    score = 100.0 * perfect / people
    with capsys.disabled():
        print(f"\ncorpus: {perfect}/{people} contacts with every field right ({score:.1f}%)")
    assert failures == []


# Samples -----------------------------------------------------------------------------------------


def test_samples_import_with_referrals_and_linkedin_fields(db: Path) -> None:
    samples = shared_path("samples")
    summary = import_files([samples])
    # Sara Smith and John Public are both in the LinkedIn file and in the vCard file.
    assert summary.imported == 8 and summary.merged == 2
    records = {r["display_name"]: r for r in all_records()}
    assert len(records) == 8
    sara = records["Sara Smith"]
    assert sara["organization"] == "Northwind Traders" and sara["title"] == "Head of Talent"
    assert sara["emails"] == ["sara.smith@example.com"]  # from the vCard
    assert load_contact(sara["id"]).links[0].url.endswith("sara-smith-00000")  # from LinkedIn
    omar = records['Omar "The Closer" Haddad']
    assert omar["title"] == "Account Executive, EMEA"
    assert omar["emails"] == ["omar@example.net"]
    amelie = load_contact(records["Amélie Lefèvre"]["id"])
    assert amelie.organization == "Fabrikam, Inc."
    assert amelie.links[0].url == "https://www.linkedin.com/in/amelie-lefevre-22222"
    assert str(amelie.date_added) == "2025-11-28"
    priya = load_contact(records["Priya Raman"]["id"])
    assert [e.address for e in priya.emails] == ["priya.raman@example.com", "priya@example.net"]
    assert priya.phones[0].number == "+1 415 555 0134"
    assert "Recruiters" in priya.tags
    assert records["Jörg Müller"]["organization"] == "Fabrikam, Inc."
    refs = referrer_names()
    assert refs["John Public"] == "Sara Smith"  # vCard 4.0 RELATED -> UID
    assert refs["Priya Raman"] == "Sara Smith"  # Google "Relation 1 - Label: Referred by"
    assert fts_count("priya") == 1 and fts_count("northwind") >= 1


def test_reimport_merges_everything_and_adds_nothing(db: Path) -> None:
    samples = shared_path("samples")
    import_files([samples])
    before = len(all_records())
    summary = import_files([samples])
    assert summary.imported == 0 and summary.merged == 10
    assert len(all_records()) == before


# Matching and merging ----------------------------------------------------------------------------


def _vcf(tmp_path: Path, text: str, name: str = "in.vcf") -> Path:
    path = tmp_path / name
    path.write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    return path


def test_matching_rules(db: Path, tmp_path: Path) -> None:
    by_email = create_contact(ContactData(display_name="Ann Lee", emails=[Email("ann@x.org")]))
    by_phone = create_contact(
        ContactData(display_name="Bo Kim", phones=[Phone("+1 (415) 555-0134")])
    )
    by_org = create_contact(ContactData(display_name="Cy Dale", organization="Contoso"))
    path = _vcf(
        tmp_path,
        "BEGIN:VCARD\nVERSION:3.0\nFN:Annie L.\nEMAIL:ANN@X.ORG\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Bo\nTEL:+14155550134\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:cy dale\nORG:CONTOSO\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Cy Dale\nORG:Fabrikam\nEND:VCARD\n",
    )
    plan = plan_import(read_files([path]), region="US")
    assert [i.match_id for i in plan.items] == [by_email, by_phone, by_org, None]
    assert plan.items[0].match_reason.startswith("same e-mail")
    assert plan.items[1].match_reason.startswith("same phone")
    assert plan.items[2].match_reason == "same name and organization"
    assert plan.new_count == 1 and plan.match_count == 3


def test_phones_of_older_rows_get_their_e164_key_when_matching(db: Path, tmp_path: Path) -> None:
    bo = create_contact(ContactData(display_name="Bo Kim", phones=[Phone("(415) 555-0134")]))
    conn = database.connection()
    assert conn.execute("SELECT e164 FROM contact_phone").fetchall() == [("+14155550134",)]
    conn.execute("UPDATE contact_phone SET e164 = ''")  # as written before schema version 3
    path = _vcf(tmp_path, "BEGIN:VCARD\nFN:B. Kim\nTEL:+1 415 555 0134\nEND:VCARD\n")
    plan = plan_import(read_files([path]), region="US")
    assert plan.items[0].match_id == bo
    assert conn.execute("SELECT e164 FROM contact_phone").fetchall() == [("+14155550134",)]
    uses_index = conn.execute(
        "EXPLAIN QUERY PLAN SELECT contact_id FROM contact_phone WHERE e164 IN ('+1')"
    ).fetchall()
    assert "contact_phone_e164" in str(uses_index)


def test_phone_normalisation() -> None:
    assert normalize_phone("+1 (415) 555-0134", "US") == "+14155550134"
    assert normalize_phone("(415) 555-0134", "US") == "+14155550134"
    assert normalize_phone("030 1234567", "DE") == "+49301234567"
    assert normalize_phone("BusinessPhone", "US") == ""


def test_linkedin_url_match(db: Path, tmp_path: Path) -> None:
    from netdesk.models.records import Link

    existing = create_contact(
        ContactData(display_name="Sara", links=[Link("http://linkedin.com/in/Sara-Smith-00000/")])
    )
    result = read_files([shared_path("samples", "linkedin-Connections.csv")])
    plan = plan_import(result)
    sara = next(i for i in plan.items if i.card.data.display_name == "Sara Smith")
    assert sara.match_id == existing and sara.match_reason == "same LinkedIn profile"


def test_merge_fills_empty_fields_keeps_notes_adds_emails_and_phones(
    db: Path, tmp_path: Path
) -> None:
    existing = create_contact(
        ContactData(
            display_name="Ann Lee",
            notes="Met at the fair",
            emails=[Email("ann@x.org")],
            phones=[Phone("+1 415 555 0100")],
        )
    )
    path = _vcf(
        tmp_path,
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee-Smith\nN:Lee;Ann;;;\nORG:Contoso\nTITLE:CTO\n"
        "EMAIL:ann@x.org\nEMAIL:ann@home.example\nTEL:+1 415 555 0100\nTEL:+1 415 555 0199\n"
        "NOTE:Imported note\nEND:VCARD\n",
    )
    summary = import_files([path])
    assert (summary.imported, summary.merged) == (0, 1)
    data = load_contact(existing)
    assert data.display_name == "Ann Lee"  # theirs kept
    assert (data.given_name, data.family_name) == ("Ann", "Lee")
    assert (data.organization, data.title) == ("Contoso", "CTO")
    assert data.notes == "Met at the fair"
    assert [e.address for e in data.emails] == ["ann@x.org", "ann@home.example"]
    assert [p.number for p in data.phones] == ["+1 415 555 0100", "+1 415 555 0199"]
    assert fts_count("contoso") == 1 and fts_count("home") == 1


def test_choices_import_as_new_and_skip(db: Path, tmp_path: Path) -> None:
    create_contact(ContactData(display_name="Ann Lee", emails=[Email("ann@x.org")]))
    path = _vcf(
        tmp_path,
        "BEGIN:VCARD\nFN:Ann Lee\nEMAIL:ann@x.org\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:Unwanted\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:Wanted\nEND:VCARD\n",
    )
    plan = plan_import(read_files([path]))
    summary = apply_import(plan, choices={0: Choice.NEW, 1: Choice.SKIP})
    assert (summary.imported, summary.merged) == (2, 0)
    assert [p.reason for p in summary.skipped] == ["not selected"]
    assert sorted(r["display_name"] for r in all_records()) == ["Ann Lee", "Ann Lee", "Wanted"]


def test_cancel_leaves_the_database_unchanged(db: Path, tmp_path: Path) -> None:
    create_contact(ContactData(display_name="Ann Lee", emails=[Email("ann@x.org")]))
    cards = "".join(
        f"BEGIN:VCARD\nFN:Person {i}\nEMAIL:p{i}@x.org\nORG:Org {i}\nEND:VCARD\n"
        for i in range(3000)
    )
    path = _vcf(tmp_path, cards + "BEGIN:VCARD\nFN:Ann\nEMAIL:ann@x.org\nTITLE:New\nEND:VCARD\n")
    plan = plan_import(read_files([path]))
    conn = database.connection()

    def snapshot() -> list[Any]:
        return [
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("contact", "contact_email", "company", "contact_fts", "referral")
        ] + [conn.execute("SELECT title FROM contact").fetchall()]

    before = snapshot()
    calls = 0

    def cancel_late() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3  # after some of the work was written

    with pytest.raises(ImportCancelled):
        apply_import(plan, should_cancel=cancel_late)
    assert snapshot() == before
    assert not conn.in_transaction


def test_error_mid_import_rolls_back(db: Path, tmp_path: Path, monkeypatch: Any) -> None:
    path = _vcf(tmp_path, "BEGIN:VCARD\nFN:One\nEMAIL:one@x.org\nEND:VCARD\n")
    plan = plan_import(read_files([path]))
    import netdesk.models.contacts as contacts_data

    original = contacts_data.bulk_insert

    def failing(conn: sqlite3.Connection, table: str, *args: Any, **kwargs: Any) -> int:
        if table == "contact":
            raise sqlite3.OperationalError("disk I/O error")
        return original(conn, table, *args, **kwargs)

    monkeypatch.setattr(contacts_data, "bulk_insert", failing)
    with pytest.raises(sqlite3.OperationalError):
        apply_import(plan)
    assert database.execute_sql("SELECT count(*) FROM contact_email").fetchone()[0] == 0


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.vcf"
    with big.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)  # sparse: no disk space used
    with pytest.raises(ImportFileError, match=r"huge\.vcf.*256 MB"):
        read_files([big])
    os.unlink(big)


def test_unreadable_file_raises_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"missing\.vcf"):
        read_files([tmp_path / "missing.vcf"])


def test_folder_is_expanded_to_contact_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    _vcf(tmp_path, "BEGIN:VCARD\nFN:A\nEND:VCARD\n", "a.vcf")
    _vcf(tmp_path / "sub", "BEGIN:VCARD\nFN:B\nEND:VCARD\n", "b.VCARD")
    (tmp_path / "notes.txt").write_text("BEGIN:VCARD\nFN:C\nEND:VCARD\n")
    result = read_files([tmp_path])
    assert sorted(c.data.display_name for c in result.cards) == ["A", "B"]


# Export and round trip ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["vcard4", "vcard3", "csv"])
def test_round_trip_into_an_empty_database(tmp_path: Path, fmt: str) -> None:
    init_db(tmp_path / "first.sqlite")
    try:
        from netdesk.core.demo import generate_demo

        generate_demo(40, seed=7)
        # A name with every character that needs escaping, and a second e-mail and phone.
        odd = create_contact(
            ContactData(
                display_name='Ann "A;B", Lee\\Jr',
                given_name="Ann",
                family_name="Lee",
                organization="Fabrikam; Inc.",
                emails=[Email("ann@x.org"), Email("ann2@x.org")],
                phones=[Phone("+1 415 555 0100"), Phone("030 123")],
                notes="two\nlines",
            )
        )
        assert odd
        before = _people()
        refs_before = referrer_names()
        out = tmp_path / f"export.{fmt}"
        assert export_contacts(out, fmt) == len(before)
    finally:
        close_db()
    init_db(tmp_path / "second.sqlite")
    try:
        summary = import_files([out])
        assert summary.skipped == []
        after = _people()
        assert after == before
        assert referrer_names() == refs_before
    finally:
        close_db()


@pytest.mark.parametrize("fmt", ["vcard4", "csv"])
def test_export_reports_progress_and_a_cancel_leaves_the_earlier_file(
    db: Path, tmp_path: Path, fmt: str
) -> None:
    from netdesk.core.importing import ExportCancelled

    for n in range(1200):
        create_contact(ContactData(display_name=f"Person {n:04d}"))
    out = tmp_path / "exports" / "contacts.out"
    out.parent.mkdir()
    out.write_text("last week's export\n", encoding="utf-8")
    seen: list[tuple[int, int]] = []

    def cancel_midway() -> bool:
        return bool(seen) and seen[-1][0] >= 500

    with pytest.raises(ExportCancelled):
        export_contacts(out, fmt, progress=lambda d, t: seen.append((d, t)),
                        should_cancel=cancel_midway)  # fmt: skip
    assert out.read_text(encoding="utf-8") == "last week's export\n"
    assert [p.name for p in out.parent.iterdir()] == ["contacts.out"]  # no partial file left
    seen.clear()
    assert export_contacts(out, fmt, progress=lambda d, t: seen.append((d, t))) == 1200
    assert seen[0] == (0, 1200) and seen[-1] == (1200, 1200)
    assert "Person 1199" in out.read_text(encoding="utf-8-sig")


def test_export_selected_contacts(db: Path, tmp_path: Path) -> None:
    a = create_contact(ContactData(display_name="A"))
    create_contact(ContactData(display_name="B"))
    out = tmp_path / "a.vcf"
    assert export_contacts(out, "vcard4", [a]) == 1
    text = out.read_bytes()
    assert b"\r\nFN:A\r\n" in text and b"FN:B" not in text


_field_values = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["\x00", " ", "\t", "\u3000", "a\\,b", "=C3=", "mailto:", "tel:", ";;;"]),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["FN", "N", "ORG", "EMAIL", "TEL", "CATEGORIES", "UID", "RELATED",
                             "NOTE", "ADR", "URL", "TITLE", "X-ABRELATEDNAMES"]),
            _field_values,
        ),
        max_size=12,
    )
)  # fmt: skip
def test_fuzz_cards_always_import_into_the_database(
    tmp_path: Path, lines: list[tuple[str, str]]
) -> None:
    text = "".join(
        "BEGIN:VCARD\r\n" + f"{name}:{value}\r\n" * 2 + "END:VCARD\r\n" for name, value in lines
    )
    path = tmp_path / "fuzz.vcf"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    init_db(tmp_path / "fuzz.sqlite")
    try:
        summary = import_files([path])
        again = import_files([path])
        assert summary.imported + summary.merged == again.imported + again.merged
        conn = database.connection()
        contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM contact_fts").fetchone()[0] == contacts
    finally:
        close_db()
        for leftover in tmp_path.glob("fuzz.sqlite*"):
            leftover.unlink()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.lists(_field_values, min_size=6, max_size=6),
        max_size=6,
    )
)
def test_fuzz_csv_rows_always_import_into_the_database(
    tmp_path: Path, rows: list[list[str]]
) -> None:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["Name", "E-mail 1 - Value", "Phone 1 - Value", "Labels", "Organization 1 - Name",
         "Relation 1 - Value"]
    )  # fmt: skip
    writer.writerows(rows)
    path = tmp_path / "fuzz.csv"
    path.write_text(out.getvalue(), encoding="utf-8", errors="surrogatepass")
    init_db(tmp_path / "fuzz.sqlite")
    try:
        import_files([path])
        import_files([path])
        conn = database.connection()
        contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM contact_fts").fetchone()[0] == contacts
    finally:
        close_db()
        for leftover in tmp_path.glob("fuzz.sqlite*"):
            leftover.unlink()


def test_the_same_person_twice_in_one_import(db: Path, tmp_path: Path) -> None:
    phone = _vcf(
        tmp_path,
        "BEGIN:VCARD\nFN:Sara Smith\nEMAIL:sara@x.org\nTEL:+1 415 555 0100\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:Tom\nEND:VCARD\n",
        "phone.vcf",
    )
    gmail = _vcf(
        tmp_path,
        "BEGIN:VCARD\nFN:S. Smith\nEMAIL:SARA@x.org\nORG:Northwind\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:Sara Smith\nTEL:(415) 555-0100\nNOTE:same phone\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:Sam Smith\nTEL:(415) 555-0100\nEND:VCARD\n",
        "gmail.vcf",
    )
    plan = plan_import(read_files([phone, gmail]), region="US")
    # Sam shares the landline only: a phone counts together with the name.
    assert [i.duplicate_of for i in plan.items] == [None, None, 0, 0, None]
    assert plan.items[2].match_reason == "same e-mail SARA@x.org, also in this import"
    assert (plan.new_count, plan.match_count, plan.duplicate_count) == (3, 0, 2)
    summary = apply_import(plan, region="US")
    assert (summary.imported, summary.merged) == (3, 2)
    sara = load_contact(summary.contact_ids[0])
    assert (sara.display_name, sara.organization, sara.notes) == (
        "Sara Smith",
        "Northwind",
        "same phone",
    )
    assert [e.address for e in sara.emails] == ["sara@x.org"]
    assert [p.number for p in sara.phones] == ["+1 415 555 0100"]


def test_duplicates_in_one_import_can_be_kept_apart(db: Path, tmp_path: Path) -> None:
    path = _vcf(
        tmp_path,
        "BEGIN:VCARD\nFN:A\nEMAIL:a@x.org\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:A again\nEMAIL:a@x.org\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:A thrice\nEMAIL:a@x.org\nEND:VCARD\n",
    )
    plan = plan_import(read_files([path]))
    summary = apply_import(plan, choices={1: Choice.NEW, 0: Choice.SKIP})
    # The first is unchecked: the third cannot join it and comes in on its own.
    assert (summary.imported, summary.merged) == (2, 0)
    assert sorted(r["display_name"] for r in all_records()) == ["A again", "A thrice"]


def test_one_uid_for_different_people_is_only_maybe(db: Path, tmp_path: Path) -> None:
    """Programs that number their cards per file, or a card made with a known UID (UIDs travel
    in every shared export): a UID match with nothing else in common is kept apart."""
    ann = create_contact(ContactData(display_name="Ann Lee", emails=[Email("ann@x.org")]))
    uid = load_contact(ann).uid
    numbered = "".join(
        f"BEGIN:VCARD\nVERSION:3.0\nUID:1\nFN:Given{i} Person{i}\nTEL:+1 415 555 {i:04d}\n"
        "END:VCARD\n"
        for i in range(3)
    )
    path = _vcf(
        tmp_path,
        numbered
        + f"BEGIN:VCARD\nVERSION:3.0\nUID:{uid}\nFN:Mallory Attacker\nEMAIL:mallory@evil.example\n"
        "END:VCARD\n"
        # The same person renamed, or with a new address, is still one person.
        f"BEGIN:VCARD\nVERSION:3.0\nUID:{uid}\nFN:Ann Miller\nEMAIL:ann@new.example\nEND:VCARD\n"
        f"BEGIN:VCARD\nVERSION:3.0\nUID:{uid}\nFN:A. Lee-Miller\nEMAIL:ANN@x.org\nEND:VCARD\n",
    )
    plan = plan_import(read_files([path]), region="US")
    items = plan.items
    assert [(i.duplicate_of, i.maybe, i.same_uid) for i in items[:3]] == [
        (None, False, False),
        (0, True, True),
        (0, True, True),
    ]
    assert (items[3].match_id, items[3].maybe, items[3].same_uid) == (ann, True, True)
    assert items[3].match_reason == "same UID, but no name, e-mail or phone in common"
    assert [(i.match_id, i.maybe) for i in items[4:]] == [(ann, False), (ann, False)]
    summary = apply_import(plan, region="US")
    assert (summary.imported, summary.merged) == (4, 2)
    assert sorted(r["display_name"] for r in all_records()) == [
        "Ann Lee",
        "Given0 Person0",
        "Given1 Person1",
        "Given2 Person2",
        "Mallory Attacker",
    ]
    assert [e.address for e in load_contact(ann).emails] == ["ann@x.org", "ann@new.example"]
    lines = {p.line: p.reason for p in summary.kept_apart}
    assert sorted(lines) == [7, 13, 19]  # the file's lines of the three kept apart
    assert lines[7] == (
        "Given1 Person1 may be the same person as Given0 Person0 (same UID, but no name, e-mail "
        "or phone in common, also in this import): imported as new"
    )
    assert lines[19] == (
        "Mallory Attacker may be the same person as Ann Lee (same UID, but no name, e-mail or "
        "phone in common): imported as new"
    )


@pytest.mark.parametrize("fmt", ["vcard3", "vcard4"])
def test_exported_vcards_are_read_by_another_parser(db: Path, tmp_path: Path, fmt: str) -> None:
    import warnings

    import vobject

    create_contact(
        ContactData(
            display_name="Łukasz Wiśniewski, PhD",
            given_name="Łukasz",
            family_name="Wiśniewski",
            organization="Fabrikam; Inc.",
            emails=[Email("lw@example.com", "work")],
            phones=[Phone("+48 22 123 45 67", "mobile")],
            notes="Long note " * 20,
        )
    )
    out = tmp_path / "out.vcf"
    export_contacts(out, fmt)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        card = vobject.readOne(out.read_text("utf-8"))
    assert card.fn.value == "Łukasz Wiśniewski, PhD"
    assert card.n.value.family == "Wiśniewski" and card.n.value.given == "Łukasz"
    assert card.email.value == "lw@example.com"
    assert card.tel.value == "+48 22 123 45 67"
    assert card.note.value == "Long note " * 20


def test_the_photo_hook_makes_every_photo_stored_and_leaves_the_plan(
    db: Path, tmp_path: Path
) -> None:
    import base64

    known = create_contact(ContactData(display_name="Kim Known", emails=[Email("kim@x.org")]))
    photo = base64.b64encode(b"\xff\xd8\xff big photo").decode()
    path = _vcf(
        tmp_path,
        f"BEGIN:VCARD\nFN:Nia New\nEMAIL:nia@x.org\nPHOTO;ENCODING=b;TYPE=JPEG:{photo}\nEND:VCARD\n"
        f"BEGIN:VCARD\nFN:Kim Known\nEMAIL:kim@x.org\nPHOTO;ENCODING=b;TYPE=JPEG:{photo}\n"
        "END:VCARD\n"
        f"BEGIN:VCARD\nFN:Nia New\nEMAIL:NIA@x.org\nPHOTO;ENCODING=b;TYPE=JPEG:{photo}\n"
        "END:VCARD\n",
    )
    plan = plan_import(read_files([path]))
    made: list[bytes] = []

    def smaller(data: bytes) -> tuple[bytes, str]:
        made.append(data)
        return b"small", "image/webp"

    summary = apply_import(plan, photos=smaller)
    assert (summary.imported, summary.merged) == (1, 2)
    assert made == [b"\xff\xd8\xff big photo"] * 3
    for contact_id in {*summary.contact_ids, known}:
        stored = load_contact(contact_id)
        assert (stored.photo, stored.photo_mime) == (b"small", "image/webp")
    assert all(item.card.data.photo == b"\xff\xd8\xff big photo" for item in plan.items)
