"""The change counts a sync reads instead of writing every contact's card (``sync_mark``): every
write to what a card is made of counts, whoever makes it; what no card shows does not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from netdesk.core.contacts import (
    create_contact,
    delete_contacts,
    load_contact,
    restore_contacts,
    set_referral,
    update_contact,
)
from netdesk.models.history import add_interaction
from netdesk.models.records import Address, ContactData, Email, Link, Phone, ReferralInfo
from netdesk.models.sql import connection
from netdesk.models.store import store
from netdesk.models.sync_state import change_counts


def _people() -> tuple[int, int, int]:
    """A referrer, someone they referred, and a stranger."""
    ann = create_contact(ContactData(display_name="Ann Archer", organization="Initech"))
    bob = create_contact(
        ContactData(
            display_name="Bob Baker",
            emails=[Email("bob@example.org")],
            tags=["designers"],
            past_employers=["Globex"],
        )
    )
    set_referral(bob, ReferralInfo(ann, None, "knows the team", False, None))
    cid = create_contact(ContactData(display_name="Cid Cole"))
    return ann, bob, cid


def _edit(**fields: object) -> Callable[[int], None]:
    def edit(contact_id: int) -> None:
        data = load_contact(contact_id)
        for name, value in fields.items():
            setattr(data, name, value)
        update_contact(contact_id, data)

    return edit


def _sql(statement: str) -> Callable[[int], None]:
    """A write another program could make straight into the file."""

    def run(contact_id: int) -> None:
        with store.transaction():
            connection().execute(statement, {"id": contact_id})

    return run


BOB = ("bob",)


@pytest.mark.parametrize(
    ("change", "who", "counted"),
    [
        (_edit(display_name="Robert Baker"), "bob", BOB),
        (_edit(title="Head of Design"), "bob", BOB),
        (_edit(emails=[Email("robert@example.org")]), "bob", BOB),
        (_edit(phones=[Phone("+1 555 0100", "work")]), "bob", BOB),
        (_edit(addresses=[Address("home", "1 Main St", "Springfield")]), "bob", BOB),
        (_edit(links=[Link("https://www.linkedin.com/in/bob")]), "bob", BOB),
        (_edit(tags=["designers", "hiring"]), "bob", BOB),
        (_edit(past_employers=[]), "bob", BOB),
        (_sql("UPDATE contact_email SET label = 'work' WHERE contact_id = :id"), "bob", BOB),
        (_sql("UPDATE referral SET reason = 'a friend' WHERE referred_id = :id"), "bob", BOB),
        (_sql("DELETE FROM referral WHERE referred_id = :id"), "bob", BOB),
        # The referred one's card names the referrer (RELATED to its UID, and its name).
        (_edit(display_name="Annie Archer"), "ann", ("ann", "bob")),
        (_sql("UPDATE contact SET uid = 'ann-elsewhere' WHERE id = :id"), "ann", ("ann", "bob")),
        (_edit(title="Founder"), "ann", ("ann",)),
        # Names shown on many cards: the company's (organization, past employer), the tag's.
        (_sql("UPDATE company SET name = 'Initrode' WHERE name = 'Initech'"), "ann", ("ann",)),
        (_sql("UPDATE company SET name = 'Globex Corp' WHERE name = 'Globex'"), "bob", BOB),
        (_sql("UPDATE tag SET name = 'design' WHERE name = 'designers'"), "bob", BOB),
        (_sql("DELETE FROM tag WHERE name = 'designers'"), "bob", BOB),
    ],
)
def test_every_write_to_what_a_card_shows_counts(
    db: Path, change: Callable[[int], None], who: str, counted: tuple[str, ...]
) -> None:
    ann, bob, cid = _people()
    ids = {"ann": ann, "bob": bob, "cid": cid}
    before = change_counts()
    change(ids[who])
    after = change_counts()
    assert {name for name, i in ids.items() if after[i] > before[i]} == set(counted)


def test_what_no_card_shows_does_not_count(db: Path) -> None:
    """The last touch is kept by triggers from calls and meetings; a card does not carry it."""
    ann, bob, _cid = _people()
    before = change_counts()
    add_interaction(bob, "call", datetime(2026, 11, 2, 9, 30), "a quick call")
    connection().execute("UPDATE contact SET notes = notes WHERE 0")  # nothing at all
    assert change_counts() == before
    assert before[ann] >= 1 and before[bob] >= 1


def test_a_contact_deleted_and_brought_back_counts_as_changed(db: Path) -> None:
    """The count of a deleted contact stays, so an undo never takes the contact back to a count
    a card agreed on before its last changes."""
    _ann, bob, _cid = _people()
    count = change_counts([bob])[bob]
    restore_contacts(delete_contacts([bob]))
    assert change_counts([bob])[bob] > count
