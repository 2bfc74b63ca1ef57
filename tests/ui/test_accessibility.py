"""What a screen reader hears: every control on every page and in every dialog has a name, and
the controls whose name does not say what they are for have a description too.

The names are read through ``QAccessible``, as a screen reader gets them: Qt takes a button's
text, a buddy label's text, a group box's title, or the accessible name set on the widget; a
placeholder or a combo box's current text is no name.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netdesk.core.backup import create_backup
from netdesk.core.contacts import create_contact
from netdesk.core.meetings import MeetingData, ReferralEntry, save_meeting
from netdesk.models import Lead, Status
from netdesk.models.records import Address, ContactData, Email, Link, Phone, ReferralInfo
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.shell.recovery import DatabaseProblemDialog, RestoreDialog
from netdesk.ui.shell.tasks import wait_for_tasks
from netdesk.ui.week.view import Section

INTERACTIVE = (
    QAbstractButton,  # push, tool, check and radio buttons
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,  # spin boxes, date and time edits
    QAbstractSlider,
    QAbstractItemView,  # lists, tables, trees, the sidebar
    QTabBar,
)


def _shown(widget: QWidget) -> bool:
    """On screen, or a line edit's clear button, which shows once the edit holds text."""
    if widget.isVisible():
        return True
    parent = widget.parentWidget()
    return (
        widget.metaObject().className() == "QLineEditIconButton"
        and isinstance(parent, QLineEdit)
        and parent.isVisible()
        and not parent.isReadOnly()
    )


def _part_of_another_control(widget: QWidget) -> bool:
    """Widgets a screen reader meets as part of the control around them, not on their own: the
    line edit inside a combo or spin box, an item view's headers and corner button, a scroll
    area's scroll bars (the view's own interface reports the position)."""
    if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
        return True
    if isinstance(widget, QHeaderView | QScrollBar):
        return True
    return widget.metaObject().className() == "QTableCornerButton"


def _tab_stop(widget: QWidget) -> bool:
    """Tab stops here: a screen reader then says what has the focus."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def controls(top: QWidget) -> list[QWidget]:
    """``top`` and the widgets in it that a user works with (the interactive kinds, and any
    other widget that Tab stops at), on screen and enabled."""
    return [
        widget
        for widget in [top, *top.findChildren(QWidget)]
        if (isinstance(widget, INTERACTIVE) or _tab_stop(widget))
        and not _part_of_another_control(widget)
        and _shown(widget)
        and widget.isEnabled()
    ]


def accessible_text(widget: QWidget, kind: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(kind).strip() if interface is not None else ""


def label_of(widget: QWidget) -> str:
    """The text of the labels that Qt says label ``widget`` (its buddies beside it)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    labels = interface.relations(QAccessible.Relation.Label) if interface is not None else []
    return " ".join(label.text(QAccessible.Text.Name) for label, _ in labels).strip()


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader reads for ``widget``.

    A combo box is the exception: asked its name, Qt on Linux answers its current text, set
    accessible name or not, and the screen reader reads its label (a buddy beside it) for the
    name; elsewhere the accessible name is read. Either counts here, and
    :func:`needs_description` asks for a description where there is no label.
    """
    if isinstance(widget, QComboBox):
        return label_of(widget) or widget.accessibleName().strip()
    return accessible_text(widget, QAccessible.Text.Name)


def needs_description(widget: QWidget) -> str:
    """Why the name alone does not tell what ``widget`` is for ("" when it does): an icon-only
    button (what it does is nowhere on screen but in its picture), or a combo box without a
    label beside it (whose name Qt on Linux gives as its current text)."""
    if isinstance(widget, QComboBox):
        return "" if label_of(widget) else "combo box without a label"
    if not isinstance(widget, QAbstractButton) or widget.icon().isNull():
        return ""
    if (
        isinstance(widget, QToolButton)
        and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return "icon-only"
    return "" if widget.text().replace("&", "").strip() else "icon-only"


def _looks(widget: QWidget) -> str:
    """What is on screen of ``widget``, to tell it from its siblings in a message."""
    if isinstance(widget, QAbstractButton):
        shown = widget.text() or widget.toolTip()
    elif isinstance(widget, QLineEdit):
        shown = widget.placeholderText() or widget.text()
    elif isinstance(widget, QComboBox):
        shown = widget.currentText()
    else:
        shown = widget.toolTip()
    return f" showing {shown!r}" if shown else ""


def where(widget: QWidget) -> str:
    """``widget``'s class and object name (and what it shows), with its parents' up to the
    window: enough to find it in the code."""
    chain = [f"{type(widget).__name__}({widget.objectName()!r}){_looks(widget)}"]
    current = widget.parentWidget()
    while current is not None:
        chain.append(f"{type(current).__name__}({current.objectName()!r})")
        current = current.parentWidget()
    return " < ".join(chain)


def offenders(top: QWidget) -> list[str]:
    """The controls in ``top`` (on screen, enabled) that a screen reader would read without a
    name, or with a name that does not say enough and no description; each with where it is."""
    found = []
    for widget in controls(top):
        name = accessible_name(widget)
        why = needs_description(widget)
        if not name:
            found.append(f"no accessible name: {where(widget)}")
        elif why and not accessible_text(widget, QAccessible.Text.Description):
            found.append(f"{why}, no description or tooltip ({name!r}): {where(widget)}")
    return found


def every_tab_offenders(top: QWidget) -> list[str]:
    """:func:`offenders` with each tab of each tab widget shown in turn."""
    found = offenders(top)
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found += [f for f in offenders(tabs.widget(index)) if f not in found]
        tabs.setCurrentIndex(current)
    return found


def _fail_on(found: list[str]) -> None:
    if found:
        pytest.fail("\n".join(found), pytrace=False)


# The walk finds what it should ----------------------------------------------------------------


def test_unnamed_controls_are_found_and_named_ones_pass(qtbot: QtBot) -> None:
    window = QWidget()
    window.setObjectName("form")
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    trash = QApplication.style().standardIcon(QApplication.style().StandardPixmap.SP_TrashIcon)

    def add(widget: QWidget, name: str = "") -> QWidget:
        widget.setObjectName(name)
        layout.addWidget(widget)
        return widget

    unnamed = add(QToolButton(), "mystery")
    named_only = add(QToolButton(), "namedOnly")
    explained = add(QToolButton())
    for button in (unnamed, named_only, explained):
        assert isinstance(button, QToolButton)
        button.setIcon(trash)
    named_only.setAccessibleName("Delete")
    explained.setAccessibleName("Delete")
    explained.setToolTip("Delete this e-mail address")  # what Qt gives as its description
    label = add(QLabel("&Company"))
    labelled = add(QLineEdit())
    assert isinstance(label, QLabel)
    label.setBuddy(labelled)
    bare = add(QLineEdit(), "bare")
    assert isinstance(bare, QLineEdit)
    bare.setPlaceholderText("Company")  # a placeholder is no name
    combo = add(QComboBox(), "choices")
    assert isinstance(combo, QComboBox)
    combo.addItems(["Any status", "Met"])  # nor is a combo box's current text
    named_combo = add(QComboBox(), "namedCombo")
    assert isinstance(named_combo, QComboBox)
    named_combo.addItems(["Any tag"])
    named_combo.setAccessibleName("Filter by tag")
    add(QPushButton("Save"))
    add(QToolButton()).hide()
    window.show()
    qtbot.waitExposed(window)

    assert offenders(window) == [
        "no accessible name: QToolButton('mystery') < QWidget('form')",
        "icon-only, no description or tooltip ('Delete'): QToolButton('namedOnly') < "
        "QWidget('form')",
        "no accessible name: QLineEdit('bare') showing 'Company' < QWidget('form')",
        "no accessible name: QComboBox('choices') showing 'Any status' < QWidget('form')",
        "combo box without a label, no description or tooltip ('Filter by tag'): "
        "QComboBox('namedCombo') showing 'Any tag' < QWidget('form')",
    ]
    status = QLabel("&Status:", window)
    status.setBuddy(combo)
    named_combo.setToolTip("Only the contacts with this tag")
    assert offenders(window) == [
        "no accessible name: QToolButton('mystery') < QWidget('form')",
        "icon-only, no description or tooltip ('Delete'): QToolButton('namedOnly') < "
        "QWidget('form')",
        "no accessible name: QLineEdit('bare') showing 'Company' < QWidget('form')",
    ]


# The window and its dialogs -----------------------------------------------------------------


@pytest.fixture
def network(db: Path) -> dict[str, int]:
    """A few people with what fills the card and This week: e-mails, phones, a referral chain,
    a meeting held (thank-you owed, a referral to call), one coming, a follow-up due, and two
    records of one person (for Find duplicates)."""
    now = datetime.now().replace(second=0, microsecond=0)
    today = date.today()
    sara = create_contact(
        ContactData(
            display_name="Sara Smith",
            organization="Acme",
            title="Head of Data",
            emails=[Email("sara@acme.example", "work"), Email("sara@home.example", "home")],
            phones=[Phone("+1 415 555 0134", "mobile")],
            tags=["data"],
            notes="Met at the meetup.",
            lead=Lead.WARM,
            status=Status.MET,
            next_follow_up=today,
        )
    )
    mike = create_contact(
        ContactData(
            display_name="Mike Lee",
            organization="Contoso",
            emails=[Email("mike@contoso.example")],
            phones=[Phone("+1 415 555 0199", "work")],
            addresses=[Address("work", "1 Main St", "Springfield", postal_code="12345")],
            links=[Link("https://www.linkedin.com/in/mike-lee", "linkedin")],
            referral=ReferralInfo(sara, reason="he hires analysts"),
            next_follow_up=today - timedelta(days=2),
        )
    )
    save_meeting(
        MeetingData(
            contact_id=sara,
            starts_at=now - timedelta(hours=2),
            purpose="Learn how the data team hires",
            thank_you_due=today,
            follow_up=today + timedelta(days=2),
            referrals=[ReferralEntry(name="John Public", reason="knows everyone")],
        ),
        now=now,
    )
    save_meeting(
        MeetingData(contact_id=mike, starts_at=now + timedelta(days=1), purpose="Coffee"),
        now=now,
    )
    twin = create_contact(
        ContactData(display_name="Sara Smith", emails=[Email("SARA@acme.example")])
    )
    return {"sara": sara, "mike": mike, "twin": twin}


@pytest.fixture
def window(qtbot: QtBot, network: dict[str, int], qsettings: QSettings) -> Iterator[MainWindow]:
    main = MainWindow(qsettings)
    qtbot.addWidget(main)
    main.resize(1600, 1000)
    main.show()
    qtbot.waitExposed(main)
    main.refresh()
    qtbot.waitUntil(lambda: main.model.is_complete and main.model.rowCount() == 4)
    yield main
    main.close()
    wait_for_tasks()


def _close(dialog: QWidget) -> None:
    if isinstance(dialog, QDialog):
        dialog.reject()
    else:
        dialog.close()


def test_every_page_names_its_controls(
    qtbot: QtBot, window: MainWindow, network: dict[str, int]
) -> None:
    week = window.meetings.week_view
    qtbot.waitUntil(lambda: not week.is_loading())
    # A row ticked off stays, struck out, with an Undo button beside it.
    week.section_item(Section.REFERRALS, "John Public").setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(
        lambda: week.undo_button(week.section_item(Section.REFERRALS, "John Public")) is not None
    )
    window.select_contact(network["mike"])
    found: list[str] = []
    ready = {  # the page shows what it holds for Mike (the card, his place in the tree)
        "contacts": lambda: window.card.name_label.text() == "Mike Lee",
        "tree": lambda: window.referral_tree.panel.current_contact_id() == network["mike"],
    }
    for key in window.navigation.pages():
        window.navigation.show_page(key)
        qtbot.waitUntil(ready.get(key, lambda: True))
        wait_for_tasks()
        assert len(controls(window.navigation.page(key))) >= 3, key
        found += [f"{key} page: {f}" for f in offenders(window)]
    _fail_on(found)


def _import_files(tmp_path: Path) -> tuple[Path, Path]:
    vcard = tmp_path / "phone.vcf"
    vcard.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nEMAIL:ann@x.org\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mike Lee\r\nEMAIL:mike@contoso.example\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nX-NOTHING:here\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    unknown = tmp_path / "club.csv"
    unknown.write_text("Member;Mail;Club\nAnn Lee;ann@x.org;Chess\nBo Kim;bo@x.org;Go\n")
    return vcard, unknown


def test_every_dialog_names_its_controls(
    qtbot: QtBot, window: MainWindow, network: dict[str, int], db: Path, tmp_path: Path
) -> None:
    found: list[str] = []

    def look(title: str, dialog: QWidget | None) -> None:
        assert dialog is not None, title
        qtbot.waitExposed(dialog)
        assert len(controls(dialog)) >= 3, title  # what is looked at is on screen
        found.extend(f"{title}: {f}" for f in every_tab_offenders(dialog))
        _close(dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    window.navigation.show_page("contacts")
    window.select_contact(network["mike"])
    look("contact editor", window.open_editor(network["mike"]))
    look("new contact", window.open_editor(None))

    form = window.meetings.log_meeting(network["sara"])
    assert form is not None
    form.add_referral()
    look("meeting form", form)

    vcard, unknown = _import_files(tmp_path)
    for name, path in (("import preview", vcard), ("import mapping", unknown)):
        window.import_files([path])
        dialog = window.import_export.dialog
        assert dialog is not None
        qtbot.waitUntil(lambda d=dialog: not d.running, timeout=10_000)
        look(name, dialog)

    duplicates = window.duplicates.open()
    qtbot.waitUntil(lambda: duplicates._task is None and duplicates.current_group() is not None)
    look("find duplicates", duplicates)

    window.print_weekly_sheet()
    sheet = window.sheet_dialog
    qtbot.waitUntil(lambda: not sheet.busy and sheet.sheet is not None, timeout=10_000)
    look("weekly sheet", sheet)

    # File > Restore from backup... and a file that does not open (the app runs them with
    # exec(), which would wait here).
    create_backup(db, now=datetime(2026, 11, 30, 18, 0))
    restore = RestoreDialog(db, window)
    restore.open()
    look("restore from backup", restore)
    problem = DatabaseProblemDialog(db, "file is not a database", window, at_start=False)
    problem.open()
    look("database problem", problem)

    window.navigation.show_page("tree")
    qtbot.waitUntil(lambda: window.referral_tree.panel.current_contact_id() == network["mike"])
    look("set referrer", window.referral_tree.panel.choose_referrer())

    look("preferences", window.preferences.open())
    _fail_on(found)


# Keyboard only ----------------------------------------------------------------------------------


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus (the window lost it)"
    return widget


def _press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> QWidget:
    """Press ``key`` in the widget with the focus, as the keyboard does; what has it after."""
    qtbot.keyClick(_focused(), key, modifier)
    return _focused()


def _closed_with_escape(qtbot: QtBot, dialog: QWidget, window: QWidget) -> QWidget:
    """Escape in ``dialog``; once it is gone, the window manager gives the window back its
    activation (the offscreen platform has none to do it), and the focus is where it was."""
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.isAncestorOf(_focused())
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return _focused()


def _reading_order(widgets: list[QWidget]) -> list[str]:
    """Where Tab went against the way the screen reads (down, and left to right in a row)."""
    wrong = []
    for before, after in itertools.pairwise(widgets):
        a = before.mapToGlobal(before.rect().topLeft())
        b = after.mapToGlobal(after.rect().topLeft())
        same_row = abs(a.y() - b.y()) <= 4
        if (same_row and b.x() <= a.x()) or (not same_row and b.y() < a.y()):
            wrong.append(f"{accessible_name(before)!r} -> {accessible_name(after)!r}")
    return wrong


def test_keyboard_only_through_the_pages_the_card_and_dialogs(
    qtbot: QtBot, window: MainWindow, network: dict[str, int]
) -> None:
    navigation = window.navigation
    # The window opens on This week with the sidebar in hand: Down goes to Contacts.
    assert navigation.current_page() == "week"
    assert _focused() is navigation.sidebar
    assert _press(qtbot, Qt.Key.Key_Down) is navigation.sidebar
    assert navigation.current_page() == "contacts"
    assert _press(qtbot, Qt.Key.Key_Return) is window.search  # Enter goes into the page
    qtbot.keyClicks(window.search, "mike")
    qtbot.waitUntil(lambda: window.model.is_complete and window.model.rowCount() == 1)
    assert _press(qtbot, Qt.Key.Key_Return) is window.table  # on to the match
    assert window.current_contact_id() == network["mike"]
    qtbot.waitUntil(lambda: window.card.name_label.text() == "Mike Lee")

    # Enter opens the editor, Escape closes it, and the focus is back in the table.
    _press(qtbot, Qt.Key.Key_Return)
    editor = window.editor
    assert editor is not None and editor.contact_id == network["mike"]
    qtbot.waitUntil(editor.isActiveWindow)
    assert _closed_with_escape(qtbot, editor, window) is window.table

    # Tab goes on into the card, and down it the way it reads.
    reached: list[QWidget] = []
    for _ in range(60):
        widget = _press(qtbot, Qt.Key.Key_Tab)
        if widget not in reached:
            reached.append(widget)
        if widget is window.card.timeline.view:
            break
    card = window.card
    assert reached[-1] is card.timeline.view, [accessible_name(w) for w in reached]
    assert all(card.isAncestorOf(w) for w in reached), [accessible_name(w) for w in reached]
    assert card.edits.notes_edit in reached and card.timeline.call_button in reached
    assert _reading_order(reached) == []

    # Ctrl+3: the tree, which has the focus; Ctrl+, opens Preferences, Escape leaves them.
    _press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert navigation.current_page() == "tree"
    tree_page = navigation.page("tree")
    assert tree_page.isAncestorOf(_focused()) or _focused() is tree_page
    _press(qtbot, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialogs = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert len(dialogs) == 1, dialogs
    back = _closed_with_escape(qtbot, dialogs[0], window)
    assert tree_page.isAncestorOf(back) or back is tree_page
    # Ctrl+1 and the sidebar: This week, whose rows Tab reaches.
    _press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert navigation.current_page() == "week"
