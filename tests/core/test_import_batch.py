"""An import marked warm and tagged: everyone it writes (new or merged) is warm and has the tag,
in the import's own transaction, and undoing the import takes both back; the tag offered follows
the kind of file (a phone's vCard, LinkedIn's or Google's CSV, or the file's name)."""

from __future__ import annotations

from pathlib import Path

from netdesk.core.contacts import create_contact, load_contact
from netdesk.core.import_undo import import_with_undo
from netdesk.core.importing import Batch, Source, import_files, plan_import, read_files
from netdesk.core.query import all_tags
from netdesk.models import Lead, database
from netdesk.models.records import ContactData, Email
from tests.core.test_import_undo import everything

PHONE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carl New\r\nEMAIL:carl@new.example\r\n"
    "CATEGORIES:family\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Old\r\nEMAIL:anna@old.example\r\nEND:VCARD\r\n"
)
LINKEDIN = (
    'Notes:\r\n"When exporting your connection data..."\r\n\r\n'
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Ann,Lee,https://www.linkedin.com/in/ann-lee,ann@x.org,Globex,CTO,15 Mar 2024\r\n"
)
GOOGLE = "Name,Given Name,E-mail 1 - Type,E-mail 1 - Value\r\nBo Kim,Bo,* Home,bo@x.org\r\n"
OUTLOOK = "First Name,Last Name,E-mail Address\r\nCy,Dale,cy@x.org\r\n"


def _lead_and_tags(name: str) -> tuple[Lead, list[str]]:
    (contact_id,) = database.execute_sql(
        "SELECT id FROM contact WHERE display_name = ?", (name,)
    ).fetchone()
    data = load_contact(contact_id)
    return data.lead, data.tags


def test_a_batch_marked_warm_and_tagged_is_undone_with_the_import(db: Path, tmp_path: Path) -> None:
    create_contact(
        ContactData(display_name="Anna Old", emails=[Email("anna@old.example")], tags=["mine"])
    )
    bob = create_contact(ContactData(display_name="Bob Untouched"))
    before = everything()
    path = tmp_path / "phone.vcf"
    path.write_text(PHONE, encoding="utf-8")
    result = read_files([path])
    assert result.sources == {str(path): Source.VCARD}
    assert result.suggested_tag == "phone"

    summary, change = import_with_undo(
        plan_import(result), batch=Batch(warm=True, tag="  my   phone ")
    )
    assert (summary.imported, summary.merged) == (1, 1)
    assert _lead_and_tags("Carl New") == (Lead.WARM, ["family", "my phone"])
    assert _lead_and_tags("Anna Old") == (Lead.WARM, ["mine", "my phone"])  # merged: both
    assert load_contact(bob).lead == Lead.COLD and load_contact(bob).tags == []

    change.undo()
    assert everything() == before  # Anna cold again, without the tag; the tag itself gone
    assert "my phone" not in all_tags()
    change.redo()
    assert _lead_and_tags("Anna Old") == (Lead.WARM, ["mine", "my phone"])


def test_without_a_batch_an_import_keeps_what_the_file_says(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(PHONE, encoding="utf-8")
    import_files([path], batch=Batch(tag="   "))  # only spaces: no tag
    assert _lead_and_tags("Carl New") == (Lead.COLD, ["family"])
    assert all_tags() == ["family"]


def test_the_tag_offered_follows_the_kind_of_file(tmp_path: Path) -> None:
    files = {
        "contacts.vcf": (PHONE, Source.VCARD, "phone"),
        "Connections.csv": (LINKEDIN, Source.LINKEDIN, "LinkedIn"),
        "google.csv": (GOOGLE, Source.GOOGLE, "Google"),
        "Fair 2026.csv": (OUTLOOK, Source.CSV, "Fair 2026"),
    }
    for name, (text, source, tag) in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = read_files([path])
        assert result.sources == {str(path): source}, name
        assert result.suggested_tag == tag, name
    both = read_files([tmp_path / "contacts.vcf", tmp_path / "Connections.csv"])
    assert both.suggested_tag == ""  # two kinds: the user names the batch
    two_phones = tmp_path / "second.vcf"
    two_phones.write_text(PHONE, encoding="utf-8")
    assert read_files([tmp_path / "contacts.vcf", two_phones]).suggested_tag == "phone"
