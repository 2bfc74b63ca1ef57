"""Names given in a meeting become referrals, to new and existing contacts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QSettings, QTime
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.models import Contact, Meeting, Referral, Status
from netdesk.models.records import ContactData
from tests.ui.meetings.test_form import make_form, save


def test_names_given_become_referrals_new_and_existing(
    db: Path, qtbot: QtBot, settings: QSettings
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    bob = create_contact(ContactData(display_name="Bob Known"))
    form = make_form(qtbot, settings, sara)
    form.starts_at.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 0)))
    first = form.add_referral()
    first.person.setText("Bo")
    assert first.person.choose_first_match()
    assert first.person.contact_id() == bob and first.person.text() == "Bob Known"
    assert first.badge.text() == "In your contacts"
    first.reason.setText("hiring manager")
    second = form.add_referral()
    second.person.setText("Nina New")
    assert second.badge.text() == "New contact"
    second.calls_ahead.setChecked(True)
    form.add_referral()  # left blank: ignored
    save(qtbot, form)
    meeting_id = int(Meeting.get().id)
    nina = Contact.get(Contact.display_name == "Nina New")
    links = {
        r.referred_id: (r.referrer_id, r.meeting_id, r.reason, bool(r.calls_ahead))
        for r in Referral.select()
    }
    assert links == {
        bob: (sara, meeting_id, "hiring manager", False),
        nina.id: (sara, meeting_id, "", True),
    }
    assert Contact.get_by_id(sara).status == Status.MET
