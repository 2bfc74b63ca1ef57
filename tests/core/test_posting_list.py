"""What the board and list read through the core: rows as dates and stages, the card's
judgements (days since the last step, an urgent deadline) and the pipeline's order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdesk.core.posting_list import (
    BOARD_STAGES,
    CLOSED_STAGES,
    PostingOrder,
    PostingSort,
    board_rows,
    count_postings,
    days_since,
    deadline_close,
    next_stage,
    posting_ids,
    posting_rows,
)
from netdesk.core.postings import PostingInput, add_posting, move
from netdesk.models.enums import PostingStage


def test_rows_come_back_typed_and_searched_by_folded_text(db: Path) -> None:
    first = add_posting(
        PostingInput("Müller GmbH", "Entwickler", deadline=date(2026, 12, 9)), on=date(2026, 12, 1)
    )
    second = add_posting(PostingInput("Acme", "Tester"), on=date(2026, 12, 1))
    move(second, PostingStage.REJECTED, on=date(2026, 12, 2))
    row = posting_rows([first])[first]
    assert (row.company, row.stage, row.deadline, row.last_step) == (
        "Müller GmbH",
        PostingStage.SEEN,
        date(2026, 12, 9),
        date(2026, 12, 1),
    )
    assert row.is_open and not posting_rows([second])[second].is_open
    assert posting_ids("  MULLER ", None, PostingOrder(PostingSort.TITLE, False)) == [first]
    assert count_postings(stages=set(CLOSED_STAGES)) == 1
    assert [r.id for r in board_rows()] == [first, second]
    assert [r.id for r in board_rows("test")] == [second]


def test_the_cards_judgements() -> None:
    today = date(2026, 12, 2)
    assert days_since(date(2026, 11, 25), today) == 7
    assert days_since(date(2026, 12, 5), today) == 0
    assert days_since(None, today) is None
    assert deadline_close(date(2026, 12, 9), today)
    assert deadline_close(date(2026, 11, 30), today)  # past
    assert not deadline_close(date(2026, 12, 10), today)
    assert not deadline_close(None, today)


def test_the_pipelines_order() -> None:
    assert BOARD_STAGES[0] is PostingStage.SEEN and BOARD_STAGES[-1] is PostingStage.OFFER
    assert set(BOARD_STAGES) | set(CLOSED_STAGES) == set(PostingStage)
    assert next_stage(PostingStage.APPLIED, 1) is PostingStage.INTERVIEWING
    assert next_stage(PostingStage.APPLIED, -1) is PostingStage.INTRODUCED
    assert next_stage(PostingStage.OFFER, 1) is PostingStage.ACCEPTED
    assert next_stage(PostingStage.SEEN, -1) is None
    assert next_stage(PostingStage.NO_ANSWER, 1) is None
