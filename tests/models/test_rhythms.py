"""The keep-in-touch columns the triggers keep: always what the rules say of the rows, however
they were written, and read through their index at any size."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from netdesk.core.contacts import delete_contacts, restore_contacts
from netdesk.core.demo import generate_demo
from netdesk.core.merge import merge_contacts, prepare_merge, undo_merge
from netdesk.models import Topic, database, history, rhythms
from netdesk.models import meetings as stored_meetings
from tests.helpers import rows
from tests.helpers.changes import recorded, reported

TODAY = date(2026, 11, 23)


def _truth() -> dict[int, tuple[str, int | None, str | None]]:
    """(last touch, rhythm, due day) of every contact, worked out from the rows themselves."""
    conn = database.connection()
    rules = {
        (kind, key.casefold()): days
        for kind, key, days in conn.execute("SELECT kind, key, days FROM rhythm_rule")
    }
    touches: dict[int, list[str]] = {}

    def touched(contact_id: int, day: str | None) -> None:
        if day:
            touches.setdefault(contact_id, []).append(day[:10])

    for contact_id, day in conn.execute("SELECT contact_id, happened_at FROM interaction "
                                        "WHERE kind != 'note'"):  # fmt: skip
        touched(contact_id, day)
    for contact_id, day in conn.execute("SELECT contact_id, happened_on FROM favour"):
        touched(contact_id, day)
    for contact_id, day in conn.execute(
        "SELECT a.contact_id, m.starts_at FROM meeting_attendee a "
        "JOIN meeting m ON m.id = a.meeting_id"
    ):
        touched(contact_id, day)
    tags: dict[int, list[str]] = {}
    for contact_id, name in conn.execute(
        "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
    ):
        tags.setdefault(contact_id, []).append(name.casefold())
    found = {}
    for cid, added, last, own, status, relationship, lead in conn.execute(
        "SELECT id, date_added, last_contact, rhythm_days, status, relationship, lead FROM contact"
    ):
        touch = max([added, *([last] if last else []), *touches.get(cid, [])])
        tag_days = [rules[("tag", t)] for t in tags.get(cid, []) if ("tag", t) in rules]
        rhythm = own
        for candidate in (
            min(tag_days) if tag_days else None,
            rules.get(("status", status)),
            rules.get(("relationship", relationship)),
            rules.get(("lead", lead)),
        ):
            rhythm = candidate if rhythm is None else rhythm
        due = None if rhythm is None else (date.fromisoformat(touch) + timedelta(rhythm))
        found[cid] = (touch, rhythm, None if due is None else due.isoformat())
    return found


def _stored() -> dict[int, tuple[str, int | None, str | None]]:
    return {
        cid: (touch, days, due)
        for cid, touch, days, due in database.connection().execute(
            "SELECT id, last_touch, keep_in_touch_days, keep_in_touch_due FROM contact"
        )
    }


def test_the_kept_columns_follow_every_kind_of_write(db: Path) -> None:
    """A demo network, then writes of every kind the triggers follow, each checked against
    the rules worked out from scratch."""
    generate_demo(200, seed=3, today=TODAY)
    conn = database.connection()
    assert _stored() == _truth()
    rng = random.Random(5)
    ids = [int(r[0]) for r in conn.execute("SELECT id FROM contact ORDER BY id")]
    steps = [
        "DELETE FROM interaction WHERE id IN (SELECT id FROM interaction ORDER BY id LIMIT 40)",
        "UPDATE interaction SET kind = 'note' WHERE id % 3 = 0",
        "UPDATE interaction SET happened_at = '2027-01-05 10:00:00' WHERE id % 7 = 0",
        "DELETE FROM favour WHERE id % 2 = 0",
        "UPDATE favour SET contact_id = contact_id % 50 + 1 WHERE id % 3 = 0",
        "UPDATE meeting SET starts_at = '2027-02-01 09:00:00' WHERE id % 4 = 0",
        "DELETE FROM meeting WHERE id % 5 = 0",
        "UPDATE meeting_attendee SET contact_id = 7 WHERE rowid = (SELECT min(rowid) FROM "
        "meeting_attendee WHERE contact_id != 7 AND meeting_id NOT IN "
        "(SELECT meeting_id FROM meeting_attendee WHERE contact_id = 7))",
        "UPDATE contact SET status = 'dormant' WHERE id % 6 = 0",
        "UPDATE contact SET relationship = 'recruiter' WHERE id % 11 = 0",
        "UPDATE contact SET lead = 'cold' WHERE id % 4 = 1",
        "UPDATE contact SET rhythm_days = 5 WHERE id % 13 = 0",
        "UPDATE contact SET last_contact = '2027-03-01' WHERE id % 17 = 0",
        "UPDATE contact SET date_added = '2020-01-01' WHERE id % 19 = 0",
        "INSERT INTO rhythm_rule (kind, key, days) VALUES ('tag', 'PRIORITY', 9)",
        "INSERT INTO rhythm_rule (kind, key, days) VALUES ('relationship', 'friend', 45)",
        "UPDATE rhythm_rule SET days = 20 WHERE kind = 'lead'",
        "UPDATE rhythm_rule SET key = 'met' WHERE kind = 'status' AND key = 'keep_in_touch'",
        "DELETE FROM rhythm_rule WHERE kind = 'status' AND key = 'dormant'",
        "DELETE FROM contact_tag WHERE contact_id % 3 = 0",
        "UPDATE tag SET name = 'top priority' WHERE name = 'priority'",
    ]
    tag = conn.execute("SELECT id FROM tag ORDER BY id LIMIT 1").fetchone()[0]
    for step in steps:
        conn.execute(step)
        assert _stored() == _truth(), step
    for contact_id in rng.sample(ids, 20):
        conn.execute("INSERT OR IGNORE INTO contact_tag VALUES (?, ?)", (contact_id, tag))
    name = conn.execute("SELECT name FROM tag WHERE id = ?", (tag,)).fetchone()[0]
    rhythms.set_rule("tag", name, 3)
    assert _stored() == _truth()
    rhythms.set_rule("tag", name.upper(), 4)  # the same tag, whatever its case
    assert _stored() == _truth()
    assert [r.days for r in rhythms.rules() if r.key.casefold() == name.casefold()] == [4]
    deleted = delete_contacts(rng.sample(ids, 15))
    assert _stored() == _truth()
    restore_contacts(deleted)
    assert _stored() == _truth()
    draft = prepare_merge(ids[:3])
    snapshot = merge_contacts(draft.plan)
    assert _stored() == _truth()
    undo_merge(snapshot)
    assert _stored() == _truth()


def test_the_due_list_its_count_and_the_overdue_walk_the_index(db: Path) -> None:
    """No sort of the whole table, however many are due: the order is the index's."""
    generate_demo(300, seed=3, today=TODAY)
    conn = database.connection()

    def plan(sql: str, params: dict[str, object]) -> str:
        return " | ".join(str(r[3]) for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))

    params = {"by": TODAY.isoformat(), "limit": 50, "offset": 0}
    for extra in ("", rhythms._OVERDUE):
        listed = plan(rhythms._DUE_ROWS.format(extra=extra), params)
        assert "contact_by_keep_in_touch" in listed and "TEMP B-TREE" not in listed, listed
    counted = plan("SELECT count(*) FROM contact WHERE keep_in_touch_due <= :by", params)
    assert "COVERING INDEX contact_by_keep_in_touch" in counted, counted
    assert rhythms.due_count(TODAY) == len(rhythms.due_rows(TODAY))


def test_a_write_that_moves_someone_due_reports_them(db: Path) -> None:
    """The contact table's column changes with a favour or a meeting: they say so; a contact
    without a rhythm is not reported for them."""
    warm = rows.contact("Wanda", lead="warm")
    cold = rows.contact("Cole")
    with recorded() as seen:
        favour = history.add_favour(warm, "given", "Coffee", date(2026, 11, 20))
    assert reported(seen)[Topic.CONTACTS] == frozenset({warm})
    with recorded() as seen:
        history.add_favour(cold, "given", "Coffee", date(2026, 11, 20))
    assert Topic.CONTACTS not in reported(seen)
    with recorded() as seen:
        history.delete_favour(favour)
    assert reported(seen)[Topic.CONTACTS] == frozenset({warm})
    meeting = rows.meeting(cold, datetime(2026, 11, 24, 10))
    with recorded() as seen:
        stored_meetings.set_attendees(meeting, [cold, warm])
    assert reported(seen)[Topic.CONTACTS] == frozenset({warm})
