"""Undoable contact changes for the main window's undo stack.

Each change is written (on the writer's worker, see ``ui/writes``) *before* its command is
pushed; undo and redo write on the worker too. Undoing an add deletes with a full snapshot, so
redoing it restores the very same contact id that later commands may refer to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from netdesk.core.contacts import (
    DeletedContacts,
    delete_contacts,
    restore_contacts,
    set_referrer,
    update_contact,
)
from netdesk.core.duplicates import dismiss, undismiss
from netdesk.core.merge import MergeSnapshot, merge_contacts, undo_merge
from netdesk.core.text import isolate_bidi
from netdesk.core.tree import referral_of, restore_referral
from netdesk.models.records import ContactData, ReferralInfo
from netdesk.ui.shell.writes import WriteCommand, menu_text
from netdesk.ui.translations import Plural

__all__ = ["menu_text"]

Changed = Callable[[list[int]], None]
"""Told which contacts an undo or redo changed (none: refresh everything)."""


class _ContactCommand(WriteCommand):
    def __init__(self, text: str, changed: Changed) -> None:
        super().__init__(text)
        self._changed = changed

    def write_undo(self) -> list[int]:
        raise NotImplementedError

    def write_redo(self) -> list[int]:
        raise NotImplementedError

    def after(self, result: object) -> None:
        self._changed(list(result) if isinstance(result, list) else [])

    def dropped(self, error: BaseException) -> None:
        self._changed([])


class AddContactCommand(_ContactCommand):
    """Push after :func:`netdesk.core.contacts.create_contact` has created the contact."""

    def __init__(self, contact_id: int, name: str, changed: Changed) -> None:
        super().__init__(
            QCoreApplication.translate("undo", "Add {name}").format(name=isolate_bidi(name)),
            changed,
        )
        self.contact_id = contact_id
        self._snapshot: DeletedContacts | None = None

    def write_undo(self) -> list[int]:
        self._snapshot = delete_contacts([self.contact_id])
        return [self.contact_id]

    def write_redo(self) -> list[int]:
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
        super().__init__(
            QCoreApplication.translate("undo", "Edit {name}").format(name=isolate_bidi(after.name)),
            changed,
        )
        self.contact_id = contact_id
        self._before = before
        self._after = after

    def write_undo(self) -> list[int]:
        update_contact(self.contact_id, self._before)
        return [self.contact_id]

    def write_redo(self) -> list[int]:
        update_contact(self.contact_id, self._after)
        return [self.contact_id]


class DeleteContactsCommand(_ContactCommand):
    """Push after :func:`netdesk.core.contacts.delete_contacts` returned ``deleted``."""

    def __init__(self, deleted: DeletedContacts, names: Sequence[str], changed: Changed) -> None:
        if len(deleted.contact_ids) == 1 and names:
            label = QCoreApplication.translate("undo", "Delete {name}").format(
                name=isolate_bidi(names[0])
            )
        else:
            label = Plural.tr("Delete %Ln contacts", "", len(deleted.contact_ids))
        super().__init__(label, changed)
        self._deleted = deleted

    @property
    def contact_ids(self) -> list[int]:
        return list(self._deleted.contact_ids)

    def write_undo(self) -> list[int]:
        restore_contacts(self._deleted)
        return self.contact_ids

    def write_redo(self) -> list[int]:
        self._deleted = delete_contacts(self._deleted.contact_ids)
        return self.contact_ids


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
        super().__init__(
            QCoreApplication.translate("undo", "Move {name}").format(name=isolate_bidi(name)),
            changed,
        )
        self.contact_id = contact_id
        self.referrer_id = referrer_id
        self._before = before

    def write_undo(self) -> list[int]:
        restore_referral(self.contact_id, self._before)
        return [self.contact_id]

    def write_redo(self) -> list[int]:
        set_referrer(self.contact_id, self.referrer_id)
        return [self.contact_id]


def move_contact(contact_id: int, referrer_id: int | None) -> ReferralInfo | None:
    """Give a contact another referrer (None: someone you knew directly); raises on a loop.

    Returns the referral as it was, for :class:`SetReferrerCommand`. Runs on the writer's worker.
    """
    before = referral_of(contact_id)
    set_referrer(contact_id, referrer_id)
    return before


class MergeContactsCommand(_ContactCommand):
    """Push after :func:`netdesk.core.merge.merge_contacts` has merged; undo puts every removed
    contact back."""

    def __init__(self, snapshot: MergeSnapshot, name: str, changed: Changed) -> None:
        count = len(snapshot.removed) + 1
        super().__init__(
            Plural.tr("Merge %Ln contacts into {name}", "", count).format(name=isolate_bidi(name)),
            changed,
        )
        self._snapshot = snapshot

    @property
    def contact_id(self) -> int:
        return self._snapshot.plan.keep

    def write_undo(self) -> list[int]:
        undo_merge(self._snapshot)
        return [self.contact_id, *self._snapshot.removed]

    def write_redo(self) -> list[int]:
        self._snapshot = merge_contacts(self._snapshot.plan)
        return [self.contact_id]


class DismissDuplicatesCommand(_ContactCommand):
    """ "Not duplicates": push after :func:`netdesk.core.duplicates.dismiss` recorded the pairs;
    undo takes them back."""

    def __init__(self, ids: Sequence[int], pairs: list[tuple[int, int]], changed: Changed) -> None:
        super().__init__(
            Plural.tr("Not duplicates (%Ln contacts)", "", len(ids)),
            changed,
        )
        self._ids = list(ids)
        self._pairs = pairs

    def write_undo(self) -> list[int]:
        undismiss(self._pairs)
        return []

    def write_redo(self) -> list[int]:
        self._pairs = dismiss(self._ids)
        return []


class Change(Protocol):
    """A change already written, that can write its "before" or "after" back (core's
    ``MeetingChange``, ``RowsChange``, ``ImportChange``)."""

    def undo(self) -> None: ...
    def redo(self) -> None: ...


class ChangeCommand(WriteCommand):
    """A meeting saved or deleted, a call logged, an item ticked off, an import: a snapshot of
    the rows involved, written back on the worker.

    ``changed(error)`` runs after every undo or redo so the panels can refresh; ``error`` is the
    message when the database no longer allowed it (the step is then dropped).
    """

    def __init__(self, change: Change, text: str, changed: Callable[[str | None], None]) -> None:
        super().__init__(text)
        self._change = change
        self._changed = changed

    def write_undo(self) -> None:
        self._change.undo()

    def write_redo(self) -> None:
        self._change.redo()

    def after(self, result: object) -> None:
        self._changed(None)

    def dropped(self, error: BaseException) -> None:
        self._changed(str(error))
