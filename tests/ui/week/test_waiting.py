"""This week holds the week's capacity, the most pressing first; the rest is counted under the
plan and listed on request, a group per kind, each read from the database a page at a time.
Preferences sets the capacity, and the page follows at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from netdesk.core.capacity import Capacity, capacity
from netdesk.core.contacts import create_contact, set_referrer
from netdesk.core.demo import generate_demo
from netdesk.core.rhythms import WeeklyCapacity, set_weekly_capacity, weekly_capacity
from netdesk.models import Contact, Status
from netdesk.models.records import ContactData
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.week.plan_groups import Area
from netdesk.ui.week.rows import Column
from netdesk.ui.week.view import Section, WeekView
from tests.ui.week.test_view import loaded, make_view, tick


def referrals(count: int) -> list[int]:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    people = []
    for n in range(count):
        people.append(create_contact(ContactData(display_name=f"Referral {n:04d}")))
        set_referrer(people[-1], sara)
    return people


def names(first: int, last: int) -> list[str]:
    return [f"Referral {n:04d}" for n in range(first, last)]


def open_waiting(qtbot: QtBot, view: WeekView, key: str) -> None:
    group = view.group_item(key)
    assert group is not None
    group.setExpanded(True)  # its first page is read now
    qtbot.waitUntil(lambda: not view.is_loading())


def test_the_week_holds_its_capacity_and_lists_the_rest_page_by_page(
    db: Path, qtbot: QtBot
) -> None:
    people = referrals(130)
    view = make_view(qtbot)
    assert view.section_texts(Section.REFERRALS) == names(0, 15)  # the longest waiting first
    assert view.group_item(Section.REFERRALS).text(0) == "Referrals not yet contacted (15)"
    bar = view.waiting_bar
    assert not bar.isHidden()
    assert bar.label.text().startswith(
        "115 more waiting beyond this week's capacity (calls and e-mails: 15, meetings: 5"
    )
    assert bar.button.text() == "Show all 115 waiting"
    assert view.lists[Area.WAITING].isHidden() and view.section_texts(Section.WAITING) == []

    bar.button.click()
    loaded(qtbot, view)
    assert bar.button.text() == "Hide what is waiting"
    group = view.group_item("waiting:referrals")
    assert group is not None and not view.lists[Area.WAITING].isHidden()
    assert group.text(0) == "Referrals waiting for a first call (115)"
    assert not group.isExpanded() and group.childCount() == 0  # nothing read before it opens
    open_waiting(qtbot, view, "waiting:referrals")
    assert view.section_texts(Section.WAITING) == names(15, 65)
    group = view.group_item("waiting:referrals")
    more = group.child(group.childCount() - 1)
    assert (more.text(Column.WHO), more.text(Column.WHAT)) == ("Show 50 more…", "65 not listed yet")
    view.list_of(more).itemActivated.emit(more, 0)
    qtbot.waitUntil(lambda: len(view.section_texts(Section.WAITING)) == 100)
    assert view.show_more(Section.WAITING)
    qtbot.waitUntil(lambda: len(view.section_texts(Section.WAITING)) == 115)
    assert view.section_texts(Section.WAITING) == names(15, 130)
    assert not view.show_more(Section.WAITING)  # all listed: no "Show more" row left

    # A waiting row is ticked off like any other, and stays listed, done.
    tick(qtbot, view, view.section_item(Section.WAITING, "Referral 0020"))
    assert Contact.get_by_id(people[20]).status == Status.CONTACTED
    view.refresh()
    loaded(qtbot, view)
    assert bar.button.text() == "Hide what is waiting"
    assert (
        view.group_item("waiting:referrals").text(0) == "Referrals waiting for a first call (114)"
    )
    assert view.done_texts(Section.WAITING) == ["Referral 0020"]
    assert view.section_texts(Section.WAITING)[:6] == [*names(15, 20), "Referral 0021"]

    bar.button.click()
    loaded(qtbot, view)
    assert view.lists[Area.WAITING].isHidden() and bar.button.text() == "Show all 114 waiting"


def test_a_week_within_its_capacity_has_nothing_waiting(db: Path, qtbot: QtBot) -> None:
    referrals(15)
    view = make_view(qtbot)
    assert len(view.section_texts(Section.REFERRALS)) == 15
    assert view.waiting_bar.isHidden() and view.lists[Area.WAITING].isHidden()


def test_preferences_set_the_capacity_and_the_week_follows(
    qtbot: QtBot, main_window: MainWindow, qsettings: QSettings
) -> None:
    generate_demo(60)
    view = main_window.meetings.week_view
    qtbot.waitUntil(lambda: view.plan() is not None and not view.watch.pending)
    qtbot.waitUntil(lambda: not view.is_loading())
    plan = view.plan()
    assert plan is not None and plan.capacity == Capacity() and plan.waiting > 0
    assert plan.item_count + len(plan.suggestions) == 20  # 15 calls and e-mails, 5 meetings

    main_window.registry["preferences"].trigger()
    dialog = main_window.preferences.dialog
    assert dialog is not None
    section = dialog.capacity
    assert (section.calls.value(), section.meetings.value()) == (15, 5)
    section.calls.setValue(4)
    section.meetings.setValue(1)
    assert capacity() == Capacity(4, 1)
    assert weekly_capacity() == WeeklyCapacity(outreach=4, meetings=1)  # kept with the network
    assert not qsettings.contains("week_plan/calls_per_week")
    qtbot.waitUntil(lambda: view.plan() is not plan and not view.is_loading())
    qtbot.waitUntil(lambda: view.plan().capacity == Capacity(4, 1) and not view.is_loading())
    smaller = view.plan()
    assert len(smaller.meetings) == 1
    assert smaller.item_count + len(smaller.suggestions) == 5
    assert smaller.waiting == plan.waiting + 15
    assert "calls and e-mails: 4, meetings: 1" in view.waiting_bar.label.text()
    dialog.close()


def test_a_hand_edited_capacity_reads_as_the_nearest_there_can_be(db: Path) -> None:
    assert capacity() == Capacity(15, 5)  # nothing set: the defaults
    set_weekly_capacity(WeeklyCapacity(outreach=1000, meetings=0))
    assert capacity() == Capacity(200, 0)
    set_weekly_capacity(WeeklyCapacity(outreach=0, meetings=999))
    assert capacity() == Capacity(1, 50)


def test_a_capacity_an_earlier_version_kept_in_the_settings_moves_into_the_network(
    db: Path, qsettings: QSettings
) -> None:
    from netdesk.ui.week.capacity import adopt_saved_capacity

    assert adopt_saved_capacity(qsettings) is None  # nothing kept there
    qsettings.setValue("week_plan/calls_per_week", "9999")
    qsettings.setValue("week_plan/meetings_per_week", "many")
    assert adopt_saved_capacity(qsettings) == Capacity(200, 5) == capacity()
    assert weekly_capacity() == WeeklyCapacity(outreach=200, meetings=5)
    assert not qsettings.contains("week_plan/calls_per_week")
    assert adopt_saved_capacity(qsettings) is None  # once
