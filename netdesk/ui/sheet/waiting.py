"""What the weekly sheet says of the items beyond the week's capacity: how many wait, of what
kind, and (when asked to print them) the first of them, two lines each.

The week's plan holds the user's capacity (:mod:`netdesk.core.capacity`); the rest is counted,
and the sheet says so in a few lines, so that it stays one to three pages for any network. The
print option adds at most :data:`PRINTED_WAITING` of them, in priority order, and counts the
others it leaves out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from netdesk.core.rhythms import rhythm_words
from netdesk.core.text import isolate_bidi
from netdesk.core.week_plan import (
    CallItem,
    KeepInTouchItem,
    MeetingItem,
    PlanItem,
    PostingItem,
    Suggestion,
    ThankYouItem,
    WeekPlan,
)
from netdesk.core.week_queue import Source, waiting_sources
from netdesk.ui.sheet.measure import INDENT, Block, Builder, Metrics, Style

PRINTED_WAITING = 100
"""At most this many waiting items are printed (about four pages), whatever the network."""


def _number(value: int) -> str:
    return QLocale().toString(value)


def _day(d: date, year: int) -> str:
    fmt = "ddd d MMM" if d.year == year else "ddd d MMM yyyy"
    return QLocale().toString(QDate(d.year, d.month, d.day), fmt)


def waiting_title(plan: WeekPlan) -> str:
    return QCoreApplication.translate("WeeklySheet", "And {count} more waiting").format(
        count=_number(plan.waiting)
    )


def waiting_note(m: Metrics, width: float, plan: WeekPlan, printed: int) -> Block:
    """Why they are not on the sheet, how many of each kind wait, and where to find them."""
    b = Builder(m, width)
    b.text(
        QCoreApplication.translate(
            "WeeklySheet",
            "This week holds your weekly capacity ({calls} calls and e-mails, {meetings} "
            "meetings), the most pressing first. Waiting beyond it:",
        ).format(calls=_number(plan.capacity.calls), meetings=_number(plan.capacity.meetings)),
        Style.BODY,
    )
    b.space(2)
    kinds = "  \u00b7  ".join(
        QCoreApplication.translate("WeeklySheet", "{what}: {count}").format(
            what=source.title(), count=_number(count)
        )
        for source, count in waiting_sources(plan)
    )
    b.text(kinds, Style.SMALL, INDENT)
    b.space(2)
    where = (
        QCoreApplication.translate(
            "WeeklySheet",
            "The first {printed} are printed below; NetDesk lists them all under This week "
            "(Show all waiting).",
        ).format(printed=_number(printed))
        if printed
        else QCoreApplication.translate(
            "WeeklySheet", "NetDesk lists them all under This week (Show all waiting)."
        )
    )
    b.text(where, Style.QUOTE)
    return b.done()


def _lines(item: PlanItem, year: int) -> tuple[str, str, str, str]:
    """(name, organization, when, how to reach or what to do) of a waiting item."""
    if isinstance(item, PostingItem):
        when = "" if item.deadline is None else _day(item.deadline, year)
        return item.title, item.company, when, item.ask_line or item.location
    if isinstance(item, MeetingItem):
        return item.name, item.organization, _day(item.starts_at.date(), year), item.purpose
    if isinstance(item, ThankYouItem):
        met = QCoreApplication.translate("WeeklySheet", "Met {day}").format(
            day=_day(item.meeting_date, year)
        )
        return item.name, "", met, item.email or item.address
    if isinstance(item, CallItem):
        when = "" if item.due is None else _day(item.due, year)
        referred = (
            QCoreApplication.translate("WeeklySheet", "Referred by {name}").format(
                name=isolate_bidi(item.referrer)
            )
            if item.referrer
            else ""
        )
        reach = "  \u00b7  ".join(p for p in (item.phone or item.email, referred) if p)
        return item.name, item.organization, when, reach
    if isinstance(item, KeepInTouchItem):
        return item.name, "", *keep_in_touch_texts(item, year)
    assert isinstance(item, Suggestion)
    last = (
        QCoreApplication.translate("WeeklySheet", "Last in touch {day}").format(
            day=_day(item.last_contact, year)
        )
        if item.last_contact
        else QCoreApplication.translate("WeeklySheet", "Not contacted yet")
    )
    return item.name, item.organization, last, item.phone or item.email


def keep_in_touch_texts(item: KeepInTouchItem, year: int) -> tuple[str, str]:
    """When someone to keep in touch with fell due ("Overdue 12 days"), and their rhythm with
    the last touch ("Every 2 weeks  ·  last in touch Mon 3 Nov")."""
    if item.overdue:
        when = QCoreApplication.translate("WeeklySheet", "Overdue %n days", "", item.overdue_days)
    else:
        when = QCoreApplication.translate("WeeklySheet", "Due {day}").format(
            day=_day(item.due, year)
        )
    last = (
        QCoreApplication.translate("WeeklySheet", "last in touch {day}").format(
            day=_day(item.last_touch, year)
        )
        if item.last_touch
        else QCoreApplication.translate("WeeklySheet", "not in touch since added")
    )
    rhythm = QCoreApplication.translate("WeeklySheet", "Keep in touch {rhythm}").format(
        rhythm=rhythm_words(item.rhythm_days)
    )
    return when, f"{rhythm}  \u00b7  {last}"


def waiting_block(m: Metrics, width: float, item: PlanItem, year: int) -> Block:
    """One waiting item in two lines: box, name and organization, when; then a line more."""
    b = Builder(m, width)
    name, organization, when, more = _lines(item, year)
    middle = b.headline(name, organization, when)
    b.box(middle)
    b.text(more, Style.SMALL, INDENT, max_lines=1)
    return b.done()


def by_source(
    waiting: Sequence[tuple[Source, PlanItem]],
) -> list[tuple[Source, list[PlanItem]]]:
    """The waiting items in runs of one source each (they come in priority order)."""
    runs: list[tuple[Source, list[PlanItem]]] = []
    for source, item in waiting:
        if not runs or runs[-1][0] is not source:
            runs.append((source, []))
        runs[-1][1].append(item)
    return runs
