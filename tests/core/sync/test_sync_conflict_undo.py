"""Undoing the settling of a sync conflict (the window's Ctrl+Z): the field's value as it was,
the rest of the contact as it is now, the conflict open again; refused, changing nothing, when
its account is gone or a sync found the field in conflict again since."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from netdesk.core.contacts import create_contact, load_contact, update_contact
from netdesk.core.sync.accounts import remove_account
from netdesk.core.sync.conflicts import (
    ConflictNotReopened,
    conflict_count,
    open_conflicts,
    settle,
    settle_again,
    take_remote,
    unsettle,
)
from netdesk.models import sync_state
from netdesk.models.records import ContactData, ReferralInfo
from netdesk.models.store import store
from netdesk.models.sync_state import AccountRecord, ConflictRecord


def _account() -> int:
    url = "https://dav.example.org/"
    return sync_state.add_account(AccountRecord(0, url, addressbook_url=url + "book/"))


def _conflict(account_id: int, contact_id: int, field: str, local: str, remote: str) -> int:
    sync_state.put_contact_conflicts(
        account_id, contact_id, [], [ConflictRecord(contact_id, field, local, remote, "2026-01-05")]
    )
    (found,) = [c for c in open_conflicts() if c.contact_id == contact_id and c.field == field]
    return found.id


def test_taking_the_servers_value_is_undone_field_by_field(db: Path) -> None:
    account_id = _account()
    cleo = create_contact(ContactData(display_name="Cleo", title="Engineer", notes="first"))
    conflict_id = _conflict(account_id, cleo, "title", "Engineer", "Principal Engineer")
    with store.transaction():
        settled = settle(conflict_id, remote=True)
    assert settled is not None and settled.took_remote and settled.before == "Engineer"
    assert load_contact(cleo).title == "Principal Engineer" and conflict_count() == 0
    data = load_contact(cleo)
    data.notes = "edited since"  # another change after settling: undo leaves it
    update_contact(cleo, data)

    with store.transaction():
        reopened = unsettle(settled)
    after = load_contact(cleo)
    assert (after.title, after.notes) == ("Engineer", "edited since")
    (again,) = open_conflicts()
    assert again.id == reopened.conflict.id
    assert (again.field, again.local_value, again.remote_value, again.found_on) == (
        "title",
        "Engineer",
        "Principal Engineer",
        "2026-01-05",
    )
    with store.transaction():
        settle_again(reopened)
    assert load_contact(cleo).title == "Principal Engineer" and conflict_count() == 0


def test_a_referral_field_is_put_back_too(db: Path) -> None:
    account_id = _account()
    sara = create_contact(ContactData(display_name="Sara"))
    referral = ReferralInfo(sara, date(2026, 1, 2), reason="old friend")
    ben = create_contact(ContactData(display_name="Ben", referral=referral))
    conflict_id = _conflict(account_id, ben, "referral_reason", "old friend", "ex-colleague")
    with store.transaction():
        settled = settle(conflict_id, remote=True)
    assert settled is not None
    referral_now = load_contact(ben).referral
    assert referral_now is not None and referral_now.reason == "ex-colleague"
    with store.transaction():
        unsettle(settled)
    referral_back = load_contact(ben).referral
    assert referral_back is not None and referral_back.reason == "old friend"
    assert referral_back.referred_on == date(2026, 1, 2)


def test_undo_is_refused_without_a_change_once_the_account_is_gone(db: Path) -> None:
    account_id = _account()
    cleo = create_contact(ContactData(display_name="Cleo", title="Engineer"))
    conflict_id = _conflict(account_id, cleo, "title", "Engineer", "Principal Engineer")
    with store.transaction():
        settled = settle(conflict_id, remote=True)
    assert settled is not None
    assert remove_account(account_id)
    with pytest.raises(ConflictNotReopened, match="account was removed"), store.transaction():
        unsettle(settled)
    assert load_contact(cleo).title == "Principal Engineer"  # rolled back with the refusal
    assert conflict_count() == 0


def test_undo_is_refused_when_a_sync_found_the_field_in_conflict_again(db: Path) -> None:
    account_id = _account()
    cleo = create_contact(ContactData(display_name="Cleo", title="Engineer"))
    conflict_id = _conflict(account_id, cleo, "title", "Engineer", "Principal Engineer")
    with store.transaction():
        settled = settle(conflict_id, remote=False)
    assert settled is not None and not settled.took_remote
    newer = _conflict(account_id, cleo, "title", "Engineer", "Chief Engineer")
    with pytest.raises(ConflictNotReopened), store.transaction():
        unsettle(settled)
    assert [c.id for c in open_conflicts()] == [newer]  # the newer one, and only it


def test_settling_twice_does_nothing_the_second_time(db: Path) -> None:
    account_id = _account()
    cleo = create_contact(ContactData(display_name="Cleo", title="Engineer"))
    conflict_id = _conflict(account_id, cleo, "title", "Engineer", "Principal Engineer")
    assert take_remote(conflict_id)
    assert settle(conflict_id, remote=True) is None
    assert not take_remote(conflict_id)
    assert load_contact(cleo).title == "Principal Engineer"
