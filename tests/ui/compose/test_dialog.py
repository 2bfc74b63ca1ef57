"""The Compose dialog in the window: opened from the card, the table's context menu, This week
(a task, a thank-you note), a meeting in the history and the tree; the message it writes, its
LinkedIn count, Copy and the mailto: link, and Mark as sent logged and undone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.meetings import MeetingData, load_meeting, save_meeting
from netdesk.models import Contact, Interaction, Lead, Task
from netdesk.models.records import ContactData, Email, ReferralInfo
from netdesk.ui.compose.dialog import ComposeDialog
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.shell.tasks import wait_for_tasks
from netdesk.ui.week.rows import Section, row_of
from tests.helpers.mnemonics import clashes

YESTERDAY = (datetime.now() - timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)


class _Opened(QObject):
    """Stands in for the desktop's mail program: records the links it was given."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


@pytest.fixture
def opened() -> Iterator[_Opened]:
    handler = _Opened()
    QDesktopServices.setUrlHandler("mailto", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("mailto")


@pytest.fixture
def network(db: Path) -> dict[str, int]:
    """Sara (known, warm) referred Zoë, whom you met yesterday; Mike was referred by Zoë."""
    sara = create_contact(
        ContactData(display_name="Sara Smith", emails=[Email("sara@example.org")], lead=Lead.WARM)
    )
    zoe = create_contact(
        ContactData(
            given_name="Zoë",
            family_name="Müller-Sørensen",
            organization="Ærø Shipping",
            emails=[Email("zoë@müller.de")],
            referral=ReferralInfo(sara, reason="she told me you know everyone in logistics"),
        )
    )
    mike = create_contact(
        ContactData(
            display_name="Mike Lee",
            emails=[Email("mike@contoso.example")],
            referral=ReferralInfo(zoe, reason="he runs the Berlin team"),
        )
    )
    meeting = save_meeting(
        MeetingData(
            contact_id=zoe,
            starts_at=YESTERDAY,
            purpose="Coffee",
            help_contacts=True,
            thank_you_due=date.today() + timedelta(days=1),
        ),
        confirmed=True,
    ).meeting_id
    return {"sara": sara, "zoe": zoe, "mike": mike, "meeting": meeting}


def _dialog(qtbot: QtBot, window: MainWindow, opened_before: int) -> ComposeDialog:
    dialogs = window.compose.dialogs
    assert len(dialogs) == opened_before + 1
    dialog = dialogs[-1]
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.is_ready, timeout=5000)
    assert not dialog.error.isVisibleTo(dialog), dialog.error.text()
    return dialog


def _select(qtbot: QtBot, window: MainWindow, contact_id: int) -> None:
    window.navigation.show_page("contacts")
    window.select_contact(contact_id)
    qtbot.waitUntil(lambda: window.card.contact_id() == contact_id and not window.card.is_loading())


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.writer.busy, timeout=10_000)
    wait_for_tasks()


def test_from_the_card_the_referral_opening_goes_to_the_mail_program_with_every_character(
    qtbot: QtBot, main_window: MainWindow, network: dict[str, int], opened: _Opened
) -> None:
    window = main_window
    _select(qtbot, window, network["mike"])
    assert next(a.text() for a in window.card.compose_button.menu().actions()) == (
        "Opening line to someone you were referred to"
    )
    window.card.compose_button.click()
    dialog = _dialog(qtbot, window, 0)
    assert dialog.template_box.currentData() == "referral_opening"
    assert dialog.person() is not None and dialog.person().name == "Mike Lee"  # type: ignore[union-attr]
    assert dialog.address_label.text() == "mike@contoso.example"
    body = dialog.body.toPlainText()
    assert "Zoë Müller-Sørensen suggested I give you a call: he runs the Berlin team." in body
    assert dialog.subject.text() == "Zoë Müller-Sørensen suggested I get in touch"

    # The count is LinkedIn's: UTF-16 units; past 300 a warning says by how much.
    assert dialog.count_label.text() == f"{len(body)} of 300 characters of a LinkedIn invitation"
    assert not dialog.too_long.isVisibleTo(dialog)
    dialog.body.setPlainText("Q&A? 👍\n" + "x" * 300)
    assert dialog.counted() == 308  # "Q&A? " 5, the emoji 2, the line break 1
    assert dialog.too_long.isVisibleTo(dialog)
    assert "by 8 characters" in dialog.too_long.text()

    # What the mail program gets: the subject and the text exactly, nothing added to the link.
    dialog.body.setPlainText("Hallo Zoë,\nQ&A? Yes & no?\n\ncc=boss@example.com&bcc=x")
    dialog.subject.setText("Frage & Antwort? Ærø")
    assert not dialog.sent_button.isEnabled()  # nothing has gone out yet
    assert dialog.open_mail()
    parts = urlsplit(opened.urls[-1])
    fields = parse_qs(parts.query, strict_parsing=True)
    assert unquote(parts.path) == "mike@contoso.example"
    assert set(fields) == {"subject", "body"}
    assert fields["subject"] == ["Frage & Antwort? Ærø"]
    assert fields["body"] == ["Hallo Zoë,\r\nQ&A? Yes & no?\r\n\r\ncc=boss@example.com&bcc=x"]
    assert dialog.sent_button.isEnabled()
    assert dialog.sent_kind.currentData() == "email"
    assert clashes(dialog) == {}


def test_a_thank_you_from_this_week_is_logged_marks_the_note_sent_and_undoes(
    qtbot: QtBot, main_window: MainWindow, network: dict[str, int], opened: _Opened
) -> None:
    window = main_window
    week = window.meetings.week_view
    window.navigation.show_page("week")
    qtbot.waitUntil(lambda: not week.is_loading() and week.plan() is not None)
    row = week.section_item(Section.THANK_YOUS, "Zoë Müller-Sørensen")
    menu = week.row_menu(row)
    assert menu is not None
    (compose,) = menu.actions()
    compose.trigger()
    dialog = _dialog(qtbot, window, 0)
    assert dialog.template_box.currentData() == "thank_you"
    assert dialog.heading.text().startswith("About your meeting with")
    assert "I’m especially grateful for the names you suggested." in dialog.body.toPlainText()
    assert dialog.address_label.text() == "zoë@müller.de"
    assert dialog.thank_you_box.isVisibleTo(dialog) and dialog.thank_you_box.isChecked()
    assert not dialog.task_box.isVisibleTo(dialog)

    dialog.open_mail()
    (url,) = opened.urls
    assert urlsplit(url).path == "zo%C3%AB@xn--mller-kva.de"
    with qtbot.waitSignal(dialog.sent):
        dialog.sent_button.click()
    _settle(qtbot, window)
    logged = Interaction.get(Interaction.contact == network["zoe"])
    assert (logged.kind, logged.summary) == ("email", "Thank-you note after a meeting")
    assert load_meeting(network["meeting"]).thank_you_sent == date.today()
    assert window.compose.dialogs == []  # it closed
    assert window.undo_action.text() == "&Undo Log “Thank-you note after a meeting” as sent"
    qtbot.waitUntil(lambda: week.section_texts(Section.THANK_YOUS) == [], timeout=5000)

    window.undo_stack.undo()
    _settle(qtbot, window)
    assert Interaction.select().count() == 0
    assert load_meeting(network["meeting"]).thank_you_sent is None
    qtbot.waitUntil(
        lambda: week.section_texts(Section.THANK_YOUS) == ["Zoë Müller-Sørensen"], timeout=5000
    )
    window.undo_stack.redo()
    _settle(qtbot, window)
    assert Interaction.select().count() == 1


def test_a_task_on_this_week_is_written_about_and_ticked_off(
    qtbot: QtBot, main_window: MainWindow, network: dict[str, int]
) -> None:
    window = main_window
    task = int(
        Task.create(contact=network["sara"], kind="call", title="Call Sara", due=date.today()).id
    )
    week = window.meetings.week_view
    window.navigation.show_page("week")
    week.refresh()  # the task was written past the store, which did not say so
    qtbot.waitUntil(lambda: not week.is_loading() and week.plan() is not None)
    item = next(
        i
        for section in Section
        for i in week.rows(section)
        if (r := row_of(i)) is not None and r.entry.task_id == task
    )
    menu = week.row_menu(item)
    assert menu is not None
    menu.actions()[0].trigger()
    dialog = _dialog(qtbot, window, 0)
    assert dialog.heading.text() == "About a task for Sara Smith"
    assert dialog.template_box.currentData() == "meeting_request_leads"
    assert dialog.task_box.isVisibleTo(dialog) and "Call Sara" in dialog.task_box.text()
    assert not dialog.mark_sent()  # not copied or opened yet
    dialog.copy()
    assert QGuiApplication.clipboard().text() == dialog.body.toPlainText()
    assert dialog.sent_kind.currentData() == "message"
    dialog.sent_button.click()
    _settle(qtbot, window)
    assert Task.get_by_id(task).done
    assert Interaction.get(Interaction.contact == network["sara"]).kind == "message"
    window.undo_stack.undo()
    _settle(qtbot, window)
    assert not Task.get_by_id(task).done and Interaction.select().count() == 0


def test_the_table_the_history_and_the_tree_open_compose_too(
    qtbot: QtBot, main_window: MainWindow, network: dict[str, int]
) -> None:
    window = main_window
    _select(qtbot, window, network["sara"])
    compose = next(a for a in window.table.actions() if a.objectName() == "compose")
    assert compose.isEnabled()
    compose.trigger()
    dialog = _dialog(qtbot, window, 0)
    assert dialog.heading.text() == "To Sara Smith"
    assert dialog.template_box.currentData() == "meeting_request_leads"
    dialog.reject()
    qtbot.waitUntil(lambda: window.compose.dialogs == [])

    # A meeting in Zoë's history: its thank-you note.
    _select(qtbot, window, network["zoe"])
    timeline = window.card.timeline
    qtbot.waitUntil(lambda: timeline.model.rowCount() > 0)
    entry = timeline.model.entries()[0]
    assert entry.source == "meeting"
    write = next(
        a for a in timeline.entry_menu(entry).actions() if a.text() == "Compose a message..."
    )
    write.trigger()
    dialog = _dialog(qtbot, window, 0)
    assert dialog.request.meeting_id == network["meeting"]
    assert dialog.template_box.currentData() == "thank_you"
    dialog.reject()
    qtbot.waitUntil(lambda: window.compose.dialogs == [])

    # The tree: Mike as someone referred, and his referrer asked to call ahead.
    window.navigation.show_page("tree")
    panel = window.referral_tree.panel
    _select(qtbot, window, network["mike"])
    window.navigation.show_page("tree")
    qtbot.waitUntil(lambda: panel.current_contact_id() == network["mike"])
    panel.menu.update()
    assert panel.menu.compose_action.isEnabled()
    panel.menu.compose_action.trigger()
    dialog = _dialog(qtbot, window, 0)
    assert dialog.heading.text() == "To someone referred: Mike Lee"
    assert dialog.template_box.currentData() == "referral_opening"
    dialog.template_box.setCurrentIndex(dialog.template_box.findData("ask_call_ahead"))
    person = dialog.person()
    assert person is not None and person.contact_id == network["zoe"]
    assert dialog.body.toPlainText().startswith("Hi Zoë,")
    assert dialog.address_label.text() == "zoë@müller.de"
    dialog.copy()
    dialog.sent_button.click()
    _settle(qtbot, window)
    logged = Interaction.get()
    assert logged.contact_id == network["zoe"]  # to the referrer, in her history
    assert logged.summary == "Ask the referrer to call ahead"
    assert Contact.get_by_id(network["zoe"]).last_contact == date.today()


def test_compose_closes_with_the_database_and_a_contact_gone_says_so(
    qtbot: QtBot, main_window: MainWindow, network: dict[str, int]
) -> None:
    from netdesk.core.compose import ComposeFor
    from netdesk.core.messages import Fit

    window = main_window
    gone = window.context.actions.compose(ComposeFor(Fit.CONTACT, 99_999))
    assert isinstance(gone, ComposeDialog)
    qtbot.waitUntil(gone.is_ready)
    assert "cannot be written" in gone.error.text()
    assert not gone.copy_button.isEnabled() and not gone.sent_button.isEnabled()
    gone.reject()
    window.context.actions.compose(ComposeFor(Fit.CONTACT, network["sara"]), "reciprocity")
    dialog = _dialog(qtbot, window, 0)
    assert dialog.template_box.currentData() == "reciprocity"
    assert dialog.windowModality() == Qt.WindowModality.NonModal
    window.context.signals.switched.emit(None)
    qtbot.waitUntil(lambda: window.compose.dialogs == [])


def test_the_found_a_job_note_goes_up_the_chain_one_person_after_the_other(
    qtbot: QtBot, main_window: MainWindow, network: dict[str, int]
) -> None:
    from netdesk.core.compose import ComposeFor
    from netdesk.core.messages import Fit

    window = main_window
    window.context.actions.compose(ComposeFor(Fit.CONTACT, network["mike"]), "found_job")
    dialog = _dialog(qtbot, window, 0)
    names = [dialog.to_box.itemText(i) for i in range(dialog.to_box.count())]
    assert names == ["Mike Lee", "Zoë Müller-Sørensen", "Sara Smith"]
    assert dialog.to_box.isEnabled()
    helped = "the next: Sara Smith, Zoë Müller-Sørensen and Mike Lee."
    for contact, hello in (
        ("mike", "Hi Mike,"),
        ("zoe", "Hi Zoë,"),
        ("sara", "Hi Sara,"),
    ):
        assert dialog.body.toPlainText().startswith(hello)
        assert helped in dialog.body.toPlainText()
        assert not dialog.sent_button.isEnabled()  # this one has not gone out yet
        dialog.copy()
        with qtbot.waitSignal(dialog.sent):
            dialog.sent_button.click()
        _settle(qtbot, window)
        logged = Interaction.get(Interaction.contact == network[contact])
        assert logged.summary == "I found a job: thank you"
    assert window.compose.dialogs == []  # the last one closed it
    assert Interaction.select().count() == 3
