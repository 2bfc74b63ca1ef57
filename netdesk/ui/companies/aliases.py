"""The company's other names ("Globex Corp.", "GLOBEX"): add and remove them, each an undoable
step, and merging one company into another, confirmed with what moves.

Both dialogs write through the window's writer; the page re-reads when the store says the
companies changed, so nothing here refreshes another view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.companies import (
    MergePreview,
    add_alias,
    aliases,
    company_names,
    find_company,
    merge_companies,
    merge_preview,
    remove_alias,
)
from netdesk.core.errors import NetDeskError
from netdesk.core.row_undo import RowsChange
from netdesk.core.text import isolate_bidi
from netdesk.ui.icons import icon
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.tasks import Task, run_task
from netdesk.ui.shell.undo import ChangeCommand
from netdesk.ui.theme import secondary


def write_change(
    context: PanelContext,
    parent: QWidget,
    work: Callable[[], RowsChange],
    text: str,
    written: str,
    failure: str,
    after: Callable[[str | None], None] | None = None,
) -> None:
    """Run ``work`` on the writer and push it on the undo stack as ``text``; a refusal (a
    name taken, a company gone) is said on the status bar and in ``after``."""

    def changed(error: str | None) -> None:
        if error:
            context.show_status(error, 8000)
        if after is not None and shiboken6.isValid(parent):
            after(error)

    def done(change: RowsChange) -> None:
        context.undo_stack.push(ChangeCommand(change, text, changed))
        context.show_status(written, 5000)
        changed(None)

    def refused(error: BaseException) -> bool:
        if not isinstance(error, NetDeskError):
            return False
        changed(str(error))
        return True

    context.writer.write(work, done, failure=failure, parent=parent, refused=refused)


class AliasDialog(QDialog):
    """The other names of one company."""

    names_changed = Signal()

    def __init__(
        self,
        context: PanelContext,
        company_id: int,
        company: str,
        names: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._company_id = company_id
        self._company = company
        self._task: Task[Any] | None = None
        self.setWindowTitle(self.tr("Names of {company}").format(company=company))
        intro = secondary(
            QLabel(
                self.tr(
                    "A posting, a card or an import that names the company by any of these "
                    "finds {company}."
                ).format(company=isolate_bidi(company)),
                self,
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Other names"))
        self.list.addItems(names)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Another name, such as Globex Corp."))
        self.name.setAccessibleName(self.tr("New name"))
        self.add_button = QPushButton(icon("add-row"), self.tr("&Add"), self)
        self.remove_button = QPushButton(icon("remove-row"), self.tr("&Remove"), self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setProperty("role", "error")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.name.textChanged.connect(lambda _t: self._update())
        self.list.currentRowChanged.connect(lambda _r: self._update())
        self.resize(420, 360)
        self._update()

    def names(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())]

    def _update(self) -> None:
        self.add_button.setEnabled(bool(self.name.text().strip()))
        self.remove_button.setEnabled(self.list.currentItem() is not None)

    def add(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        company_id = self._company_id
        write_change(
            self._context,
            self,
            lambda: add_alias(company_id, name),
            self.tr("Add the name {name}").format(name=isolate_bidi(name)),
            self.tr("{company} is also known as {name}.").format(
                company=isolate_bidi(self._company), name=isolate_bidi(name)
            ),
            self.tr("The name was not added."),
            lambda error: self._written(error, clear=True),
        )

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name, company_id = item.text(), self._company_id
        write_change(
            self._context,
            self,
            lambda: remove_alias(company_id, name),
            self.tr("Remove the name {name}").format(name=isolate_bidi(name)),
            self.tr("{name} is no longer a name of {company}.").format(
                company=isolate_bidi(self._company), name=isolate_bidi(name)
            ),
            self.tr("The name was not removed."),
            lambda error: self._written(error, clear=False),
        )

    def _written(self, error: str | None, *, clear: bool) -> None:
        self.error.setVisible(bool(error))
        self.error.setText(error or "")
        if error is None and clear:
            self.name.clear()
        company_id = self._company_id

        def done(result: list[str] | None, failed: BaseException | None) -> None:
            if failed is None and result is not None:
                self.list.clear()
                self.list.addItems(result)
                self._update()
                self.names_changed.emit()

        self._task = run_task(lambda _p: aliases(company_id), done, owner=self)


class MergeDialog(QDialog):
    """Merge the selected company into another: pick it by name, read what moves, confirm."""

    preview_shown = Signal()

    def __init__(
        self, context: PanelContext, other_id: int, other: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._other_id = other_id
        self._other = other
        self._preview: MergePreview | None = None
        self._task: Task[Any] | None = None
        self.setWindowTitle(self.tr("Merge {company}").format(company=other))
        label = QLabel(self.tr("Merge {company} into:").format(company=isolate_bidi(other)), self)
        self.target = QLineEdit(self)
        self.target.setPlaceholderText(self.tr("The company to keep"))
        self.target.setAccessibleName(self.tr("The company to keep"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.target.setCompleter(completer)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setMinimumHeight(80)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setIcon(icon("merge"))
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.target)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.buttons)
        self.target.textChanged.connect(self._look_up)
        self.resize(460, 240)
        self._look_up("")

    @property
    def preview(self) -> MergePreview | None:
        return self._preview

    def _look_up(self, text: str) -> None:
        """Complete the name and, once it names a company, say what the merge moves."""
        if self._task is not None:
            self._task.cancel()
        self._preview = None
        self.merge_button.setEnabled(False)
        other_id = self._other_id

        skip = self._other

        def work(_p: object) -> tuple[list[str], int | None, MergePreview | None]:
            names = [n for n in company_names(text, 20) if n != skip]
            keep = find_company(text) if text.strip() else None
            if keep is None or keep == other_id:
                return names, keep, None
            return names, keep, merge_preview(keep, other_id)

        def done(
            result: tuple[list[str], int | None, MergePreview | None] | None,
            error: BaseException | None,
        ) -> None:
            if self.target.text() != text:
                return  # a later name is being looked up
            self._task = None
            if result is None:
                self.summary.setText(str(error))
                return
            names, keep, found = result
            self._names.setStringList(names)
            if found is not None:
                self._preview = found
                self.summary.setText(self._describe(found))
                self.merge_button.setEnabled(True)
            elif keep == other_id:
                self.summary.setText(self.tr("That is the company being merged."))
            elif text.strip():
                self.summary.setText(
                    self.tr("There is no company called {name}.").format(
                        name=isolate_bidi(text.strip())
                    )
                )
            else:
                self.summary.setText("")
            self.preview_shown.emit()

        self._task = run_task(work, done, owner=self)

    def _describe(self, p: MergePreview) -> str:
        keep, other = isolate_bidi(p.keep), isolate_bidi(p.other)
        moves = [
            self.tr("people who work there: %Ln", "", p.people),
            self.tr("people who used to work there: %Ln", "", p.former),
            self.tr("postings: %Ln", "", p.postings),
            self.tr("other names: %Ln", "", p.aliases),
        ]
        return self.tr(
            "{other} becomes part of {keep}, and “{other}” another name of {keep}.\n"
            "Moving to {keep}: {moves}.\nYou can undo this."
        ).format(other=other, keep=keep, moves="; ".join(moves))

    def merge(self) -> None:
        preview = self._preview
        if preview is None:
            return
        keep, other = preview.keep_id, preview.other_id
        write_change(
            self._context,
            self.parentWidget() or self,
            lambda: merge_companies(keep, other),
            self.tr("Merge {other} into {keep}").format(
                other=isolate_bidi(preview.other), keep=isolate_bidi(preview.keep)
            ),
            self.tr("{other} is now part of {keep}.").format(
                other=isolate_bidi(preview.other), keep=isolate_bidi(preview.keep)
            ),
            self.tr("The companies were not merged."),
        )
        self.accept()
