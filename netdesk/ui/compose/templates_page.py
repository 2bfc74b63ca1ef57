"""Settings > Message templates: the templates Compose writes from, edited, reset and added.

Every template is listed, the built-in ones first. Its name, subject and message are edited
in place; a built-in one edited can be reset to the shipped text, and one of the user's own
can be deleted. Each change is kept at once, as typed, in the settings (``ui/compose/saved``):
a text with an error (an unknown placeholder, a section never closed) is kept too, marked in
the list and explained under the editor with where it is, and Compose goes on using the
shipped text (or leaves an own template out) until it is mended. A preview fills the text
with a made-up contact, and the placeholders can be inserted from a menu that says what
each one holds. The name messages are signed with ({my_name}) is set here too.

:class:`TemplatesDialog` is what Preferences opens; :class:`TemplatesPage` is the page itself.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.messages import (
    Fit,
    TemplateText,
    To,
    linkedin_count,
    sample_values,
    translated_placeholders,
)
from netdesk.core.messages.saved import is_edited, new_template, original
from netdesk.models.enums import TaskKind
from netdesk.ui import labels
from netdesk.ui.compose.saved import (
    message_wording,
    my_name,
    save_texts,
    saved_texts,
    set_my_name,
)
from netdesk.ui.icons import icon
from netdesk.ui.theme import MARGIN, SPACING, secondary, section_header
from netdesk.ui.widgets import ErrorLabel, confirm

ID_ROLE = Qt.ItemDataRole.UserRole + 1


_translate = QCoreApplication.translate
"""Qt's translate, handed to the core (which looks the built-in texts up by their context);
named here so that lupdate does not read its calls with variable arguments as a context."""


class TemplatesPage(QWidget):
    """The templates and the signature, kept in ``settings`` as they are edited."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.texts: list[TemplateText] = saved_texts(settings)
        self._filling = False
        self._last_text_field: QLineEdit | QPlainTextEdit | None = None
        self._build()
        self._fill_list()
        self.list.setCurrentRow(0)

    # Building ------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.my_name = QLineEdit(my_name(self.settings))
        self.my_name.setAccessibleName(self.tr("Your name"))
        self.my_name.setAccessibleDescription(self.tr("The name your messages are signed with"))
        self.my_name.setPlaceholderText(self.tr("Signs your messages ({my_name})"))
        self.my_name.textEdited.connect(lambda text: set_my_name(self.settings, text))
        name_label = QLabel(self.tr("&Your name:"))
        name_label.setBuddy(self.my_name)
        top = QHBoxLayout()
        top.addWidget(name_label)
        top.addWidget(self.my_name, 1)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Message templates"))
        self.list.currentRowChanged.connect(self._show_current)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = QPushButton(icon("add-row"), self.tr("&New template"))
        self.add_button.clicked.connect(self.add_template)
        self.reset_button = QPushButton(icon("undo"), self.tr("&Reset"))
        self.reset_button.setAccessibleDescription(
            self.tr("Give the built-in template its original text back")
        )
        self.reset_button.clicked.connect(self.reset_current)
        self.delete_button = QPushButton(icon("delete"), self.tr("De&lete"))
        self.delete_button.setAccessibleDescription(self.tr("Delete this template of your own"))
        self.delete_button.clicked.connect(self.delete_current)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addWidget(self.reset_button)
        list_buttons.addWidget(self.delete_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(list_buttons)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Template name"))
        self.name.textEdited.connect(self._edited)
        self.fit_boxes: dict[Fit, QCheckBox] = {}
        fits = QHBoxLayout()
        fit_names = {
            Fit.CONTACT: self.tr("A contact"),
            Fit.TASK: self.tr("A task"),
            Fit.MEETING: self.tr("A meeting"),
            Fit.REFERRAL: self.tr("A referral"),
        }
        for fit, text in fit_names.items():
            box = QCheckBox(text)
            box.toggled.connect(self._edited)
            self.fit_boxes[fit] = box
            fits.addWidget(box)
        fits.addStretch(1)
        self.to_box = QComboBox()
        self.to_box.setAccessibleName(self.tr("Written to"))
        self.to_box.addItem(self.tr("The contact"), To.CONTACT.value)
        self.to_box.addItem(self.tr("The person who referred them"), To.REFERRER.value)
        self.to_box.addItem(self.tr("Each person along the chain"), To.CHAIN.value)
        self.to_box.currentIndexChanged.connect(self._edited)
        self.task_box = QComboBox()
        self.task_box.setAccessibleName(self.tr("Completes a task"))
        self.task_box.addItem(self.tr("No task"), "")
        for kind in (TaskKind.CALL, TaskKind.FOLLOW_UP, TaskKind.THANK_YOU):
            self.task_box.addItem(labels.label(kind), kind.value)
        self.task_box.currentIndexChanged.connect(self._edited)
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.subject.textEdited.connect(self._edited)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Message"))
        self.body.setTabChangesFocus(True)
        self.body.textChanged.connect(self._body_changed)
        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)
        self.insert_button = QToolButton()
        self.insert_button.setText(self.tr("&Insert placeholder"))
        self.insert_button.setAccessibleName(self.tr("Insert placeholder"))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_button.setMenu(self._placeholder_menu())
        self.help = secondary(
            QLabel(
                self.tr(
                    "Write {first_name} for a value, and [[if company]]…[[end]] around words "
                    "that only make sense when it has one ([[else]] gives the other wording)."
                )
            )
        )
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.help.setWordWrap(True)
        self.problems = ErrorLabel()
        self.builtin_note = secondary(QLabel())
        self.builtin_note.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setTabChangesFocus(True)
        self.preview_count = secondary(QLabel())

        form = QFormLayout()
        form.setSpacing(SPACING)
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            (self.tr("N&ame:"), self.name),
            (self.tr("For:"), fits),
            (self.tr("&Written to:"), self.to_box),
            (self.tr("Com&pletes:"), self.task_box),
            (self.tr("S&ubject:"), self.subject),
        ]
        for text, row_field in rows:
            label = QLabel(text)
            if isinstance(row_field, QWidget):
                label.setBuddy(row_field)
            form.addRow(label, row_field)
        message_label = QLabel(self.tr("&Message:"))
        message_label.setBuddy(self.body)
        insert_row = QHBoxLayout()
        insert_row.addWidget(message_label)
        insert_row.addStretch(1)
        insert_row.addWidget(self.insert_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.builtin_note)
        right_layout.addLayout(form)
        right_layout.addLayout(insert_row)
        right_layout.addWidget(self.body, 2)
        right_layout.addWidget(self.help)
        right_layout.addWidget(self.problems)
        right_layout.addWidget(section_header(self.tr("Preview, for a made-up contact")))
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.preview_count)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _placeholder_menu(self) -> QMenu:
        menu = QMenu(self)
        for name, placeholder in translated_placeholders(_translate).items():
            action = menu.addAction(f"{{{name}}}")
            action.setToolTip(placeholder.description)
            action.setStatusTip(placeholder.description)
            action.triggered.connect(lambda _=False, n=name: self.insert_placeholder(n))
        menu.setToolTipsVisible(True)
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Remember whether the subject or the message was typed in last (for Insert)."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit | QPlainTextEdit):
            self._last_text_field = watched
        return super().eventFilter(watched, event)

    # The list ------------------------------------------------------------------------------------

    def _label(self, text: TemplateText) -> str:
        name = " ".join(text.name.split()) or self.tr("(no name)")
        if text.errors():
            return self.tr("{name} (has an error)").format(name=name)
        if not text.builtin:
            return self.tr("{name} (yours)").format(name=name)
        edited = is_edited(text, _translate)
        if edited:
            return self.tr("{name} (edited)").format(name=name)
        return name

    def _fill_list(self) -> None:
        self._filling = True
        try:
            row = self.list.currentRow()
            self.list.clear()
            for text in self.texts:
                item = QListWidgetItem(self._label(text))
                item.setData(ID_ROLE, text.id)
                item.setIcon(icon("template"))
                self.list.addItem(item)
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)
        finally:
            self._filling = False

    def _refresh_label(self, row: int) -> None:
        item = self.list.item(row)
        if item is not None:
            item.setText(self._label(self.texts[row]))

    def current(self) -> TemplateText | None:
        row = self.list.currentRow()
        return self.texts[row] if 0 <= row < len(self.texts) else None

    def select(self, template_id: str) -> bool:
        for row, text in enumerate(self.texts):
            if text.id == template_id:
                self.list.setCurrentRow(row)
                return True
        return False

    # The editor ----------------------------------------------------------------------------------

    def _show_current(self) -> None:
        if self._filling:
            return
        text = self.current()
        if text is None:
            return
        self._filling = True
        try:
            self.name.setText(text.name)
            for fit, box in self.fit_boxes.items():
                box.setChecked(fit in text.fits)
                box.setEnabled(not text.builtin)
            self.to_box.setCurrentIndex(max(0, self.to_box.findData(text.to.value)))
            self.task_box.setCurrentIndex(max(0, self.task_box.findData(text.task_kind or "")))
            for widget in (self.to_box, self.task_box):
                widget.setEnabled(not text.builtin)
            self.subject.setText(text.subject)
            self.body.setPlainText(text.body)
        finally:
            self._filling = False
        self.builtin_note.setText(
            self.tr("A built-in template: what it is for stays as shipped.")
            if text.builtin
            else self.tr("A template of your own.")
        )
        self._show_problems(text)

    def _body_changed(self) -> None:
        if not self._filling:
            self._edited()

    def _edited(self) -> None:
        """Keep what the editor shows for the current template (also with errors)."""
        row, text = self.list.currentRow(), self.current()
        if self._filling or text is None:
            return
        fits = tuple(fit for fit, box in self.fit_boxes.items() if box.isChecked())
        task_kind = str(self.task_box.currentData() or "") or None
        changed = replace(
            text,
            name=self.name.text(),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            fits=text.fits if text.builtin else fits or (Fit.CONTACT,),
            to=text.to if text.builtin else To(str(self.to_box.currentData())),
            task_kind=text.task_kind if text.builtin else task_kind,
        )
        self.texts[row] = changed
        save_texts(self.settings, self.texts)
        self._refresh_label(row)
        self._show_problems(changed)

    def _show_problems(self, text: TemplateText) -> None:
        problems = text.problems()
        self.problems.show_message("\n".join(str(p) for p in problems) or None)
        self.reset_button.setEnabled(is_edited(text, _translate))
        self.delete_button.setEnabled(not text.builtin)
        template = text.template()
        if template is None:
            self.preview.setPlainText(self.tr("(Mend the errors above to see the message.)"))
            self.preview_count.setText("")
            return
        message = template.fill(sample_values(), message_wording())
        self.preview.setPlainText(f"{message.subject}\n\n{message.body}")
        count = linkedin_count(message.body)
        self.preview_count.setText(
            self.tr("{count} of {limit} characters of a LinkedIn invitation").format(
                count=count.count, limit=count.limit
            )
        )

    def insert_placeholder(self, name: str) -> None:
        """Put ``{name}`` where the cursor is in the subject or the message (the last one
        typed in; the message if neither)."""
        target = self._last_text_field or self.body
        if isinstance(target, QLineEdit):
            target.insert(f"{{{name}}}")
            self._edited()
        else:
            cursor = target.textCursor()
            cursor.insertText(f"{{{name}}}")
            target.setTextCursor(cursor)
            target.moveCursor(QTextCursor.MoveOperation.NoMove)
        target.setFocus()

    # Commands ------------------------------------------------------------------------------------

    def add_template(self) -> TemplateText:
        """A new template of the user's own, selected to be written."""
        text = new_template(self.texts, self.tr("New template"), self.tr("Hi {first_name},\n\n"))
        self.texts.append(text)
        save_texts(self.settings, self.texts)
        self._fill_list()
        self.list.setCurrentRow(len(self.texts) - 1)
        self.name.setFocus()
        self.name.selectAll()
        return text

    def reset_current(self) -> bool:
        """Give the current built-in template its shipped text back."""
        row, text = self.list.currentRow(), self.current()
        if text is None or not is_edited(text, _translate):
            return False
        self.texts[row] = original(text.id, _translate)
        save_texts(self.settings, self.texts)
        self._refresh_label(row)
        self._show_current()
        return True

    def confirm_delete(self, text: TemplateText) -> bool:
        """Ask before deleting (replaced in tests)."""
        return confirm(
            self,
            self.tr("Delete the template?"),
            self.tr("Delete the message template “{name}”?").format(name=text.name),
            self.tr("&Delete the template"),
            self.tr("&Keep it"),
        )

    def delete_current(self) -> bool:
        row, text = self.list.currentRow(), self.current()
        if text is None or text.builtin or not self.confirm_delete(text):
            return False
        del self.texts[row]
        save_texts(self.settings, self.texts)
        self._fill_list()
        self.list.setCurrentRow(min(row, len(self.texts) - 1))
        return True


class TemplatesDialog(QDialog):
    """Preferences > Message templates..."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Message templates"))
        self.setWindowIcon(icon("template"))
        self.page = TemplatesPage(settings, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))
        close.setAccessibleDescription(self.tr("Close; every change is kept"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)
