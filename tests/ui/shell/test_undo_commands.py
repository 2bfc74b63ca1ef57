"""The undo steps of ``ui/shell/undo.py`` on their own, through a writer: each puts the database
back as it was on undo and forward again on redo, tells which contacts changed, and names itself
for the Edit menu."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact, delete_contacts, load_contact, update_contact
from netdesk.core.duplicates import dismiss, dismissed_pairs
from netdesk.core.errors import NotFoundError, ReferralCycleError
from netdesk.core.merge import merge_contacts, prepare_merge
from netdesk.core.referrals import referrer_of
from netdesk.models.records import ContactData, Email, ReferralInfo
from netdesk.ui.shell.tasks import wait_for_tasks
from netdesk.ui.shell.undo import (
    AddContactCommand,
    ChangeCommand,
    DeleteContactsCommand,
    DismissDuplicatesCommand,
    EditContactCommand,
    MergeContactsCommand,
    SetReferrerCommand,
    move_contact,
)
from netdesk.ui.shell.writes import Writer


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """What the writer belongs to in the app: the window (its messages are the window's)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def writer(qtbot: QtBot, db: Path, host: QWidget) -> Iterator[Writer]:
    writer = Writer(host)
    yield writer
    qtbot.waitUntil(lambda: not writer.busy, timeout=10_000)
    wait_for_tasks()


def _undo(qtbot: QtBot, writer: Writer) -> None:
    writer.undo_stack.undo()
    qtbot.waitUntil(lambda: not writer.busy, timeout=10_000)


def _redo(qtbot: QtBot, writer: Writer) -> None:
    writer.undo_stack.redo()
    qtbot.waitUntil(lambda: not writer.busy, timeout=10_000)


def _exists(contact_id: int) -> bool:
    try:
        load_contact(contact_id)
    except NotFoundError:
        return False
    return True


def test_adding_is_undone_and_redone_with_the_same_id(qtbot: QtBot, writer: Writer) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    ann = create_contact(
        ContactData(
            display_name="Ann Lee", emails=[Email("ann@x.org", "work")], referral=ReferralInfo(sara)
        )
    )
    changed: list[list[int]] = []
    writer.undo_stack.push(AddContactCommand(ann, "Ann Lee", changed.append))
    assert writer.undo_stack.undoText() == "Add Ann Lee"
    assert changed == []  # pushing writes nothing: the contact is already there
    _undo(qtbot, writer)
    assert not _exists(ann) and changed == [[ann]]
    _redo(qtbot, writer)
    back = load_contact(ann)
    assert back.display_name == "Ann Lee" and [e.address for e in back.emails] == ["ann@x.org"]
    assert referrer_of(ann) == sara
    assert changed == [[ann], [ann]]


def test_an_edit_is_undone_and_redone(qtbot: QtBot, writer: Writer) -> None:
    before = ContactData(display_name="Bo Kim", title="Analyst")
    bo = create_contact(before)
    after = ContactData(display_name="Bo Kim-Larsen", title="Lead")
    update_contact(bo, after)
    changed: list[list[int]] = []
    writer.undo_stack.push(EditContactCommand(bo, before, after, changed.append))
    assert writer.undo_stack.undoText() == "Edit Bo Kim-Larsen"
    _undo(qtbot, writer)
    assert (load_contact(bo).display_name, load_contact(bo).title) == ("Bo Kim", "Analyst")
    _redo(qtbot, writer)
    assert (load_contact(bo).display_name, load_contact(bo).title) == ("Bo Kim-Larsen", "Lead")
    assert changed == [[bo], [bo]]


def test_a_delete_is_undone_with_every_part_and_link(qtbot: QtBot, writer: Writer) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith", emails=[Email("s@x.org")]))
    john = create_contact(ContactData(display_name="John Public", referral=ReferralInfo(sara)))
    deleted = delete_contacts([sara, john])
    changed: list[list[int]] = []
    writer.undo_stack.push(
        DeleteContactsCommand(deleted, ["Sara Smith", "John Public"], changed.append)
    )
    assert writer.undo_stack.undoText() == "Delete 2 contacts"
    _undo(qtbot, writer)
    assert load_contact(sara).emails == [Email("s@x.org")]
    assert referrer_of(john) == sara
    assert sorted(changed[-1]) == sorted([sara, john])
    _redo(qtbot, writer)
    assert not _exists(sara) and not _exists(john)


def test_a_single_delete_is_named_for_the_person(writer: Writer) -> None:
    ann = create_contact(ContactData(display_name="Tom & Jerry"))
    command = DeleteContactsCommand(delete_contacts([ann]), ["Tom & Jerry"], lambda _ids: None)
    assert command.text() == "Delete Tom && Jerry"  # the & stays an ampersand in the menu
    assert command.contact_ids == [ann]


def test_a_move_under_another_referrer_is_undone(qtbot: QtBot, writer: Writer) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    bob = create_contact(ContactData(display_name="Bob Brown"))
    ann = create_contact(ContactData(display_name="Ann Lee", referral=ReferralInfo(sara)))
    before = move_contact(ann, bob)
    assert before is not None and before.referrer_id == sara
    changed: list[list[int]] = []
    writer.undo_stack.push(SetReferrerCommand(ann, "Ann Lee", before, bob, changed.append))
    assert writer.undo_stack.undoText() == "Move Ann Lee"
    _undo(qtbot, writer)
    assert referrer_of(ann) == sara
    _redo(qtbot, writer)
    assert referrer_of(ann) == bob
    assert changed == [[ann], [ann]]


def test_a_move_that_would_make_a_loop_is_refused(writer: Writer) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    ann = create_contact(ContactData(display_name="Ann Lee", referral=ReferralInfo(sara)))
    with pytest.raises(ReferralCycleError):
        move_contact(sara, ann)
    assert referrer_of(sara) is None and referrer_of(ann) == sara


def test_a_merge_is_undone_and_redone(qtbot: QtBot, writer: Writer) -> None:
    ann = create_contact(ContactData(display_name="Ann Lee", emails=[Email("ann@x.org")]))
    again = create_contact(ContactData(display_name="Ann Lee", title="CTO"))
    snapshot = merge_contacts(prepare_merge([ann, again]).plan)
    keep = snapshot.plan.keep
    gone = snapshot.removed[0]
    changed: list[list[int]] = []
    writer.undo_stack.push(MergeContactsCommand(snapshot, "Ann Lee", changed.append))
    assert writer.undo_stack.undoText() == "Merge 2 contacts into Ann Lee"
    _undo(qtbot, writer)
    assert _exists(ann) and _exists(again)
    assert changed[-1] == [keep, gone]
    _redo(qtbot, writer)
    assert _exists(keep) and not _exists(gone)
    merged = load_contact(keep)
    assert merged.title == "CTO" and [e.address for e in merged.emails] == ["ann@x.org"]


def test_not_duplicates_is_undone_and_redone(qtbot: QtBot, writer: Writer) -> None:
    ids = [create_contact(ContactData(display_name="Ann Lee")) for _ in range(3)]
    pairs = dismiss(ids)
    assert len(pairs) == 3
    writer.undo_stack.push(DismissDuplicatesCommand(ids, pairs, lambda _ids: None))
    assert writer.undo_stack.undoText() == "Not duplicates (3 contacts)"
    _undo(qtbot, writer)
    assert dismissed_pairs() == set()
    _redo(qtbot, writer)
    assert dismissed_pairs() == {(min(a, b), max(a, b)) for a, b in pairs}


class _Logged:
    """A change already written (a call logged): records each undo and redo."""

    def __init__(self, fail_with: BaseException | None = None) -> None:
        self.calls: list[str] = []
        self.fail_with = fail_with

    def undo(self) -> None:
        if self.fail_with is not None:
            raise self.fail_with
        self.calls.append("undo")

    def redo(self) -> None:
        self.calls.append("redo")


def test_a_change_is_undone_and_redone_on_the_worker(qtbot: QtBot, writer: Writer) -> None:
    change = _Logged()
    told: list[str | None] = []
    writer.undo_stack.push(ChangeCommand(change, "Log call", told.append))
    _undo(qtbot, writer)
    _redo(qtbot, writer)
    assert change.calls == ["undo", "redo"] and told == [None, None]
    assert writer.undo_stack.index() == 1


def test_a_change_the_database_no_longer_allows_leaves_the_stack(
    qtbot: QtBot, writer: Writer, host: QWidget
) -> None:
    """Someone deleted what the step refers to: it is dropped, and the panels are told why."""
    change = _Logged(sqlite3.IntegrityError("FOREIGN KEY constraint failed"))
    told: list[str | None] = []
    writer.undo_stack.push(ChangeCommand(change, "Tick off call", told.append))
    _undo(qtbot, writer)
    assert told == ["FOREIGN KEY constraint failed"]
    assert writer.undo_stack.count() == 0 and not writer.undo_stack.canUndo()
    box = host.findChild(QMessageBox)
    assert box is not None and "could not be undone" in box.text()
