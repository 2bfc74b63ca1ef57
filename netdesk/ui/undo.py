"""Undoable contact changes for the main window's QUndoStack.

Each change is carried out (and may fail with a message for the user) *before* its command is
pushed; the command's first redo() therefore does nothing. Undoing an add deletes with a full
snapshot, so redoing it restores the very same contact id that later commands may refer to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from netdesk.core.contacts import (
    ContactData,
    DeletedContacts,
    ReferralInfo,
    create_contact,
    delete_contacts,
    restore_contacts,
    set_referrer,
    update_contact,
)
from netdesk.core.duplicates import dismiss, undismiss
from netdesk.core.merge import MergePlan, MergeSnapshot, merge_contacts, undo_merge
from netdesk.core.text import isolate_bidi
from netdesk.core.tree import referral_of, restore_referral

Changed = Callable[[list[int], Exception | None], None]
"""Told which contacts an undo or redo changed, or the error that stopped it."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


def menu_text(text: str) -> str:
    """``text`` for the Undo/Redo menu entries: an ``&`` in a name stays an ampersand instead of
    turning the next letter into a keyboard shortcut."""
    return text.replace("&", "&&")


class _ContactCommand(QUndoCommand):
    def __init__(self, text: str, changed: Changed) -> None:
        super().__init__(menu_text(text))
        self._first = True
        self._changed = changed

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], list[int]]) -> None:
        try:
            ids = step()
        except Exception as exc:  # e.g. a referrer deleted since: shown to the user
            self._changed([], exc)
            return
        self._changed(ids, None)

    def _redo(self) -> list[int]:
        raise NotImplementedError

    def _undo(self) -> list[int]:
        raise NotImplementedError


class AddContactCommand(_ContactCommand):
    """Push after :func:`add_contact` has created the contact."""

    def __init__(self, contact_id: int, name: str, changed: Changed) -> None:
        super().__init__(_tr("Add {name}").format(name=isolate_bidi(name)), changed)
        self.contact_id = contact_id
        self._snapshot: DeletedContacts | None = None

    def _undo(self) -> list[int]:
        self._snapshot = delete_contacts([self.contact_id])
        return [self.contact_id]

    def _redo(self) -> list[int]:
        assert self._snapshot is not None
        restore_contacts(self._snapshot)
        return [self.contact_id]


class EditContactCommand(_ContactCommand):
    def __init__(
        self,
        contact_id: int,
        before: ContactData,
        after: ContactData,
        changed: Changed,
    ) -> None:
        super().__init__(_tr("Edit {name}").format(name=isolate_bidi(after.name)), changed)
        self.contact_id = contact_id
        self._before = before
        self._after = after

    def _undo(self) -> list[int]:
        update_contact(self.contact_id, self._before)
        return [self.contact_id]

    def _redo(self) -> list[int]:
        update_contact(self.contact_id, self._after)
        return [self.contact_id]


class DeleteContactsCommand(_ContactCommand):
    def __init__(self, deleted: DeletedContacts, label: str, changed: Changed) -> None:
        super().__init__(label, changed)
        self._deleted = deleted

    @property
    def contact_ids(self) -> list[int]:
        return list(self._deleted.contact_ids)

    def _undo(self) -> list[int]:
        restore_contacts(self._deleted)
        return self.contact_ids

    def _redo(self) -> list[int]:
        self._deleted = delete_contacts(self._deleted.contact_ids)
        return self.contact_ids


def add_contact(data: ContactData, changed: Changed) -> AddContactCommand:
    """Create the contact (raises ValidationError) and return the command to push."""
    contact_id = create_contact(data)
    return AddContactCommand(contact_id, data.name, changed)


def edit_contact(
    contact_id: int,
    before: ContactData,
    after: ContactData,
    changed: Changed,
) -> EditContactCommand:
    update_contact(contact_id, after)
    return EditContactCommand(contact_id, before, after, changed)


def remove_contacts(
    ids: Sequence[int], names: Sequence[str], changed: Changed
) -> DeleteContactsCommand:
    deleted = delete_contacts(ids)
    if len(deleted.contact_ids) == 1 and names:
        label = _tr("Delete {name}").format(name=isolate_bidi(names[0]))
    else:
        label = _tr("Delete {count} contacts").format(count=len(deleted.contact_ids))
    return DeleteContactsCommand(deleted, label, changed)


class SetReferrerCommand(_ContactCommand):
    """Push after :func:`move_contact` has moved the contact under another referrer."""

    def __init__(
        self,
        contact_id: int,
        name: str,
        before: ReferralInfo | None,
        referrer_id: int | None,
        changed: Changed,
    ) -> None:
        super().__init__(_tr("Move {name}").format(name=isolate_bidi(name)), changed)
        self.contact_id = contact_id
        self.referrer_id = referrer_id
        self._before = before

    def _undo(self) -> list[int]:
        restore_referral(self.contact_id, self._before)
        return [self.contact_id]

    def _redo(self) -> list[int]:
        set_referrer(self.contact_id, self.referrer_id)
        return [self.contact_id]


def move_contact(
    contact_id: int, referrer_id: int | None, name: str, changed: Changed
) -> SetReferrerCommand:
    """Give a contact another referrer (None: someone you knew directly); raises on a loop."""
    before = referral_of(contact_id)
    set_referrer(contact_id, referrer_id)
    return SetReferrerCommand(contact_id, name, before, referrer_id, changed)


class MergeContactsCommand(_ContactCommand):
    """Push after :func:`merge_duplicates` has merged; undo puts every removed contact back."""

    def __init__(self, snapshot: MergeSnapshot, name: str, changed: Changed) -> None:
        count = len(snapshot.removed) + 1
        super().__init__(
            _tr("Merge {count} contacts into {name}").format(count=count, name=isolate_bidi(name)),
            changed,
        )
        self._snapshot = snapshot

    @property
    def contact_id(self) -> int:
        return self._snapshot.plan.keep

    def _undo(self) -> list[int]:
        undo_merge(self._snapshot)
        return [self.contact_id, *self._snapshot.removed]

    def _redo(self) -> list[int]:
        self._snapshot = merge_contacts(self._snapshot.plan)
        return [self.contact_id]


def merge_duplicates(plan: MergePlan, name: str, changed: Changed) -> MergeContactsCommand:
    """Merge (raises NetDeskError, ReferralCycleError) and return the command to push."""
    return MergeContactsCommand(merge_contacts(plan), name, changed)


class DismissDuplicatesCommand(_ContactCommand):
    """ "Not duplicates": the pairs recorded, taken back by undo."""

    def __init__(self, ids: Sequence[int], pairs: list[tuple[int, int]], changed: Changed) -> None:
        super().__init__(_tr("Not duplicates ({count} contacts)").format(count=len(ids)), changed)
        self._ids = list(ids)
        self._pairs = pairs

    def _undo(self) -> list[int]:
        undismiss(self._pairs)
        return []

    def _redo(self) -> list[int]:
        self._pairs = dismiss(self._ids)
        return []


def dismiss_duplicates(ids: Sequence[int], changed: Changed) -> DismissDuplicatesCommand:
    return DismissDuplicatesCommand(ids, dismiss(ids), changed)
