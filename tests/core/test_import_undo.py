"""An import is one undoable step: undo takes out exactly what it created and merged, redo puts
it back with the same ids."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from netdesk.core.contacts import create_contact, load_contact
from netdesk.core.import_undo import import_with_undo
from netdesk.core.importing import plan_import, read_files
from netdesk.core.query import all_tags
from netdesk.core.tree import referral_of
from netdesk.models import database
from netdesk.models.records import ContactData, Email

CARDS = (
    "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:carl\nFN:Carl New\nEMAIL:carl@new.example\n"
    "ORG:Brand New Company\nCATEGORIES:Imported tag\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:dana\nFN:Dana New\n"
    "RELATED;TYPE=contact:urn:uuid:carl\nEND:VCARD\n"
    # Anna is in the database already (same e-mail): merged, and Carl becomes her referrer.
    "BEGIN:VCARD\nVERSION:4.0\nFN:Anna Old\nEMAIL:anna@old.example\nEMAIL:anna@home.example\n"
    "TEL:+1 415 555 0100\nTITLE:Head of Data\nNOTE:from the phone\nCATEGORIES:Imported tag\n"
    "RELATED;TYPE=contact:urn:uuid:carl\nEND:VCARD\n"
)


def everything() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table a contact lives in (the full-text index included)."""
    tables = ("contact", "contact_email", "contact_phone", "contact_address", "contact_link",
              "contact_tag", "referral", "tag", "company", "contact_fts")  # fmt: skip
    return {
        table: sorted(
            database.execute_sql(f"SELECT * FROM {table}").fetchall(), key=lambda r: repr(r)
        )
        for table in tables
    }


def test_undo_takes_out_exactly_what_the_import_did_and_redo_puts_it_back(
    db: Path, tmp_path: Path
) -> None:
    anna = create_contact(
        ContactData(display_name="Anna Old", emails=[Email("anna@old.example")], notes="Mine")
    )
    bob = create_contact(ContactData(display_name="Bob Untouched", organization="Acme"))
    before = everything()
    path = tmp_path / "phone.vcf"
    path.write_text(CARDS, encoding="utf-8")

    summary, change = import_with_undo(plan_import(read_files([path])))
    assert (summary.imported, summary.merged) == (2, 1)
    after = everything()
    merged = load_contact(anna)
    assert merged.title == "Head of Data" and merged.notes == "Mine"
    assert [e.address for e in merged.emails] == ["anna@old.example", "anna@home.example"]
    carl = next(i for i in summary.contact_ids if i not in (anna, bob) and
                load_contact(i).name == "Carl New")  # fmt: skip
    assert referral_of(anna) is not None and referral_of(anna).referrer_id == carl  # type: ignore[union-attr]
    assert "Imported tag" in all_tags()

    change.undo()
    assert everything() == before  # Anna as she was, Carl and Dana gone, no stray tag or company
    assert "Imported tag" not in all_tags()
    assert load_contact(bob).organization == "Acme"

    change.redo()
    assert everything() == after  # the same rows and ids again
    change.undo()
    assert everything() == before


def test_undo_keeps_tags_and_companies_others_still_use(db: Path, tmp_path: Path) -> None:
    create_contact(ContactData(display_name="Anna Old", emails=[Email("anna@old.example")]))
    path = tmp_path / "phone.vcf"
    path.write_text(CARDS, encoding="utf-8")
    _summary, change = import_with_undo(plan_import(read_files([path])))
    # Meanwhile (before the undo) someone else took the new tag too; an undo of the import
    # must not take it from them.
    erin = create_contact(ContactData(display_name="Erin Later", tags=["Imported tag"]))
    change.undo()
    assert load_contact(erin).tags == ["Imported tag"]
