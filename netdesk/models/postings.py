"""The job posting aggregate: a posting with its company, its dated history of stages and the
people linked to it; the one reader and the one writer of it.

A posting's current stage (``job_posting.stage``) is the stage of its last history row
(``posting_stage``): :func:`set_stage` writes both, and :func:`insert_postings` gives each new
posting its first row (or the history it is given). The rules (which stages follow which, what
an import reads from a page) are the core's (``netdesk.core.postings``); this module stores what
it is given. Writers say what they changed (:meth:`~netdesk.models.store.Store.changed`) inside
their transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from netdesk.models.bulk import bulk_insert
from netdesk.models.columns import as_date_or_none
from netdesk.models.contacts import company_ids
from netdesk.models.enums import PostingRole, PostingStage
from netdesk.models.sql import connection, select_in
from netdesk.models.store import Topic, store

_STAGE_RANK = " ".join(f"WHEN '{stage.value}' THEN {n}" for n, stage in enumerate(PostingStage))
STAGE_ORDER = f"(CASE p.stage {_STAGE_RANK} ELSE {len(PostingStage)} END)"
"""The stages in the order a posting moves through them (:class:`PostingStage`), as SQL."""


@dataclass(frozen=True)
class NewPosting:
    """A posting to store: its company as (name, folded key) and its fields as given."""

    company: tuple[str, str]
    title: str
    url: str = ""
    location: str = ""
    date_seen: date | None = None
    date_posted: date | None = None
    valid_through: date | None = None
    deadline: date | None = None
    stage: PostingStage = PostingStage.SEEN
    notes: str = ""
    history: tuple[tuple[PostingStage, date], ...] = ()
    """Its steps so far, oldest first, ending at ``stage`` (the demo's); empty: one step, its
    stage on the day it is stored."""


@dataclass(frozen=True)
class Step:
    """One step of a posting's history: the stage it reached and the day."""

    stage: PostingStage
    on: date


@dataclass(frozen=True)
class Person:
    contact_id: int
    role: PostingRole
    display_name: str = ""


@dataclass
class PostingRecord:
    """A posting as the window, the command line and the weekly plan read it."""

    id: int
    company_id: int
    company: str
    title: str
    url: str
    location: str
    date_seen: date | None
    date_posted: date | None
    valid_through: date | None
    deadline: date | None
    stage: PostingStage
    notes: str
    history: list[Step] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)


_COLUMNS = (
    "p.id, p.company_id, co.name, p.title, p.url, p.location, p.date_seen, p.date_posted, "
    "p.valid_through, p.deadline, p.stage, p.notes"
)
_INSERTED = (
    "id", "company_id", "title", "url", "location", "date_seen", "date_posted", "valid_through",
    "deadline", "stage", "notes",
)  # fmt: skip
EDITABLE = frozenset(
    {"title", "url", "location", "date_seen", "date_posted", "valid_through", "deadline", "notes"}
) | {"company_id"}
"""The columns :func:`update_posting` writes (the stage moves through :func:`set_stage`)."""


def _stage(value: object) -> PostingStage:
    found = PostingStage._value2member_map_.get(value)
    return found if isinstance(found, PostingStage) else PostingStage.SEEN


def _role(value: object) -> PostingRole:
    found = PostingRole._value2member_map_.get(value)
    return found if isinstance(found, PostingRole) else PostingRole.TOLD_ME


def _record(row: Sequence[Any]) -> PostingRecord:
    return PostingRecord(
        id=int(row[0]),
        company_id=int(row[1]),
        company=str(row[2]),
        title=str(row[3]),
        url=str(row[4]),
        location=str(row[5]),
        date_seen=as_date_or_none(row[6]),
        date_posted=as_date_or_none(row[7]),
        valid_through=as_date_or_none(row[8]),
        deadline=as_date_or_none(row[9]),
        stage=_stage(row[10]),
        notes=str(row[11]),
    )


# Reading ----------------------------------------------------------------------------------------


def read_postings(ids: Iterable[int] | None = None) -> list[PostingRecord]:
    """The postings with these ids that exist (all for None), by id, with their history (oldest
    first) and people (by name)."""
    conn = connection()
    base = f"SELECT {_COLUMNS} FROM job_posting p JOIN company co ON co.id = p.company_id"
    if ids is None:
        rows = conn.execute(base + " ORDER BY p.id").fetchall()
    else:
        rows = sorted(select_in(conn, base + " WHERE p.id IN ({marks})", ids))
    found = {int(r[0]): _record(r) for r in rows}
    if not found:
        return []
    wanted = list(found) if ids is not None else None
    history = (
        "SELECT posting_id, stage, changed_on FROM posting_stage {where} ORDER BY posting_id, id"
    )
    people = (
        "SELECT pp.posting_id, pp.contact_id, pp.role, c.display_name FROM posting_person pp "
        "JOIN contact c ON c.id = pp.contact_id {where} ORDER BY pp.posting_id, c.sort_name, "
        "pp.contact_id, pp.role"
    )
    steps: Iterable[Sequence[Any]]
    links: Iterable[Sequence[Any]]
    if wanted is None:
        steps = conn.execute(history.format(where=""))
        links = conn.execute(people.format(where=""))
    else:
        steps = select_in(conn, history.format(where="WHERE posting_id IN ({marks})"), wanted)
        links = select_in(conn, people.format(where="WHERE pp.posting_id IN ({marks})"), wanted)
    for posting_id, stage, on in steps:
        day = as_date_or_none(on)
        if posting_id in found and day is not None:
            found[posting_id].history.append(Step(_stage(stage), day))
    for posting_id, contact_id, role, name in links:
        if posting_id in found:
            found[posting_id].people.append(Person(int(contact_id), _role(role), str(name)))
    return list(found.values())


def read_posting(posting_id: int) -> PostingRecord | None:
    found = read_postings([posting_id])
    return found[0] if found else None


def posting_stage(posting_id: int) -> PostingStage | None:
    row = (
        connection().execute("SELECT stage FROM job_posting WHERE id = ?", (posting_id,)).fetchone()
    )
    return _stage(row[0]) if row is not None else None


def find_posting(company_id: int, url: str, title_key: str, *, own_url: bool = True) -> int | None:
    """An existing posting at the company with this address (``own_url``: the posting's own)
    or, without one, whose title folds to ``title_key`` among those with no address or this
    one (a careers page lists several postings under the page's address): what an import
    must not add again."""
    conn = connection()
    if url and own_url:
        row = conn.execute(
            "SELECT id FROM job_posting WHERE company_id = ? AND url = ? ORDER BY id LIMIT 1",
            (company_id, url),
        ).fetchone()
        return int(row[0]) if row is not None else None
    for posting_id, title in conn.execute(
        "SELECT id, title FROM job_posting WHERE company_id = ? AND url IN ('', ?) ORDER BY id",
        (company_id, url),
    ):
        if " ".join(str(title).casefold().split()) == title_key:
            return int(posting_id)
    return None


@dataclass(frozen=True)
class BoardCard:
    """A posting as the board shows it: one card in its stage's column."""

    id: int
    title: str
    company: str
    stage: PostingStage
    location: str
    deadline: date | None
    last_step: date | None
    people: int


def board_cards() -> list[BoardCard]:
    """Every posting for the board, column by column (stages in order), the most recently
    moved first in each: one query, however many postings there are."""
    rows = connection().execute(
        "SELECT p.id, p.title, co.name, p.stage, p.location, p.deadline, "
        "(SELECT max(s.changed_on) FROM posting_stage s WHERE s.posting_id = p.id), "
        "(SELECT count(*) FROM posting_person pp WHERE pp.posting_id = p.id) "
        "FROM job_posting p JOIN company co ON co.id = p.company_id "
        f"ORDER BY {STAGE_ORDER}, 7 DESC, p.id DESC"
    )
    return [
        BoardCard(
            int(r[0]),
            str(r[1]),
            str(r[2]),
            _stage(r[3]),
            str(r[4]),
            as_date_or_none(r[5]),
            as_date_or_none(r[6]),
            int(r[7]),
        )
        for r in rows
    ]


def company_of(posting_id: int) -> int | None:
    row = (
        connection()
        .execute("SELECT company_id FROM job_posting WHERE id = ?", (posting_id,))
        .fetchone()
    )
    return int(row[0]) if row is not None else None


def meeting_contact(meeting_id: int) -> int | None:
    """Who a meeting is with (None: no such meeting)."""
    row = (
        connection()
        .execute("SELECT contact_id FROM meeting WHERE id = ?", (meeting_id,))
        .fetchone()
    )
    return int(row[0]) if row is not None else None


def posting_parts(posting_id: int) -> dict[str, list[int]]:
    """The ids of a posting's history rows, people links and linked meetings, by table."""
    conn = connection()
    return {
        table: [
            int(r[0])
            for r in conn.execute(f"SELECT id FROM {table} WHERE posting_id = ?", (posting_id,))
        ]
        for table in ("posting_stage", "posting_person", "meeting")
    }


def last_history_id(posting_id: int) -> int | None:
    row = (
        connection()
        .execute("SELECT max(id) FROM posting_stage WHERE posting_id = ?", (posting_id,))
        .fetchone()
    )
    return int(row[0]) if row is not None and row[0] is not None else None


def person_link_id(posting_id: int, contact_id: int, role: PostingRole) -> int | None:
    row = (
        connection()
        .execute(
            "SELECT id FROM posting_person WHERE posting_id = ? AND contact_id = ? AND role = ?",
            (posting_id, contact_id, role.value),
        )
        .fetchone()
    )
    return int(row[0]) if row is not None else None


# Writing ----------------------------------------------------------------------------------------


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def insert_postings(postings: Sequence[NewPosting], on: date) -> list[int]:
    """Store postings (creating their companies as needed), each with its first history row
    (its stage, on ``on``); returns their ids, in order. One transaction (the caller's, when
    there is one), one statement per table."""
    if not postings:
        return []
    conn = connection()
    with store.transaction():
        companies = company_ids(conn, (p.company for p in postings))
        first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM job_posting").fetchone()[0])
        ids = list(range(first, first + len(postings)))
        bulk_insert(
            conn,
            "job_posting",
            _INSERTED,
            [
                (
                    posting_id,
                    companies[p.company[1]],
                    p.title,
                    p.url,
                    p.location,
                    (p.date_seen or on).isoformat(),
                    _day(p.date_posted),
                    _day(p.valid_through),
                    _day(p.deadline),
                    PostingStage(p.stage).value,
                    p.notes,
                )
                for posting_id, p in zip(ids, postings, strict=True)
            ],
        )
        bulk_insert(
            conn,
            "posting_stage",
            ["posting_id", "stage", "changed_on"],
            [
                (posting_id, PostingStage(stage).value, day.isoformat())
                for posting_id, p in zip(ids, postings, strict=True)
                for stage, day in (p.history or ((p.stage, on),))
            ],
        )
        store.changed(Topic.POSTINGS, ids)
        store.changed(Topic.COMPANIES, {companies[p.company[1]] for p in postings})
    return ids


def set_stage(posting_id: int, stage: PostingStage, on: date) -> int | None:
    """Move a posting to ``stage`` on ``on``: its stage and a new history row; returns that
    row's id (None when the posting does not exist)."""
    conn = connection()
    with store.transaction():
        changed = conn.execute(
            "UPDATE job_posting SET stage = ? WHERE id = ?", (stage.value, posting_id)
        ).rowcount
        if not changed:
            return None
        cursor = conn.execute(
            "INSERT INTO posting_stage (posting_id, stage, changed_on) VALUES (?, ?, ?)",
            (posting_id, stage.value, on.isoformat()),
        )
        store.changed(Topic.POSTINGS, [posting_id])
    return int(cursor.lastrowid or 0)


def update_posting(posting_id: int, fields: dict[str, Any]) -> bool:
    """Write the given :data:`EDITABLE` columns (dates as dates); False when it is gone."""
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ValueError(f"a posting has no editable {sorted(unknown)}")
    if not fields:
        return posting_stage(posting_id) is not None
    values = [v.isoformat() if isinstance(v, date) else v for v in fields.values()]
    sets = ", ".join(f"{column} = ?" for column in fields)
    with store.transaction():
        changed = (
            connection()
            .execute(f"UPDATE job_posting SET {sets} WHERE id = ?", (*values, posting_id))
            .rowcount
        )
        if changed:
            store.changed(Topic.POSTINGS, [posting_id])
    return bool(changed)


def delete_posting(posting_id: int) -> None:
    with store.transaction():
        connection().execute("DELETE FROM job_posting WHERE id = ?", (posting_id,))
        store.changed(Topic.POSTINGS, [posting_id])


def link_person(posting_id: int, contact_id: int, role: PostingRole) -> int:
    """Link a contact to a posting in a role (once); returns the link's id."""
    conn = connection()
    with store.transaction():
        conn.execute(
            "INSERT OR IGNORE INTO posting_person (posting_id, contact_id, role) VALUES (?, ?, ?)",
            (posting_id, contact_id, role.value),
        )
        store.changed(Topic.POSTINGS, [posting_id])
        found = person_link_id(posting_id, contact_id, role)
    assert found is not None
    return found


def insert_people(links: Sequence[tuple[int, int, PostingRole]]) -> None:
    """Many (posting, contact, role) links at once (the demo's)."""
    bulk_insert(
        connection(),
        "posting_person",
        ["posting_id", "contact_id", "role"],
        [(p, c, PostingRole(r).value) for p, c, r in links],
        verb="INSERT OR IGNORE",
    )
    store.changed(Topic.POSTINGS, {p for p, _, _ in links})


def unlink_person(posting_id: int, contact_id: int, role: PostingRole | None = None) -> int:
    """Remove a contact's link to a posting (in one role, or in all); returns how many went."""
    sql = "DELETE FROM posting_person WHERE posting_id = ? AND contact_id = ?"
    params: tuple[Any, ...] = (posting_id, contact_id)
    if role is not None:
        sql += " AND role = ?"
        params += (role.value,)
    with store.transaction():
        gone = connection().execute(sql, params).rowcount
        if gone:
            store.changed(Topic.POSTINGS, [posting_id])
    return int(gone)


def set_meeting_posting(meeting_id: int, posting_id: int | None) -> bool:
    """Link a meeting to the posting it turned into interview country for (None: no more)."""
    with store.transaction():
        changed = (
            connection()
            .execute("UPDATE meeting SET posting_id = ? WHERE id = ?", (posting_id, meeting_id))
            .rowcount
        )
        if changed:
            store.changed(Topic.MEETINGS, [meeting_id])
            if posting_id is not None:
                store.changed(Topic.POSTINGS, [posting_id])
    return bool(changed)
