"""Companies and job postings: seeing a posting, find who you know there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from netdesk.core.contacts import company_key
from netdesk.core.text import fold
from netdesk.models import companies as companies_data
from netdesk.models.enums import PostingStatus


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
    status: PostingStatus = PostingStatus.SEEN,
) -> int:
    """Store a job posting seen at ``company_name`` (matched ignoring case and accents, created
    if new); returns its id."""
    company = company_key(company_name)
    if company is None:
        raise ValueError("A job posting needs a company name.")
    return companies_data.add_posting(
        company, title, url, date_seen or date.today(), PostingStatus(status).value
    )


def contact_count_at(company_id: int) -> int:
    return companies_data.contact_count(company_id)
