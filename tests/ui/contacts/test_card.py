"""The contact card: what it shows of a real contact, in-place edits with undo, copying, the
mail and call links, following the selection and other writers' changes, keyboard access."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netdesk.core.card import set_next_step
from netdesk.core.contacts import create_contact, load_contact, update_contact
from netdesk.core.meetings import log_interaction
from netdesk.models import InteractionKind, Lead, Status, Task
from netdesk.models.records import ContactData, Email, Phone, ReferralInfo
from netdesk.ui.compose.dialog import ComposeDialog
from netdesk.ui.compose.panel import ComposeIntegration
from netdesk.ui.contacts.card import MIN_WIDTH, ContactCard
from netdesk.ui.shell.actions import Actions
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.selection import ContactSelection
from netdesk.ui.shell.store_signals import StoreSignals
from netdesk.ui.shell.tasks import wait_for_tasks
from netdesk.ui.shell.writes import Writer

STEP_DUE = date.today() + timedelta(days=3)


class _Opened(QObject):
    """Stands in for the desktop's mail program and dialler: records what they were given."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened() -> Iterator[_Opened]:
    handler = _Opened()
    for scheme in ("mailto", "tel", "https"):
        QDesktopServices.setUrlHandler(scheme, handler, "open")
    yield handler
    for scheme in ("mailto", "tel", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def people(db: Path) -> dict[str, int]:
    sara = create_contact(ContactData(display_name="Sara Smith", lead=Lead.WARM))
    john = create_contact(ContactData(display_name="John Public", referral=ReferralInfo(sara)))
    mike = create_contact(
        ContactData(
            given_name="Mike",
            family_name="Lee",
            organization="Contoso",
            title="Head of Operations",
            emails=[Email("mike@contoso.example", "work")],
            phones=[Phone("+1 415 555 0134", "mobile")],
            tags=["logistics"],
            notes="Prefers e-mail. " * 40,
            lead=Lead.WARM,
            status=Status.MET,
            next_follow_up=date.today() + timedelta(days=10),
            referral=ReferralInfo(john, reason="he knows everyone in logistics"),
        )
    )
    set_next_step(mike, "Call about the Berlin team", STEP_DUE)
    log_interaction(mike, InteractionKind.CALL, "First call", datetime(2026, 11, 20, 9, 30))
    return {"sara": sara, "john": john, "mike": mike}


@pytest.fixture
def statuses() -> list[str]:
    """What the card said in the status bar."""
    return []


@pytest.fixture
def context(
    qtbot: QtBot, db: Path, qsettings: QSettings, statuses: list[str]
) -> Iterator[PanelContext]:
    window = QWidget()
    qtbot.addWidget(window)
    context = PanelContext(
        signals=StoreSignals(window, poll_ms=0),
        selection=ContactSelection(window),
        actions=Actions(),
        writer=Writer(window),
        settings=qsettings,
        dialog_parent=window,
        show_status=lambda text, _ms: statuses.append(text),
    )
    yield context
    wait_for_tasks()


@pytest.fixture
def card(qtbot: QtBot, context: PanelContext) -> ContactCard:
    widget = ContactCard(context)
    qtbot.addWidget(widget)
    widget.resize(420, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _select(qtbot: QtBot, card: ContactCard, contact_id: int | None) -> None:
    with qtbot.waitSignal(card.loaded, timeout=5000):
        card._context.selection.set_current(contact_id)


def _settle(qtbot: QtBot, card: ContactCard) -> None:
    """The writer is done and the card has read what the store said changed."""
    qtbot.waitUntil(lambda: not card._context.writer.busy)
    qtbot.waitUntil(lambda: not card._watch.pending and not card.is_loading(), timeout=5000)


def test_the_card_shows_the_contact(qtbot: QtBot, card: ContactCard, people: dict[str, int]
                                    ) -> None:  # fmt: skip
    assert card.stack.currentWidget() is card.empty_page
    _select(qtbot, card, people["mike"])
    assert card.stack.currentWidget() is card.scroll_area
    assert card.name_label.text() == "Mike Lee"
    assert card.role_label.text() == "Head of Operations at Contoso"
    assert card.avatar.initials() == "ML" and not card.avatar.has_photo()
    assert (card.lead_chip.text(), card.status_chip.text()) == ("Warm", "Met")
    assert card.lead_chip.accessibleName() == "Lead: Warm"
    assert [(row.value, row.label.text()) for row in card._reach_rows] == [
        ("mike@contoso.example", "work"),
        ("+1 415 555 0134", "mobile"),
    ]
    assert card.path_label.text() == "Referred by John Public"
    assert card.chain_label.text() == "John Public → Sara Smith → you"
    assert card.reason_label.text() == "Why: he knows everyone in logistics"
    assert card.opening_label.text() == "“John Public suggested I give you a call.”"
    edits = card.edits
    assert edits.step_edit.text() == "Call about the Berlin team"
    assert edits.step_due.date().toPython() == STEP_DUE
    assert edits.follow_up.value() == date.today() + timedelta(days=10)
    assert edits.tags_edit.text() == "logistics"
    assert edits.notes_edit.toPlainText() == "Prefers e-mail. " * 40
    assert card.timeline.model.rowCount() == 1
    assert card.timeline.model.index(0, 2).data() == "First call"

    # Someone you know directly: no opening line to copy.
    _select(qtbot, card, people["sara"])
    assert card.path_label.text() == "You know Sara Smith directly: Other."
    assert not card.copy_opening_button.isVisibleTo(card)
    assert edits.step_edit.text() == "" and not edits.step_done_button.isEnabled()


def test_long_text_wraps_and_the_card_never_scrolls_sideways(
    qtbot: QtBot, card: ContactCard, people: dict[str, int]
) -> None:
    contact = load_contact(people["mike"])
    long_address = "a.very.long.address.that.goes.on.and.on." * 3 + "@example.com"
    update_contact(people["mike"], replace(contact, emails=[Email(long_address)]))
    _select(qtbot, card, people["mike"])
    card.resize(MIN_WIDTH, 600)
    qtbot.waitUntil(lambda: card.width() == MIN_WIDTH)
    qtbot.waitUntil(card.scroll_area.verticalScrollBar().isVisible)  # taller than the card
    body = card.scroll_area.widget()
    assert body.minimumSizeHint().width() <= card.scroll_area.viewport().width()
    assert card.scroll_area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert (card.minimumWidth(), card.maximumWidth()) == (320, 600)
    button = card._reach_rows[0].copy_button
    assert button.full_text() == long_address and "…" in button.text()
    assert card.edits.notes_edit.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth


def test_clicking_copies_with_a_confirmation(
    qtbot: QtBot, card: ContactCard, people: dict[str, int], statuses: list[str]
) -> None:
    _select(qtbot, card, people["mike"])
    email = card._reach_rows[0]
    qtbot.mouseClick(email.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "mike@contoso.example"
    assert email.copied_label.isVisibleTo(card) and not email.label.isVisibleTo(card)
    qtbot.waitUntil(lambda: not email.copied_label.isVisibleTo(card), timeout=3000)
    assert email.label.isVisibleTo(card)
    assert "Copied mike@contoso.example" in statuses[-1]
    card._reach_rows[1].copy_button.click()
    assert QGuiApplication.clipboard().text() == "+1 415 555 0134"
    card.copy_opening_button.click()
    assert QGuiApplication.clipboard().text() == "John Public suggested I give you a call."


def test_mail_call_and_compose_go_to_the_desktops_handlers(
    qtbot: QtBot, card: ContactCard, people: dict[str, int], opened: _Opened
) -> None:
    hostile = "a&cc=boss%40corp.example?body=hi@evil.example"
    contact = load_contact(people["mike"])
    update_contact(
        people["mike"],
        replace(
            contact,
            emails=[Email(hostile), Email("mike@contoso.example")],
            phones=[Phone("+1 415 555 0134 ext. 12;phone-context=evil")],
        ),
    )
    _select(qtbot, card, people["mike"])
    mail, _second, phone = card._reach_rows
    assert mail.action_button is not None and phone.action_button is not None
    mail.action_button.click()
    phone.action_button.click()
    sent, dialled = (
        url.toString(QUrl.ComponentFormattingOption.FullyEncoded) for url in opened.urls
    )
    parts = urlsplit(sent)
    assert parts.scheme == "mailto" and unquote(parts.path) == hostile and parts.query == ""
    assert dialled == "tel:+14155550134;ext=12"

    assert card.compose_with(None) is None  # nobody to compose it without a window
    ComposeIntegration(card._context)
    assert card.compose_button.menu().actions()  # the built-in templates that fit
    dialog = card.compose_with(None)
    assert isinstance(dialog, ComposeDialog)
    qtbot.waitUntil(dialog.is_ready)
    assert dialog.open_mail()
    parts = urlsplit(opened.urls[-1].toString(QUrl.ComponentFormattingOption.FullyEncoded))
    query = parse_qs(parts.query)
    assert unquote(parts.path) == hostile and set(query) == {"subject", "body"}
    assert "John Public" in query["subject"][0] + query["body"][0]
    assert query["body"][0].startswith("Hi Mike")


def test_in_place_edits_save_and_undo(
    qtbot: QtBot, card: ContactCard, people: dict[str, int]
) -> None:
    mike = people["mike"]
    _select(qtbot, card, mike)
    undo = card._context.undo_stack

    contacted = next(a for a in card.status_chip.menu().actions() if a.text() == "Contacted")
    contacted.trigger()
    _settle(qtbot, card)
    assert load_contact(mike).status == Status.CONTACTED
    assert card.status_chip.text() == "Contacted"
    assert undo.undoText() == "Edit Mike Lee"

    cold = next(a for a in card.lead_chip.menu().actions() if a.text() == "Cold")
    cold.trigger()
    _settle(qtbot, card)
    assert load_contact(mike).lead == Lead.COLD

    edits = card.edits
    edits.tags_edit.setText("logistics, Berlin ,  ")
    edits.tags_edit.editingFinished.emit()
    edits.notes_edit.setPlainText("Met at the fair.")
    edits.step_edit.setText("Send the CV")
    edits.follow_up.check.setChecked(False)
    edits.save_edits()
    _settle(qtbot, card)
    stored = load_contact(mike)
    assert (sorted(stored.tags), stored.notes, stored.next_follow_up) == (
        ["Berlin", "logistics"],
        "Met at the fair.",
        None,
    )
    assert Task.get(Task.contact == mike).title == "Send the CV"
    assert sorted(edits.tags_edit.text().split(", ")) == ["Berlin", "logistics"]
    assert stored.name == "Mike Lee" and stored.referral is not None  # nothing else touched

    for _ in range(6):
        undo.undo()
    _settle(qtbot, card)
    stored = load_contact(mike)
    assert (stored.status, stored.lead, stored.tags) == (Status.MET, Lead.WARM, ["logistics"])
    assert stored.notes == "Prefers e-mail. " * 40
    assert Task.get(Task.contact == mike).title == "Call about the Berlin team"
    assert (card.status_chip.text(), card.lead_chip.text()) == ("Met", "Warm")
    assert edits.tags_edit.text() == "logistics"
    assert edits.step_edit.text() == "Call about the Berlin team"

    edits.step_done_button.click()
    _settle(qtbot, card)
    assert Task.get(Task.contact == mike).done
    assert edits.step_edit.text() == ""
    undo.undo()
    _settle(qtbot, card)
    assert edits.step_edit.text() == "Call about the Berlin team"


def test_what_is_being_typed_survives_a_reread_and_is_saved_on_leaving(
    qtbot: QtBot, card: ContactCard, people: dict[str, int]
) -> None:
    mike = people["mike"]
    _select(qtbot, card, mike)
    notes = card.edits.notes_edit
    card.activateWindow()
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    notes.setPlainText("Half a thought")
    contact = load_contact(mike)
    with qtbot.waitSignal(card.loaded, timeout=5000):
        update_contact(mike, replace(contact, title="COO"))  # another writer, meanwhile
    assert card.role_label.text() == "COO at Contoso"
    assert notes.toPlainText() == "Half a thought"
    _select(qtbot, card, people["sara"])  # leaving the contact saves what was typed
    _settle(qtbot, card)
    stored = load_contact(mike)
    assert (stored.notes, stored.title) == ("Half a thought", "COO")


def test_the_card_follows_the_selection_and_other_writers(
    qtbot: QtBot, card: ContactCard, people: dict[str, int]
) -> None:
    _select(qtbot, card, people["john"])
    assert card.name_label.text() == "John Public"
    assert card.chain_label.text() == "Sara Smith → you"
    with qtbot.waitSignal(card.loaded, timeout=5000):
        update_contact(people["sara"], ContactData(display_name="Sara Jones"))
    assert card.chain_label.text() == "Sara Jones → you"
    with qtbot.waitSignal(card.loaded, timeout=5000):
        set_next_step(people["john"], "Ask for two names", STEP_DUE)
    assert card.edits.step_edit.text() == "Ask for two names"
    with qtbot.waitSignal(card.loaded, timeout=5000):
        log_interaction(people["john"], InteractionKind.EMAIL, "Wrote to John")
    assert card.status_chip.text() == "Contacted"
    qtbot.waitUntil(lambda: card.timeline.model.rowCount() == 1)
    _select(qtbot, card, None)
    assert card.stack.currentWidget() is card.empty_page
    assert card.empty_title.text() == "No contact selected"


def test_every_control_has_a_name_and_tab_goes_down_the_card(
    qtbot: QtBot, card: ContactCard, people: dict[str, int]
) -> None:
    _select(qtbot, card, people["mike"])
    interactive = (QAbstractButton, QLineEdit, QPlainTextEdit, QAbstractSpinBox, QAbstractItemView)
    unnamed = [
        f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()}"
        for w in card.findChildren(QWidget)
        if isinstance(w, interactive)
        and w.isVisibleTo(card)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not isinstance(w.parentWidget(), QAbstractSpinBox)
        and not w.accessibleName()
    ]
    assert unnamed == []

    expected = [
        card.lead_chip,
        card.status_chip,
        card.edit_button,
        card._reach_rows[0].copy_button,
        card._reach_rows[0].action_button,
        card._reach_rows[1].copy_button,
        card.copy_opening_button,
        card.edits.step_edit,
        card.edits.step_due,
        card.edits.follow_up.check,
        card.edits.tags_edit,
        card.edits.notes_edit,
        card.log_meeting_button,
        card.compose_button,
        card.timeline.summary,
        card.timeline.call_button,
        card.timeline.view,
    ]
    reached: list[QWidget] = []
    widget: QWidget = card.lead_chip
    for _ in range(200):
        if widget in expected and widget not in reached:
            reached.append(widget)
        widget = widget.nextInFocusChain()
    assert reached == expected


def test_edit_all_and_log_a_meeting_ask_the_window(
    qtbot: QtBot, card: ContactCard, people: dict[str, int]
) -> None:
    asked: list[tuple[str, int | None]] = []
    actions = card._context.actions
    actions.open_editor = lambda contact_id: asked.append(("editor", contact_id))  # type: ignore[assignment, func-returns-value]
    actions.log_meeting = lambda contact_id: asked.append(("meeting", contact_id))  # type: ignore[assignment, func-returns-value]
    _select(qtbot, card, people["mike"])
    card.edit_button.click()
    card.log_meeting_button.click()
    assert asked == [("editor", people["mike"]), ("meeting", people["mike"])]


def test_the_card_is_never_narrower_than_its_buttons_in_a_longer_language(
    qtbot: QtBot, context: PanelContext
) -> None:
    """Spanish's History buttons need 440 px: the splitter may not squeeze the card below
    that (it narrows the table instead), or the card's right edge is cut off."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Wordy(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: object = None, n: int = -1
        ) -> str:
            if context == "TimelineWidget" and source in ("Log a call", "Log an e-mail"):
                return f"{source}, in longer words"
            return ""

    wordy = Wordy()
    QCoreApplication.installTranslator(wordy)
    try:
        card = ContactCard(context)
        qtbot.addWidget(card)
    finally:
        QCoreApplication.removeTranslator(wordy)
    body = card.scroll_area.widget()
    assert card.minimumWidth() > MIN_WIDTH
    assert card.minimumWidth() >= body.minimumSizeHint().width()
