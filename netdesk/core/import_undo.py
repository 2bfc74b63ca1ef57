"""An import as one undoable step.

Undo removes exactly the contacts the import created (with the tags and companies only they
used) and puts the contacts it merged into back as they were: their fields, e-mails, phones,
addresses, links, tags and referrer, from a copy taken in the import's own transaction. Redo puts
both back as the import left them, with the same ids, so later undo steps still find them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from netdesk.core.importing import Choice, ImportPlan, ImportSummary, apply_import
from netdesk.models import contact_undo
from netdesk.models.contact_undo import ContactRows, DeletedContacts, Lookups
from netdesk.models.contacts import next_contact_id
from netdesk.models.sql import TableRows
from netdesk.models.store import store


@dataclass
class ImportChange:
    """An import already written, with what undoing and redoing it needs."""

    created: list[int]
    merged_before: ContactRows
    lookups: Lookups
    """The last company and tag before the import: those after it are the import's."""
    merged_after: ContactRows | None = None
    created_rows: DeletedContacts | None = None
    new_lookups: tuple[TableRows, ...] = field(default_factory=tuple)

    def undo(self) -> None:
        with store.transaction():
            self.merged_after = contact_undo.snapshot_contacts(self.merged_before.ids)
            self.new_lookups = contact_undo.lookups_since(self.lookups)
            self.created_rows = contact_undo.delete_contacts(self.created)
            contact_undo.restore_snapshot(self.merged_before)
            contact_undo.drop_unused_lookups(self.lookups)

    def redo(self) -> None:
        assert self.created_rows is not None and self.merged_after is not None
        with store.transaction():
            contact_undo.restore_lookups(self.new_lookups)
            contact_undo.restore_contacts(self.created_rows)
            contact_undo.restore_snapshot(self.merged_after)


def import_with_undo(
    plan: ImportPlan, *, choices: Mapping[int, Choice | str] | None = None, **options: Any
) -> tuple[ImportSummary, ImportChange]:
    """:func:`apply_import` in one transaction, also returning the change so it can be undone."""
    with store.transaction():
        first_new = next_contact_id()
        lookups = contact_undo.lookups_now()
        candidates = {item.match_id for item in plan.items if item.match_id is not None}
        before = contact_undo.snapshot_contacts(candidates)
        summary = apply_import(plan, choices=choices, **options)
        touched = set(summary.contact_ids)
        created = sorted(i for i in touched if i >= first_new)
        merged = before.only(i for i in before.ids if i in touched)
    return summary, ImportChange(created, merged, lookups)
