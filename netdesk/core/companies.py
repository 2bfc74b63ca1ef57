"""Companies: seeing a posting, find who you know there, in three rings; one company under its
many names (aliases, merges).

"Who do I know at X?" (:func:`who_knows`) answers in rings, warm leads first in each:

1. people who work there now;
2. people who used to work there (a contact's past employers);
3. people one introduction away: whoever referred, or was referred by, someone of ring 1 or 2.

Each person comes with the path to them (display names from the first person you knew down to
them, in every ring and whichever way a ring-3 introduction runs; for ring 3 the person at the
company they know is ``via_name``, and the opening line names them) and the opening line for
the call. The rings are ranked and paged in one query (``models.companies.ring_rows``), so a
screenful of a 7,000-person employer costs what a small one does; the paths of the people asked
for are one walk up the referral chains (``models.referrals.ancestors_named``).

A name finds its company by its folded name, an alias, or its looser key without the legal form
(``core.company_key``): "GLOBEX", "Globex Corp." and "Globex Corporation" are one company.
Merging two companies makes the one merged away an alias of the other, undoably.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from netdesk.core.company_key import company_key as loose_key
from netdesk.core.contacts import company_key
from netdesk.core.errors import FieldError, NotFoundError, ValidationError
from netdesk.core.referrals import opening_sentence
from netdesk.core.row_undo import RowsChange, capture
from netdesk.core.text import fold, isolate_bidi
from netdesk.core.wording import translate
from netdesk.models import companies as companies_data
from netdesk.models import postings as postings_data
from netdesk.models import referrals as referrals_data
from netdesk.models.enums import PostingStage
from netdesk.models.store import store

RING_NOW, RING_BEFORE, RING_NEAR = 1, 2, 3


@dataclass(frozen=True)
class KnownPerson:
    """Someone you know at (or close to) a company."""

    id: int
    display_name: str
    title: str
    lead: str
    status: str
    ring: int = RING_NOW
    """1 works there now, 2 used to, 3 is one introduction away (through ``via_name``)."""
    path: tuple[str, ...] = ()
    """Display names from the first person you knew down to them; just their name for someone
    you knew directly (in ring 3 too: whom they would introduce you to is ``via_name``)."""
    opening_line: str = ""
    via_id: int | None = None
    """Ring 3: the person of ring 1 or 2 they referred or were referred by."""
    via_name: str = ""


def company_names(prefix: str = "", limit: int = 50) -> list[str]:
    """Company names for a completer, by folded prefix (uses the unique sort-name index)."""
    return companies_data.names_starting(fold(prefix), limit)


def who_do_i_know_at(company_name: str) -> list[KnownPerson]:
    """Everyone at a company, warm leads first: one query on the folded company name."""
    return [KnownPerson(*row) for row in companies_data.people_at(fold(company_name))]


def contact_count_at(company_id: int) -> int:
    return companies_data.contact_count(company_id)


# Finding a company ------------------------------------------------------------------------------


def find_company(name: str) -> int | None:
    """The company ``name`` stands for: by folded name, alias, or name without its legal form
    ("Globex Corp." finds Globex); None when there is none."""
    key = company_key(name)
    if key is None:
        return None
    loose = loose_key(key[0])
    found = companies_data.find_company(key[1], loose)
    if found is not None or not loose:
        return found
    # A company stored with its legal form ("Globex Corp." for "Globex"): its folded name
    # starts with the loose key.
    for company_id, other in companies_data.companies_starting(loose, _CANDIDATES):
        if loose_key(other) == loose:
            return company_id
    return None


_CANDIDATES = 50
"""Companies looked at whose name starts like the one sought ("Globex Bank", "Globex Corp.")."""


def company_name(company_id: int) -> str:
    found = companies_data.company_rows([company_id]).get(company_id)
    if found is None:
        raise NotFoundError(f"There is no company with id {company_id}.")
    return found.name


def aliases(company_id: int) -> list[str]:
    """The company's other names, by name."""
    return [name for _, name in companies_data.aliases_of(company_id)]


def add_alias(company_id: int, name: str) -> RowsChange:
    """Know the company by ``name`` too (undoably). A name that is already a company's or an
    alias is refused: merge the two companies instead."""
    key = company_key(name)
    if key is None:
        raise ValidationError([FieldError("alias", "An alias needs a name.")])
    with store.transaction():
        if not companies_data.company_exists(company_id):
            raise NotFoundError(f"There is no company with id {company_id}.")
        owner = companies_data.alias_owner(key[1])
        if owner is not None:
            other = company_name(owner)
            message = (
                f"“{key[0]}” is already a name of {other}."
                if owner == company_id
                else f"“{key[0]}” is already {other}: merge the two companies instead."
            )
            raise ValidationError([FieldError("alias", message)])
        before = capture({"company_alias": []})
        alias_id = companies_data.add_alias(company_id, key[0], key[1], loose_key(key[0]))
        after = capture({"company_alias": [alias_id]})
    return RowsChange(before, after)


def remove_alias(company_id: int, name: str) -> RowsChange:
    """No longer know the company by ``name`` (undoably)."""
    wanted = fold(" ".join(name.split()))
    with store.transaction():
        found = [i for i, n in companies_data.aliases_of(company_id) if fold(n) == wanted]
        if not found:
            raise NotFoundError(f"“{name}” is not a name of this company.")
        before = capture({"company_alias": found})
        for alias_id in found:
            companies_data.remove_alias(alias_id)
        after = capture({"company_alias": found})
    return RowsChange(before, after)


def merge_companies(keep_id: int, other_id: int) -> RowsChange:
    """Make ``other_id`` part of ``keep_id`` (undoably): its people, former staff, postings and
    aliases move over, its name becomes an alias of ``keep_id``, and ``keep_id`` takes its
    website and notes where it has none."""
    if keep_id == other_id:
        raise ValidationError([FieldError("company", "A company cannot be merged with itself.")])
    with store.transaction():
        rows = companies_data.company_rows([keep_id, other_id])
        missing = [i for i in (keep_id, other_id) if i not in rows]
        if missing:
            raise NotFoundError(f"There is no company with id {missing[0]}.")
        keep, other = rows[keep_id], rows[other_id]
        ids = companies_data.merge_rows(keep_id, other_id)
        scope = {
            "company": ids.companies,
            "contact": ids.contacts,
            "job_posting": ids.postings,
            "contact_past_employer": ids.past_employers,
            "company_alias": ids.aliases,
        }
        before = capture(scope)
        fill = {
            column: value
            for column, mine, value in (
                ("website", keep.website, other.website),
                ("notes", keep.notes, other.notes),
            )
            if not mine.strip() and value.strip()
        }
        alias = (other.name, other.sort_name, loose_key(other.name))
        new_alias = companies_data.merge_companies(keep_id, other_id, alias, fill)
        after = capture({**scope, "company_alias": [*ids.aliases, new_alias]})
    return RowsChange(before, after)


@dataclass(frozen=True)
class MergePreview:
    """What merging ``other`` into ``keep`` would move, for the confirmation."""

    keep_id: int
    keep: str
    other_id: int
    other: str
    people: int
    former: int
    postings: int
    aliases: int


def merge_preview(keep_id: int, other_id: int) -> MergePreview:
    """Name both companies and count what a merge of ``other_id`` into ``keep_id`` moves."""
    if keep_id == other_id:
        raise ValidationError([FieldError("company", "A company cannot be merged with itself.")])
    rows = companies_data.company_rows([keep_id, other_id])
    missing = [i for i in (keep_id, other_id) if i not in rows]
    if missing:
        raise NotFoundError(f"There is no company with id {missing[0]}.")
    people, former, postings, names = companies_data.merge_counts(other_id)
    return MergePreview(
        keep_id, rows[keep_id].name, other_id, rows[other_id].name, people, former, postings, names
    )


# Who you know there -----------------------------------------------------------------------------


def _opening(ring: int, company: str, referrer: str | None, via: str, via_ring: int) -> str:
    company = isolate_bidi(company)
    if ring == RING_NEAR:
        if via_ring == RING_BEFORE:
            text = translate(
                "Companies", "You know {name}, who used to work at {company}: would you "
                "introduce me?"
            )  # fmt: skip
        else:
            text = translate("Companies", "You know {name} at {company}: would you introduce me?")
        return text.format(name=isolate_bidi(via), company=company)
    if referrer is not None:
        return opening_sentence(referrer)
    if ring == RING_BEFORE:
        text = translate(
            "Companies", "You used to work at {company}: could I ask you what it is like there?"
        )
    else:
        text = translate("Companies", "I am looking at {company}: could you tell me how they hire?")
    return text.format(company=company)


def who_knows(
    company_id: int, offset: int = 0, limit: int | None = None, ring: int | None = None
) -> list[KnownPerson]:
    """The people in the three rings around a company (or in ``ring`` alone), each once in
    their nearest ring, ring by ring, warm leads first, then by name; ``offset`` and ``limit``
    page through them (None: all). The rings are ranked and paged in SQL; paths and opening
    lines are made for the people returned only. See the module docstring."""
    return _known(company_id, companies_data.ring_rows(company_id, offset, limit, ring))


def _known(company_id: int, rows: list[companies_data.RingRow]) -> list[KnownPerson]:
    """The people of ``rows`` with their paths (one walk up the referral chains for all of
    them) and opening lines."""
    company = company_name(company_id)
    chains = referrals_data.ancestors_named(
        {*(row.id for row in rows), *(row.via for row in rows if row.via is not None)}
    )
    parents = {i: parent for i, (parent, _) in chains.items()}
    names = {i: name for i, (_, name) in chains.items()}
    found = []
    for row in rows:
        chain = tuple(names[i] for i in reversed(referrals_data.walk_up(row.id, parents)))
        via_name = names.get(row.via, "") if row.via is not None else ""
        referrer = parents.get(row.id)
        found.append(
            KnownPerson(
                id=row.id,
                display_name=row.display_name,
                title=row.title,
                lead=row.lead,
                status=row.status,
                ring=row.ring,
                path=chain or (row.display_name,),
                opening_line=_opening(
                    row.ring,
                    company,
                    names.get(referrer) if referrer is not None else None,
                    via_name,
                    row.via_ring or RING_NOW,
                ),
                via_id=row.via,
                via_name=via_name,
            )
        )
    return found


def ring_counts(company_id: int) -> dict[int, int]:
    """How many people each ring around the company holds: {1: works there, 2: used to, 3:
    one introduction away}, every ring present (0 when empty)."""
    counts = companies_data.ring_counts(company_id)
    return {ring: counts.get(ring, 0) for ring in (RING_NOW, RING_BEFORE, RING_NEAR)}


@dataclass(frozen=True)
class Rings:
    """What the people panel shows first: how many each ring holds, and the first page of
    each (warm first, by name)."""

    counts: dict[int, int]
    people: dict[int, list[KnownPerson]]


def rings(company_id: int, page: int = 50) -> Rings:
    """The ring counts and the first ``page`` people of each ring around a company, from one
    query."""
    counts, rows = companies_data.first_rows(company_id, page)
    people = _known(company_id, rows)
    return Rings(
        {ring: counts.get(ring, 0) for ring in (RING_NOW, RING_BEFORE, RING_NEAR)},
        {
            ring: [p for p in people if p.ring == ring]
            for ring in (RING_NOW, RING_BEFORE, RING_NEAR)
        },
    )


def who_knows_for_posting(posting_id: int) -> list[KnownPerson]:
    """:func:`who_knows` for the posting's company."""
    company_id = postings_data.company_of(posting_id)
    if company_id is None:
        raise NotFoundError(f"There is no posting with id {posting_id}.")
    return who_knows(company_id)


def add_posting(
    company_name: str,
    title: str,
    url: str = "",
    date_seen: date | None = None,
    stage: PostingStage = PostingStage.SEEN,
) -> int:
    """Store a job posting seen at ``company_name`` (matched by name or alias, created if new);
    returns its id. The whole form is :func:`netdesk.core.postings.add_posting`'s."""
    from netdesk.core.postings import PostingInput
    from netdesk.core.postings import add_posting as add

    return add(PostingInput(company_name, title, url, date_seen=date_seen, stage=stage))
