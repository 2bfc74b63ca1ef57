"""The week's plan as it was before the weekly capacity: every item owed, for the baselines.

Built from the same sources as :func:`netdesk.core.week_plan.build_week_plan` (the same SQL and
order, every row of each), and laid out in one pass as the sheet used to be, so that a benchmark
can set the capacity's plan beside what the week held without one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QPageLayout

from netdesk.core.campaign import campaign_numbers
from netdesk.core.dates import Week
from netdesk.core.week_plan import WeekPlan, week_numbers
from netdesk.core.week_queue import PRIORITY, Scope
from netdesk.ui.sheet.layout import _Composer
from netdesk.ui.sheet.measure import SheetLayout


def unlimited_plan(week: Week, today: date) -> WeekPlan:
    """Everything due or planned in ``week``: each source read to its end."""
    plan = WeekPlan(week=week, today=today)
    scope = Scope(week, today)
    for source in PRIORITY:
        total = source.count(scope)
        items = source.fetch(scope, total, 0)
        getattr(plan, source.into).extend(items)
        plan.totals[source.kind] = total
        plan.taken[source.kind] = len(items)
    plan.last_week = week_numbers(week.previous(), today)
    plan.campaign = campaign_numbers(week.previous(), today)
    return plan


def unlimited_layout(plan: WeekPlan, layout: QPageLayout) -> SheetLayout:
    """The sheet of ``plan`` in one pass, however many pages it takes (as it used to be)."""
    return _Composer(plan, layout).compose()
