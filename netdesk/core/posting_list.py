"""What the Postings page's board and list show, without Qt or SQL.

:func:`posting_ids` gives the list's order (searched by folded title, company or location,
filtered by stage, sorted by SQLite: see :mod:`netdesk.models.posting_table`), and
:func:`posting_rows` the rows it paints; :func:`board_rows` the board's cards, column by column.
:func:`days_since` and :func:`deadline_close` are the card's two judgements.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from netdesk.core.text import fold
from netdesk.models import posting_table as table
from netdesk.models.columns import as_date_or_none
from netdesk.models.enums import OPEN_STAGES, PostingStage
from netdesk.models.posting_table import PostingOrder, PostingSort
from netdesk.models.query import Interrupt, QueryInterrupted

__all__ = [
    "BOARD_STAGES",
    "CLOSED_STAGES",
    "DEADLINE_DAYS",
    "Interrupt",
    "PostingOrder",
    "PostingRow",
    "PostingSort",
    "QueryInterrupted",
    "board_rows",
    "count_postings",
    "days_since",
    "deadline_close",
    "next_stage",
    "posting_ids",
    "posting_rows",
]

BOARD_STAGES = tuple(stage for stage in PostingStage if stage in OPEN_STAGES)
"""The board's columns, in the order a posting moves through them."""
CLOSED_STAGES = tuple(stage for stage in PostingStage if stage not in OPEN_STAGES)
"""The stages that ended a posting: the board's "Closed" group."""
DEADLINE_DAYS = 7
"""A deadline this close (or past) is shown as urgent."""


@dataclass(frozen=True, slots=True)
class PostingRow:
    """A posting as a card on the board and a row of the list show it."""

    id: int
    title: str
    company_id: int
    company: str
    stage: PostingStage
    location: str
    url: str
    date_seen: date | None
    deadline: date | None
    last_step: date | None
    people: int

    @property
    def is_open(self) -> bool:
        return self.stage in OPEN_STAGES


def _stage(value: Any) -> PostingStage:
    found = PostingStage._value2member_map_.get(value)
    return found if isinstance(found, PostingStage) else PostingStage.SEEN


def _row(values: Sequence[Any]) -> PostingRow:
    pid, title, company_id, company, stage, location, url, seen, deadline, last, people = values
    return PostingRow(
        int(pid),
        str(title),
        int(company_id),
        str(company),
        _stage(stage),
        str(location or ""),
        str(url or ""),
        as_date_or_none(seen),
        as_date_or_none(deadline),
        as_date_or_none(last),
        int(people or 0),
    )


def _key(search: str) -> str:
    return fold(search.strip())


def posting_ids(
    search: str,
    stages: Collection[PostingStage] | None,
    order: PostingOrder,
    *,
    interrupt: Interrupt | None = None,
) -> list[int]:
    """The ids of the postings whose title, company or location contains ``search`` (ignoring
    case and accents) at one of ``stages`` (any for None), in ``order``."""
    return table.posting_ids(_key(search), stages, order, fold, interrupt=interrupt)


def count_postings(search: str = "", stages: Collection[PostingStage] | None = None) -> int:
    return table.count_postings(_key(search), stages, fold)


def posting_rows(ids: Sequence[int]) -> dict[int, PostingRow]:
    """The rows of the postings with these ids that still exist, by id."""
    return {pid: _row(values) for pid, values in table.posting_rows(ids).items()}


def board_rows(
    search: str = "",
    stages: Collection[PostingStage] | None = None,
    *,
    interrupt: Interrupt | None = None,
) -> list[PostingRow]:
    """Every matching posting, column by column, the most recently moved first in each."""
    return [
        _row(values) for values in table.board_rows(_key(search), stages, fold, interrupt=interrupt)
    ]


def days_since(day: date | None, today: date | None = None) -> int | None:
    """Whole days from ``day`` to ``today`` (never negative); None without a day."""
    if day is None:
        return None
    return max(0, ((today or date.today()) - day).days)


def deadline_close(deadline: date | None, today: date | None = None) -> bool:
    """The deadline is past or within :data:`DEADLINE_DAYS` days."""
    if deadline is None:
        return False
    return (deadline - (today or date.today())).days <= DEADLINE_DAYS


def next_stage(stage: PostingStage, step: int) -> PostingStage | None:
    """The stage ``step`` places after (before, when negative) ``stage`` in the pipeline's
    order; None past either end."""
    stages = list(PostingStage)
    position = stages.index(stage) + step
    return stages[position] if 0 <= position < len(stages) else None
