"""Settings > Message templates: a built-in template edited (and what Compose then writes), reset,
a template of one's own added, kept with an error, deleted; the signature; the page's controls
named and reachable by keyboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from netdesk.core.compose import ComposeFor
from netdesk.core.contacts import create_contact
from netdesk.core.messages import Fit, To
from netdesk.models.records import ContactData
from netdesk.ui.compose.dialog import ComposeDialog
from netdesk.ui.compose.saved import TEMPLATES_SETTING, saved_templates
from netdesk.ui.compose.templates_page import TemplatesDialog, TemplatesPage
from netdesk.ui.preferences import PreferencesDialog
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.shell.writes import Writer
from tests.helpers.mnemonics import clashes
from tests.ui.test_accessibility import every_tab_offenders


@pytest.fixture
def opened() -> Iterator[list[TemplatesDialog]]:
    """The dialogs a test opened, kept while it runs (it holds only their pages)."""
    dialogs: list[TemplatesDialog] = []
    yield dialogs
    dialogs.clear()


@pytest.fixture
def page_in(qtbot: QtBot, opened: list[TemplatesDialog]) -> Callable[[QSettings], TemplatesPage]:
    def open_page(settings: QSettings) -> TemplatesPage:
        dialog = TemplatesDialog(settings)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        opened.append(dialog)
        return dialog.page

    return open_page


def _type(page: TemplatesPage, body: str) -> None:
    page.body.setPlainText(body)  # textChanged: kept at once


def _compose(qtbot: QtBot, settings: QSettings, contact: int) -> ComposeDialog:
    dialog = ComposeDialog(
        ComposeFor(Fit.CONTACT, contact),
        saved_templates(settings),
        writer=Writer(),
        my_name="Maria Gonzalez",
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_ready)
    return dialog


def test_an_edited_built_in_template_is_what_compose_writes_until_it_is_reset(
    qtbot: QtBot,
    db: Path,
    qsettings: QSettings,
    page_in: Callable[[QSettings], TemplatesPage],
) -> None:
    ana = create_contact(ContactData(given_name="Ana", family_name="Ruiz"))
    page = page_in(qsettings)
    assert page.list.count() == 8
    assert page.select("reciprocity")
    assert not page.reset_button.isEnabled() and not page.delete_button.isEnabled()
    assert not page.fit_boxes[Fit.CONTACT].isEnabled()  # what a built-in is for stays
    assert "Is there anything I can do for you?" in page.preview.toPlainText()
    _type(page, "Hi {first_name}, anything I can do for you?\n\n{my_name}")
    assert page.list.currentItem().text() == "Check in: anything I can do for you? (edited)"
    assert page.reset_button.isEnabled()
    assert page.preview.toPlainText().endswith(
        "Hi John, anything I can do for you?\n\nMaria Gonzalez"
    )

    compose = _compose(qtbot, qsettings, ana)
    compose.template_box.setCurrentIndex(compose.template_box.findData("reciprocity"))
    assert compose.body.toPlainText() == "Hi Ana, anything I can do for you?\n\nMaria Gonzalez"

    # A new page reads what was kept; Reset brings the shipped text back.
    again = page_in(qsettings)
    again.select("reciprocity")
    assert again.body.toPlainText().startswith("Hi {first_name}, anything")
    assert again.reset_current()
    assert "It’s been a while" in again.body.toPlainText()
    assert not again.reset_button.isEnabled()
    assert '"builtin": {}' in str(qsettings.value(TEMPLATES_SETTING))


def test_a_template_of_one_s_own_is_added_kept_with_its_errors_and_deleted(
    qtbot: QtBot,
    db: Path,
    qsettings: QSettings,
    page_in: Callable[[QSettings], TemplatesPage],
) -> None:
    ana = create_contact(ContactData(given_name="Ana", family_name="Ruiz"))
    page = page_in(qsettings)
    mine = page.add_template()
    assert page.current() == mine and page.list.count() == 9
    assert page.fit_boxes[Fit.CONTACT].isChecked() and page.fit_boxes[Fit.TASK].isEnabled()
    page.name.setText("Coffee chat")
    page.name.textEdited.emit("Coffee chat")
    page.subject.setText("Coffee, {first_name}?")
    page.subject.textEdited.emit("Coffee, {first_name}?")
    page.fit_boxes[Fit.MEETING].setChecked(True)
    page.to_box.setCurrentIndex(page.to_box.findData(To.REFERRER.value))
    _type(page, "Hi {frist_name}, coffee [[if company]]near {company}")
    assert page.list.currentItem().text() == "Coffee chat (has an error)"
    shown = page.problems.text()
    assert shown == (
        "Body, line 1, column 4: There is no placeholder {frist_name}. Did you mean "
        "{first_name}? The placeholders are listed beside the editor.\n"
        "Body, line 1, column 25: The section [[if company]] is never closed: add [[end]]."
    )
    assert "Mend the errors" in page.preview.toPlainText()
    assert "own-1" not in {t.id for t in saved_templates(qsettings)}  # not offered meanwhile

    # The text is kept as typed: a new page shows it, errors and all.
    again = page_in(qsettings)
    assert again.select("own-1")
    assert again.body.toPlainText() == "Hi {frist_name}, coffee [[if company]]near {company}"
    assert again.fit_boxes[Fit.MEETING].isChecked()
    assert again.to_box.currentData() == "referrer"
    again.to_box.setCurrentIndex(again.to_box.findData(To.CONTACT.value))
    again.insert_placeholder("first_name")  # at the end of the message
    _type(again, "Hi {first_name}, coffee[[if company]] near {company}[[end]]?")
    assert again.list.currentItem().text() == "Coffee chat (yours)"
    assert not again.problems.isVisibleTo(again)
    assert again.preview.toPlainText() == (
        "Coffee, John?\n\nHi John, coffee near Northwind Logistics?"
    )
    compose = _compose(qtbot, qsettings, ana)
    compose.template_box.setCurrentIndex(compose.template_box.findData("own-1"))
    assert compose.subject.text() == "Coffee, Ana?"
    assert compose.body.toPlainText() == "Hi Ana, coffee?"

    again.confirm_delete = lambda _text: False  # type: ignore[method-assign]
    assert not again.delete_current()
    again.confirm_delete = lambda _text: True  # type: ignore[method-assign]
    assert again.delete_current()
    assert again.list.count() == 8
    assert "own-1" not in {t.id for t in saved_templates(qsettings)}


def test_insert_puts_the_placeholder_where_the_cursor_is(
    qtbot: QtBot,
    db: Path,
    qsettings: QSettings,
    page_in: Callable[[QSettings], TemplatesPage],
) -> None:
    page = page_in(qsettings)
    page.add_template()
    page.subject.setFocus()
    qtbot.waitUntil(page.subject.hasFocus)
    page.subject.setText("Hello ")
    page.subject.setCursorPosition(6)
    menu = page.insert_button.menu()
    action = next(a for a in menu.actions() if a.text() == "{company}")
    assert "company or organization" in action.toolTip()
    action.trigger()
    assert page.subject.text() == "Hello {company}"
    assert page.current().subject == "Hello {company}"  # type: ignore[union-attr]


def test_the_signature_is_set_in_settings_and_compose_signs_with_it(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    ana = create_contact(ContactData(given_name="Ana", family_name="Ruiz"))
    preferences = main_window.preferences.open()
    assert isinstance(preferences, PreferencesDialog)
    dialog = preferences.open_templates()
    qtbot.waitExposed(dialog)
    page = dialog.page
    page.my_name.setText("Maria  Gonzalez")
    page.my_name.textEdited.emit("Maria  Gonzalez")
    assert clashes(dialog) == {}
    assert every_tab_offenders(dialog) == []
    dialog.reject()
    compose = main_window.compose.compose(ComposeFor(Fit.CONTACT, ana), "meeting_request_leads")
    qtbot.waitUntil(compose.is_ready)
    assert compose.body.toPlainText().endswith("Best regards,\nMaria Gonzalez")
    assert clashes(compose) == {}
    assert every_tab_offenders(compose) == []
    compose.reject()
