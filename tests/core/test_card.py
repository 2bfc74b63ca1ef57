"""What the contact card reads and writes, without a screen: the card's data, in-place edits
that touch only their field, the next step with its undo, and safe tel: and mailto: links."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from netdesk.core.card import (
    CardData,
    compose,
    edit_fields,
    finish_next_step,
    initials,
    message_values,
    read_card,
    set_next_step,
    tel_url,
)
from netdesk.core.contacts import create_contact, load_contact, update_contact
from netdesk.core.errors import NotFoundError
from netdesk.core.messages import builtin_template
from netdesk.models import Lead, Status, Task
from netdesk.models.records import ContactData, Email, ReferralInfo

DUE = date(2026, 12, 1)


def _chain() -> tuple[int, int, int]:
    sara = create_contact(ContactData(display_name="Sara Smith", lead=Lead.WARM))
    john = create_contact(
        ContactData(display_name="John Public", referral=ReferralInfo(sara, reason="old friend"))
    )
    mike = create_contact(
        ContactData(
            given_name="Mike",
            family_name="Lee",
            organization="Contoso",
            title="Head of Operations",
            emails=[Email("mike@contoso.example", "work")],
            referral=ReferralInfo(john, reason="he knows everyone in logistics"),
        )
    )
    return sara, john, mike


def test_the_card_reads_the_contact_their_path_and_next_step(db: Path) -> None:
    sara, john, mike = _chain()
    card = read_card(mike)
    assert card is not None
    assert card.contact.name == "Mike Lee"
    assert [link.display_name for link in card.chain] == ["Sara Smith", "John Public", "Mike Lee"]
    assert card.referrer is not None and card.referrer.id == john
    assert [link.id for link in card.path_up()] == [john, sara]
    assert card.next_step is None
    root = read_card(sara)
    assert root is not None and root.referrer is None and root.path_up() == []
    assert read_card(999) is None


def test_an_edit_changes_only_its_fields_of_the_contact_as_stored_now(db: Path) -> None:
    _sara, _john, mike = _chain()
    shown = load_contact(mike)
    # Another window renames him after the card read him; the card's edit keeps the new name.
    update_contact(mike, ContactData(**{**shown.__dict__, "display_name": "Michael Lee"}))
    before, after = edit_fields(mike, {"status": Status.MET, "tags": ["logistics ", "Logistics"]})
    assert before.status == Status.TO_CONTACT and before.name == "Michael Lee"
    stored = load_contact(mike)
    assert stored == after
    assert (stored.status, stored.tags, stored.name) == (Status.MET, ["logistics"], "Michael Lee")
    assert stored.referral is not None and stored.emails == shown.emails
    with pytest.raises(ValueError, match="display_name"):
        edit_fields(mike, {"display_name": "Someone else"})


def test_the_next_step_is_set_changed_cleared_and_undone(db: Path) -> None:
    _sara, _john, mike = _chain()
    added = set_next_step(mike, "  Call   about the team ", DUE)
    card = read_card(mike)
    assert card is not None and card.next_step is not None
    assert (card.next_step.title, card.next_step.due) == ("Call about the team", DUE)
    task_id = card.next_step.id
    changed = set_next_step(mike, "Send the CV", date(2026, 12, 3))
    assert Task.get_by_id(task_id).title == "Send the CV"
    changed.undo()
    assert (Task.get_by_id(task_id).title, Task.get_by_id(task_id).due) == (
        "Call about the team",
        DUE,
    )
    cleared = set_next_step(mike, "", DUE)
    assert Task.select().count() == 0
    cleared.undo()
    assert Task.select().count() == 1
    added.undo()
    assert Task.select().count() == 0
    added.redo()
    assert Task.get_by_id(task_id).title == "Call about the team"
    with pytest.raises(NotFoundError):
        set_next_step(999, "Call", DUE)


def test_finishing_the_next_step_closes_it_and_counts_as_contact(db: Path) -> None:
    _sara, _john, mike = _chain()
    set_next_step(mike, "Call about the team", DUE)
    card = read_card(mike)
    assert card is not None and card.next_step is not None
    change = finish_next_step(mike, card.next_step.id, date(2026, 11, 30))
    assert Task.get_by_id(card.next_step.id).done
    assert load_contact(mike).status == Status.CONTACTED
    assert read_card(mike).next_step is None  # type: ignore[union-attr]
    change.undo()
    assert not Task.get_by_id(card.next_step.id).done
    assert load_contact(mike).status == Status.TO_CONTACT


def test_initials() -> None:
    assert initials("Sara Smith") == "SS"
    assert initials("anna") == "A"
    assert initials("Jean-Luc Picard") == "JP"
    assert initials("Мария Иванова") == "МИ"
    assert initials("  ") == ""


def test_tel_links_carry_only_the_number() -> None:
    assert tel_url("+1 415 555 0134") == "tel:+14155550134"
    assert tel_url("+49 (30) 1234-5678 ext. 12") == "tel:+493012345678;ext=12"
    assert tel_url("(415) 555-0134", "US") == "tel:+14155550134"
    hostile = tel_url("+1 415 555 0134;phone-context=evil.example?x=<script>")
    assert hostile is not None and all(ch in "tel:+0123456789;ext=" for ch in hostile)
    assert ";phone-context" not in hostile and "?" not in hostile
    assert tel_url("call me") is None
    assert tel_url("") is None
    assert tel_url("12") is None


def test_compose_fills_a_built_in_template_into_a_safe_mailto(db: Path) -> None:
    _sara, _john, mike = _chain()
    card = read_card(mike)
    assert card is not None
    values = message_values(card)
    assert values["first_name"] == "Mike" and values["referrer_name"] == "John Public"
    assert values["referral_reason"] == "he knows everyone in logistics"
    message, link = compose(card, builtin_template("referral_opening"))
    assert "John Public" in message.subject + message.body and not message.missing
    parts = urlsplit(link.url)
    assert parts.scheme == "mailto" and unquote(parts.path) == "mike@contoso.example"
    query = parse_qs(parts.query)
    assert set(query) <= {"subject", "body"}
    assert query["subject"] == [message.subject]


def test_an_address_cannot_add_headers_to_the_link(db: Path) -> None:
    hostile = "a&cc=boss%40corp.example?body=hi#x@evil.example"
    contact = create_contact(ContactData(display_name="Eve", emails=[Email(hostile)]))
    card = read_card(contact)
    assert isinstance(card, CardData)
    _message, link = compose(card, builtin_template("follow_up"))
    parts = urlsplit(link.url)
    assert unquote(parts.path) == hostile
    assert set(parse_qs(parts.query)) == {"subject", "body"}
    assert len(parse_qs(parts.query)["body"]) == 1


def test_the_reciprocity_check_in_names_what_they_are_good_at_and_need(db: Path) -> None:
    """Give before getting: the card's values fill the check-in with the contact's own words
    (and a contact who recorded neither gets the message without those paragraphs)."""
    jo = create_contact(
        ContactData(
            display_name="Jo Park", good_at="carrier contracts", needs="a driver for Hamburg"
        )
    )
    bo = create_contact(ContactData(display_name="Bo Lind"))
    card, plain = read_card(jo), read_card(bo)
    assert card is not None and plain is not None
    values = message_values(card)
    assert values["good_at"] == "carrier contracts"
    assert values["their_needs"] == "a driver for Hamburg"
    message, _link = compose(card, builtin_template("reciprocity"))
    assert "a driver for Hamburg" in message.body and "carrier contracts" in message.body
    bare, _link = compose(plain, builtin_template("reciprocity"))
    assert "looking for" not in bare.body and not bare.missing
