"""Tools > Find duplicates...: contacts that are probably one person, and merging them.

The groups are found on a worker (:func:`netdesk.core.duplicates.find_duplicates`) with a
progress bar. Selecting a group shows the merge view: one column per contact, one row per field
where they differ, a radio button for the value to keep, and the lists that will be combined.
"Merge N contacts" runs on the window's undo stack (Ctrl+Z puts every contact back); "Not
duplicates" remembers the pairs so that they are not offered again (undoable too).

A panel like the others: :class:`Duplicates` gets the window's ``PanelContext`` and registers
``find-duplicates``, which the window puts in its Tools menu. An open dialog searches again when
the store says contacts (or the pairs marked "not duplicates") changed.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.duplicates import DuplicateGroup, FindCancelled, dismiss, find_duplicates
from netdesk.core.errors import NetDeskError
from netdesk.core.merge import MergePlan, MergeSnapshot, merge_contacts
from netdesk.core.text import isolate_bidi
from netdesk.models.store import Topic
from netdesk.ui.duplicates.merge_view import MergeView, plain_label
from netdesk.ui.icons import icon
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.store_signals import ChangeWatch
from netdesk.ui.shell.tasks import Progress, Task, run_task
from netdesk.ui.shell.undo import DismissDuplicatesCommand, MergeContactsCommand
from netdesk.ui.widgets import plain_tooltip

_GroupRole = int(Qt.ItemDataRole.UserRole) + 1


# The dialog -------------------------------------------------------------------------------------


class DuplicatesDialog(QDialog):
    """The groups on the left, the merge view of the selected one on the right."""

    search_finished = Signal()

    def __init__(self, integration: Duplicates, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.integration = integration
        self.setWindowTitle(self.tr("Find duplicates"))
        self.setWindowIcon(icon("find-duplicates"))
        self.found: list[DuplicateGroup] = []
        self._task: Task[Any] | None = None
        self._again = False

        self.status = plain_label()
        self.status.setObjectName("status")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.search_button = QPushButton(icon("find"), self.tr("Search &again"))
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.search)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.progress)
        top.addWidget(self.search_button)

        self.groups = QTreeWidget()
        self.groups.setObjectName("groups")
        self.groups.setAccessibleName(self.tr("Possible duplicates"))
        self.groups.setColumnCount(2)
        self.groups.setHeaderLabels([self.tr("People"), self.tr("Why")])
        self.groups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groups.setUniformRowHeights(True)
        self.groups.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.groups.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.groups.header().setStretchLastSection(False)
        self.groups.currentItemChanged.connect(lambda *_: self._group_selected())

        self.view = MergeView()
        self.view.included_changed.connect(self._update_buttons)
        self.view.rebuilt.connect(self._tab_order)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        splitter = QSplitter()
        splitter.addWidget(self.groups)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 580])

        self.merge_button = QPushButton(icon("merge"), "")
        self.merge_button.setObjectName("merge")
        self.merge_button.setAutoDefault(False)
        self.merge_button.clicked.connect(self.merge)
        self.dismiss_button = QPushButton(icon("not-duplicates"), self.tr("&Not duplicates"))
        self.dismiss_button.setObjectName("dismiss")
        self.dismiss_button.setAutoDefault(False)
        self.dismiss_button.setToolTip(
            self.tr("These are different people: do not offer them as duplicates again")
        )
        self.dismiss_button.clicked.connect(self.dismiss)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        buttons.addButton(self.dismiss_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        # Ctrl+Z and Ctrl+Shift+Z undo and redo a merge from here too.
        for name in ("undo", "redo"):
            action = integration.context.actions.get(name)
            if action is not None:
                self.addAction(action)
        self.resize(1000, 620)
        self._update_buttons()

    # Finding ---------------------------------------------------------------------------------

    def search(self) -> None:
        """Search again on a worker; a search asked for while one runs follows it."""
        if self._task is not None:
            self._again = True
            return
        self.status.setText(self.tr("Looking for contacts that are the same person..."))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.search_button.setEnabled(False)

        def work(progress: Progress) -> list[DuplicateGroup]:
            return find_duplicates(progress=progress, should_cancel=lambda: progress.cancelled)

        def set_progress(done: int, total: int) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

        self._task = run_task(work, self._found, on_progress=set_progress)

    def _found(self, groups: list[DuplicateGroup] | None, error: BaseException | None) -> None:
        self._task = None
        self.progress.hide()
        self.search_button.setEnabled(True)
        if self._again:
            self._again = False
            self.search()
            return
        if isinstance(error, FindCancelled):
            return
        if error is not None:
            self.status.setText(
                self.tr("Duplicates could not be searched: {error}").format(error=error)
            )
            self.search_finished.emit()
            return
        self._show_groups(groups or [])
        self.search_finished.emit()

    def _show_groups(self, groups: list[DuplicateGroup]) -> None:
        current = self.current_group()
        keep = frozenset(current.contact_ids) if current is not None else None
        top = self._top_item()
        row = self.groups.indexOfTopLevelItem(top) if current is not None and top is not None else 0
        self.found = groups
        self.groups.blockSignals(True)
        self.groups.clear()
        items = []
        for index, group in enumerate(groups):
            item = QTreeWidgetItem([" · ".join(group.display_names), self._why(group)])
            item.setData(0, _GroupRole, index)
            item.setToolTip(1, plain_tooltip(self._evidence(group)))
            for member in group.members:
                details = " · ".join(
                    p for p in (member.organization, member.email, member.phone) if p
                )
                child = QTreeWidgetItem([member.display_name, details])
                child.setData(0, _GroupRole, index)
                item.addChild(child)
            items.append(item)
        self.groups.addTopLevelItems(items)
        self.groups.expandAll()
        self.groups.blockSignals(False)
        count = len(groups)
        self.status.setText(
            self.tr("No duplicates found.")
            if not count
            else self.tr("%Ln groups of contacts that may be the same person.", "", count)
        )
        same = next((i for i, g in enumerate(groups) if frozenset(g.contact_ids) == keep), None)
        if same is not None:
            self.groups.blockSignals(True)
            self._select_top(same)
            self.groups.blockSignals(False)
            self._update_buttons()
        elif groups:
            self._select_top(min(max(row, 0), count - 1))
        else:
            self.view.clear()
            self._update_buttons()

    def _why(self, group: DuplicateGroup) -> str:
        texts = {
            "email": self.tr("same e-mail"),
            "phone": self.tr("same phone"),
            "linkedin": self.tr("same LinkedIn profile"),
            "name": self.tr("similar name"),
        }
        return ", ".join(texts[r] for r in group.reasons)

    def _evidence(self, group: DuplicateGroup) -> str:
        return "\n".join(f"{self._why_one(r)}: {value}" for r, value in group.evidence)

    def _why_one(self, reason: str) -> str:
        return {
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "linkedin": self.tr("LinkedIn"),
            "name": self.tr("Name"),
        }[reason]

    # Selection -------------------------------------------------------------------------------

    def _select_top(self, row: int) -> None:
        item = self.groups.topLevelItem(row)
        if item is not None:  # the row is in range
            self.groups.setCurrentItem(item)

    def _top_item(self) -> QTreeWidgetItem | None:
        item = self.groups.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item

    def current_group(self) -> DuplicateGroup | None:
        item = self._top_item()
        if item is None:
            return None
        index = item.data(0, _GroupRole)
        return self.found[index] if isinstance(index, int) and index < len(self.found) else None

    def _group_selected(self) -> None:
        group = self.current_group()
        if group is None:
            self.view.clear()
        elif group.contact_ids != sorted(self.view.members):
            try:
                self.view.show_group(group.contact_ids)
            except NetDeskError:
                self.view.clear()
                self.search()  # someone was deleted meanwhile: the list is out of date
        self._update_buttons()

    def _tab_order(self) -> None:
        """Tab goes from the list through the choices to the buttons (the view's widgets are
        created after the buttons, so Qt would put them last)."""
        chain = [
            self.search_button,
            self.groups,
            *self.view.focus_order(),
            self.dismiss_button,  # as the button box shows them
            self.merge_button,
            self.close_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _update_buttons(self) -> None:
        included = self.view.included if self.view.members else []
        self.merge_button.setText(self.tr("&Merge %Ln contacts", "", max(len(included), 2)))
        self.merge_button.setEnabled(len(included) >= 2 and self.view.plan is not None)
        self.dismiss_button.setEnabled(self.current_group() is not None)

    # Actions ---------------------------------------------------------------------------------

    def merge(self) -> bool:
        plan = self.view.plan
        if plan is None or len(self.view.included) < 2:
            return False
        assert self.view.full is not None
        name_from = plan.choices.get("name", plan.keep)
        name = self.view.full.contacts[name_from].display_name
        return self.integration.merge(plan, name, self, self._drop_current)

    def dismiss(self) -> None:
        group = self.current_group()
        if group is None:
            return
        self.integration.dismiss(group.contact_ids, self, self._drop_current)

    def _drop_current(self) -> None:
        """The group is done: out of the list at once, before the search again confirms it."""
        item = self._top_item()
        if item is None:
            return
        row = self.groups.indexOfTopLevelItem(item)
        self.groups.takeTopLevelItem(row)
        self.view.clear()
        if self.groups.topLevelItemCount():
            self._select_top(min(row, self.groups.topLevelItemCount() - 1))
        self._update_buttons()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None:
            self._task.cancel()
        super().closeEvent(event)

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
        super().reject()


# The window's side ------------------------------------------------------------------------------


class Duplicates(QObject):
    """Tools > Find duplicates... of one main window, and the undoable merge and dismissal."""

    def __init__(self, context: PanelContext) -> None:
        super().__init__(context.dialog_parent)
        self.context = context
        self.widget: QWidget = context.dialog_parent
        self.dialog: DuplicatesDialog | None = None
        self.action = context.actions.add(
            "find-duplicates",
            QAction(
                icon("find-duplicates"),
                QCoreApplication.translate("Duplicates", "Find &duplicates..."),
                self.widget,
            ),
        )
        self.action.setStatusTip(
            QCoreApplication.translate(
                "Duplicates",
                "Contacts that are probably the same person: merge them, or say they are not",
            )
        )
        self.action.triggered.connect(self.open)
        self._watch = ChangeWatch(
            context.signals,
            (Topic.CONTACTS, Topic.DUPLICATES),
            lambda _changes: self._contacts_changed(),
            self,
        )

    def open(self) -> DuplicatesDialog:
        if self.dialog is not None:
            self.dialog.show()
            self.dialog.raise_()
            self.dialog.activateWindow()
            self.dialog.search()
            return self.dialog
        dialog = DuplicatesDialog(self, self.widget)
        self.dialog = dialog
        dialog.show()
        dialog.search()
        return dialog

    def _contacts_changed(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.search()

    def merge(self, plan: MergePlan, name: str, parent: QWidget, done: Callable[[], None]) -> bool:
        """Merge on the window's writer; ``done()`` follows once it is written."""
        count = len(plan.contact_ids)

        def merged(snapshot: MergeSnapshot) -> None:
            command = MergeContactsCommand(snapshot, name, self._undo_changed)
            self.context.undo_stack.push(command)
            self.context.show_status(
                self.tr(
                    "Merged %Ln contacts into {name}. {undo} puts them back.",
                    "",
                    count,
                ).format(
                    name=isolate_bidi(name),
                    undo=QKeySequence(QKeySequence.StandardKey.Undo).toString(
                        QKeySequence.SequenceFormat.NativeText
                    ),
                ),
                15_000,
            )
            self.context.selection.select(command.contact_id)
            if shiboken6.isValid(parent):
                done()

        self.context.writer.write(
            lambda: merge_contacts(plan),
            merged,
            failure=QCoreApplication.translate("Duplicates", "The contacts were not merged."),
            parent=parent,
        )
        return True

    def dismiss(self, ids: list[int], parent: QWidget, done: Callable[[], None]) -> bool:
        """Remember "Not duplicates" on the window's writer; ``done()`` follows."""

        def dismissed(pairs: list[tuple[int, int]]) -> None:
            command = DismissDuplicatesCommand(ids, pairs, lambda _ids: None)
            self.context.undo_stack.push(command)
            if shiboken6.isValid(parent):
                done()

        self.context.writer.write(
            lambda: dismiss(ids),
            dismissed,
            failure=QCoreApplication.translate("Duplicates", "That was not saved."),
            parent=parent,
        )
        return True

    def _undo_changed(self, ids: list[int]) -> None:
        """A merge undone or redone: the contact kept is selected (the rest follows the store)."""
        if ids:
            self.context.selection.select(ids[0])
