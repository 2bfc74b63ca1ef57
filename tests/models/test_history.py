"""A contact's history and pipeline fields: each writer reports what it changed, and only that."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from netdesk.models import Contact, Favour, Interaction, Topic, history
from tests.helpers import rows
from tests.helpers.changes import recorded, reported


def test_pipeline_fields_are_read_and_written_as_dates(db: Path) -> None:
    ann = rows.contact("Ann", status="contacted", last_contact=date(2026, 11, 2))
    assert history.progress(ann) == history.Progress(ann, "contacted", date(2026, 11, 2), None)
    assert history.progress(ann + 1) is None
    with recorded() as seen:
        history.update_progress(ann, {"status": "met", "next_follow_up": date(2026, 12, 1)})
        history.update_progress(ann, {})  # nothing to change: no commit
    assert reported(seen) == {Topic.CONTACTS: frozenset({ann})}
    assert history.progress(ann) == history.Progress(
        ann, "met", date(2026, 11, 2), date(2026, 12, 1)
    )


def test_a_follow_up_date_is_cleared_only_up_to_the_day_given(db: Path) -> None:
    ann = rows.contact("Ann", next_follow_up=date(2026, 12, 1))
    with recorded() as seen:
        history.clear_follow_up(ann, through=date(2026, 11, 30))
    assert seen == []
    assert Contact.get_by_id(ann).next_follow_up == date(2026, 12, 1)
    with recorded() as seen:
        history.clear_follow_up(ann, through=date(2026, 12, 1))
    assert reported(seen) == {Topic.CONTACTS: frozenset({ann})}
    assert Contact.get_by_id(ann).next_follow_up is None


def test_logging_and_deleting_interactions_and_favours(db: Path) -> None:
    ann = rows.contact("Ann")
    at = datetime(2026, 11, 24, 9, 15)
    with recorded() as seen:
        call = history.add_interaction(ann, "call", at, "Talked about the data team")
    assert reported(seen) == {Topic.INTERACTIONS: frozenset({call})}
    assert history.interactions_of(ann) == [
        history.InteractionRow(call, "call", at, "Talked about the data team")
    ]
    with recorded() as seen:
        favour = history.add_favour(ann, "given", "Sent her a job posting", date(2026, 11, 25))
    assert reported(seen) == {Topic.INTERACTIONS: frozenset({favour})}
    assert history.favours_of(ann) == [
        history.FavourRow(favour, "given", "Sent her a job posting", datetime(2026, 11, 25))
    ]
    assert history.interactions_of(ann + 1) == [] and history.favours_of(ann + 1) == []

    with recorded() as seen:
        history.delete_interaction(call)
    assert reported(seen) == {Topic.INTERACTIONS: frozenset({call})}
    with recorded() as seen:
        history.delete_favour(favour)
    assert reported(seen) == {Topic.INTERACTIONS: frozenset({favour})}
    assert Interaction.select().count() == 0 and Favour.select().count() == 0
