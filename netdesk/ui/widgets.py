"""Small widgets the panels share: date and contact inputs, and the one confirmation prompt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from netdesk.core.contacts import display_names, find_by_name
from netdesk.ui.formatting import date_format

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


TOOLTIP_LIMIT = 2000


def plain_tooltip(text: str, limit: int = TOOLTIP_LIMIT) -> str:
    """``text`` as a tooltip shown literally, at most ``limit`` characters.

    Qt shows a tooltip that merely looks like HTML (a name such as ``<b>Ann</b>``) as HTML; this
    one is already HTML, with the text escaped, so it never is. Long text (a 10 MB note) is cut:
    a tooltip is a glance.
    """
    if not text:
        return ""
    if len(text) > limit:
        text = text[:limit] + "…"
    return str(QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal))


def name_clear_button(edit: QLineEdit) -> None:
    """Turn on ``edit``'s clear button, with a name and a tooltip: Qt gives it neither, and a
    screen reader would announce a button without a name."""
    edit.setClearButtonEnabled(True)
    action = edit.findChild(QAction, "_q_qlineeditclearaction")
    if action is not None:
        action.setText(QCoreApplication.translate("LineEdit", "Clear"))
        action.setToolTip(QCoreApplication.translate("LineEdit", "Clear the text"))


def add_search_icon(edit: QLineEdit, search_icon: QIcon) -> QAction:
    """The magnifier in front of a search box; it is a button to Qt, so it gets a name (and
    takes the focus into the box when clicked)."""
    action = edit.addAction(search_icon, QLineEdit.ActionPosition.LeadingPosition)
    action.setText(QCoreApplication.translate("LineEdit", "Search"))
    action.setToolTip(QCoreApplication.translate("LineEdit", "Type in the box to search"))
    action.triggered.connect(lambda: edit.setFocus(Qt.FocusReason.MouseFocusReason))
    return action


def form_row(form: QFormLayout, label: str, field: QWidget, shown: QWidget | None = None) -> None:
    """Add the row ``label``: ``field``, or ``shown`` when the field sits in a widget with more
    (its error message, a button beside it). The label is the field's buddy either way: Alt and
    the underlined letter go into the field, and a screen reader reads the label as its name
    (which Qt finds by itself only when label and field have the same parent)."""
    form.addRow(label, shown or field)
    row_label = form.labelForField(shown or field)
    if isinstance(row_label, QLabel):
        row_label.setBuddy(field)
    if shown is not None and shown is not field:
        field.setAccessibleName(label.replace("&", ""))


def tab_before(anchor: QWidget, *widgets: QWidget) -> None:
    """Tab goes through ``widgets`` (a row just added) right before ``anchor`` (its Add
    button), where they are shown; Qt would put them last in the window, after its buttons."""
    previous = anchor.previousInFocusChain()
    # Qt orders only widgets that take focus.
    while previous is not None and previous is not anchor:
        if previous.focusPolicy() != Qt.FocusPolicy.NoFocus:
            break
        previous = previous.previousInFocusChain()
    if previous is None:
        return
    for widget in widgets:
        QWidget.setTabOrder(previous, widget)
        previous = widget


def opening_line_label() -> QLabel:
    """The opening line of a call ("Sara Smith suggested I give you a call."): plain text in
    italics, wrapped, selectable to copy a part of it; the card and the tree's path show it."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    italic = label.font()
    italic.setItalic(True)
    label.setFont(italic)
    return label


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class OptionalDateEdit(QWidget):
    """A date that may be absent: a checkbox saying what the date is, and the date."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_format())
        self.edit.setDate(to_qdate(date.today()))
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.edit.setAccessibleName(text.replace("&", ""))  # the date the check box names
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None, fallback: date | None = None) -> None:
        """Show ``day``; when absent, uncheck and keep ``fallback`` ready for when it is ticked."""
        shown = day or fallback
        if shown is not None:
            self.edit.setDate(to_qdate(shown))
        self.check.setChecked(day is not None)


class ContactPicker(QLineEdit):
    """Type a name: existing contacts are offered as you type; anything else is a new name.

    ``contact_id()`` is the chosen existing contact, or None while the text is a new name.
    """

    contact_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, exclude: int | None = None) -> None:
        super().__init__(parent)
        self._contact_id: int | None = None
        self._chosen_name = ""
        self.exclude = exclude
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        # The core already matched accent- and case-insensitively; show its answer as it is.
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setWidget(self)
        # The stubs omit that ``activated`` is overloaded (str, QModelIndex).
        self._completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.textEdited.connect(self._edited)

    def contact_id(self) -> int | None:
        return self._contact_id

    def set_contact(self, contact_id: int | None, name: str | None = None) -> None:
        if contact_id is not None and name is None:
            name = display_names([contact_id]).get(contact_id, "")
        self._contact_id = contact_id
        self._chosen_name = name or ""
        self.setText(self._chosen_name)
        self.contact_changed.emit()

    def _edited(self, text: str) -> None:
        if self._contact_id is not None and text != self._chosen_name:
            self._contact_id = None
            self.contact_changed.emit()
        if self._refill(text):
            self._completer.complete()
        else:
            self._hide_popup()

    def _refill(self, text: str) -> int:
        """Offer the contacts whose names start with ``text``; returns how many."""
        self._model.clear()
        for contact_id, name, organization in find_by_name(text, limit=12):
            if contact_id == self.exclude:
                continue
            label = f"{name} ({organization})" if organization else name
            item = QStandardItem(label)
            item.setData(contact_id, ID_ROLE)
            item.setData(name, NAME_ROLE)
            self._model.appendRow(item)
        return self._model.rowCount()

    def _chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.set_contact(int(index.data(ID_ROLE)), str(index.data(NAME_ROLE)))

    def choose_first_match(self) -> bool:
        """Pick the first contact offered for the current text (keyboard users and tests)."""
        if not self._refill(self.text()):
            return False
        self._chosen(self._model.index(0, 0))
        self._hide_popup()
        return True

    def _hide_popup(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()


class ErrorLabel(QLabel):
    """The message under a field that is wrong; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        self.setWordWrap(True)
        self.setStyleSheet("color: #c62828;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


def ask_database_path(parent: QWidget, folder: Path) -> Path | None:
    """The NetDesk database file the user picks in an Open dialog, or None when cancelled."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ask_database_path", "Open a NetDesk database"),
        str(folder),
        QCoreApplication.translate(
            "ask_database_path", "NetDesk databases (*.sqlite *.db);;All files (*)"
        ),
    )
    return Path(path) if path else None


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    do: str,
    keep: str,
    *,
    informative: str = "",
    details: str = "",
    destructive: bool = True,
    default_do: bool = False,
) -> bool:
    """Ask before an action, with buttons that name it ("Delete 3 contacts" / "Keep them"),
    never Yes / No / OK / Cancel: the answer can be given without reading the question again.

    True when the user chose ``do``. Escape, closing the window and ``keep`` say no; Enter
    chooses ``keep`` unless ``default_do`` (an action undo can take back). Texts are shown as
    plain text (they quote names). ``destructive`` gives ``do`` the platform's place and look
    for a destructive action.
    """
    box = QMessageBox(parent)
    box.setObjectName("confirm")
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    roles = QMessageBox.ButtonRole
    role = roles.DestructiveRole if destructive else roles.AcceptRole
    do_button = box.addButton(do, role)
    keep_button = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    do_button.setObjectName("confirmDo")
    keep_button.setObjectName("confirmKeep")
    box.setDefaultButton(do_button if default_do else keep_button)
    box.setEscapeButton(keep_button)
    box.exec()
    return box.clickedButton() is do_button
