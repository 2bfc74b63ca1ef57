"""Everything due by a day, in one list: ``netdesk due``, and anything else that counts what is
due (a tray icon's number).

Five kinds, each by the definition its own view uses:

- ``thank_you``: a thank-you note owed to an attendee of a meeting held (``core.rhythms``);
- ``follow_up``: an open follow-up or call, or a contact's next follow-up date
  (``models.week.FOLLOW_UPS_DUE``: the week plan's), once per person at the earliest;
- ``referral_waiting``: a name someone gave you, not contacted yet, due from the day it was
  given (a name goes cold);
- ``posting``: a posting not applied for whose deadline comes by then;
- ``keep_in_touch``: someone past their rhythm (``core.rhythms``).

A person already listed for a follow-up is not listed again as a referral waiting (the plan's
rule), and someone listed for anything else is not listed as due to keep in touch: reaching out
for that reaches them. The list is sorted by due day, the longest due first, then by kind in the
order above, then by name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from netdesk.core.rhythms import (
    keep_in_touch_due,
    referrals_waiting,
    rhythm_words,
    thank_yous_due,
)
from netdesk.core.text import isolate_bidi
from netdesk.core.wording import translate
from netdesk.models import tasks as tasks_data
from netdesk.models import week as week_data
from netdesk.models import week_postings

__all__ = ["DueItem", "DueKind", "due_items", "due_json"]


class DueKind(StrEnum):
    THANK_YOU = "thank_you"
    FOLLOW_UP = "follow_up"
    REFERRAL_WAITING = "referral_waiting"
    POSTING = "posting"
    KEEP_IN_TOUCH = "keep_in_touch"


_ORDER = list(DueKind)
_ALL = 2**62
"""No limit: the week's readers page, this list is everything."""


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    contact_id: int | None
    """Whom it concerns (None: a posting)."""
    display_name: str
    """The person's name, or the posting's title and company."""
    due: date
    overdue_days: int
    """Days past ``due`` on the day asked about (0: due that day)."""
    reason: str
    """Why it is due, as a sentence."""
    record_id: int | None = None
    """The task, meeting or posting it is about, when there is one."""


def _thank_yous(by: date) -> list[DueItem]:
    text = translate("Due", "Thank-you note for the meeting on {day}.")
    return [
        DueItem(
            DueKind.THANK_YOU,
            t.contact_id,
            t.display_name,
            t.due,
            t.overdue_days,
            text.format(day=t.meeting_day.isoformat()),
            t.meeting_id,
        )
        for t in thank_yous_due(by)
    ]


def _follow_ups(by: date) -> list[DueItem]:
    own = translate("Due", "Their next follow-up date.")
    found = week_data.follow_ups(None, by, _ALL)
    titles = tasks_data.task_titles(f.task_id for f in found if f.task_id is not None)
    items = []
    for f in found:
        due = f.due or by
        reason = own if f.task_id is None else titles.get(f.task_id, "")
        items.append(
            DueItem(
                DueKind.FOLLOW_UP,
                f.person.contact_id,
                f.person.name,
                due,
                (by - due).days,
                reason,
                f.task_id,
            )
        )
    return items


def _referrals(by: date) -> list[DueItem]:
    return [
        DueItem(
            DueKind.REFERRAL_WAITING,
            r.contact_id,
            r.display_name,
            r.given_on,
            r.days_waiting,
            r.sentence,
        )
        for r in referrals_waiting(by)
    ]


def _postings(by: date) -> list[DueItem]:
    text = translate("Due", "Apply by {day}: not applied for yet.")
    name = translate("Due", "{title} at {company}")
    return [
        DueItem(
            DueKind.POSTING,
            None,
            name.format(title=isolate_bidi(p.title), company=isolate_bidi(p.company)),
            p.deadline,
            (by - p.deadline).days,
            text.format(day=p.deadline.isoformat()),
            p.posting_id,
        )
        for p in week_postings.deadlines(week_data.Span(by, by, by + timedelta(days=1)), _ALL)
        if p.deadline is not None
    ]


def _keep_in_touch(by: date, listed: set[int]) -> list[DueItem]:
    touched = translate("Due", "Keep in touch {rhythm}: last in touch on {day}.")
    never = translate("Due", "Keep in touch {rhythm}: not in touch since they were added.")
    items = []
    for k in keep_in_touch_due(by):
        if k.contact_id in listed:
            continue
        text = never if k.last_touch is None else touched
        reason = text.format(
            rhythm=rhythm_words(k.rhythm_days),
            day="" if k.last_touch is None else k.last_touch.isoformat(),
        )
        items.append(
            DueItem(
                DueKind.KEEP_IN_TOUCH, k.contact_id, k.display_name, k.due, k.overdue_days, reason
            )
        )
    return items


def due_items(by: date) -> list[DueItem]:
    """Everything due by ``by`` (see the module docstring for what and in which order)."""
    thank_yous = _thank_yous(by)
    follow_ups = _follow_ups(by)
    following = {i.contact_id for i in follow_ups}
    referrals = [r for r in _referrals(by) if r.contact_id not in following]
    listed = {i.contact_id for i in (*thank_yous, *follow_ups, *referrals)}
    items = [*thank_yous, *follow_ups, *referrals, *_postings(by)]
    items += _keep_in_touch(by, {i for i in listed if i is not None})
    items.sort(key=lambda i: (i.due, _ORDER.index(i.kind), i.display_name.casefold()))
    return items


def due_json(item: DueItem) -> dict[str, object]:
    """An item as ``netdesk due --json`` prints it (the issue's keys, exactly)."""
    return {
        "kind": item.kind.value,
        "contact_id": item.contact_id,
        "display_name": item.display_name,
        "due": item.due.isoformat(),
        "overdue_days": item.overdue_days,
        "reason": item.reason,
    }
