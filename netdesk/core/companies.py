"""Companies and job postings: seeing a posting, find who you know there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from netdesk.core.text import fold
from netdesk.models import Company, Contact, JobPosting, PostingStatus, database
from netdesk.models import contacts as contacts_data


@dataclass(frozen=True)
class KnownPerson:
    id: int
    display_name: str
    title: str
    lead: str
    status: str


def company_names(prefix: str = "", limit: int = 50) -> list[str]:
    """Company names for a completer, by folded prefix (uses the unique sort-name index)."""
    key = fold(prefix)
    query = Company.select(Company.name).order_by(Company.sort_name).limit(limit)
    if key:
        query = query.where((Company.sort_name >= key) & (Company.sort_name < key + "\U0010ffff"))
    return [c.name for c in query]


def who_do_i_know_at(company_name: str) -> list[KnownPerson]:
    """Everyone at a company, warm leads first: one query on the folded company name."""
    return [KnownPerson(*row) for row in contacts_data.people_at(fold(company_name))]


def add_posting(
    company_name: str,
    title: str,
    url: str = "",
    date_seen: date | None = None,
    status: PostingStatus = PostingStatus.SEEN,
) -> int:
    from netdesk.core.contacts import get_or_create_company

    with database.atomic():
        company = get_or_create_company(company_name)
        if company is None:
            raise ValueError("A job posting needs a company name.")
        posting = JobPosting.create(
            company=company,
            title=title,
            url=url,
            date_seen=date_seen or date.today(),
            status=PostingStatus(status).value,
        )
    return int(posting.id)


def contact_count_at(company_id: int) -> int:
    return int(Contact.select().where(Contact.company == company_id).count())
