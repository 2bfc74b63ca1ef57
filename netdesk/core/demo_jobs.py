"""The job search of the demo network: postings at every stage with the steps that led there,
the people who told the user about them or referred them, and the employers contacts used to
work for, so that the Companies view, the board and "who knows" have something to show.

Drawn from a generator of its own (seeded from the demo's seed), so that the people of the demo
stay what they were before postings had stages; written in bulk inside the demo's transaction.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from netdesk.models.contacts import NewContact
from netdesk.models.enums import PostingRole, PostingStage
from netdesk.models.postings import NewPosting, insert_people

PAST_EMPLOYER_SHARE = 0.3
"""How many of the demo's people list a past employer (one, sometimes two)."""

_ROUTES: tuple[tuple[tuple[PostingStage, ...], int], ...] = (
    ((PostingStage.SEEN,), 8),
    ((PostingStage.SEEN, PostingStage.RESEARCHING), 7),
    ((PostingStage.SEEN, PostingStage.RESEARCHING, PostingStage.INTRODUCED), 5),
    ((PostingStage.SEEN, PostingStage.APPLIED), 5),
    ((PostingStage.SEEN, PostingStage.RESEARCHING, PostingStage.INTRODUCED,
      PostingStage.APPLIED), 4),
    ((PostingStage.SEEN, PostingStage.INTRODUCED, PostingStage.APPLIED,
      PostingStage.INTERVIEWING), 4),
    ((PostingStage.SEEN, PostingStage.APPLIED, PostingStage.INTERVIEWING, PostingStage.OFFER), 1),
    ((PostingStage.SEEN, PostingStage.INTRODUCED, PostingStage.INTERVIEWING, PostingStage.OFFER,
      PostingStage.ACCEPTED), 1),
    ((PostingStage.SEEN, PostingStage.APPLIED, PostingStage.INTERVIEWING, PostingStage.OFFER,
      PostingStage.DECLINED), 1),
    ((PostingStage.SEEN, PostingStage.APPLIED, PostingStage.REJECTED), 3),
    ((PostingStage.SEEN, PostingStage.APPLIED, PostingStage.INTERVIEWING,
      PostingStage.REJECTED), 2),
    ((PostingStage.SEEN, PostingStage.RESEARCHING, PostingStage.WITHDRAWN), 1),
    ((PostingStage.SEEN, PostingStage.APPLIED, PostingStage.NO_ANSWER), 3),
)  # fmt: skip
"""The ways a posting goes, as steps from seeing it, with how often each is drawn."""
_WEIGHTS = [weight for _, weight in _ROUTES]


def job_rng(seed: int) -> random.Random:
    return random.Random(seed * 31 + 15)


def history(
    rng: random.Random, seen: date, today: date, index: int | None = None
) -> tuple[tuple[PostingStage, date], ...]:
    """The steps of one posting seen on ``seen``: a route drawn, each step a few days after the
    one before, none after ``today``. The first postings of a demo (``index`` below the number
    of routes) take each route in turn, so that even a small demo has a posting at every stage;
    their days come from a generator of their own, so that ``rng`` draws what it always did."""
    (drawn,) = rng.choices([r for r, _ in _ROUTES], weights=_WEIGHTS)
    route, days = drawn, rng
    if index is not None and index < len(_ROUTES):
        route = _ROUTES[index][0]
        days = random.Random(seen.toordinal() * 31 + index)
    steps = []
    day = seen
    for stage in route:
        steps.append((stage, day))
        day = min(today, day + timedelta(days=days.randint(1, 6)))
    if days is not rng:
        for _ in drawn:  # the days the drawn route would have taken
            rng.randint(1, 6)
    return tuple(steps)


def with_past_employers(
    rng: random.Random,
    contacts: Sequence[NewContact],
    companies: Sequence[tuple[str, str]],
) -> list[NewContact]:
    """``contacts`` with some of them listing one or two companies they used to work for
    (never the one they work for now)."""
    found = []
    for new in contacts:
        if rng.random() >= PAST_EMPLOYER_SHARE:
            found.append(new)
            continue
        current = new.keys.company
        past = [c for c in rng.sample(companies, min(3, len(companies))) if c != current]
        past = past[: 2 if rng.random() < 0.25 else 1]
        data = replace(new.data, past_employers=[name for name, _ in past])
        found.append(replace(new, data=data, keys=replace(new.keys, past_companies=past)))
    return found


def link_people(
    rng: random.Random,
    postings: Sequence[tuple[int, int, NewPosting]],
    staff: dict[int, list[int]],
    warm: Sequence[int],
) -> int:
    """Who told the user about each posting, referred them for it, or manages the job: someone
    working there where the demo has such a person, else a warm contact for the first. Returns
    how many links it made."""
    links: list[tuple[int, int, PostingRole]] = []
    for posting_id, company_id, posting in postings:
        reached = {stage for stage, _ in posting.history}
        there = staff.get(company_id, [])
        if warm and rng.random() < 0.3:
            links.append((posting_id, rng.choice(warm), PostingRole.TOLD_ME))
        if there and PostingStage.INTRODUCED in reached:
            links.append((posting_id, rng.choice(there), PostingRole.REFERRED_ME))
        if there and PostingStage.INTERVIEWING in reached:
            links.append((posting_id, rng.choice(there), PostingRole.HIRING_MANAGER))
            if rng.random() < 0.5:
                links.append((posting_id, rng.choice(there), PostingRole.MET_ABOUT))
    insert_people(links)
    return len(links)
