"""The meeting form's "This turned into interview country" (the guides: when the other person
raises the ante, a networking meeting becomes an interview): a check box and the posting it was
about, the postings at the person's company first, then every open one.

The choices are read on a worker whenever the person met changes; what was chosen stays chosen
while they are read again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetDeskError
from netdesk.core.posting_links import PostingChoice, posting_choices
from netdesk.core.text import isolate_bidi
from netdesk.ui import labels
from netdesk.ui.shell.tasks import run_task
from netdesk.ui.widgets import ErrorLabel


class InterviewCountry(QWidget):
    """Whether a meeting turned into interview country, and for which posting."""

    choices_loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact_id: int | None = None
        self._wanted: int | None = None
        """The posting to show as chosen once the choices are in."""
        self._keep: int | None = None
        self._generation = 0
        self._loading = False
        self.check = QCheckBox(self.tr("This turned into &interview country"))
        self.check.setToolTip(
            self.tr(
                "They raised the ante: the talk turned to a job of theirs. Saving links the "
                "posting to this meeting and moves it to Interviewing."
            )
        )
        self.posting = QComboBox()
        self.posting.setEditable(True)
        self.posting.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.posting.setAccessibleName(self.tr("Posting the meeting was about"))
        line = self.posting.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Which posting? Type a title or a company"))
        completer = QCompleter(self.posting.model(), self.posting)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.posting.setCompleter(completer)
        self.posting.setEnabled(False)
        self.hint = QLabel(wordWrap=True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.error = ErrorLabel()
        self.check.toggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.check)
        layout.addWidget(self.posting)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        self._update_hint()

    # In and out ----------------------------------------------------------------------------------

    def set_contact(self, contact_id: int | None) -> None:
        """Offer the postings for a meeting with ``contact_id`` (theirs first)."""
        self._contact_id = contact_id
        self._reload()

    def set_posting(self, posting_id: int | None) -> None:
        """The meeting's posting as stored (None: it did not turn into interview country)."""
        self._keep = posting_id
        self._wanted = posting_id
        self.check.setChecked(posting_id is not None)
        self._reload()

    def posting_id(self) -> int | None:
        """The posting chosen, when the box is ticked; None otherwise or while none is chosen."""
        if not self.check.isChecked():
            return None
        if self._loading:
            return self._wanted
        return self._chosen()

    def is_loading(self) -> bool:
        return self._loading

    def choices(self) -> list[str]:
        """The postings offered, as shown."""
        return [
            self.posting.itemText(i)
            for i in range(self.posting.count())
            if self.posting.itemData(i) is not None
        ]

    def choose(self, posting_id: int) -> bool:
        """Tick the box and choose ``posting_id``; False when it is not offered."""
        index = self.posting.findData(posting_id)
        if index < 0:
            return False
        self.check.setChecked(True)
        self.posting.setCurrentIndex(index)
        return True

    def missing_choice(self) -> bool:
        """Ticked, but no posting from the list is chosen."""
        return self.check.isChecked() and not self._loading and self._chosen() is None

    def show_error(self, message: str | None) -> None:
        self.error.show_message(message)
        if message:
            self.posting.setFocus()

    # Inside --------------------------------------------------------------------------------------

    def _chosen(self) -> int | None:
        index = self.posting.currentIndex()
        if index < 0 or self.posting.itemText(index) != self.posting.currentText():
            index = self.posting.findText(self.posting.currentText())
        data = self.posting.itemData(index) if index >= 0 else None
        return int(data) if data is not None else None

    def _toggled(self, checked: bool) -> None:
        self.posting.setEnabled(checked)
        self.error.show_message(None)
        if checked and self.isVisible():
            self.posting.setFocus()
        self._update_hint()

    def _reload(self) -> None:
        if not self._loading:
            self._wanted = self._chosen() if self.posting.count() else self._wanted
        self._generation += 1
        generation, contact_id, keep = self._generation, self._contact_id, self._keep
        self._loading = True

        def done(result: list[PostingChoice] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            self._loading = False
            if error is not None:
                if not isinstance(error, NetDeskError):
                    raise error
                result = []
                self.error.show_message(str(error))
            self._fill(result or [])
            self.choices_loaded.emit()

        run_task(lambda _progress: posting_choices(contact_id, keep), done, owner=self)

    def _fill(self, choices: list[PostingChoice]) -> None:
        wanted = self._wanted
        self.posting.blockSignals(True)
        self.posting.clear()
        theirs = [c for c in choices if c.at_their_company]
        for group in (theirs, [c for c in choices if not c.at_their_company]):
            if group and self.posting.count():
                self.posting.insertSeparator(self.posting.count())
            for choice in group:
                self.posting.addItem(self._text(choice), choice.posting_id)
        index = self.posting.findData(wanted) if wanted is not None else -1
        self.posting.setCurrentIndex(index)
        if index < 0:
            self.posting.setEditText("")
        self.posting.blockSignals(False)
        self._update_hint()

    def _text(self, choice: PostingChoice) -> str:
        return self.tr("{title} at {company} ({stage})").format(
            title=isolate_bidi(choice.title),
            company=isolate_bidi(choice.company),
            stage=labels.label(choice.stage),
        )

    def _update_hint(self) -> None:
        if not self.check.isChecked():
            self.hint.hide()
            return
        if not self._loading and not self.choices():
            text = self.tr(
                "There is no open posting yet. Add it on the Postings page, then tick this again."
            )
        else:
            text = self.tr("Saving links the posting to this meeting and moves it to Interviewing.")
        self.hint.setText(text)
        self.hint.show()
