"""Paste a posting: its address and its text (the page's words, or its source with the
posting data job boards put in it), for when saving the page is a step too many.

Nothing is fetched from the network: the address is only kept. Text that holds JSON-LD or
microdata is read like a saved page and confirmed the same way; plain words fill the posting
editor, their first non-empty line as the title.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.postings import PageRead, PostingInput, read_text
from netdesk.ui.postings.editor import checked_url, edit_posting
from netdesk.ui.postings.page_import import show_pages
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.tasks import run_task
from netdesk.ui.theme import secondary
from netdesk.ui.widgets import ErrorLabel, form_row, name_clear_button


class PasteDialog(QDialog):
    """A posting's address and text, read when the user says so."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent or context.dialog_parent)
        self.setObjectName("pastePosting")
        self.setWindowTitle(self.tr("Paste a posting"))
        self._context = context
        self._reading = False
        intro = secondary(
            QLabel(
                self.tr(
                    "Copy the posting in your browser (its words, or the page's source with "
                    "Ctrl+U) and paste it here with its address. NetDesk reads it here; it "
                    "fetches nothing from the internet."
                ),
                self,
            )
        )
        intro.setWordWrap(True)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText(self.tr("https://… (the posting's address)"))
        name_clear_button(self.url)
        self.url_error = ErrorLabel(self)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("Paste the posting's text or the page's source"))
        self.text.setTabChangesFocus(True)
        self.text_error = ErrorLabel(self)
        clipboard = QGuiApplication.clipboard().text().strip()
        if "://" in clipboard and "\n" not in clipboard and checked_url(clipboard)[1]:
            self.url.setText(clipboard)  # the address just copied from the browser

        form = QFormLayout()
        form_row(form, self.tr("&Address:"), self.url)
        form.addRow("", self.url_error)
        form_row(form, self.tr("&Text:"), self.text)
        form.addRow("", self.text_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.read_button = self.buttons.addButton(
            self.tr("&Read"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.read_button.setDefault(True)
        self.buttons.accepted.connect(self.read)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)
        self.url.textChanged.connect(lambda _t: self.url_error.show_message(None))
        self.text.textChanged.connect(lambda: self.text_error.show_message(None))
        self.resize(720, 520)
        (self.text if self.url.text() else self.url).setFocus()

    def read(self) -> bool:
        """Read what was pasted on a worker; then the confirmation or the editor."""
        if self._reading:
            return False
        url, ok = checked_url(self.url.text())
        if not ok:
            self.url_error.show_message(
                self.tr("The address must be a web address starting with http:// or https://.")
            )
            self.url.setFocus()
            return False
        text = self.text.toPlainText()
        if not text.strip() and not url:
            self.text_error.show_message(self.tr("Paste the posting's text, or its address."))
            self.text.setFocus()
            return False
        self._reading = True
        self.read_button.setEnabled(False)
        self.read_button.setText(self.tr("Reading…"))

        def done(result: PageRead | None, error: BaseException | None) -> None:
            self._reading = False
            self.read_button.setEnabled(True)
            self.read_button.setText(self.tr("&Read"))
            if error is not None:
                raise error
            assert result is not None
            if result.page is None:
                self.text_error.show_message(result.error)
                return
            self.accept()
            self.shown(result, url)

        run_task(lambda _p: read_text(text, url), done, owner=self)
        return True

    def shown(self, result: PageRead, url: str) -> None:
        """What was read, shown: postings to confirm, else the editor filled from the text."""
        context = self._context
        if result.postings:
            show_pages(context, [result])
            return
        page = result.page
        assert page is not None
        notice = QCoreApplication.translate(
            "PastePosting",
            "The text holds no posting data that NetDesk can read: the title is its first line. "
            "Type the company and check the rest.",
        )
        edit_posting(context, None, PostingInput("", page.title, url=page.url or url), notice)


def paste_posting(context: PanelContext) -> PasteDialog:
    """Open the Paste a posting dialog (window-modal)."""
    dialog = PasteDialog(context)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
