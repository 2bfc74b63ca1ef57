"""The "This week" view lists the right items for a seeded week and checks them off."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from netdesk.core.capacity import Capacity
from netdesk.core.contacts import create_contact
from netdesk.core.demo import generate_demo
from netdesk.core.meetings import MeetingData, ReferralEntry, save_meeting
from netdesk.core.week_queue import Kind
from netdesk.models import Contact, Lead, Meeting, Status, Task
from netdesk.models.records import ContactData
from netdesk.ui.shell.empty_state import DEMO_CONTACTS
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.week.view import ROW_ROLE, Section, WeekView

TODAY = date(2026, 11, 25)  # a Wednesday


def seed() -> dict[str, int]:
    sara = create_contact(ContactData(display_name="Sara Smith", organization="Acme"))
    held = save_meeting(
        MeetingData(
            contact_id=sara,
            starts_at=datetime(2026, 11, 23, 9, 30),
            purpose="Learn how the data team hires",
            thank_you_due=date(2026, 11, 25),
            follow_up=date(2026, 11, 27),
            referrals=[
                ReferralEntry(name="John Public", reason="knows everyone", calls_ahead=True)
            ],
        ),
        now=datetime(2026, 11, 25, 12),
    )
    anna = create_contact(ContactData(display_name="Anna Müller"))
    upcoming = save_meeting(
        MeetingData(contact_id=anna, starts_at=datetime(2026, 11, 27, 14), purpose="Coffee"),
        now=datetime(2026, 11, 25, 12),
    )
    olga = create_contact(
        ContactData(
            display_name="Olga Overdue", status=Status.MET, next_follow_up=date(2026, 11, 2)
        )
    )
    create_contact(ContactData(display_name="Far Future", next_follow_up=date(2027, 3, 1)))
    return {
        "sara": sara,
        "anna": anna,
        "olga": olga,
        "john": held.created_contact_ids[0],
        "held": held.meeting_id,
        "upcoming": upcoming.meeting_id,
    }


def loaded(qtbot: QtBot, view: WeekView) -> WeekView:
    """The view once the plan its last refresh asked for is on screen (built on a worker)."""
    qtbot.waitUntil(lambda: not view.is_loading())
    return view


def tick(qtbot: QtBot, view: WeekView, item: QTreeWidgetItem, checked: bool = True) -> None:
    """Tick (or untick) a row and wait until that is written (on the writer's worker)."""
    item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: not view.writer.busy)


def make_view(qtbot: QtBot) -> WeekView:
    view = WeekView(today=lambda: TODAY)
    qtbot.addWidget(view)
    return loaded(qtbot, view)


def test_the_seeded_week_lists_the_right_items(db: Path, qtbot: QtBot) -> None:
    seed()
    view = make_view(qtbot)
    assert view.title_label.text() == "This week"
    assert view.dates_label.text() == "Monday 23 November – Sunday 29 November · week 48"
    assert view.section_texts(Section.MEETINGS) == ["Sara Smith", "Anna Müller"]
    sara = view.section_item(Section.MEETINGS, "Sara Smith")
    assert sara.text(1) == "09:30–09:45"
    assert sara.parent().text(0) == "Monday 23 November (1)"  # the agenda's day says the date
    assert view.section_texts(Section.THANK_YOUS) == ["Sara Smith"]
    assert view.section_texts(Section.FOLLOW_UPS) == ["Sara Smith (Acme)"]
    assert view.section_texts(Section.REFERRALS) == ["John Public"]
    assert view.section_texts(Section.OVERDUE) == ["Follow up with Olga Overdue"]
    john = view.section_item(Section.REFERRALS, "John Public")
    assert "Sara Smith suggested I give you a call." in john.text(2)
    assert "they will call ahead" in john.text(2)

    view.next_button.click()
    loaded(qtbot, view)
    assert view.title_label.text() == "Next week"
    assert "week 49" in view.dates_label.text()
    assert view.section_texts(Section.MEETINGS) == []
    assert view.section_texts(Section.THANK_YOUS) == []
    # Pending referrals and overdue items are still waiting, whatever the week shown.
    assert view.section_texts(Section.REFERRALS) == ["John Public"]
    view.this_week_button.click()
    loaded(qtbot, view)
    assert view.week().monday == date(2026, 11, 23)


def test_checking_items_off_and_back_on(db: Path, qtbot: QtBot) -> None:
    ids = seed()
    view = make_view(qtbot)
    changes: list[None] = []
    view.plan_changed.connect(lambda: changes.append(None))

    tick(qtbot, view, view.section_item(Section.THANK_YOUS, "Sara Smith"))
    assert Meeting.get_by_id(ids["held"]).thank_you_sent == TODAY
    assert Task.get((Task.meeting == ids["held"]) & (Task.kind == "thank_you")).done

    follow_up = view.section_item(Section.FOLLOW_UPS, "Sara Smith (Acme)")
    tick(qtbot, view, follow_up)
    assert Task.get((Task.meeting == ids["held"]) & (Task.kind == "follow_up")).done
    assert follow_up.font(0).strikeOut()

    tick(qtbot, view, view.section_item(Section.REFERRALS, "John Public"))
    john = Contact.get_by_id(ids["john"])
    assert (john.status, john.last_contact) == (Status.CONTACTED, TODAY)

    olga = view.section_item(Section.OVERDUE, "Follow up with Olga Overdue")
    tick(qtbot, view, olga)
    assert Contact.get_by_id(ids["olga"]).next_follow_up is None
    assert len(changes) == 4

    # Unchecking undoes: John is back to "to contact", Olga's date is back.
    tick(qtbot, view, view.section_item(Section.REFERRALS, "John Public"), checked=False)
    tick(qtbot, view, olga, checked=False)
    john = Contact.get_by_id(ids["john"])
    assert (john.status, john.last_contact) == (Status.TO_CONTACT, None)
    assert Contact.get_by_id(ids["olga"]).next_follow_up == date(2026, 11, 2)

    view.refresh()
    loaded(qtbot, view)
    # Nothing left to do there; what was ticked in this session stays on the page, done.
    assert view.section_texts(Section.THANK_YOUS) == []
    assert view.done_texts(Section.THANK_YOUS) == ["Sara Smith"]
    assert view.section_texts(Section.FOLLOW_UPS) == []
    assert view.done_texts(Section.FOLLOW_UPS) == ["Sara Smith (Acme)"]
    assert view.section_item(Section.FOLLOW_UPS, "Sara Smith (Acme)").font(0).strikeOut()
    assert view.section_texts(Section.REFERRALS) == ["John Public"]
    assert view.done_texts(Section.REFERRALS) == []
    assert view.section_texts(Section.OVERDUE) == ["Follow up with Olga Overdue"]


def test_activating_rows_asks_for_the_meeting_or_the_contact(db: Path, qtbot: QtBot) -> None:
    ids = seed()
    view = make_view(qtbot)
    anna = view.section_item(Section.MEETINGS, "Anna Müller")
    with qtbot.waitSignal(view.meeting_activated) as meeting:
        view.list_of(anna).itemActivated.emit(anna, 0)
    assert meeting.args == [ids["upcoming"]]
    john = view.section_item(Section.REFERRALS, "John Public")
    with qtbot.waitSignal(view.contact_activated) as contact:
        view.list_of(john).itemActivated.emit(john, 0)
    assert contact.args == [ids["john"]]


def test_an_empty_week_suggests_warm_leads(db: Path, qtbot: QtBot) -> None:
    from netdesk.models import Lead

    create_contact(ContactData(display_name="Old Friend", lead=Lead.WARM))
    view = make_view(qtbot)
    assert view.section_texts(Section.MEETINGS) == []
    assert view.section_texts(Section.SUGGESTIONS) == ["Old Friend"]


def test_a_long_section_shows_a_page_then_more_on_request(
    db: Path, qtbot: QtBot, roomy: Capacity
) -> None:
    from netdesk.core.contacts import set_referrer
    from netdesk.ui.week.view import ROWS_PER_PAGE

    sara = create_contact(ContactData(display_name="Sara Smith"))
    total = ROWS_PER_PAGE + 30
    for n in range(total):
        person = create_contact(ContactData(display_name=f"Referral {n:04d}"))
        set_referrer(person, sara)
    view = make_view(qtbot)
    assert len(view.section_texts(Section.REFERRALS)) == ROWS_PER_PAGE
    parent = view.group_item(Section.REFERRALS)
    assert parent is not None and parent.text(0) == f"Referrals not yet contacted ({total})"
    more = parent.child(parent.childCount() - 1)
    assert more.text(0) == "Show 30 more…"
    listed = view.list_of(parent)
    rows_before = listed.visible_rows()
    listed.itemActivated.emit(more, 0)
    assert listed.visible_rows() == rows_before + 29  # 30 rows in place of the "Show more" row
    assert listed.sizeHint().height() >= listed.visible_rows() * listed.row_height()
    assert len(view.section_texts(Section.REFERRALS)) == total
    assert view.section_texts(Section.REFERRALS)[-1] == f"Referral {total - 1:04d}"
    assert not view.show_more(Section.REFERRALS)


def test_an_empty_network_says_so_instead_of_an_empty_list(db: Path, qtbot: QtBot) -> None:
    view = make_view(qtbot)
    assert not view.empty_label.isHidden()
    assert view.empty_label.text() == "Nothing planned for this week yet"
    assert all(listed.isHidden() for listed in view.lists.values())
    create_contact(ContactData(display_name="Old Friend", lead=Lead.WARM))
    view.refresh()
    loaded(qtbot, view)
    assert view.section_texts(Section.SUGGESTIONS) == ["Old Friend"]
    assert view.empty_label.isHidden()
    assert not view.list_of(view.section_item(Section.SUGGESTIONS, "Old Friend")).isHidden()


# On the demo network, in the main window -------------------------------------------------------


def demo_window(qtbot: QtBot, main_window: MainWindow) -> WeekView:
    generate_demo(DEMO_CONTACTS)  # the store tells the window and the view
    view = main_window.meetings.week_view
    assert view.watch is not None and view.watch.pending
    qtbot.waitUntil(
        lambda: not view.watch.pending and not view.is_loading() and not main_window.writer.busy
    )
    return view


def row_ids(view: WeekView, section: Section) -> list[int]:
    return [row.data(0, ROW_ROLE).entry.contact_id for row in view.rows(section)]


def test_the_status_bar_counts_the_follow_ups_the_panel_lists(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    view = demo_window(qtbot, main_window)
    plan = view.plan()
    assert plan is not None
    # All of them, also those beyond the week's capacity (waiting).
    due, overdue = plan.total(Kind.FOLLOW_UPS), plan.total(Kind.OVERDUE_FOLLOW_UPS)
    assert due and overdue  # the demo network has both
    assert len(view.section_texts(Section.FOLLOW_UPS)) + len(plan.overdue_calls) < due + overdue
    # The page says the same overdue count as the status bar, and the late notes apart.
    assert f"Follow-ups due: {due} (overdue: {overdue}) " in view.summary_label.text()
    expected = f"{due} follow-ups due this week, {overdue} overdue"
    qtbot.waitUntil(lambda: main_window.count_label.text() == f"60 contacts - {expected}")
    # "Due this week" in the table: the same people, overdue ones included.
    main_window.due_filter.setChecked(True)
    qtbot.waitUntil(lambda: main_window.model.is_complete)
    assert main_window.model.rowCount() == due + overdue


def test_nobody_is_listed_twice(qtbot: QtBot, main_window: MainWindow, roomy: Capacity) -> None:
    view = demo_window(qtbot, main_window)
    plan = view.plan()
    assert plan is not None
    people = [
        *row_ids(view, Section.FOLLOW_UPS),
        *row_ids(view, Section.REFERRALS),
        *row_ids(view, Section.SUGGESTIONS),
        *(c.contact_id for c in plan.overdue_calls),
    ]
    assert row_ids(view, Section.REFERRALS) and row_ids(view, Section.SUGGESTIONS)
    assert len(people) == len(set(people))
    # A new referral from a meeting is a warm lead too: listed as a referral only.
    sara = create_contact(ContactData(display_name="Sara Smith", lead=Lead.WARM))
    save_meeting(
        MeetingData(contact_id=sara, starts_at=datetime.now() - timedelta(hours=1),
                    referrals=[ReferralEntry(name="Nina Newname")]),
        confirmed=True,
    )  # fmt: skip
    view.refresh()
    loaded(qtbot, view)
    assert "Nina Newname" in view.section_texts(Section.REFERRALS)
    assert "Nina Newname" not in view.section_texts(Section.SUGGESTIONS)


def test_ticking_a_referral_leaves_warm_leads_as_the_user_left_them(
    qtbot: QtBot, main_window: MainWindow, roomy: Capacity
) -> None:
    view = demo_window(qtbot, main_window)
    warm = view.group_item(Section.SUGGESTIONS)
    assert warm is not None and warm.isExpanded()  # part of the week's plan: open
    warm.setExpanded(False)  # the user closes them
    referral = view.section_item(Section.REFERRALS, view.section_texts(Section.REFERRALS)[0])
    referral.setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: not main_window.writer.busy and not view.is_loading())
    warm = view.group_item(Section.SUGGESTIONS)
    assert warm is not None and not warm.isExpanded() and warm.childCount() > 0
    view.set_week(view.week().next())
    loaded(qtbot, view)
    view.set_week(view.week().previous())
    loaded(qtbot, view)
    assert not view.group_item(Section.SUGGESTIONS).isExpanded()
    view.group_item(Section.SUGGESTIONS).setExpanded(True)  # opened by the user: stays open
    view.refresh()
    loaded(qtbot, view)
    assert view.group_item(Section.SUGGESTIONS).isExpanded()
