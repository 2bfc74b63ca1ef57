"""The rows of the "This week" page: which part of the plan each stands for, and its texts.

Each item of :class:`netdesk.core.week_plan.WeekPlan` becomes one row of four columns: who,
when, what, and how to reach them. A row is keyed by what it stands for (the meeting, the
thank-you note, the follow-up, the person), so that a row ticked off can be found again when
the plan is read anew.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidgetItem

from netdesk.core.rhythms import FavourOwed, rhythm_words
from netdesk.core.text import isolate_bidi
from netdesk.core.week_plan import (
    CallItem,
    KeepInTouchItem,
    MeetingItem,
    PostingAction,
    PostingItem,
    Suggestion,
    ThankYouItem,
)
from netdesk.models.enums import MeetingKind, PostingStage
from netdesk.ui import labels
from netdesk.ui.icons import icon
from netdesk.ui.theme import meaning_colours
from netdesk.ui.widgets import plain_tooltip


class Section(StrEnum):
    """What a row is: its part of the plan (a day of the agenda holds meetings and follow-ups)."""

    OVERDUE = "overdue"
    MEETINGS = "meetings"
    THANK_YOUS = "thank_yous"
    FOLLOW_UPS = "follow_ups"
    REFERRALS = "referrals"
    SUGGESTIONS = "suggestions"
    FAVOURS = "favours"
    KEEP_IN_TOUCH = "keep_in_touch"
    INTERVIEWS = "interviews"
    DEADLINES = "deadlines"
    INTRODUCTIONS = "introductions"
    STALE = "stale"
    WAITING = "waiting"
    """Beyond the week's capacity: listed on request ("Show all waiting")."""


class Column(IntEnum):
    WHO = 0
    WHEN = 1
    WHAT = 2
    REACH = 3


PlanItem = (
    CallItem | ThankYouItem | MeetingItem | Suggestion | PostingItem | KeepInTouchItem | FavourOwed
)
Key = tuple[object, ...]

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""A row's :class:`Row` (or a "Show more" row's :class:`More`)."""
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
"""A group's key: a :class:`Section` value, or ``day:`` and the day's ISO date."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of the plan, and the part of the plan it was listed under."""

    section: Section
    item: PlanItem
    overdue: bool = False
    today: date | None = None
    """The plan's today (what "passed" and "quiet for" count from); None: the real today."""
    note: str = ""
    """A referral's aging sentence ("Sara Smith gave you John Lee's name 9 days ago.")."""

    @property
    def key(self) -> Key:
        """What the row stands for, the same however often the plan is read."""
        item = self.item
        if isinstance(item, MeetingItem):
            return ("meeting", item.meeting_id)
        if isinstance(item, ThankYouItem):
            return ("thank_you", item.meeting_id)
        if isinstance(item, CallItem):
            return ("call", item.contact_id, item.task_id, item.due)
        if isinstance(item, PostingItem):
            return ("posting", item.action.value, item.posting_id, item.meeting_id)
        if isinstance(item, KeepInTouchItem):
            return ("keep_in_touch", item.contact_id)
        if isinstance(item, FavourOwed):
            return ("favour", item.contact_id)
        return ("lead", item.contact_id)

    @property
    def check(self) -> str:
        """How ticking it off is written (see ``tick_with_undo``); "" when it cannot be."""
        item = self.item
        if isinstance(item, MeetingItem | PostingItem | FavourOwed):
            return ""
        if isinstance(item, ThankYouItem):
            return "thank_you"
        if isinstance(item, CallItem):
            if item.task_id is not None:
                return "task"
            return "follow_up" if item.due is not None else "referral"
        return "referral"  # a warm lead or someone kept in touch with: contacted

    @property
    def contact_id(self) -> int:
        """Who the row is about; for a posting, whom to ask (0: nobody)."""
        item = self.item
        if isinstance(item, PostingItem):
            return item.ask.contact_id if item.ask is not None else 0
        return item.contact_id

    @property
    def posting_id(self) -> int | None:
        return self.item.posting_id if isinstance(self.item, PostingItem) else None

    @property
    def meeting_id(self) -> int | None:
        return self.item.meeting_id if isinstance(self.item, MeetingItem | ThankYouItem) else None

    @property
    def task_id(self) -> int | None:
        return self.item.task_id if isinstance(self.item, CallItem) else None


@dataclass
class Row:
    """What a row on screen stands for; ``pending`` while its tick is being written."""

    entry: Entry
    group: str = ""
    pending: bool = False


@dataclass
class More:
    """The "Show more" row at the end of a long group: the entries not made into rows yet, or
    (``left`` > 0) the next page of a source's waiting items, read from the database."""

    pending: list[Entry]
    make: Callable[[Entry], QTreeWidgetItem] = field(repr=False)
    kind: str = ""
    """The queue's source the rows come from (waiting items only)."""
    offset: int = 0
    """How many of its waiting items are listed above."""
    left: int = 0
    """How many of them are not listed yet."""


def short_day(day: date) -> str:
    """ "Mon 23 Nov", in the user's language."""
    return QLocale().toString(
        QDate(day.year, day.month, day.day), QCoreApplication.translate("WeekView", "ddd d MMM")
    )


def long_day(day: date) -> str:
    """ "Monday 23 November", in the user's language."""
    return QLocale().toString(
        QDate(day.year, day.month, day.day), QCoreApplication.translate("WeekView", "dddd d MMMM")
    )


def clock(moment: datetime) -> str:
    """The time of day as the user's locale writes it ("09:30", "9:30 AM")."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def make_item(entry: Entry) -> QTreeWidgetItem:
    """The row for ``entry``: its four columns, icon, tooltip and, when it can be, a checkbox."""
    item = entry.item
    if isinstance(item, PostingItem):
        row = _posting(item, entry.today or date.today())
    elif isinstance(item, MeetingItem):
        row = _meeting(item)
    elif isinstance(item, ThankYouItem):
        row = _thank_you(item, overdue=entry.overdue)
    elif isinstance(item, CallItem):
        row = _call(item, overdue=entry.overdue, note=entry.note)
    elif isinstance(item, KeepInTouchItem):
        row = _keep_in_touch(item)
    elif isinstance(item, FavourOwed):
        row = _favour(item)
    else:
        row = _suggestion(item)
    row.setData(Column.WHO, ROW_ROLE, Row(entry))
    if entry.check:
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(Column.WHO, Qt.CheckState.Unchecked)
    if entry.overdue:
        row.setForeground(Column.WHEN, QBrush(QColor(meaning_colours().error)))
    return row


def _item(texts: list[str], meaning: str, tip: str) -> QTreeWidgetItem:
    row = QTreeWidgetItem(texts)
    row.setIcon(Column.WHO, icon(meaning))
    row.setToolTip(Column.WHO, plain_tooltip(tip))
    return row


def _meeting(m: MeetingItem) -> QTreeWidgetItem:
    what = labels.label(MeetingKind(m.kind))
    about = (
        QCoreApplication.translate("WeekView", "Interview for {title} at {company}").format(
            title=isolate_bidi(m.posting_title), company=isolate_bidi(m.posting_company)
        )
        if m.posting_id is not None
        else ""
    )
    details = " · ".join(p for p in (about or what, m.organization, m.purpose) if p)
    when = f"{clock(m.starts_at)}–{clock(m.ends_at)}"
    tip = "\n".join([details, *m.agenda])
    return _item([m.name, when, details, ""], "meeting", tip)


def _thank_you(t: ThankYouItem, *, overdue: bool) -> QTreeWidgetItem:
    text = (
        QCoreApplication.translate("WeekView", "Thank-you note to {name}").format(
            name=isolate_bidi(t.name)
        )
        if overdue
        else t.name
    )
    details = QCoreApplication.translate("WeekView", "for the meeting of {day}").format(
        day=short_day(t.meeting_date)
    )
    where = t.email or t.address
    when = QCoreApplication.translate("WeekView", "due {day}").format(day=short_day(t.due))
    tip = "\n".join(
        p
        for p in (
            details,
            where,
            QCoreApplication.translate("WeekView", "Tick when the note is sent"),
        )
        if p
    )
    return _item([text, when, details, where], "thank-you", tip)


def _call(c: CallItem, *, overdue: bool, note: str = "") -> QTreeWidgetItem:
    name = f"{c.name} ({c.organization})" if c.organization else c.name
    if overdue:
        name = QCoreApplication.translate("WeekView", "Follow up with {name}").format(
            name=isolate_bidi(name)
        )
    when = (
        QCoreApplication.translate("WeekView", "due {day}").format(day=short_day(c.due))
        if overdue and c.due
        else ""
    )
    parts = [p for p in (note, c.opening_line) if p]  # how long the name waited, what to say
    if c.reason:
        parts.append(c.reason)
    if c.calls_ahead:
        parts.append(QCoreApplication.translate("WeekView", "they will call ahead"))
    details = " · ".join(p for p in parts if p)
    reach = c.phone or c.email
    tip = "\n".join(
        p
        for p in (
            details,
            reach,
            QCoreApplication.translate("WeekView", "Tick when you have called or written"),
        )
        if p
    )
    return _item([name, when, details, reach], "call" if c.phone or not c.email else "email", tip)


def _suggestion(s: Suggestion) -> QTreeWidgetItem:
    last = (
        short_day(s.last_contact)
        if s.last_contact
        else QCoreApplication.translate("WeekView", "never")
    )
    reach = s.phone or s.email
    tip = "\n".join(
        [
            QCoreApplication.translate("WeekView", "Warm lead; last contact: {last}").format(
                last=last
            ),
            QCoreApplication.translate("WeekView", "Tick when you have called or written"),
        ]
    )
    return _item([s.name, last, s.organization, reach], "warm-lead", tip)


def keep_in_touch_when(k: KeepInTouchItem) -> str:
    """ "due today", "due 3 days ago", "overdue 12 days" (past twice the rhythm)."""
    if k.overdue:
        return QCoreApplication.translate("WeekView", "overdue %n days", "", k.overdue_days)
    if k.overdue_days <= 0:
        return QCoreApplication.translate("WeekView", "due today")
    return QCoreApplication.translate("WeekView", "due {day}").format(day=short_day(k.due))


def _keep_in_touch(k: KeepInTouchItem) -> QTreeWidgetItem:
    last = (
        QCoreApplication.translate("WeekView", "last in touch {day}").format(
            day=short_day(k.last_touch)
        )
        if k.last_touch
        else QCoreApplication.translate("WeekView", "not in touch since added")
    )
    what = " · ".join((rhythm_words(k.rhythm_days), last))
    tip = "\n".join(
        [
            QCoreApplication.translate("WeekView", "Keep in touch {rhythm}").format(
                rhythm=rhythm_words(k.rhythm_days)
            ),
            last,
            QCoreApplication.translate("WeekView", "Tick when you have called or written"),
        ]
    )
    row = _item([k.name, keep_in_touch_when(k), what, ""], "status-keep_in_touch", tip)
    if k.overdue:
        row.setForeground(Column.WHEN, QBrush(QColor(meaning_colours().error)))
    return row


def _favour(f: FavourOwed) -> QTreeWidgetItem:
    last = (
        QCoreApplication.translate("WeekView", "last helped {day}").format(
            day=short_day(f.last_help)
        )
        if f.last_help
        else ""
    )
    tip = "\n".join(
        [
            f.sentence,
            QCoreApplication.translate(
                "WeekView", "Offer something back: what they need is on their card"
            ),
        ]
    )
    return _item([f.display_name, last, f.sentence, ""], "favour-given", tip)


def posting_name(p: PostingItem) -> str:
    """ "Analyst at Globex"."""
    return QCoreApplication.translate("WeekView", "{title} at {company}").format(
        title=isolate_bidi(p.title), company=isolate_bidi(p.company)
    )


def _posting_texts(p: PostingItem, today: date) -> tuple[str, str]:
    """The "When" and "What" of a posting's row."""
    stage = labels.label(PostingStage(p.stage))
    if p.action is PostingAction.INTERVIEW:
        if p.interview_at is None:
            return QCoreApplication.translate("WeekView", "not booked"), QCoreApplication.translate(
                "WeekView", "Interviewing: no interview booked this week"
            )
        when = f"{short_day(p.interview_at.date())} {clock(p.interview_at)}"
        what = QCoreApplication.translate("WeekView", "Interview with {name}").format(
            name=isolate_bidi(p.interviewer)
        )
        return when, what
    if p.action is PostingAction.STALE:
        when = (
            QCoreApplication.translate("WeekView", "last step {day}").format(
                day=short_day(p.last_step)
            )
            if p.last_step is not None
            else QCoreApplication.translate("WeekView", "no step yet")
        )
        return when, QCoreApplication.translate(
            "WeekView", "{stage}: follow up, or close it"
        ).format(stage=stage)
    when = ""
    if p.deadline is not None:
        passed = p.deadline < today
        when = (
            QCoreApplication.translate("WeekView", "deadline passed {day}")
            if passed
            else QCoreApplication.translate("WeekView", "apply by {day}")
        ).format(day=short_day(p.deadline))
    if p.ask_line:
        return when, p.ask_line
    if p.deadline is not None and p.deadline < today:
        return when, QCoreApplication.translate(
            "WeekView", "{stage}: apply now, or let it go"
        ).format(stage=stage)
    return when, QCoreApplication.translate(
        "WeekView", "{stage}: apply before the deadline"
    ).format(stage=stage)


def _posting(p: PostingItem, today: date) -> QTreeWidgetItem:
    when, what = _posting_texts(p, today)
    reach = "" if p.ask is None else p.ask.phone or p.ask.email
    meaning = {
        PostingAction.INTERVIEW: "interview",
        PostingAction.DEADLINE: "deadline",
        PostingAction.INTRODUCTION: "introduction",
        PostingAction.STALE: "stale-posting",
    }[p.action]
    tip = "\n".join(
        part
        for part in (
            posting_name(p),
            p.location,
            what,
            QCoreApplication.translate("WeekView", "Press Enter or double-click to open it"),
        )
        if part
    )
    return _item([posting_name(p), when, what, reach], meaning, tip)


def row_of(item: QTreeWidgetItem | None) -> Row | None:
    data: Any = None if item is None else item.data(Column.WHO, ROW_ROLE)
    return data if isinstance(data, Row) else None


def more_of(item: QTreeWidgetItem | None) -> More | None:
    data: Any = None if item is None else item.data(Column.WHO, ROW_ROLE)
    return data if isinstance(data, More) else None
