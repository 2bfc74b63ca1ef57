"""The Companies list's SQL on a real database: the figures per company, each sort, the search,
and a query stopped from another thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from netdesk.models import Company, JobPosting
from netdesk.models.company_table import (
    CompanyOrder,
    CompanySort,
    Interrupt,
    company_rows,
    count_companies,
)
from netdesk.models.query import QueryInterrupted
from tests.helpers import rows


def company(name: str) -> int:
    return int(Company.create(name=name, sort_name=name.casefold()).id)


def posting(company_id: int, stage: str) -> None:
    JobPosting.create(company=company_id, title="Job", date_seen=date(2026, 11, 1), stage=stage)


@pytest.fixture
def network(db: Path) -> dict[str, int]:
    """Globex: 2 warm, 1 cold, 2 open postings of 4; Acme: 1 cold, a task; Initech: nobody."""
    globex, acme, initech = company("Globex"), company("Acme"), company("Initech")
    ann = rows.contact("Ann", company=globex, lead="warm", last_contact=date(2026, 11, 20))
    rows.contact("Bob", company=globex, lead="warm", last_contact=date(2026, 10, 2))
    cid = rows.contact("Cid", company=globex, lead="cold")
    dee = rows.contact("Dee", company=acme, lead="cold", last_contact=date(2026, 11, 25))
    rows.contact("Eve", lead="warm")  # nowhere: counts for no company
    for stage in ("seen", "applied", "no_answer", "rejected"):
        posting(globex, stage)
    rows.task(dee, date(2026, 12, 9), title="Call Dee")
    rows.task(ann, date(2026, 12, 5), title="Ask Ann", done=True)  # done: not a next step
    rows.task(cid, date(2026, 12, 7), title="Write to Cid")
    rows.task(ann, date(2026, 12, 8), title="Thank Ann")
    return {"globex": globex, "acme": acme, "initech": initech, "cid": cid}


def names(order: CompanyOrder, key: str = "") -> list[str]:
    return [row[1] for row in company_rows(key, order)]


def test_each_company_has_its_people_postings_last_interaction_and_next_step(
    network: dict[str, int],
) -> None:
    listed = {row[0]: row for row in company_rows("", CompanyOrder())}
    assert listed[network["globex"]] == (
        network["globex"],
        "Globex",
        2,
        1,
        2,
        "2026-11-20",
        "2026-12-07",
        "Write to Cid",
        network["cid"],
    )
    assert listed[network["acme"]][2:8] == (0, 1, 0, "2026-11-25", "2026-12-09", "Call Dee")
    assert listed[network["initech"]][2:] == (0, 0, 0, None, None, None, None)


@pytest.mark.parametrize(
    ("column", "ascending"),
    [
        (CompanySort.NAME, ["Acme", "Globex", "Initech"]),
        (CompanySort.WARM, ["Acme", "Initech", "Globex"]),
        (CompanySort.COLD, ["Initech", "Acme", "Globex"]),
        (CompanySort.OPEN_POSTINGS, ["Acme", "Initech", "Globex"]),
        (CompanySort.LAST_INTERACTION, ["Globex", "Acme", "Initech"]),
        (CompanySort.NEXT_STEP, ["Globex", "Acme", "Initech"]),
    ],
)
def test_every_column_sorts_both_ways_with_blanks_last(
    network: dict[str, int], column: CompanySort, ascending: list[str]
) -> None:
    assert names(CompanyOrder(column)) == ascending
    descending = names(CompanyOrder(column, descending=True))
    if column in (CompanySort.LAST_INTERACTION, CompanySort.NEXT_STEP):
        assert descending == ["Acme", "Globex", "Initech"]  # Initech has none: last both ways
    else:
        assert descending == ascending[::-1]


def test_search_matches_the_folded_name_anywhere_and_counts_alike(db: Path) -> None:
    for name in ("Müller Bau", "Bäckerei Müller", "Globex"):
        Company.create(name=name, sort_name=name.casefold().replace("ü", "u").replace("ä", "a"))
    assert names(CompanyOrder(), "muller") == ["Bäckerei Müller", "Müller Bau"]
    assert count_companies("muller") == 2
    assert names(CompanyOrder(), "lob") == ["Globex"]
    assert names(CompanyOrder(), "zz") == [] and count_companies("zz") == 0
    assert count_companies("") == 3
    assert [r[1] for r in company_rows("", CompanyOrder(), limit=2)] == [
        "Bäckerei Müller",
        "Globex",
    ]


def test_an_interrupted_query_raises_instead_of_answering(network: dict[str, int]) -> None:
    interrupt = Interrupt()
    interrupt.request()
    with pytest.raises(QueryInterrupted):
        company_rows("", CompanyOrder(CompanySort.WARM), interrupt=interrupt)
