"""The Postings page's SQL on a real database: the search (folded title, company, location),
the stage filter, every sort with blanks last, rows by id, the board's order and a query stopped
from another thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from netdesk.core.postings import PostingInput, add_posting, link_person, move
from netdesk.core.text import fold
from netdesk.models.enums import PostingRole, PostingStage
from netdesk.models.posting_table import (
    Interrupt,
    PostingOrder,
    PostingSort,
    board_rows,
    count_postings,
    posting_ids,
    posting_rows,
)
from netdesk.models.query import QueryInterrupted
from tests.helpers import rows


@pytest.fixture
def postings(db: Path) -> dict[str, int]:
    """Four postings: Ingénieur (Globex, Zürich, deadline), Analyst (Acme), Designer (Globex,
    applied, two people), Écrivain (Initech, no location)."""
    ids = {
        "ingenieur": add_posting(
            PostingInput(
                "Globex",
                "Ingénieur logiciel",
                location="Zürich",
                date_seen=date(2026, 11, 3),
                deadline=date(2026, 12, 10),
            ),
            on=date(2026, 11, 3),
        ),
        "analyst": add_posting(
            PostingInput("Acme", "Analyst", location="Berlin", date_seen=date(2026, 11, 1)),
            on=date(2026, 11, 1),
        ),
        "designer": add_posting(
            PostingInput(
                "Globex",
                "designer",
                location="Amsterdam",
                date_seen=date(2026, 11, 5),
                deadline=date(2026, 12, 1),
            ),
            on=date(2026, 11, 5),
        ),
        "ecrivain": add_posting(
            PostingInput("Initech", "Écrivain", date_seen=date(2026, 11, 2)), on=date(2026, 11, 2)
        ),
    }
    move(ids["designer"], PostingStage.APPLIED, on=date(2026, 11, 20))
    ann, bob = rows.contact("Ann"), rows.contact("Bob")
    link_person(ids["designer"], ann, PostingRole.REFERRED_ME)
    link_person(ids["designer"], bob, PostingRole.HIRING_MANAGER)
    link_person(ids["analyst"], ann, PostingRole.TOLD_ME)
    return ids


def ordered(column: PostingSort, descending: bool = False, key: str = "") -> list[int]:
    return posting_ids(key, None, PostingOrder(column, descending), fold)


def test_search_folds_case_and_accents_over_title_company_and_location(
    postings: dict[str, int],
) -> None:
    by_title = posting_ids("ingenieur", None, PostingOrder(), fold)
    assert by_title == [postings["ingenieur"]]
    by_company = posting_ids("globex", None, PostingOrder(PostingSort.TITLE, False), fold)
    assert by_company == [postings["designer"], postings["ingenieur"]]
    assert posting_ids("zurich", None, PostingOrder(), fold) == [postings["ingenieur"]]
    assert posting_ids("ecri", None, PostingOrder(), fold) == [postings["ecrivain"]]
    assert posting_ids("nowhere", None, PostingOrder(), fold) == []
    assert count_postings("globex", None, fold) == 2
    assert count_postings("", None, fold) == 4


def test_stage_filter(postings: dict[str, int]) -> None:
    applied = posting_ids("", {PostingStage.APPLIED}, PostingOrder(), fold)
    assert applied == [postings["designer"]]
    assert count_postings("", {PostingStage.SEEN}, fold) == 3
    assert count_postings("", {PostingStage.OFFER, PostingStage.REJECTED}, fold) == 0
    assert posting_ids("", set(), PostingOrder(), fold) == []


def test_every_sort_in_both_directions(postings: dict[str, int]) -> None:
    p = postings
    assert ordered(PostingSort.TITLE) == [
        p["analyst"],
        p["designer"],
        p["ecrivain"],
        p["ingenieur"],
    ]
    assert ordered(PostingSort.COMPANY) == [
        p["analyst"],
        p["designer"],
        p["ingenieur"],
        p["ecrivain"],
    ]
    assert ordered(PostingSort.STAGE)[-1] == p["designer"]  # applied comes after seen
    assert ordered(PostingSort.DATE_SEEN) == [
        p["analyst"],
        p["ecrivain"],
        p["ingenieur"],
        p["designer"],
    ]
    assert ordered(PostingSort.DATE_SEEN, True) == [
        p["designer"],
        p["ingenieur"],
        p["ecrivain"],
        p["analyst"],
    ]
    assert ordered(PostingSort.PEOPLE, True)[:2] == [p["designer"], p["analyst"]]
    assert ordered(PostingSort.LAST_STEP, True)[0] == p["designer"]
    # Blanks come last in either direction.
    assert ordered(PostingSort.DEADLINE)[:2] == [p["designer"], p["ingenieur"]]
    assert ordered(PostingSort.DEADLINE, True)[:2] == [p["ingenieur"], p["designer"]]
    assert ordered(PostingSort.LOCATION)[0] == p["designer"]  # Amsterdam
    assert ordered(PostingSort.LOCATION)[-1] == p["ecrivain"]
    assert ordered(PostingSort.LOCATION, True)[-1] == p["ecrivain"]


def test_rows_by_id_carry_what_the_views_show(postings: dict[str, int]) -> None:
    found = posting_rows([postings["designer"], postings["analyst"], 999])
    assert set(found) == {postings["designer"], postings["analyst"]}
    designer = found[postings["designer"]]
    assert designer[1:2] == ("designer",)
    assert designer[3:6] == ("Globex", "applied", "Amsterdam")
    assert designer[7:11] == ("2026-11-05", "2026-12-01", "2026-11-20", 2)


def test_board_goes_column_by_column_most_recently_moved_first(
    postings: dict[str, int],
) -> None:
    order = [row[0] for row in board_rows("", None, fold)]
    p = postings
    assert order == [p["ingenieur"], p["ecrivain"], p["analyst"], p["designer"]]
    assert [row[0] for row in board_rows("globex", None, fold)] == [p["ingenieur"], p["designer"]]


def test_an_interrupted_query_stops(postings: dict[str, int]) -> None:
    interrupt = Interrupt()
    interrupt.request()
    with pytest.raises(QueryInterrupted):
        posting_ids("", None, PostingOrder(), fold, interrupt=interrupt)
    with pytest.raises(QueryInterrupted):
        board_rows("", None, fold, interrupt=interrupt)
