"""Adding, editing and deleting contacts: the editor, written on the writer, undoably.

One editor at a time (window-modal): asking for another brings the open one forward. What it
holds is written on the window's writer and the editor closes once it is written; a refusal
(invalid fields, a read-only or damaged database) is shown in the editor, which stays open.
Deleting asks first, names shown as plain text. Each write puts its undo step on the stack.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from netdesk.core.contacts import (
    DeletedContacts,
    create_contact,
    delete_contacts,
    display_names,
    load_contact,
    new_contact_defaults,
    update_contact,
)
from netdesk.core.errors import FieldError, NetDeskError, ValidationError
from netdesk.core.query import fetch_rows
from netdesk.core.text import isolate_bidi
from netdesk.models.errors import explain
from netdesk.models.records import ContactData
from netdesk.models.store import store
from netdesk.ui.contacts.editor import ContactEditor
from netdesk.ui.shell.undo import AddContactCommand, DeleteContactsCommand, EditContactCommand
from netdesk.ui.shell.writes import PendingWrite, WriteCommand, Writer
from netdesk.ui.widgets import confirm

log = logging.getLogger(__name__)


class ContactEditing(QObject):
    """The window's editor and deletions. ``select`` makes a contact current (once the table
    shows it); ``warn(title, message)`` and ``refresh`` are the window's."""

    def __init__(
        self,
        writer: Writer,
        select: Callable[[int], None],
        warn: Callable[[str, str], None],
        refresh: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._writer = writer
        self._select = select
        self._warn = warn
        self._refresh = refresh
        self._widget = parent
        self.editor: ContactEditor | None = None

    def open_editor(
        self, contact_id: int | None, *, referred: bool = False
    ) -> ContactEditor | None:
        """Open the editor (window-modal) for a contact, or for a new one when None (a warm
        acquaintance, or a warm lead someone ``referred`` the user to)."""
        if self.editor is not None:
            self.editor.raise_()
            self.editor.activateWindow()
            return self.editor
        try:
            before = load_contact(contact_id) if contact_id is not None else None
        except NetDeskError as exc:
            self._warn(self.tr("This contact cannot be opened"), str(exc))
            self._refresh()
            return None
        except (ValueError, TypeError) as exc:  # a stored value no NetDesk writes
            log.warning("Contact %s cannot be read: %r", contact_id, exc)
            self._warn(
                self.tr("This contact cannot be opened"),
                self.tr(
                    "This contact is damaged in the file ({problem}), so it cannot be edited. "
                    "The rest of your network works as before; File > Restore from backup... "
                    "brings back the last good copy."
                ).format(problem=exc),
            )
            return None

        pending: list[PendingWrite] = []

        def save(data: ContactData) -> bool:
            pending[:] = [self._write_contact(editor, contact_id, before, data)]
            return True

        start = before if before is not None else new_contact_defaults(referred=referred)
        editor = ContactEditor(save, start, contact_id, self._widget)
        row = fetch_rows([contact_id]).get(contact_id) if contact_id is not None else None
        if row is not None and row.damage:
            log.warning("Contact %s is damaged: %s", contact_id, row.damage)
            editor.show_damage(row.damage)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(self._editor_closed)

        def cancel_save() -> None:
            if pending:
                pending[0].cancel()

        editor.cancel_save_requested.connect(cancel_save)
        self.editor = editor
        editor.open()
        return editor

    def add_referred_person(self, referrer_id: int, name: str) -> ContactEditor | None:
        """The editor for a new contact whom ``referrer_id`` (called ``name``) referred; an
        editor already open is brought forward instead, as it is."""
        if self.editor is not None:
            return self.open_editor(None)
        editor = self.open_editor(None, referred=True)
        if editor is not None:
            editor.set_referrer(referrer_id, name)
            editor.tabs.setCurrentIndex(0)
        return editor

    def _write_contact(
        self,
        editor: ContactEditor,
        contact_id: int | None,
        before: ContactData | None,
        data: ContactData,
    ) -> PendingWrite:
        """Store what the editor holds on the writer; the editor closes once it is written."""

        def work() -> int:
            if contact_id is None or before is None:
                return create_contact(data)
            update_contact(contact_id, data)
            return contact_id

        def done(written_id: int) -> None:
            if contact_id is None or before is None:
                command: WriteCommand = AddContactCommand(written_id, data.name, self.undo_changed)
            else:
                command = EditContactCommand(contact_id, before, data, self.undo_changed)
            self._writer.undo_stack.push(command)
            self._select(written_id)  # the table shows it once it has read the change
            if shiboken6.isValid(editor):
                editor.saved()

        def refused(error: BaseException) -> bool:
            """Shown in the editor, which stays open: what it refused, or what the database
            could not do (read-only, damaged, a full disk at commit)."""
            if isinstance(error, ValidationError):
                editor.show_errors(error.errors)
                return True
            known: BaseException | None = error if isinstance(error, NetDeskError) else None
            known = known or explain(error, store.path)
            if known is None:
                return False
            editor.show_errors([FieldError("", str(known))])
            return True

        return self._writer.write(
            work,
            done,
            failure=self.tr("The contact was not saved."),
            parent=editor,
            refused=refused,
            given_up=editor.save_stopped,
            notice=editor.show_save_notice,
        )

    def _editor_closed(self) -> None:
        self.editor = None

    def delete(self, ids: list[int], ask: Callable[[list[str]], bool]) -> None:
        """Delete ``ids`` once ``ask`` (given their names, in order) says yes."""
        if not ids:
            return
        names = display_names(ids)
        ordered = [names.get(i, "") for i in ids]
        if not ask(ordered):
            return

        def done(deleted: DeletedContacts) -> None:
            self._writer.undo_stack.push(DeleteContactsCommand(deleted, ordered, self.undo_changed))

        self._writer.write(
            lambda: delete_contacts(ids), done, failure=self.tr("The contacts were not deleted.")
        )

    def confirm_delete(self, names: list[str]) -> bool:
        """Ask before deleting, with buttons naming it; the names are shown as plain text."""
        count = len(names)
        shown = names[:10] + (["..."] if count > 10 else [])
        return confirm(
            self._widget,
            self.tr("Delete contacts"),
            self.tr("Delete {name}?").format(name=isolate_bidi(names[0]))
            if count == 1
            else self.tr("Delete these %Ln contacts?", "", count),
            self.tr("&Delete this contact")
            if count == 1
            else self.tr("&Delete %Ln contacts", "", count),
            self.tr("&Keep it") if count == 1 else self.tr("&Keep them"),
            informative=self.tr(
                "People they referred move up to whoever referred them. "
                "You can undo this with {shortcut}."
            ).format(
                shortcut=QKeySequence(QKeySequence.StandardKey.Undo).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            ),
            details="" if count == 1 else "\n".join(shown),
            default_do=True,  # undo takes it back
        )

    def undo_changed(self, ids: list[int]) -> None:
        """An undo or redo changed ``ids``: a single contact is selected (once shown)."""
        if len(ids) == 1:
            self._select(ids[0])
