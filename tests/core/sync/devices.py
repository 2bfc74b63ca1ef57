"""Two NetDesk databases (two devices) syncing through one server, in this process.

The store holds one open database at a time, so each step opens the device's file, does its
work and closes it again, as two separate runs of the app would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from netdesk.core.contacts import create_contact, load_contact, update_contact
from netdesk.core.sync.accounts import AccountInput, add_account
from netdesk.core.sync.contacts import SyncSummary, sync_account
from netdesk.models import close_db, init_db
from netdesk.models.records import ContactData, Email
from netdesk.models.sync_state import contact_uids

T = TypeVar("T")


@contextmanager
def opened(path: Path) -> Iterator[None]:
    init_db(path)
    try:
        yield
    finally:
        close_db()


@dataclass
class Device:
    path: Path
    account_id: int = 0

    def run(self, step: Callable[[], T]) -> T:
        with opened(self.path):
            return step()

    def sync(self) -> SyncSummary:
        return self.run(lambda: sync_account(self.account_id))

    def add(self, name: str, email: str = "", **fields: object) -> int:
        data = ContactData(display_name=name, emails=[Email(email)] if email else [])
        for key, value in fields.items():
            setattr(data, key, value)
        return self.run(lambda: create_contact(data))

    def edit(self, contact_id: int, **fields: object) -> None:
        def step() -> None:
            data = load_contact(contact_id)
            for key, value in fields.items():
                setattr(data, key, value)
            update_contact(contact_id, data)

        self.run(step)

    def contacts(self) -> dict[str, ContactData]:
        """Everyone, by display name."""

        def step() -> dict[str, ContactData]:
            found = [load_contact(i) for i in contact_uids()]
            return {d.display_name: d for d in found}

        return self.run(step)

    def id_of(self, name: str) -> int:
        def step() -> int:
            for contact_id in contact_uids():
                if load_contact(contact_id).display_name == name:
                    return contact_id
            raise KeyError(name)

        return self.run(step)


def device(path: Path, url: str) -> Device:
    """A fresh database with an account on the address book at ``url``."""
    found = Device(path)
    found.account_id = found.run(lambda: add_account(AccountInput(url)))
    return found
