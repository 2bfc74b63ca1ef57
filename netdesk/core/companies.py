"""Companies and job postings: seeing a posting, find who you know there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from netdesk.core.contacts import company_key
from netdesk.core.text import fold
from netdesk.models import companies as companies_data
from netdesk.models import postings as postings_data
from netdesk.models.enums import PostingStage


@dataclass(frozen=True)
class KnownPerson:
    id: int
    display_name: str
    title: str
    lead: str
    status: str


def company_names(prefix: str = "", limit: int = 50) -> list[str]:
    """Company names for a completer, by folded prefix (uses the unique sort-name index)."""
    return companies_data.names_starting(fold(prefix), limit)


def who_do_i_know_at(company_name: str) -> list[KnownPerson]:
    """Everyone at a company, warm leads first: one query on the folded company name."""
    return [KnownPerson(*row) for row in companies_data.people_at(fold(company_name))]


def add_posting(
    company_name: str,
    title: str,
    url: str = "",
    date_seen: date | None = None,
    stage: PostingStage = PostingStage.SEEN,
) -> int:
    """Store a job posting seen at ``company_name`` (matched ignoring case and accents, created
    if new); returns its id."""
    company = company_key(company_name)
    if company is None:
        raise ValueError("A job posting needs a company name.")
    posting = postings_data.NewPosting(
        company, title, url, date_seen=date_seen, stage=PostingStage(stage)
    )
    return postings_data.insert_postings([posting], date_seen or date.today())[0]


def contact_count_at(company_id: int) -> int:
    return companies_data.contact_count(company_id)
