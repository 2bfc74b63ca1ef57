"""Job postings and the opportunity pipeline: add one by hand or from a saved job page, move it
through its stages (each change dated and kept), link the people who helped.

Every change here can be undone: the writers return a :class:`~netdesk.core.row_undo.RowsChange`
(the rows before and after) that the window's undo stack holds. A move is dated (today unless
said otherwise) and adds a step to the posting's history; undoing it takes the step back out.

Saved job pages are read by :mod:`netdesk.core.formats.jobpage`; :func:`import_pages` stores the
postings they describe (once: a page read again finds the posting it gave), and says of each file
what it gave, so that the command line can say which pages held no posting data.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from netdesk.core.companies import find_company
from netdesk.core.contacts import company_key
from netdesk.core.errors import FieldError, NotFoundError, ValidationError
from netdesk.core.formats.jobpage import (
    JobPage,
    JobPageError,
    PageProblem,
    PostingData,
    absolute_link,
    parse_job_text,
    read_job_page,
)
from netdesk.core.formats.webpage import strip_controls
from netdesk.core.row_undo import RowsChange, capture
from netdesk.models import companies as companies_data
from netdesk.models import contacts as contacts_data
from netdesk.models import postings as postings_data
from netdesk.models.enums import PostingRole, PostingStage
from netdesk.models.postings import BoardCard, NewPosting, PostingRecord
from netdesk.models.store import store

__all__ = [
    "BoardCard",
    "PageImport",
    "PageRead",
    "PostingInput",
    "PostingRecord",
    "add_posting",
    "add_posting_with_undo",
    "add_postings_with_undo",
    "all_postings",
    "board",
    "delete_posting",
    "import_pages",
    "link_person",
    "mark_interview_country",
    "move",
    "parse_stage",
    "posting_json",
    "read_pages",
    "read_posting",
    "read_text",
    "save_posting",
    "unlink_person",
    "update_posting",
]

_MAX_TITLE = 300
_MAX_COMPANY = 200


@dataclass(frozen=True)
class PostingInput:
    """A posting as a person enters it (or confirms what a page said)."""

    company: str
    title: str
    url: str = ""
    location: str = ""
    date_seen: date | None = None
    """The day you saw it (default: today)."""
    deadline: date | None = None
    notes: str = ""
    date_posted: date | None = None
    valid_through: date | None = None
    stage: PostingStage = PostingStage.SEEN


def parse_stage(text: str) -> PostingStage:
    """A stage as typed ("no answer", "No_Answer", "interviewing"); :class:`ValidationError`
    naming the stages when it is none of them."""
    wanted = "_".join(text.strip().casefold().replace("-", " ").split())
    try:
        return PostingStage(wanted)
    except ValueError:
        stages = ", ".join(s.value for s in PostingStage)
        raise ValidationError(
            [FieldError("stage", f"“{text}” is not a stage; the stages are {stages}.")]
        ) from None


def _validated(posting: PostingInput) -> PostingInput:
    """``posting`` checked, as plain text: no control characters or terminal escapes (a
    title pasted from a terminal, a script's argument), spaces tidied."""
    posting = replace(
        posting,
        company=strip_controls(posting.company),
        title=strip_controls(posting.title),
        url=strip_controls(posting.url),
        location=strip_controls(posting.location),
        notes=strip_controls(posting.notes),
    )
    errors = []
    title = " ".join(posting.title.split())
    if not title:
        errors.append(FieldError("title", "A posting needs a title."))
    elif len(title) > _MAX_TITLE:
        errors.append(FieldError("title", f"A title has at most {_MAX_TITLE} characters."))
    if company_key(posting.company) is None:
        errors.append(FieldError("company", "A posting needs a company name."))
    elif len(posting.company.strip()) > _MAX_COMPANY:
        errors.append(
            FieldError("company", f"A company name has at most {_MAX_COMPANY} characters.")
        )
    if posting.url.strip() and absolute_link(posting.url) is None:
        errors.append(
            FieldError("url", "A posting's address is a web address (http:// or https://).")
        )
    if (
        posting.deadline is not None
        and posting.date_posted is not None
        and posting.deadline < posting.date_posted
    ):
        errors.append(FieldError("deadline", "The deadline is before the day it was posted."))
    if errors:
        raise ValidationError(errors)
    return replace(
        posting,
        title=title,
        url=absolute_link(posting.url) or "",
        location=" ".join(posting.location.split()),
        notes=posting.notes.strip(),
        stage=PostingStage(posting.stage),
    )


def _company(name: str) -> tuple[str, str]:
    """(name, folded key) of the company ``name`` stands for: an existing one found by its name
    or an alias as it is stored, else ``name`` as a new one."""
    found = find_company(name)
    if found is not None:
        row = companies_data.company_rows([found])[found]
        return row.name, row.sort_name
    key = company_key(name)
    assert key is not None  # validated
    return key


def _new(posting: PostingInput) -> NewPosting:
    return NewPosting(
        _company(posting.company),
        posting.title,
        url=posting.url,
        location=posting.location,
        date_seen=posting.date_seen,
        date_posted=posting.date_posted,
        valid_through=posting.valid_through,
        deadline=posting.deadline,
        stage=posting.stage,
        notes=posting.notes,
    )


def add_posting(posting: PostingInput, on: date | None = None) -> int:
    """Store a posting (its company matched by name or alias, created if new), its first step
    dated ``on`` (today); returns its id."""
    posting = _validated(posting)
    with store.transaction():
        return postings_data.insert_postings([_new(posting)], on or date.today())[0]


def _posting_rows(posting_id: int) -> dict[str, list[int]]:
    """The ids of the rows that make up a posting (and the meetings linked to it): for undo
    copies."""
    return {"job_posting": [posting_id], **postings_data.posting_parts(posting_id)}


def add_posting_with_undo(posting: PostingInput, on: date | None = None) -> tuple[int, RowsChange]:
    """:func:`add_posting`, also returning the change (undo removes the posting again; the
    company it created stays, as a company the contacts' organizations create does)."""
    with store.transaction():
        posting_id = add_posting(posting, on)
        after = capture(_posting_rows(posting_id))
    empty = capture({table: [] for table in _posting_rows(posting_id)})
    return posting_id, RowsChange(empty, after)


def add_postings_with_undo(
    postings: Sequence[PostingInput], on: date | None = None
) -> tuple[list[int], RowsChange]:
    """Store several postings (the ones ticked after reading saved pages) in one transaction;
    undo removes them all again."""
    checked = [_validated(posting) for posting in postings]
    with store.transaction():
        ids = postings_data.insert_postings([_new(p) for p in checked], on or date.today())
        rows = _rows_of(ids)
        after = capture(rows)
    return ids, RowsChange(capture({table: [] for table in rows}), after)


def _rows_of(posting_ids: Sequence[int]) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = {"job_posting": list(posting_ids)}
    for posting_id in posting_ids:
        for table, ids in postings_data.posting_parts(posting_id).items():
            rows.setdefault(table, []).extend(ids)
    return rows


def save_posting(
    posting_id: int | None,
    posting: PostingInput,
    people: Sequence[tuple[int, PostingRole]],
    on: date | None = None,
) -> tuple[int, RowsChange]:
    """What the posting editor holds, as one undoable step: the posting's fields (its company
    too, matched by name or alias), its stage (a dated step when it changed) and exactly these
    people in these roles. ``posting_id`` None adds the posting."""
    posting = _validated(posting)
    wanted = list(dict.fromkeys((int(c), PostingRole(r)) for c, r in people))
    day = on or date.today()
    with store.transaction():
        for contact_id, _role in wanted:
            _existing_contact(contact_id)
        old_links: list[int] = []
        if posting_id is None:
            before = capture({"job_posting": [], "posting_stage": [], "posting_person": []})
            (posting_id,) = postings_data.insert_postings([_new(posting)], day)
            steps = postings_data.posting_parts(posting_id)["posting_stage"]
            current_people: set[tuple[int, PostingRole]] = set()
        else:
            current = read_posting(posting_id)
            current_people = {(p.contact_id, p.role) for p in current.people}
            old_links = [
                link
                for contact_id, role in sorted(current_people)
                if (link := postings_data.person_link_id(posting_id, contact_id, role)) is not None
            ]
            before = capture(
                {"job_posting": [posting_id], "posting_stage": [], "posting_person": old_links}
            )
            name, key = _company(posting.company)
            postings_data.update_posting(
                posting_id,
                {
                    "company_id": contacts_data.company_id(name, key),
                    "title": posting.title,
                    "url": posting.url,
                    "location": posting.location,
                    "date_seen": posting.date_seen or current.date_seen or day,
                    "date_posted": posting.date_posted,
                    "valid_through": posting.valid_through,
                    "deadline": posting.deadline,
                    "notes": posting.notes,
                },
            )
            steps = []
            if current.stage is not posting.stage:
                step = postings_data.set_stage(posting_id, posting.stage, day)
                steps = [step] if step is not None else []
        for contact_id, role in current_people - set(wanted):
            postings_data.unlink_person(posting_id, contact_id, role)
        links = [postings_data.link_person(posting_id, c, r) for c, r in wanted]
        after = capture(
            {
                "job_posting": [posting_id],
                "posting_stage": steps,
                "posting_person": sorted(set(links) | set(old_links)),
            }
        )
    return posting_id, RowsChange(before, after)


def read_posting(posting_id: int) -> PostingRecord:
    found = postings_data.read_posting(posting_id)
    if found is None:
        raise NotFoundError(f"There is no posting with id {posting_id}.")
    return found


def all_postings() -> list[PostingRecord]:
    """Every posting, by id, with its history and people."""
    return postings_data.read_postings()


def board() -> list[BoardCard]:
    """The board's cards: one query for every posting, column by column."""
    return postings_data.board_cards()


def update_posting(posting_id: int, **changes: Any) -> RowsChange:
    """Change a posting's title, address, location, dates or notes (undoably)."""
    unknown = set(changes) - (postings_data.EDITABLE - {"company_id"})
    if unknown:
        raise ValueError(f"a posting has no editable {sorted(unknown)}")
    with store.transaction():
        current = read_posting(posting_id)
        checked = _validated(
            PostingInput(
                current.company,
                changes.get("title", current.title),
                changes.get("url", current.url),
                changes.get("location", current.location),
                changes.get("date_seen", current.date_seen),
                changes.get("deadline", current.deadline),
                changes.get("notes", current.notes),
                changes.get("date_posted", current.date_posted),
                changes.get("valid_through", current.valid_through),
            )
        )
        before = capture({"job_posting": [posting_id]})
        postings_data.update_posting(
            posting_id, {column: getattr(checked, column) for column in changes}
        )
        after = capture({"job_posting": [posting_id]})
    return RowsChange(before, after)


def move(posting_id: int, stage: PostingStage, on: date | None = None) -> RowsChange | None:
    """Move a posting to ``stage``, dated ``on`` (today), keeping the step in its history;
    None when it is at that stage already (nothing changes)."""
    stage = PostingStage(stage)
    with store.transaction():
        current = postings_data.posting_stage(posting_id)
        if current is None:
            raise NotFoundError(f"There is no posting with id {posting_id}.")
        if current is stage:
            return None
        before = capture({"job_posting": [posting_id], "posting_stage": []})
        step = postings_data.set_stage(posting_id, stage, on or date.today())
        assert step is not None
        after = capture({"job_posting": [posting_id], "posting_stage": [step]})
    return RowsChange(before, after)


def delete_posting(posting_id: int) -> RowsChange:
    """Delete a posting with its history and people (undoably: undo brings all of it back)."""
    with store.transaction():
        read_posting(posting_id)
        rows = _posting_rows(posting_id)
        before = capture(rows)
        postings_data.delete_posting(posting_id)
        after = capture(rows)
    return RowsChange(before, after)


def _existing_contact(contact_id: int) -> None:
    if not contacts_data.contact_exists(contact_id):
        raise NotFoundError(f"There is no contact with id {contact_id}.")


def link_person(posting_id: int, contact_id: int, role: PostingRole) -> RowsChange:
    """Say what someone did for a posting (told you about it, referred you, is its hiring
    manager, met you about it), undoably; saying it twice changes nothing."""
    role = PostingRole(role)
    with store.transaction():
        read_posting(posting_id)
        _existing_contact(contact_id)
        existing = postings_data.person_link_id(posting_id, contact_id, role)
        before = capture({"posting_person": [existing] if existing is not None else []})
        link = postings_data.link_person(posting_id, contact_id, role)
        after = capture({"posting_person": [link]})
    return RowsChange(before, after)


def unlink_person(posting_id: int, contact_id: int, role: PostingRole) -> RowsChange:
    role = PostingRole(role)
    with store.transaction():
        link = postings_data.person_link_id(posting_id, contact_id, role)
        if link is None:
            raise NotFoundError("That person is not linked to the posting in that role.")
        before = capture({"posting_person": [link]})
        postings_data.unlink_person(posting_id, contact_id, role)
        after = capture({"posting_person": [link]})
    return RowsChange(before, after)


_BEFORE_INTERVIEWS = frozenset(
    {PostingStage.SEEN, PostingStage.RESEARCHING, PostingStage.INTRODUCED, PostingStage.APPLIED}
)


def mark_interview_country(meeting_id: int, posting_id: int, on: date | None = None) -> RowsChange:
    """A networking meeting turned into "interview country" (the other person raised the ante)
    for a posting: the meeting is linked to it, the person is linked as met about it, and a
    posting not yet at interviews moves to interviewing (dated ``on``). Undoable as one."""
    with store.transaction():
        contact_id = postings_data.meeting_contact(meeting_id)
        if contact_id is None:
            raise NotFoundError(f"There is no meeting with id {meeting_id}.")
        stage = read_posting(posting_id).stage
        link = postings_data.person_link_id(posting_id, contact_id, PostingRole.MET_ABOUT)
        rows: dict[str, list[int]] = {
            "meeting": [meeting_id],
            "job_posting": [posting_id],
            "posting_person": [link] if link is not None else [],
            "posting_stage": [],
        }
        before = capture(rows)
        postings_data.set_meeting_posting(meeting_id, posting_id)
        rows["posting_person"] = [
            postings_data.link_person(posting_id, contact_id, PostingRole.MET_ABOUT)
        ]
        if stage in _BEFORE_INTERVIEWS:
            step = postings_data.set_stage(
                posting_id, PostingStage.INTERVIEWING, on or date.today()
            )
            rows["posting_stage"] = [step] if step is not None else []
        after = capture(rows)
    return RowsChange(before, after)


# Saved job pages --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportedPosting:
    """A posting a page gave, stored now or found stored already."""

    id: int
    data: PostingData
    company: str
    url: str
    """Where the posting is: its own address, else the page's."""
    new: bool


@dataclass
class PageImport:
    """What importing saved job pages did, file by file."""

    postings: list[ImportedPosting] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    """Files without posting data: nothing was imported from them."""
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    """(file, why) of files that are no web page or cannot be read."""
    problems: list[PageProblem] = field(default_factory=list)
    """What pages held that was skipped (a posting without an employer, a broken block)."""
    skipped: list[str] = field(default_factory=list)
    """Files with posting data of which nothing could be imported (every posting on them
    names no employer or has no title): :attr:`problems` says why."""


def posting_input(data: PostingData, page_url: str = "", on: date | None = None) -> PostingInput:
    """What a page's posting fills a posting's form with (the user confirms it in the window)."""
    return PostingInput(
        company=data.company,
        title=data.title,
        url=data.url or page_url,
        location=data.location,
        date_seen=on,
        date_posted=data.date_posted,
        valid_through=data.valid_through,
        deadline=data.valid_through,
    )


def import_pages(paths: Iterable[Path], on: date | None = None) -> PageImport:
    """Store the postings of saved job pages (one transaction); a posting stored already (same
    company and address, or the same title without one) is found, not added again; postings
    that share one address on a page (a careers page listing several) are told by title."""
    on = on or date.today()
    result = PageImport()
    with store.transaction():
        for path in paths:
            try:
                page = read_job_page(path)
            except JobPageError as error:
                result.unreadable.append((path.name, str(error)))
                continue
            result.problems.extend(page.problems)
            if not page.postings:
                result.empty.append(path.name)
                continue
            shared = Counter(data.url for data in page.postings)
            before = len(result.postings)
            for data in page.postings:
                result.problems.extend(data.problems)
                if company_key(data.company) is None or not data.title.strip():
                    result.problems.append(
                        PageProblem(
                            path.name,
                            data.line,
                            f"the posting “{data.title[:60]}” names no employer: not imported"
                            if data.title.strip()
                            else "a posting without a title: not imported",
                        )
                    )
                    continue
                result.postings.append(
                    _store_page_posting(data, page.url, on, shared[data.url] == 1)
                )
            if len(result.postings) == before:
                result.skipped.append(path.name)
    return result


def _stored_already(posting: PostingInput, own_url: bool) -> int | None:
    """The stored posting a page's posting is (same company and address, or the same title
    without one), if any."""
    company_id = find_company(posting.company)
    if company_id is None:
        return None
    title_key = " ".join(posting.title.casefold().split())
    return postings_data.find_posting(company_id, posting.url, title_key, own_url=own_url)


def _store_page_posting(
    data: PostingData, page_url: str, on: date, own_url: bool
) -> ImportedPosting:
    posting = _validated(posting_input(data, page_url, on))
    existing = _stored_already(posting, own_url)
    if existing is not None:
        return ImportedPosting(existing, data, _company(posting.company)[0], posting.url, False)
    new = _new(posting)
    (posting_id,) = postings_data.insert_postings([new], on)
    return ImportedPosting(posting_id, data, new.company[0], posting.url, True)


@dataclass(frozen=True)
class PageRead:
    """A saved page (or pasted text) read for the user to confirm, before anything is stored."""

    file: str
    page: JobPage | None
    """None when the file is no web page or cannot be read (``error`` says why)."""
    error: str = ""
    stored: tuple[int | None, ...] = ()
    """For each of the page's postings, the posting stored already that it is (None: new)."""

    @property
    def postings(self) -> tuple[PostingData, ...]:
        return self.page.postings if self.page is not None else ()


def _read(file: str, page: JobPage) -> PageRead:
    shared = Counter(data.url for data in page.postings)
    stored = []
    for data in page.postings:
        posting = posting_input(data, page.url)
        known = None
        if company_key(posting.company) is not None and posting.title.strip():
            known = _stored_already(_validated(posting), shared[data.url] == 1)
        stored.append(known)
    return PageRead(file, page, stored=tuple(stored))


def read_pages(paths: Iterable[Path]) -> list[PageRead]:
    """Read saved job pages without storing anything: each page's postings, and which of
    them are stored already (as :func:`import_pages` would find them)."""
    found = []
    for path in paths:
        try:
            page = read_job_page(path)
        except JobPageError as error:
            found.append(PageRead(path.name, None, str(error)))
            continue
        found.append(_read(path.name, page))
    return found


def read_text(text: str, url: str = "") -> PageRead:
    """Pasted text (a page's source, a JSON-LD block or a posting's words) read as a saved
    page is; words without posting data give a page whose title is their first line."""
    try:
        page = parse_job_text(text, url)
    except JobPageError as error:
        return PageRead("", None, str(error))
    return _read("", page)


# As JSON (the command line) ---------------------------------------------------------------------


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def posting_json(record: PostingRecord) -> dict[str, Any]:
    """A posting as ``netdesk postings list --json`` prints it."""
    return {
        "id": record.id,
        "title": record.title,
        "company": record.company,
        "stage": record.stage.value,
        "url": record.url,
        "location": record.location,
        "date_posted": _day(record.date_posted),
        "valid_through": _day(record.valid_through),
        "date_seen": _day(record.date_seen),
        "deadline": _day(record.deadline),
        "history": [
            {"stage": step.stage.value, "on": step.on.isoformat()} for step in record.history
        ],
        "people": [{"contact_id": p.contact_id, "role": p.role.value} for p in record.people],
    }


def imported_json(imported: Sequence[ImportedPosting]) -> list[dict[str, Any]]:
    """Imported postings as ``netdesk postings import --json`` prints them."""
    return [
        {
            "id": item.id,
            "title": item.data.title,
            "company": item.company,
            "location": item.data.location,
            "date_posted": _day(item.data.date_posted),
            "valid_through": _day(item.data.valid_through),
            "url": item.url,
        }
        for item in imported
    ]
