"""The card shows where someone used to work and the postings they are linked to (with their
role and the posting's stage), follows other writers' links, and opens a posting on a click."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.postings import PostingInput, add_posting, link_person, move
from netdesk.models import PostingRole, PostingStage
from netdesk.models.records import ContactData
from netdesk.ui.contacts.card import ContactCard
from netdesk.ui.shell.actions import Actions
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.selection import ContactSelection
from netdesk.ui.shell.store_signals import StoreSignals
from netdesk.ui.shell.tasks import wait_for_tasks
from netdesk.ui.shell.writes import Writer


@pytest.fixture
def card(qtbot: QtBot, db: Path, qsettings: QSettings) -> Iterator[ContactCard]:
    window = QWidget()
    qtbot.addWidget(window)
    context = PanelContext(
        signals=StoreSignals(window, poll_ms=0),
        selection=ContactSelection(window),
        actions=Actions(),
        writer=Writer(window),
        settings=qsettings,
        dialog_parent=window,
        show_status=lambda _text, _ms: None,
    )
    widget = ContactCard(context)
    qtbot.addWidget(widget)
    widget.resize(420, 900)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    wait_for_tasks()


def _select(qtbot: QtBot, card: ContactCard, contact_id: int) -> None:
    with qtbot.waitSignal(card.loaded, timeout=5000):
        card._context.selection.set_current(contact_id)
    qtbot.waitUntil(lambda: not card.postings.is_loading())


def _shown(card: ContactCard) -> list[tuple[str, str]]:
    return [
        (re.sub(r"<[^>]+>", "", title.text()), detail.text())
        for title, detail in card.postings.rows
    ]


def test_past_employers_are_shown_under_the_role(qtbot: QtBot, card: ContactCard) -> None:
    sara = create_contact(
        ContactData(
            display_name="Sara Smith",
            organization="Globex",
            title="Analyst",
            past_employers=["Initech", "Umbrella"],
        )
    )
    bob = create_contact(ContactData(display_name="Bob Jones"))
    _select(qtbot, card, sara)
    assert card.role_label.text() == "Analyst at Globex"
    assert card.past_label.isVisible()
    listed = QLocale().createSeparatedList(["Initech", "Umbrella"])  # "Initech and Umbrella"
    assert card.past_label.text() == f"Used to work at {listed}"
    _select(qtbot, card, bob)
    assert not card.past_label.isVisible()


def test_linked_postings_are_listed_with_role_and_stage(qtbot: QtBot, card: ContactCard) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    analyst = add_posting(PostingInput("Globex", "Data <Analyst>"))
    link_person(analyst, sara, PostingRole.REFERRED_ME)
    link_person(analyst, sara, PostingRole.TOLD_ME)
    _select(qtbot, card, sara)
    assert card.postings.isVisible()
    assert _shown(card) == [
        ("Data &lt;Analyst&gt; at Globex", "Seen · Told me about it, Referred me")
    ]

    # Another writer moves it and links a second one: the card follows.
    engineer = add_posting(PostingInput("Initech", "Engineer"))
    link_person(engineer, sara, PostingRole.HIRING_MANAGER)
    move(analyst, PostingStage.REJECTED)
    qtbot.waitUntil(lambda: len(card.postings.rows) == 2, timeout=5000)
    assert _shown(card) == [
        ("Engineer at Initech", "Seen · Hiring manager"),
        ("Data &lt;Analyst&gt; at Globex", "Rejected · Told me about it, Referred me"),
    ]

    title, _ = card.postings.rows[0]
    (href,) = re.findall(r'href="([^"]+)"', title.text())
    with qtbot.waitSignal(card.posting_activated) as opened:
        title.linkActivated.emit(href)
    assert opened.args == [engineer]


def test_someone_linked_to_no_posting_has_no_postings_section(
    qtbot: QtBot, card: ContactCard
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    add_posting(PostingInput("Globex", "Data Analyst"))
    _select(qtbot, card, sara)
    assert not card.postings.isVisible()
    assert not card.postings.header.isVisible()
