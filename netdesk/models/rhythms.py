"""Keeping in touch, in SQL: the default rhythms, who is due and how long since their last touch,
the week's capacity, the referrals waiting for a first call and the people owed a favour.

What the rules mean is migration 11's (``0011_campaign.sql``), where triggers keep three columns
of each contact from them: ``last_touch`` (the day of the last interaction other than a note,
meeting attended, favour or last contact date; the day added when there was none),
``keep_in_touch_days`` (the rhythm that applies) and ``keep_in_touch_due`` (the one plus the
other), indexed. Every question here is therefore a walk of that index, whatever the size of the
network: the due list in order and paged, its count, the overdue ones (:func:`due_condition`
and :data:`SORT_KEY` are the same definition for the contact table's filter and column).

Writers say what they changed: a rule as :data:`Topic.SETTINGS`, and the contacts whose rhythm it
changes as :data:`Topic.CONTACTS` (all of them: which is not known); a setting as
:data:`Topic.SETTINGS`. A writer elsewhere that moves a contact's due day (a favour logged, a
meeting saved) reports the contact with :func:`reporting_due_changes`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from netdesk.models.columns import as_date_or_none
from netdesk.models.db import database
from netdesk.models.sql import connection, select_in
from netdesk.models.store import Topic, store

RULE_KINDS = ("tag", "status", "relationship", "lead")
"""The kinds of default rhythm, the most specific first: the order in which they apply."""

MAX_RHYTHM_DAYS = 3650
"""Ten years: the longest rhythm (the schema's CHECK; the shortest is a day)."""

OUTREACH_PER_WEEK = "outreach_per_week"
MEETINGS_PER_WEEK = "meetings_per_week"
"""The week's capacity in ``campaign_setting``: calls and e-mails, and meetings."""

SORT_KEY = ("c.keep_in_touch_due", "c.keep_in_touch_due IS NULL")
"""The contact table's sort key for "Keep in touch" and its blank test (no rhythm), as
``models.query.SORT_KEYS`` holds them: the index ``contact_by_keep_in_touch``."""


def due_condition(by: date, column: str = "c") -> tuple[str, list[str]]:
    """SQL (with its parameters) true for the contacts due to keep in touch by ``by``, overdue
    ones included: the table's "Due to keep in touch" filter, by the due list's definition."""
    return f"{column}.keep_in_touch_due <= ?", [by.isoformat()]


# The rules ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RuleRow:
    kind: str
    key: str
    days: int


def rules() -> list[RuleRow]:
    """Every default rhythm, in the order they apply (:data:`RULE_KINDS`), then by key."""
    rank = " ".join(f"WHEN '{kind}' THEN {n:d}" for n, kind in enumerate(RULE_KINDS))
    rows = connection().execute(
        f"SELECT kind, key, days FROM rhythm_rule ORDER BY CASE kind {rank} END, key"
    )
    return [RuleRow(str(k), str(key), int(d)) for k, key, d in rows]


def set_rule(kind: str, key: str, days: int | None) -> None:
    """Make ``days`` the rhythm of ``kind`` ``key`` (None: no default for it); the contacts it
    concerns get their new rhythm and due day by trigger."""
    conn = connection()
    with database.atomic():
        if days is None:
            conn.execute("DELETE FROM rhythm_rule WHERE kind = ? AND key = ?", (kind, key))
        else:
            conn.execute(
                "INSERT INTO rhythm_rule (kind, key, days) VALUES (?, ?, ?) "
                "ON CONFLICT (kind, key) DO UPDATE SET days = excluded.days "
                "WHERE days != excluded.days",
                (kind, key, days),
            )
        store.changed(Topic.SETTINGS)
        store.changed(Topic.CONTACTS)


def set_contact_rhythm(contact_id: int, days: int | None) -> bool:
    """The contact's own rhythm (None: the rules'); False when there is no such contact."""
    with database.atomic():
        cursor = connection().execute(
            "UPDATE contact SET rhythm_days = ? WHERE id = ?", (days, contact_id)
        )
        if cursor.rowcount:
            store.changed(Topic.CONTACTS, [contact_id])
    return bool(cursor.rowcount)


@dataclass(frozen=True, slots=True)
class ContactRhythm:
    """Where a contact's rhythm comes from: its own, or the rule of a kind and key."""

    days: int | None
    own: int | None
    tag: tuple[str, int] | None
    """The tightest of its tags' rules, as (tag, days)."""
    status: tuple[str, int] | None
    relationship: tuple[str, int] | None
    lead: tuple[str, int] | None


def contact_rhythm(contact_id: int) -> ContactRhythm | None:
    """The rhythm that applies to a contact and every rule that matches it (None: no contact)."""
    conn = connection()
    row = conn.execute(
        """
        SELECT c.keep_in_touch_days, c.rhythm_days, c.status, s.days, c.relationship, r.days,
               c.lead, l.days
        FROM contact c
        LEFT JOIN rhythm_rule s ON s.kind = 'status' AND s.key = c.status
        LEFT JOIN rhythm_rule r ON r.kind = 'relationship' AND r.key = c.relationship
        LEFT JOIN rhythm_rule l ON l.kind = 'lead' AND l.key = c.lead
        WHERE c.id = ?
        """,
        (contact_id,),
    ).fetchone()
    if row is None:
        return None
    tag = conn.execute(
        "SELECT t.name, r.days FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        "JOIN rhythm_rule r ON r.kind = 'tag' AND r.key = t.name WHERE ct.contact_id = ? "
        "ORDER BY r.days, t.name LIMIT 1",
        (contact_id,),
    ).fetchone()

    def rule(key: object, days: object) -> tuple[str, int] | None:
        return None if days is None else (str(key), int(str(days)))

    return ContactRhythm(
        days=None if row[0] is None else int(row[0]),
        own=None if row[1] is None else int(row[1]),
        tag=None if tag is None else (str(tag[0]), int(tag[1])),
        status=rule(row[2], row[3]),
        relationship=rule(row[4], row[5]),
        lead=rule(row[6], row[7]),
    )


# Who is due ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DueRow:
    contact_id: int
    display_name: str
    rhythm_days: int
    last_touch: date | None
    """The last touch itself (None: none since they were added)."""
    due: date


_LAST_TOUCH = """
    nullif(max(
        coalesce(c.last_contact, ''),
        coalesce((SELECT substr(max(i.happened_at), 1, 10) FROM interaction i
                  WHERE i.contact_id = c.id AND i.kind != 'note'), ''),
        coalesce((SELECT substr(max(m.starts_at), 1, 10) FROM meeting_attendee a
                  JOIN meeting m ON m.id = a.meeting_id WHERE a.contact_id = c.id), ''),
        coalesce((SELECT max(f.happened_on) FROM favour f WHERE f.contact_id = c.id), '')), '')
"""
"""The last touch without the day added (the same as migration 11's, for the rows listed)."""

_DUE_ROWS = f"""
    SELECT c.id, c.display_name, c.keep_in_touch_days, {_LAST_TOUCH}, c.keep_in_touch_due
    FROM contact c
    WHERE c.keep_in_touch_due <= :by {{extra}}
    ORDER BY c.keep_in_touch_due, c.sort_name, c.id
    LIMIT :limit OFFSET :offset
"""

_OVERDUE = "AND date(c.keep_in_touch_due, '+' || c.keep_in_touch_days || ' days') <= :by"
"""Past twice the rhythm: a second rhythm has come round since the contact fell due."""


def _due_rows(by: date, limit: int | None, offset: int, extra: str = "") -> list[DueRow]:
    rows = connection().execute(
        _DUE_ROWS.format(extra=extra),
        {"by": by.isoformat(), "limit": -1 if limit is None else limit, "offset": offset},
    )
    return [
        DueRow(int(i), str(name), int(days), as_date_or_none(touch), date.fromisoformat(due))
        for i, name, days, touch, due in rows
    ]


def due_rows(by: date, *, limit: int | None = None, offset: int = 0) -> list[DueRow]:
    """The contacts due to keep in touch by ``by``, the longest due first (then by name)."""
    return _due_rows(by, limit, offset)


def overdue_rows(by: date, *, limit: int | None = None, offset: int = 0) -> list[DueRow]:
    """Of :func:`due_rows`, those past twice their rhythm by ``by``, the longest due first."""
    return _due_rows(by, limit, offset, _OVERDUE)


def due_count(by: date) -> int:
    row = (
        connection()
        .execute("SELECT count(*) FROM contact WHERE keep_in_touch_due <= ?", (by.isoformat(),))
        .fetchone()
    )
    return int(row[0])


def due_days(ids: Iterable[int]) -> dict[int, date | None]:
    """Each contact's due day (None: no rhythm), by id."""
    return {
        int(i): as_date_or_none(due)
        for i, due in select_in(
            connection(), "SELECT id, keep_in_touch_due FROM contact WHERE id IN ({marks})", ids
        )
    }


@contextlib.contextmanager
def reporting_due_changes(contact_ids: Iterable[int]) -> Iterator[None]:
    """Around a write that may move these contacts' last touch (by trigger): report those
    whose due day it moved as :data:`Topic.CONTACTS` (the table's column shows it)."""
    ids = sorted({int(i) for i in contact_ids})
    before = due_days(ids)
    yield
    after = due_days(ids)
    moved = [i for i in ids if before.get(i) != after.get(i)]
    if moved:
        store.changed(Topic.CONTACTS, moved)


# The week's capacity ----------------------------------------------------------------------------


def setting(key: str) -> int | None:
    row = (
        connection().execute("SELECT value FROM campaign_setting WHERE key = ?", (key,)).fetchone()
    )
    return None if row is None else int(row[0])


def set_setting(key: str, value: int) -> None:
    with database.atomic():
        connection().execute(
            "INSERT INTO campaign_setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
        store.changed(Topic.SETTINGS)


# Referrals waiting, favours owed ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WaitingRow:
    """A name someone gave you, not contacted yet."""

    contact_id: int
    display_name: str
    referrer_id: int
    referrer_name: str
    given_on: date | None
    """When the name was given (None: not known; the contact's day added is then used)."""
    added_on: date
    reason: str


def waiting_referrals(by: date, *, limit: int | None = None) -> list[WaitingRow]:
    """People referred to you on or before ``by`` and not contacted yet (status "to contact"),
    the name given longest ago first."""
    rows = connection().execute(
        """
        SELECT c.id, c.display_name, p.id, p.display_name, r.referred_on, c.date_added, r.reason
        FROM referral r JOIN contact c ON c.id = r.referred_id
        JOIN contact p ON p.id = r.referrer_id
        WHERE c.status = 'to_contact' AND coalesce(r.referred_on, c.date_added) <= :by
        ORDER BY coalesce(r.referred_on, c.date_added), c.sort_name, c.id
        LIMIT :limit
        """,
        {"by": by.isoformat(), "limit": -1 if limit is None else limit},
    )
    return [
        WaitingRow(
            int(i), str(name), int(pid), str(pname), as_date_or_none(on),
            as_date_or_none(added) or by, str(reason),
        )
        for i, name, pid, pname, on, added, reason in rows
    ]  # fmt: skip


@dataclass(frozen=True, slots=True)
class OwedRow:
    """Someone who helped you more than once since you last did something for them."""

    contact_id: int
    display_name: str
    helps: int
    """Favours received and names given since the last favour you gave them."""
    last_help: date | None
    last_given: date | None


def favours_owed(*, at_least: int = 2, limit: int | None = None) -> list[OwedRow]:
    """People who helped you ``at_least`` times (a favour received, a name given) with nothing
    given back since (no favour given after the help), the most helpful first. A name given on
    an unknown day counts only for people you never did a favour for."""
    rows = connection().execute(
        """
        WITH given AS (
            SELECT contact_id, max(happened_on) AS last FROM favour
            WHERE direction = 'given' GROUP BY contact_id
        ),
        helps(contact_id, day) AS (
            SELECT contact_id, happened_on FROM favour WHERE direction = 'received'
            UNION ALL
            SELECT referrer_id, referred_on FROM referral
        ),
        owed AS (
            SELECT h.contact_id, count(*) AS helps, max(h.day) AS last_help, g.last AS last_given
            FROM helps h LEFT JOIN given g ON g.contact_id = h.contact_id
            WHERE g.last IS NULL OR h.day > g.last
            GROUP BY h.contact_id HAVING count(*) >= :least
        )
        SELECT o.contact_id, c.display_name, o.helps, o.last_help, o.last_given
        FROM owed o JOIN contact c ON c.id = o.contact_id
        ORDER BY o.helps DESC, o.last_help DESC, c.sort_name, o.contact_id
        LIMIT :limit
        """,
        {"least": at_least, "limit": -1 if limit is None else limit},
    )
    return [
        OwedRow(int(i), str(name), int(n), as_date_or_none(last), as_date_or_none(given))
        for i, name, n, last, given in rows
    ]


# Thank-you notes owed, one per attendee ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ThankYouRow:
    task_id: int
    meeting_id: int
    contact_id: int
    display_name: str
    meeting_day: date
    due: date


def thank_yous_due(by: date) -> list[ThankYouRow]:
    """The thank-you notes not sent yet, due by ``by``, of meetings held by then: one per
    attendee to thank, the longest due first."""
    rows = connection().execute(
        """
        SELECT t.id, t.meeting_id, c.id, c.display_name, substr(m.starts_at, 1, 10), t.due
        FROM task t JOIN meeting m ON m.id = t.meeting_id JOIN contact c ON c.id = t.contact_id
        WHERE t.kind = 'thank_you' AND t.done = 0 AND t.due <= :by AND m.starts_at < :after
        ORDER BY t.due, c.sort_name, t.id
        """,
        {"by": by.isoformat(), "after": date.fromordinal(by.toordinal() + 1).isoformat()},
    )
    return [
        ThankYouRow(
            int(t), int(m), int(c), str(name), date.fromisoformat(day), date.fromisoformat(due)
        )
        for t, m, c, name, day, due in rows
    ]
