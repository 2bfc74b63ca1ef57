"""The card's keep-in-touch section: good at / needs, the rhythm and when they are due, and how
long a name given has waited for a call."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.meetings import log_interaction
from netdesk.models import InteractionKind, Relationship, Status
from netdesk.models.records import ContactData, ReferralInfo
from netdesk.ui.contacts.card import ContactCard
from netdesk.ui.theme import meaning_colours
from tests.ui.contacts.test_card import _select, card, context, statuses  # noqa: F401


def _wait(qtbot: QtBot, card: ContactCard) -> None:  # noqa: F811 (the fixture's name)
    section = card.keep_in_touch
    qtbot.waitUntil(lambda: not section.is_loading() and not section._watch.pending, timeout=5000)


def _shown(label: QLabel) -> str:
    return label.text() if not label.isHidden() else ""


def test_good_at_needs_and_an_overdue_rhythm(qtbot: QtBot, db: Path, card: ContactCard) -> None:  # noqa: F811
    month_ago = date.today() - timedelta(days=30)
    tom = create_contact(
        ContactData(
            display_name="Tom Berg",
            good_at="Supply chains",
            needs="A designer\nfor his startup",
            rhythm_days=14,
            date_added=month_ago,
            last_contact=month_ago,
        )
    )
    _select(qtbot, card, tom)
    _wait(qtbot, card)
    section = card.keep_in_touch
    assert _shown(section.good_at_label) == "Good at: Supply chains"
    assert _shown(section.needs_label) == "Needs: A designer for his startup"
    assert _shown(section.rhythm_label) == "Keep in touch every 2 weeks (set for this person)"
    assert _shown(section.due_label) == "Overdue by 16 days"
    assert meaning_colours().error in section.due_label.styleSheet()
    assert section.waiting_label.isHidden()

    # A call logged restarts the clock: the card says so without being asked.
    log_interaction(tom, InteractionKind.CALL, "Caught up", datetime.now())
    card._context.signals.poll()
    qtbot.waitUntil(lambda: section.due_label.text().startswith("Due on"), timeout=5000)
    assert not section.due_label.styleSheet()


def test_a_default_rhythm_and_a_name_waiting(qtbot: QtBot, db: Path, card: ContactCard) -> None:  # noqa: F811
    sara = create_contact(ContactData(display_name="Sara Smith"))
    john = create_contact(
        ContactData(
            display_name="John Lee",
            relationship=Relationship.RECRUITER,
            status=Status.TO_CONTACT,
            referral=ReferralInfo(sara, referred_on=date.today() - timedelta(days=9)),
        )
    )
    _select(qtbot, card, john)
    _wait(qtbot, card)
    section = card.keep_in_touch
    assert _shown(section.good_at_label) == "" and _shown(section.needs_label) == ""
    assert _shown(section.rhythm_label) == (
        "Keep in touch every 2 weeks (the default for Recruiter)"
    )
    assert _shown(section.due_label).startswith("Due on")
    assert _shown(section.waiting_label) == "Sara Smith gave you John Lee's name 9 days ago."

    # Sara herself has no rhythm and nobody waiting.
    _select(qtbot, card, sara)
    _wait(qtbot, card)
    assert _shown(section.rhythm_label) == "No rhythm: never due to keep in touch"
    assert section.due_label.isHidden() and section.waiting_label.isHidden()
