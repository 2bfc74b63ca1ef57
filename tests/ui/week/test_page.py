"""The "This week" page: an agenda by day, ticked rows that stay (struck out, with undo), room
for every column, and the keyboard."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QToolTip
from pytestqt.qtbot import QtBot

from netdesk.core.capacity import Capacity
from netdesk.core.contacts import create_contact, set_referrer
from netdesk.core.demo import generate_demo
from netdesk.core.meetings import MeetingData, save_meeting
from netdesk.models import Contact, Status
from netdesk.models.records import ContactData
from netdesk.ui.shell.empty_state import DEMO_CONTACTS
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.week.lists import SectionList, elided
from netdesk.ui.week.plan_groups import Area
from netdesk.ui.week.rows import Column
from netdesk.ui.week.view import Section, WeekView
from tests.ui.week.test_view import TODAY, loaded, make_view, seed, tick


def groups(listed: SectionList) -> list[str]:
    return [listed.topLevelItem(i).text(0) for i in range(listed.topLevelItemCount())]


def children(view: WeekView, key: str) -> list[str]:
    group = view.group_item(key)
    assert group is not None
    return [group.child(i).text(0) for i in range(group.childCount())]


def test_the_agenda_goes_day_by_day_with_meetings_at_their_time(db: Path, qtbot: QtBot) -> None:
    seed()
    early = create_contact(ContactData(display_name="Early Bird"))
    save_meeting(
        MeetingData(contact_id=early, starts_at=datetime(2026, 11, 27, 8), purpose="Breakfast"),
        now=datetime(2026, 11, 25, 12),
    )
    view = make_view(qtbot)
    agenda = view.lists[Area.AGENDA]
    # Overdue first, then the days that have something; Wednesday's thank-you note is to send.
    assert groups(agenda) == ["Overdue (1)", "Monday 23 November (1)", "Friday 27 November (3)"]
    # A day's meetings by time, then the calls and e-mails due that day.
    assert children(view, "day:2026-11-27") == ["Early Bird", "Anna Müller", "Sara Smith (Acme)"]
    anna = view.section_item(Section.MEETINGS, "Anna Müller")
    assert anna.text(Column.WHEN) == "14:00–14:15"
    assert "Coffee" in anna.text(Column.WHAT)
    assert groups(view.lists[Area.SEND]) == ["Thank-you notes owed (1)"]
    assert view.section_item(Section.THANK_YOUS, "Sara Smith").text(Column.WHEN) == "due Wed 25 Nov"
    assert groups(view.lists[Area.CALL]) == ["Referrals not yet contacted (1)"]
    assert [view.headings[a].text() for a in Area] == [
        "Agenda", "To send", "Who to call next", "Job postings", "Waiting",
    ]  # fmt: skip
    assert [view.headings[a].property("role") for a in Area] == ["section"] * 5
    assert view.headings[Area.POSTINGS].isHidden()  # no posting to act on this week
    assert view.headings[Area.WAITING].isHidden()  # the week holds it all
    assert view.waiting_bar.isHidden()
    assert view.title_label.property("role") == "page-title"
    assert view.dates_label.property("role") == "secondary"
    summary = "Meetings: 3 · Follow-ups due: 1 (overdue: 1) · Thank-you notes owed: 1 (overdue: 0)"
    assert summary in view.summary_label.text()


def test_today_is_named_in_the_agenda(db: Path, qtbot: QtBot) -> None:
    create_contact(ContactData(display_name="Sara Smith", next_follow_up=TODAY))
    view = make_view(qtbot)
    assert groups(view.lists[Area.AGENDA]) == ["Today · Wednesday 25 November (1)"]
    assert view.section_texts(Section.FOLLOW_UPS) == ["Sara Smith"]


def test_a_ticked_row_stays_struck_through_with_undo_at_hand(db: Path, qtbot: QtBot) -> None:
    ids = seed()
    view = make_view(qtbot)
    john = view.section_item(Section.REFERRALS, "John Public")
    assert view.undo_button(john) is None
    tick(qtbot, view, john)
    assert Contact.get_by_id(ids["john"]).status == Status.CONTACTED
    # Still there, where it was: struck through, greyed, with an Undo button.
    john = view.section_item(Section.REFERRALS, "John Public")
    assert john.checkState(0) == Qt.CheckState.Checked
    assert all(john.font(c).strikeOut() for c in Column)
    assert john.foreground(Column.WHO).color() == view.palette().placeholderText().color()
    assert view.done_texts(Section.REFERRALS) == ["John Public"]
    assert view.section_texts(Section.REFERRALS) == []

    # Read again from the database (which no longer lists John): still shown, as done.
    view.refresh()
    loaded(qtbot, view)
    assert view.plan() is not None and not any(c.name == "John Public" for c in view.plan().calls)
    john = view.section_item(Section.REFERRALS, "John Public")
    assert view.is_done(john) and john.font(0).strikeOut()
    button = view.undo_button(john)
    assert button is not None and button.text() == "Undo"
    assert button.accessibleDescription() == "Undo ticking off John Public"

    button.click()
    qtbot.waitUntil(lambda: not view.writer.busy)
    contact = Contact.get_by_id(ids["john"])
    assert (contact.status, contact.last_contact) == (Status.TO_CONTACT, None)
    assert not view.is_done(john) and not john.font(0).strikeOut()
    assert john.checkState(0) == Qt.CheckState.Unchecked
    assert view.undo_button(john) is None
    assert john.text(Column.REACH) == ""  # John has no phone or e-mail: nothing to put back
    assert view.writer.undo_stack.undoText() == "Untick John Public"

    # The window's undo stack (Ctrl+Z) gives the tick back, and takes it again.
    view.writer.undo_stack.undo()
    qtbot.waitUntil(lambda: not view.writer.busy and not view.is_loading())
    assert Contact.get_by_id(ids["john"]).status == Status.CONTACTED
    john = view.section_item(Section.REFERRALS, "John Public")  # the plan was read again
    assert view.is_done(john) and john.font(0).strikeOut() and view.undo_button(john)
    view.writer.undo_stack.undo()  # the tick itself
    qtbot.waitUntil(lambda: not view.writer.busy and not view.is_loading())
    assert Contact.get_by_id(ids["john"]).status == Status.TO_CONTACT
    assert view.section_texts(Section.REFERRALS) == ["John Public"]
    assert view.done_texts(Section.REFERRALS) == []


def test_a_ticked_overdue_row_keeps_its_red_date_when_unticked(db: Path, qtbot: QtBot) -> None:
    seed()
    view = make_view(qtbot)
    olga = view.section_item(Section.OVERDUE, "Follow up with Olga Overdue")
    red = olga.foreground(Column.WHEN).color()
    assert red.red() > 150 and red.green() < 100
    tick(qtbot, view, olga)
    assert olga.foreground(Column.WHEN).color() == view.palette().placeholderText().color()
    tick(qtbot, view, olga, checked=False)
    assert olga.foreground(Column.WHEN).color() == red


def test_in_the_window_a_store_change_keeps_the_ticked_row(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    set_referrer(create_contact(ContactData(display_name="Jane Referral")), sara)
    view = main_window.meetings.week_view
    view.refresh()
    loaded(qtbot, view)
    row = view.section_item(Section.REFERRALS, "Jane Referral")
    with qtbot.waitSignal(view.plan_loaded, timeout=5000):  # the store's change reads it again
        row.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: not main_window.writer.busy and not view.is_loading())
    assert view.done_texts(Section.REFERRALS) == ["Jane Referral"]
    assert main_window.undo_stack.undoText() == "Tick off Jane Referral"
    main_window.undo_stack.undo()
    qtbot.waitUntil(lambda: view.section_texts(Section.REFERRALS) == ["Jane Referral"])
    assert view.done_texts(Section.REFERRALS) == []


def test_every_heading_fits_at_1280_pixels(qtbot: QtBot, db: Path, roomy: Capacity) -> None:
    generate_demo(DEMO_CONTACTS)
    view = WeekView(today=lambda: date.today())
    qtbot.addWidget(view)
    view.resize(1280 - 220, 740)  # the page beside the sidebar of a 1280x800 window
    view.show()
    qtbot.waitExposed(view)
    loaded(qtbot, view)
    qtbot.waitUntil(lambda: all(lst.width() > 900 for lst in view.lists.values()))
    shown = [lst for lst in view.lists.values() if not lst.isHidden()]
    assert len(shown) == 4  # the demo has postings to act on
    for listed in shown:
        header = listed.header()
        for column in Column:
            assert header.sectionSize(column) >= header.sectionSizeHint(column), (
                listed.accessibleName(),
                listed.headerItem().text(column),
            )
        assert sum(header.sectionSize(c) for c in Column) <= listed.viewport().width()
        # Dates, times and phone numbers never elide at this width, in any group opened.
        for g in range(listed.topLevelItemCount()):
            group = listed.topLevelItem(g)
            group.setExpanded(True)
            for i in range(group.childCount()):
                for column in (Column.WHEN, Column.REACH):
                    index = listed.indexFromItem(group.child(i), column)
                    assert not elided(listed, index), group.child(i).text(column)
        # As tall as all its rows, the groups just opened included: the page scrolls, not it.
        qtbot.waitUntil(lambda listed=listed: listed.height() >= listed.sizeHint().height())
        assert listed.verticalScrollBar().maximum() == 0
    for heading in view.headings.values():
        assert heading.width() >= heading.sizeHint().width()


def test_a_text_too_long_elides_with_its_full_text_as_tooltip(db: Path, qtbot: QtBot) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    purpose = "Learn how the data team hires " * 20
    save_meeting(
        MeetingData(contact_id=sara, starts_at=datetime(2026, 11, 26, 10), purpose=purpose),
        now=datetime(2026, 11, 25, 12),
    )
    view = WeekView(today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    loaded(qtbot, view)
    row = view.section_item(Section.MEETINGS, "Sara Smith")
    listed = view.list_of(row)
    long_text = listed.indexFromItem(row, Column.WHAT)
    short_text = listed.indexFromItem(row, Column.WHEN)
    assert elided(listed, long_text) and not elided(listed, short_text)
    delegate = listed.itemDelegate()
    for index, shown in ((short_text, "10:00"), (long_text, purpose.strip()[:40])):
        centre = listed.visualRect(index).center()
        event = QHelpEvent(QHelpEvent.Type.ToolTip, centre, listed.viewport().mapToGlobal(centre))
        assert delegate.helpEvent(event, listed, QStyleOptionViewItem(), index)
        assert (shown in QToolTip.text()) is (index == long_text)
    QToolTip.hideText()


def test_the_keyboard_walks_ticks_and_opens(db: Path, qtbot: QtBot) -> None:
    ids = seed()
    view = WeekView(today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    loaded(qtbot, view)
    agenda, send = view.lists[Area.AGENDA], view.lists[Area.SEND]
    # Tab from the week buttons goes into the list.
    view.next_button.setFocus()
    qtbot.keyClick(view.next_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is agenda
    agenda.setCurrentItem(agenda.topLevelItem(0))
    qtbot.keyClick(agenda, Qt.Key.Key_Down)
    assert agenda.currentItem().text(0) == "Follow up with Olga Overdue"
    qtbot.keyClick(agenda, Qt.Key.Key_Space)  # ticks it off
    qtbot.waitUntil(lambda: not view.writer.busy)
    assert Contact.get_by_id(ids["olga"]).next_follow_up is None
    assert view.is_done(agenda.currentItem())
    qtbot.keyClick(agenda, Qt.Key.Key_Down)
    qtbot.keyClick(agenda, Qt.Key.Key_Down)
    assert agenda.currentItem().text(0) == "Sara Smith"  # Monday's meeting
    with qtbot.waitSignal(view.meeting_activated) as opened:
        qtbot.keyClick(agenda, Qt.Key.Key_Return)
    assert opened.args == [ids["held"]]
    # Down past the agenda's last row goes on into the notes to send.
    for _ in range(10):
        if QApplication.focusWidget() is not agenda:
            break
        qtbot.keyClick(agenda, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is send
    assert send.currentItem().text(0) == "Thank-you notes owed (1)"
    qtbot.keyClick(send, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is agenda
    assert agenda.currentItem().text(0) == "Sara Smith (Acme)"
