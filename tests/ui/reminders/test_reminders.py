"""The tray's count and the desktop notifications in a window, with a fake clock: the day's
count at start, a meeting ten minutes before it, a thank-you note falling due; off by
Preferences; a click on a notification opens This week. The tray icon itself is only shown
where the desktop has a system tray (the offscreen platform has none)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.meetings import MeetingData, save_meeting
from netdesk.models.records import ContactData
from netdesk.ui.reminders.badge import BADGE_COLOUR, badge_icon
from netdesk.ui.reminders.panel import SHOW_SETTING, Reminders, ReminderTray
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.shell.tasks import wait_for_tasks

DAY = date(2026, 3, 2)


def at(hour: int, minute: int, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.time = now

    def __call__(self) -> datetime:
        return self.time


def reminders_of(window: MainWindow) -> Reminders:
    found = window.findChild(Reminders)
    assert isinstance(found, Reminders)
    return found


@pytest.fixture
def clock(main_window: MainWindow) -> Clock:
    wait_for_tasks()  # the window's first reading (today, an empty network) is in
    result = Clock(at(8, 0))
    reminders_of(main_window).now = result
    return result


def network() -> None:
    """Something due on DAY: a follow-up (Sara), a meeting at 10:00 (Bob) and a thank-you note
    to Ann for a meeting two days before."""
    added = DAY - timedelta(days=1)
    create_contact(
        ContactData(display_name="Sara Smith", date_added=added, next_follow_up=DAY - timedelta(3))
    )
    bob = create_contact(ContactData(display_name="Bob Stone", date_added=added))
    ann = create_contact(ContactData(display_name="Ann Lee", date_added=added))
    save_meeting(MeetingData(contact_id=bob, starts_at=at(10, 0)), now=at(8, 0))
    held = DAY - timedelta(days=2)
    save_meeting(
        MeetingData(contact_id=ann, starts_at=at(10, 0, held), thank_you_due=DAY),
        now=at(8, 0, held),
    )


def check(qtbot: QtBot, reminders: Reminders) -> str:
    """Look now, as the minute's timer does; the notification's text ("" for none)."""
    said: list[str] = []
    reminders.notified.connect(lambda _title, text: said.append(text))
    with qtbot.waitSignal(reminders.counted, timeout=10_000):
        reminders.check()
    wait_for_tasks()
    qtbot.wait(10)
    reminders.notified.disconnect()
    return "\n".join(said)


def test_the_count_of_things_due_today_and_the_notification_at_start(
    qtbot: QtBot, main_window: MainWindow, clock: Clock
) -> None:
    reminders = reminders_of(main_window)
    assert reminders.count == 0
    network()
    text = check(qtbot, reminders)
    assert reminders.count is not None and reminders.count >= 2
    lines = text.splitlines()
    assert lines[0] == f"{reminders.count} things due today"
    assert "Thank-you note to Ann Lee is due" in lines
    assert not any("Bob Stone" in line for line in lines)  # two hours away
    assert reminders.tooltip(5) == "NetDesk: 5 things due today"
    assert check(qtbot, reminders) == ""  # each said once a day


def test_a_meeting_ten_minutes_away_is_announced_once(
    qtbot: QtBot, main_window: MainWindow, clock: Clock
) -> None:
    reminders = reminders_of(main_window)
    network()
    check(qtbot, reminders)  # the day's count and the thank-you note
    clock.time = at(9, 49)
    assert check(qtbot, reminders) == ""
    clock.time = at(9, 50)
    assert check(qtbot, reminders) == "Meeting with Bob Stone at 10:00, in 10 minutes"
    clock.time = at(9, 51)
    assert check(qtbot, reminders) == ""
    assert reminders.timer.isActive() and reminders.timer.interval() == 60_000


def test_preferences_turns_the_reminders_off_and_on(
    qtbot: QtBot, main_window: MainWindow, clock: Clock, qsettings: QSettings
) -> None:
    reminders = reminders_of(main_window)
    network()
    main_window.registry["preferences"].trigger()
    dialog = main_window.preferences.dialog
    assert dialog is not None
    box = dialog.reminders.show_in_tray
    assert box.text() == "Show reminders in the &system tray"
    assert box.isChecked() and reminders.enabled
    box.click()
    assert not reminders.enabled and qsettings.value(SHOW_SETTING) in (False, "false")
    assert not reminders.timer.isActive() and reminders.tray is None
    clock.time = at(9, 50)
    with qtbot.assertNotEmitted(reminders.notified, wait=300):
        reminders.check()
        wait_for_tasks()
    box.click()
    assert reminders.enabled and reminders.timer.isActive()
    assert qsettings.value(SHOW_SETTING) in (True, "true")
    dialog.reject()


def test_closing_the_window_stops_the_readings_and_the_tray(
    qtbot: QtBot, main_window: MainWindow, clock: Clock, qsettings: QSettings
) -> None:
    reminders = reminders_of(main_window)
    network()
    clock.time = at(9, 50)  # the meeting at 10:00 would be announced
    assert reminders.timer.isActive()
    main_window.close()
    assert not reminders.timer.isActive() and reminders.tray is None
    with qtbot.assertNotEmitted(reminders.notified, wait=300):
        reminders.check()
        wait_for_tasks()
    assert qsettings.value(SHOW_SETTING) in (True, "true")  # as the user left it


def test_the_setting_is_kept_for_the_next_start(
    qtbot: QtBot, db: Path, qsettings: QSettings
) -> None:
    qsettings.setValue(SHOW_SETTING, False)
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    reminders = reminders_of(window)
    assert not reminders.enabled and reminders.tray is None and not reminders.timer.isActive()
    window.close()
    wait_for_tasks()


def test_clicking_a_notification_opens_this_week(
    qtbot: QtBot, main_window: MainWindow, clock: Clock
) -> None:
    reminders = reminders_of(main_window)
    main_window.navigation.show_page("contacts")
    main_window.showMinimized()
    tray = ReminderTray()
    tray.week_requested.connect(reminders.open_week)
    tray.icon.messageClicked.emit()
    assert main_window.navigation.current_page() == "week"
    assert not main_window.isMinimized()
    tray.deleteLater()


def test_the_trays_menu_tooltip_and_badge(qtbot: QtBot, main_window: MainWindow) -> None:
    tray = ReminderTray()
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == ["&Open NetDesk", "This &week", "&Quit"]
    with qtbot.waitSignal(tray.week_requested):
        tray.week_action.trigger()
    reminders = reminders_of(main_window)
    tray.show_count(5, reminders.tooltip(5))
    assert tray.icon.toolTip() == "NetDesk: 5 things due today"
    corner = badge_icon(5).pixmap(64, 64).toImage().pixelColor(52, 52)
    assert corner.red() > 150 and corner.green() < 80  # the red disc with the count
    plain = badge_icon(0).pixmap(64, 64).toImage().pixelColor(52, 52)
    assert plain != QColor(BADGE_COLOUR)
    tray.deleteLater()


def test_the_tray_icon_shows_where_there_is_a_tray(
    qtbot: QtBot, main_window: MainWindow, clock: Clock
) -> None:
    if not QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("this desktop has no system tray (the offscreen platform has none)")
    reminders = reminders_of(main_window)
    assert reminders.tray is not None and reminders.tray.icon.isVisible()
    network()
    check(qtbot, reminders)
    assert reminders.tray.icon.toolTip() == f"NetDesk: {reminders.count} things due today"
    reminders.action.setChecked(False)
    assert reminders.tray is None
