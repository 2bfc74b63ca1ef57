"""The reminders panel: the tray icon and its desktop notifications.

:class:`Reminders` reads what is due today (:func:`netdesk.core.reminders.reminder_state`) on a
worker when the store says something it counts changed, when another file is opened, and once a
minute; after each reading it asks its :class:`~netdesk.core.reminders.ReminderSchedule` what to
announce at ``now()`` (a test sets ``now`` to a fake clock) and words it here. It works without
a system tray (the offscreen platform, some desktops): then it counts and decides, and only the
icon and its bubbles are missing. :class:`ReminderTray` is the icon, made only where
``QSystemTrayIcon.isSystemTrayAvailable()``; clicking a notification raises the window on This
week. The action ``show-reminders`` (checkable; Preferences shows it as a checkbox,
``ui/reminders/section``; also in the Tools menu) turns all of it off and on, kept in the
settings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from netdesk.core.reminders import Notice, NoticeKind, ReminderSchedule, ReminderState
from netdesk.core.reminders import reminder_state as read_state
from netdesk.models.store import Topic, store
from netdesk.ui.icons import icon
from netdesk.ui.reminders.badge import badge_icon
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.store_signals import ChangeWatch
from netdesk.ui.shell.tasks import run_task

log = logging.getLogger("netdesk")

SHOW_SETTING = "reminders/show_in_tray"
"""Whether the tray icon and the notifications are on (they are unless turned off)."""
CHECK_MS = 60_000
"""How often the count is read again and the clock looked at."""
TOPICS = (
    Topic.CONTACTS,
    Topic.REFERRALS,
    Topic.MEETINGS,
    Topic.TASKS,
    Topic.INTERACTIONS,
    Topic.POSTINGS,
    Topic.SETTINGS,
)
"""What ``netdesk due`` counts: people and their rhythms, follow-ups, meetings and their
thank-you notes, referrals, postings' deadlines."""
MESSAGE_MS = 10_000
LINES = 4
"""Notices shown in one bubble; the rest are counted ("and 2 more")."""


class ReminderTray(QObject):
    """The tray icon: the count on the app icon, a tooltip, a menu, and the bubbles."""

    open_requested = Signal()
    week_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(badge_icon(0), self)
        self.menu = QMenu()
        self.open_action = self.menu.addAction(self.tr("&Open NetDesk"))
        self.week_action = self.menu.addAction(icon("this-week"), self.tr("This &week"))
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(icon("quit"), self.tr("&Quit"))
        self.open_action.triggered.connect(self.open_requested)
        self.week_action.triggered.connect(self.week_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon.setContextMenu(self.menu)
        self.icon.messageClicked.connect(self.week_requested)
        self.icon.activated.connect(self._activated)
        self.destroyed.connect(self.menu.deleteLater)

    def show_count(self, count: int, tooltip: str) -> None:
        self.icon.setIcon(badge_icon(count))
        self.icon.setToolTip(tooltip)

    def notify(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, self.icon.icon(), MESSAGE_MS)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()


class Reminders(QObject):
    """Counts what is due today, announces what falls due, and keeps the tray icon (if any)."""

    counted = Signal(int)
    """A reading arrived: how many things are due today."""
    notified = Signal(str, str)
    """A notification was given (title, text); on the tray when there is one."""

    def __init__(self, context: PanelContext, show_week: Callable[[], None]) -> None:
        super().__init__(context.dialog_parent)
        self.context = context
        self._show_week = show_week
        self.now: Callable[[], datetime] = datetime.now
        self.schedule = ReminderSchedule()
        self.count: int | None = None
        """Things due today, as last read (None: not read yet)."""
        self.tray: ReminderTray | None = None
        self._generation = 0
        self._closed = False
        self.action = context.actions.add(
            "show-reminders", QAction(self.tr("Show &reminders in the system tray"), self)
        )
        self.action.setCheckable(True)
        self.action.setChecked(bool(context.settings.value(SHOW_SETTING, True, type=bool)))
        self.action.setStatusTip(
            self.tr("A tray icon with what is due today, and a notification when it falls due")
        )
        self.action.toggled.connect(self._toggled)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self._watch = ChangeWatch(context.signals, TOPICS, lambda _c: self.check(), self)
        context.signals.switched.connect(lambda _path: self.check())
        self._toggled(self.action.isChecked())

    @property
    def enabled(self) -> bool:
        return self.action.isChecked()

    def _toggled(self, on: bool) -> None:
        self.context.settings.setValue(SHOW_SETTING, on)
        if not on:
            self._halt()
            return
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = ReminderTray(self)
            self.tray.open_requested.connect(self.raise_window)
            self.tray.week_requested.connect(self.open_week)
            self.tray.quit_requested.connect(self._quit)
            self.tray.icon.show()
        self.timer.start()
        self.check()

    def stop(self) -> None:
        """The window closes: no more readings or notifications, and the tray icon goes (the
        setting stays as the user chose it)."""
        self._closed = True
        self._halt()

    def _halt(self) -> None:
        self._generation += 1  # a reading under way is dropped when it arrives
        self.timer.stop()
        if self.tray is not None:
            self.tray.icon.hide()
            self.tray.deleteLater()
            self.tray = None

    def check(self) -> None:
        """Read the count again on a worker, then announce what is due at ``now()``."""
        if not self.enabled or self._closed or not store.is_open:
            return
        self._generation += 1
        generation = self._generation
        day = self.now().date()

        def done(state: ReminderState | None, error: BaseException | None) -> None:
            if generation != self._generation or not self.enabled:
                return  # a newer reading is on its way, or reminders were turned off
            if error is not None or state is None:
                log.warning("What is due today was not read: %s", error)
                return
            self._arrived(state)

        run_task(lambda _progress: read_state(day), done, owner=self)

    def _arrived(self, state: ReminderState) -> None:
        self.count = state.due_today
        if self.tray is not None:
            self.tray.show_count(state.due_today, self.tooltip(state.due_today))
        self.counted.emit(state.due_today)
        lines = [self.wording(n) for n in self.schedule.notices(state, self.now())]
        if not lines:
            return
        if len(lines) > LINES:
            more = len(lines) - (LINES - 1)
            lines = [*lines[: LINES - 1], self.tr("and %n more", "", more)]
        title = self.tr("NetDesk")
        text = "\n".join(lines)
        if self.tray is not None:
            self.tray.notify(title, text)
        self.notified.emit(title, text)

    def tooltip(self, count: int) -> str:
        if count == 0:
            return self.tr("NetDesk: nothing due today")
        return self.tr("NetDesk: %n things due today", "", count)

    def wording(self, notice: Notice) -> str:
        """One notice as a line of the notification."""
        if notice.kind is NoticeKind.DUE_TODAY:
            return self.tr("%n things due today", "", notice.count)
        if notice.kind is NoticeKind.MEETING:
            assert notice.starts_at is not None
            at = QLocale().toString(
                QTime(notice.starts_at.hour, notice.starts_at.minute),
                QLocale.FormatType.ShortFormat,
            )
            return self.tr(
                "Meeting with {name} at {time}, in %n minutes", "", notice.minutes
            ).format(name=notice.display_name, time=at)
        return self.tr("Thank-you note to {name} is due").format(name=notice.display_name)

    def raise_window(self) -> None:
        window = self.context.dialog_parent.window()
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def open_week(self) -> None:
        """A notification was clicked (or This week in the tray's menu): the window, on This
        week."""
        self.raise_window()
        self._show_week()

    def _quit(self) -> None:
        quit_action = self.context.actions.get("quit")
        if quit_action is not None:
            quit_action.trigger()
