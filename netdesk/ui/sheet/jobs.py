"""The weekly sheet's job search: the postings to act on, and the campaign in numbers.

Blocks for :mod:`netdesk.ui.sheet.layout` to place: one per posting (a box to tick, the posting,
when, and what to do: whom to ask for an introduction, with their phone or e-mail), and the
"Last week in numbers" table with last week's column beside the whole campaign's, under the
trend of the two key numbers (meetings held, names per meeting against the goal of two).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from netdesk.core.campaign import REFERRALS_PER_MEETING_GOAL, CampaignCounts, CampaignNumbers
from netdesk.core.dashboard import WeekFigures
from netdesk.core.text import isolate_bidi
from netdesk.core.week_plan import PostingAction, PostingItem, WeekNumbers
from netdesk.models.enums import PostingStage
from netdesk.ui import labels
from netdesk.ui.sheet.measure import INDENT, BarOp, Block, Builder, LineOp, Metrics, Style


def _day(d: date, year: int) -> str:
    fmt = "ddd d MMM" if d.year == year else "ddd d MMM yyyy"
    return QLocale().toString(QDate(d.year, d.month, d.day), fmt)


def _number(value: int) -> str:
    return QLocale().toString(value)


def _when(item: PostingItem, today: date, year: int) -> str:
    if item.action is PostingAction.INTERVIEW:
        if item.interview_at is None:
            return QCoreApplication.translate("WeeklySheet", "Not booked yet")
        moment = item.interview_at
        time = QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
        return f"{_day(moment.date(), year)} {time}"
    if item.action is PostingAction.STALE:
        if item.last_step is None:
            return ""
        return QCoreApplication.translate("WeeklySheet", "Last step {day}").format(
            day=_day(item.last_step, year)
        )
    if item.deadline is None:
        return ""
    text = (
        QCoreApplication.translate("WeeklySheet", "Deadline passed {day}")
        if item.deadline < today
        else QCoreApplication.translate("WeeklySheet", "Apply by {day}")
    )
    return text.format(day=_day(item.deadline, year))


def _todo(item: PostingItem) -> str:
    stage = labels.label(PostingStage(item.stage))
    if item.action is PostingAction.INTERVIEW:
        if item.interview_at is None:
            return QCoreApplication.translate(
                "WeeklySheet", "Interviewing: book the next interview or follow up"
            )
        return QCoreApplication.translate(
            "WeeklySheet", "Interview with {name}: prepare, and send a thank-you"
        ).format(name=isolate_bidi(item.interviewer))
    if item.action is PostingAction.STALE:
        return QCoreApplication.translate(
            "WeeklySheet", "{stage}, and quiet since: follow up, or close it"
        ).format(stage=stage)
    if item.ask_line:
        return item.ask_line
    return QCoreApplication.translate("WeeklySheet", "{stage}: apply, or let it go").format(
        stage=stage
    )


def posting_block(
    m: Metrics, width: float, item: PostingItem, today: date, year: int, compact: bool = False
) -> Block:
    """One posting: box, "Title  Company" with when on the right, what to do, whom to call."""
    b = Builder(m, width, compact)
    middle = b.headline(item.title, item.company, _when(item, today, year))
    b.box(middle)
    b.text(_todo(item), Style.BODY, INDENT, max_lines=b.lines)
    if item.ask is not None:
        reach = "  \u00b7  ".join(p for p in (item.ask.phone, item.ask.email) if p)
        b.text(
            reach
            or QCoreApplication.translate(
                "WeeklySheet", "No phone or e-mail on file: look them up before calling"
            ),
            Style.SMALL,
            INDENT,
            max_lines=b.lines,
        )
    if item.location:
        b.text(item.location, Style.SMALL, INDENT, max_lines=b.lines)
    return b.done()


def group_label(action: PostingAction) -> str:
    return {
        PostingAction.INTERVIEW: QCoreApplication.translate("WeeklySheet", "Interviews"),
        PostingAction.DEADLINE: QCoreApplication.translate("WeeklySheet", "Deadlines"),
        PostingAction.INTRODUCTION: QCoreApplication.translate(
            "WeeklySheet", "Ask for an introduction before applying"
        ),
        PostingAction.STALE: QCoreApplication.translate(
            "WeeklySheet", "Gone quiet: no step in two weeks"
        ),
    }[action]


def _ratio(counts: CampaignCounts) -> str:
    ratio = counts.referrals_per_meeting
    if ratio is None:
        return QCoreApplication.translate("WeeklySheet", "no meetings held")
    verdict = (
        QCoreApplication.translate("WeeklySheet", "goal reached")
        if counts.goal_reached
        else QCoreApplication.translate("WeeklySheet", "below the goal")
    )
    return QCoreApplication.translate("WeeklySheet", "{value} ({verdict})").format(
        value=QLocale().toString(ratio, "f", 1), verdict=verdict
    )


def _of(part: int, whole: int) -> str:
    return QCoreApplication.translate("WeeklySheet", "{part} of {whole}").format(
        part=_number(part), whole=_number(whole)
    )


def numbers_rows(
    campaign: CampaignNumbers | None, week: WeekNumbers | None
) -> list[tuple[str, str, str]]:
    """(what, last week, whole campaign) for the table; "" where a column has no figure."""
    rows: list[tuple[str, str, str]] = []
    if campaign is not None:
        w, t = campaign.in_week, campaign.total
        for name, attribute in (
            (QCoreApplication.translate("WeeklySheet", "Contacts added"), "contacts_added"),
            (QCoreApplication.translate("WeeklySheet", "People reached"), "reached"),
            (QCoreApplication.translate("WeeklySheet", "Meetings held"), "met"),
            (QCoreApplication.translate("WeeklySheet", "Referrals obtained"), "referrals"),
        ):
            rows.append((name, _number(getattr(w, attribute)), _number(getattr(t, attribute))))
        rows.append(
            (
                QCoreApplication.translate(
                    "WeeklySheet", "Referrals per meeting (goal {goal})"
                ).format(goal=w.goal),
                _ratio(w),
                _ratio(t),
            )
        )
        for name, attribute in (
            (QCoreApplication.translate("WeeklySheet", "Introductions obtained"), "introductions"),
            (QCoreApplication.translate("WeeklySheet", "Applications"), "applications"),
        ):
            rows.append((name, _number(getattr(w, attribute)), _number(getattr(t, attribute))))
        rows.append(
            (
                QCoreApplication.translate("WeeklySheet", "Applications with an introduction"),
                _of(w.applications_introduced, w.applications),
                _of(t.applications_introduced, t.applications),
            )
        )
        for name, attribute in (
            (QCoreApplication.translate("WeeklySheet", "Interviews"), "interviews"),
            (QCoreApplication.translate("WeeklySheet", "Offers"), "offers"),
        ):
            rows.append((name, _number(getattr(w, attribute)), _number(getattr(t, attribute))))
    if week is not None:
        on_time = (
            _of(week.thank_yous_on_time, week.thank_yous_due)
            if week.thank_yous_due
            else QCoreApplication.translate("WeeklySheet", "none due")
        )
        rows.append(
            (QCoreApplication.translate("WeeklySheet", "Thank-you notes sent on time"), on_time, "")
        )
    return rows


def numbers_block(m: Metrics, width: float, rows: list[tuple[str, str, str]]) -> Block:
    """The numbers as a table: what, last week, the whole campaign."""
    b = Builder(m, width)
    label_width = min(210.0, width * 0.45)
    column = (width - label_width) / 2
    heads = (
        QCoreApplication.translate("WeeklySheet", "Last week"),
        QCoreApplication.translate("WeeklySheet", "Whole campaign"),
    )
    top = b.y
    for i, head in enumerate(heads):
        b.y = top
        b.text(head, Style.SMALL, label_width + i * column, label_width + (i + 1) * column - 8)
    b.space(2)
    b.rule(0, width, 0.5)
    b.space(3)
    for label, last, total in rows:
        top = b.y
        bottom = top
        for x, end, text, style in (
            (0.0, label_width - 8, label, Style.BODY),
            (label_width, label_width + column - 8, last, Style.LABEL),
            (label_width + column, width, total, Style.BODY),
        ):
            b.y = top
            b.text(text, style, x, end)
            bottom = max(bottom, b.y)
        b.y = bottom
        b.space(1)
    return b.done()


TREND_HEIGHT = 22.0
"""The height of the trend's bars at their tallest, in points."""


def _bars(b: Builder, x: float, width: float, values: list[float], top: float) -> float:
    """Bars for ``values`` from ``x`` across ``width``, ``top`` as tall as the room; returns
    the y of their baseline."""
    baseline = b.y + TREND_HEIGHT
    slot = width / max(1, len(values))
    for i, value in enumerate(values):
        height = TREND_HEIGHT * min(1.0, value / top) if top else 0.0
        if value > 0:
            height = max(height, 0.8)  # a week with a little is not a week with nothing
        b.block.ops.append(BarOp(x + i * slot + slot * 0.15, baseline - height, slot * 0.7, height))
    b.block.ops.append(LineOp(x, baseline, x + width, 0.5))
    return baseline


def trend_block(m: Metrics, width: float, weeks: list[WeekFigures]) -> Block:
    """The two key numbers at a glance: meetings held each week and names obtained per
    meeting against the goal (a dotted line), over the weeks up to last week, last week's
    figure written beside each."""
    b = Builder(m, width)
    if not weeks:
        return b.done()
    goal = REFERRALS_PER_MEETING_GOAL
    last = weeks[-1]
    half = (width - 12) / 2
    ratio = last.referrals_per_meeting
    heads = (
        QCoreApplication.translate("WeeklySheet", "Meetings held, last {n} weeks: {last}").format(
            n=len(weeks), last=_number(last.meetings)
        ),
        QCoreApplication.translate(
            "WeeklySheet", "Names per meeting, last {n} weeks (goal {goal}): {last}"
        ).format(
            n=len(weeks),
            goal=goal,
            last=QLocale().toString(ratio, "f", 1)
            if ratio is not None
            else QCoreApplication.translate("WeeklySheet", "no meetings held"),
        ),
    )
    top = b.y
    bottom = top
    for i, head in enumerate(heads):
        b.y = top
        b.text(head, Style.SMALL, i * (half + 12), i * (half + 12) + half)
        bottom = max(bottom, b.y)
    b.y = bottom + 3
    meetings = [float(w.meetings) for w in weeks]
    _bars(b, 0.0, half, meetings, max(meetings))
    ratios = [w.referrals_per_meeting or 0.0 for w in weeks]
    scale = max(goal * 1.5, *ratios)
    baseline = _bars(b, half + 12, half, ratios, scale)
    goal_y = baseline - TREND_HEIGHT * goal / scale
    b.block.ops.append(LineOp(half + 12, goal_y, width, 0.6, True))
    b.y = baseline + 6
    return b.done()
