"""Saved job pages: the postings a user would confirm, read from each vendor's own markup.

The fixtures under tests/fixtures/jobpages/ each say in their first comment whose markup they
reproduce and where that shape comes from.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netdesk.core.errors import NetDeskError
from netdesk.core.formats.jobpage import (
    MAX_DESCRIPTION_CHARS,
    MAX_PAGE_BYTES,
    MAX_POSTINGS,
    JobPage,
    JobPageError,
    PageProblem,
    PostingData,
    Prefill,
    Salary,
    parse_date,
    parse_job_page,
    parse_job_text,
    read_job_page,
)

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "jobpages"
MARKUP = re.compile(r"<[A-Za-z/!?]")
P = PostingData


def _problem(file: str, line: int, reason: str) -> PageProblem:
    return PageProblem(file, line, reason)


EXPECTED: dict[str, tuple[str, str, tuple[PostingData, ...], tuple[PageProblem, ...]]] = {
    "greenhouse.html": (
        "Job Application for Senior Engineer, Payments & Risk at Initech",
        "https://boards.greenhouse.io/initech/jobs/4412873004",
        (
            P(
                title="Senior Engineer, Payments & Risk",
                company="Initech",
                location="San Francisco, CA",
                date_posted=date(2026, 3, 2),
                url="https://boards.greenhouse.io/initech/jobs/4412873004",
                description="About Initech\n\nWe move money for millions of small businesses. "
                "You will own our risk engine.\n\n• 5+ years of backend work\n• Go or Java",
                source="json-ld",
                line=26,
            ),
        ),
        (),
    ),
    "lever.html": (
        "Hooli - Backend Engineer, Search",
        "https://jobs.lever.co/hooli/6f1c9e2a-4b1d-4f0e-9a57-3c2d8b7e1a90",
        (
            P(
                title="Backend Engineer, Search",
                company="Hooli",
                location="London",
                employment_types=("FULL_TIME",),
                date_posted=date(2026, 2, 27),
                url="https://jobs.lever.co/hooli/6f1c9e2a-4b1d-4f0e-9a57-3c2d8b7e1a90",
                description="Hooli builds search for everyone.\n\nWhat you will do\n"
                "- Ship ranking changes every week\n- Keep p99 latency under 80 ms",
                source="json-ld",
                line=23,
            ),
        ),
        (),
    ),
    "workday.html": (
        "Senior Data Engineer",
        "https://globex.wd3.myworkdayjobs.com/en-US/Globex_Careers/job/Berlin/"
        "Senior-Data-Engineer_R-104233",
        (
            P(
                title="Senior Data Engineer",
                company="Globex Corporation",
                location="Berlin, Germany",
                employment_types=("FULL_TIME",),
                date_posted=date(2026, 3, 9),
                url="https://globex.wd3.myworkdayjobs.com/en-US/Globex_Careers/job/Berlin/"
                "Senior-Data-Engineer_R-104233",
                description="Your role\n\nBuild the pipelines that feed Globex's planning.\n\n"
                "• Spark\n• Airflow",
                identifier="R-104233",
                source="json-ld",
                line=16,
            ),
        ),
        (),
    ),
    "linkedin.html": (
        "Vandelay Industries hiring R&D Engineer – Imports & Exports in Austin, TX | LinkedIn",
        "https://www.linkedin.com/jobs/view/"
        "r-d-engineer-imports-exports-at-vandelay-industries-3987654321",
        (
            P(
                title="R&D Engineer – Imports & Exports",
                company="Vandelay Industries",
                location="Austin, TX, US",
                employment_types=("FULL_TIME",),
                date_posted=date(2026, 3, 10),
                valid_through=date(2026, 4, 9),
                url="https://www.linkedin.com/jobs/view/"
                "r-d-engineer-imports-exports-at-vandelay-industries-3987654321",
                description="About us\n\nVandelay imports latex & exports chips.\n\n"
                "• Design test rigs\n• Work with Art & George",
                identifier="3987654321",
                source="json-ld",
                line=17,
            ),
        ),
        (),
    ),
    "indeed.html": (
        "Customer Support Specialist - Remote - Indeed.com",
        "https://www.indeed.com/viewjob?jk=a1b2c3d4e5f6a7b8&from=serp",
        (
            P(
                title="Customer Support Specialist",
                company="Umbrella Corporation",
                location="Remote (US)",
                remote=True,
                employment_types=("FULL_TIME",),
                date_posted=date(2026, 3, 5),
                valid_through=date(2026, 4, 4),
                url="https://www.indeed.com/viewjob?jk=a1b2c3d4e5f6a7b8&from=serp",
                description="Help our customers every day.\n\n"
                "Pay: $52,000.00 - $61,000.00 per year",
                identifier="a1b2c3d4e5f6a7b8",
                salary=Salary("USD", Decimal(52000), Decimal(61000), "YEAR"),
                source="json-ld",
                line=21,
            ),
        ),
        (),
    ),
    "stepstone-windows-1252.html": (
        "Softwareentwickler (m/w/d) Java – Zahlungsverkehr bei Müller & Söhne GmbH & Co. KG | "
        "StepStone",
        "https://www.stepstone.de/stellenangebote--Softwareentwickler-m-w-d-Java-Zahlungsverkehr"
        "-Muenchen-Hamburg-Mueller-Soehne-GmbH-Co-KG--10811234-inline.html",
        (
            P(
                title="Softwareentwickler (m/w/d) Java – Zahlungsverkehr",
                company="Müller & Söhne GmbH & Co. KG",
                company_website="https://www.mueller-soehne.example",
                location="München, Bayern, DE; Hamburg, DE",
                employment_types=("FULL_TIME", "PART_TIME"),
                date_posted=date(2026, 3, 1),
                valid_through=date(2026, 4, 30),
                url="https://www.stepstone.de/stellenangebote--Softwareentwickler-m-w-d-Java-"
                "Zahlungsverkehr-Muenchen-Hamburg-Mueller-Soehne-GmbH-Co-KG--10811234-inline.html",
                description="Wir gestalten den Zahlungsverkehr von morgen.\n\n• Java & Spring\n"
                "• Gehalt: 55.000 € – 68.000 €\n\nBürostandort: Leopoldstraße 12",
                identifier="10811234",
                salary=Salary("EUR", Decimal(55000), Decimal(68000), "YEAR"),
                source="json-ld",
                line=17,
            ),
        ),
        (),
    ),
    "career-site-yoast-graph.html": (
        "Senior Platform Engineer - Globex Careers",
        "https://globex.example/careers/senior-platform-engineer/",
        (
            P(
                title="Senior Platform Engineer",
                company="Globex Corporation",
                company_website="https://globex.example/",
                location="Springfield, OR, US",
                employment_types=("FULL_TIME",),
                date_posted=date(2026, 2, 20),
                valid_through=date(2026, 5, 31),
                url="https://globex.example/careers/senior-platform-engineer/",
                description="Run the platform that runs Globex.",
                source="json-ld",
                line=20,
            ),
        ),
        (),
    ),
    "career-site-wp-job-manager.html": (
        "Product Designer – Hooli Jobs",
        "https://jobs.hooli.example/job/product-designer/",
        (
            P(
                title="Product Designer",
                company="Hooli",
                company_website="https://hooli.example/",
                location="Lisbon, Portugal",
                employment_types=("FULL_TIME",),
                date_posted=date(2026, 2, 15),
                valid_through=date(2026, 3, 17),
                url="https://jobs.hooli.example/job/product-designer/",
                description="Design the tools our support team uses.\n\nPortfolio required.",
                source="json-ld",
                line=14,
            ),
        ),
        (),
    ),
    "microdata-successfactors.html": (
        "Werkstudent Data Analytics (w/m/d) Job Details | Initech SE",
        "https://jobs.initech.example/job/Walldorf-Werkstudent-Data-Analytics-wmd-BW-69190/"
        "1098765401/",
        (
            P(
                title="Werkstudent Data Analytics (w/m/d)",
                company="Initech SE",
                location="Walldorf, BW, DE",
                employment_types=("PART_TIME",),
                date_posted=date(2026, 3, 3),
                url="https://jobs.initech.example/job/"
                "Walldorf-Werkstudent-Data-Analytics-wmd-BW-69190/1098765401/",
                description="Deine Aufgaben\n\n• Dashboards in SQL & Python\n"
                "• 15–20 Stunden pro Woche\n\nBewirb dich bis Ende März.",
                source="microdata",
                line=17,
            ),
        ),
        (),
    ),
    "search-results.html": (
        "Python jobs in Europe | ExampleJobs",
        "https://jobs.example.org/search?q=python&l=europe",
        (
            P(
                title="Python Developer",
                company="Acme",
                location="Warsaw, PL",
                date_posted=date(2026, 7, 6),
                url="https://jobs.example.org/jobs/837001-python-developer/",
                identifier="837001",
                source="json-ld",
                line=15,
            ),
            P(
                title="Data Engineer",
                company="Globex",
                location="Prague, CZ",
                date_posted=date(2026, 7, 5),
                url="https://jobs.example.org/jobs/837002-data-engineer/",
                identifier="837002",
                source="json-ld",
                line=15,
            ),
            P(
                title="ML Engineer",
                company="Initech",
                location="Vienna, AT",
                date_posted=date(2026, 7, 4),
                url="https://jobs.example.org/jobs/837003-ml-engineer/",
                identifier="837003",
                source="json-ld",
                line=15,
            ),
            P(
                title="Backend Go Engineer",
                company="Umbrella",
                company_website="https://umbrella.example/",
                location="Remote (UA)",
                remote=True,
                employment_types=("FULL_TIME",),
                date_posted=date(2026, 7, 6),
                valid_through=date(2026, 8, 15),
                url="https://jobs.example.org/jobs/837549-backend-go-engineer/",
                description="Build & ship services.",
                identifier="837549",
                source="json-ld",
                line=25,
            ),
        ),
        (_problem("search-results.html", 25, "a job posting without a title was skipped"),),
    ),
    "broken-jsonld.html": (
        "Careers at Acme",
        "https://acme.example/careers/",
        (
            P(
                title="Warehouse Lead",
                company="Acme Logistics",
                employment_types=("FULL_TIME",),
                date_posted=date(2026, 3, 3),
                url="https://acme.example/careers/",
                description="Lead the night shift.\nForklift licence needed. Overtime paid.",
                source="json-ld",
                line=13,
                problems=(
                    _problem(
                        "broken-jsonld.html",
                        13,
                        "validThrough 'ASAP' is not a date; it was left empty",
                    ),
                ),
            ),
            P(
                title="Store Manager",
                company="Acme Retail",
                date_posted=date(2026, 2, 28),
                url="https://acme.example/careers/",
                description='Run our "flagship" store.',
                identifier="Bob's store & co",
                source="json-ld",
                line=29,
                problems=(
                    _problem(
                        "broken-jsonld.html",
                        29,
                        "validThrough '31.04.2026' is not a date; it was left empty",
                    ),
                ),
            ),
            P(
                title="Driver",
                company="Acme Logistics",
                date_posted=date(2026, 3, 1),
                url="https://acme.example/careers/",
                source="json-ld",
                line=44,
            ),
        ),
        (
            _problem(
                "broken-jsonld.html",
                41,
                "a JSON-LD block could not be read: unterminated string starting "
                "(line 1 of the block, column 67)",
            ),
        ),
    ),
    "hostile.html": (
        "Jobs at Evil",
        "https://evil.example/jobs/1",
        (
            P(
                title="Night Engineer now",
                company="Evil",
                company_website="https://evil.example/",
                location="Berlin",
                employment_types=("FULL_TIME",),
                date_posted=date(2026, 3, 1),
                url="https://evil.example/jobs/1",
                description="Real text click",
                source="json-ld",
                line=13,
            ),
        ),
        (),
    ),
    "no-posting.html": (
        "Careers at Stark & Wayne | Join our team",
        "https://stark-wayne.example/careers",
        (),
        (),
    ),
}


def test_every_fixture_has_expectations() -> None:
    assert sorted(p.name for p in PAGES.glob("*.html")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_reads_as_expected(name: str) -> None:
    title, url, postings, problems = EXPECTED[name]
    page = read_job_page(PAGES / name)
    assert page.title == title
    assert page.url == url
    assert page.problems == problems
    assert len(page.postings) == len(postings)
    for got, want in zip(page.postings, postings, strict=True):
        assert got == want
    assert (page.prefill is None) == bool(postings)


def test_a_page_without_posting_data_offers_a_prefill() -> None:
    page = read_job_page(PAGES / "no-posting.html")
    assert page.postings == ()
    assert page.prefill == Prefill(
        "Careers at Stark & Wayne | Join our team",
        "https://stark-wayne.example/careers",
        "Open roles at Stark & Wayne: engineering, design, sales.",
    )


def test_the_windows_1252_page_is_not_read_as_utf8() -> None:
    data = (PAGES / "stepstone-windows-1252.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert "ü" in read_job_page(PAGES / "stepstone-windows-1252.html").postings[0].company


def test_a_given_address_is_the_last_resort_and_saved_from_after_it() -> None:
    body = b'<html><script type="application/ld+json">{"@type":"JobPosting","title":"A"}</script>'
    assert parse_job_page(body).postings[0].url == ""
    saved = b"<!-- saved from url=(0029)https://saved.example/job/1 -->\n" + body
    assert parse_job_page(saved).postings[0].url == "https://saved.example/job/1"
    given_url = "https://given.example/job/2"
    assert parse_job_page(saved, given_url).postings[0].url == given_url
    canonical = b'<link rel="canonical" href="/jobs/3">' + saved
    assert parse_job_page(canonical, given_url).url == "https://given.example/jobs/3"


# --- encodings ---------------------------------------------------------------------------------

LD = '<script type="application/ld+json">'
POSTING = LD + '{"@type":"JobPosting","title":"Koch","hiringOrganization":"Bäckerei Grün"}</script>'


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + POSTING.encode(),
        "\ufeff".encode("utf-16-le") + POSTING.encode("utf-16-le"),
        "\ufeff".encode("utf-16-be") + POSTING.encode("utf-16-be"),
        POSTING.encode("utf-16-le"),
        b'<meta charset="windows-1252">' + POSTING.encode("cp1252"),
        b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
        + POSTING.encode("cp1252"),
        b'<?xml version="1.0" encoding="iso-8859-15"?>' + POSTING.encode("iso-8859-15"),
        b'<meta charset="iso-8859-1">' + POSTING.encode("utf-8"),  # re-saved, label kept
        POSTING.encode("cp1252"),  # no declaration at all
        b"<html><head><meta charset=utf-8>" + POSTING.encode(),
    ],
)
def test_every_declared_or_guessed_encoding_reads_the_umlauts(data: bytes) -> None:
    page = parse_job_page(data)
    assert page.postings[0].company == "Bäckerei Grün"


def test_a_declaration_inside_a_comment_is_not_believed() -> None:
    data = b'<!-- <meta charset="koi8-r"> -->' + POSTING.encode("utf-8")
    assert parse_job_page(data).postings[0].company == "Bäckerei Grün"


# --- files that are not job pages -------------------------------------------------------------


def test_a_page_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        handle.truncate(MAX_PAGE_BYTES + 1)
    with pytest.raises(JobPageError, match=r"huge\.html is 20 MB.*none over 20 MB"):
        read_job_page(path)
    with pytest.raises(JobPageError):
        parse_job_page(b" " * (MAX_PAGE_BYTES + 1))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty.html is empty"),
        (b"%PDF-1.7\n...", "is a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is a picture"),
        (b"PK\x03\x04\x14\x00", "ZIP archive"),
        (b"\x00\x01\x02\x03" * 100 + b"\xff", "is a binary file"),
    ],
)
def test_files_that_are_not_pages_get_a_message_naming_them(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(content)
    with pytest.raises(JobPageError, match=message) as caught:
        read_job_page(path)
    assert "empty.html" in str(caught.value)
    assert isinstance(caught.value, NetDeskError)


def test_missing_files_and_folders_get_a_message(tmp_path: Path) -> None:
    with pytest.raises(JobPageError, match="does not exist"):
        read_job_page(tmp_path / "gone.html")
    with pytest.raises(JobPageError, match="is a folder"):
        read_job_page(tmp_path)


# --- pasted text -------------------------------------------------------------------------------


def test_pasted_words_give_a_prefill_from_their_first_line() -> None:
    page = parse_job_text(
        "\n  Senior Baker (m/w/d)\nBäckerei Grün, Köln\n\nApply now!", "www.gruen.example/jobs/7"
    )
    assert page.postings == ()
    assert page.prefill == Prefill(
        "Senior Baker (m/w/d)",
        "https://www.gruen.example/jobs/7",
        "Senior Baker (m/w/d)\nBäckerei Grün, Köln\n\nApply now!",
    )


def test_pasted_json_ld_and_page_source_are_read() -> None:
    block = '{"@type": "JobPosting", "title": "Baker", "hiringOrganization": {"name": "Grün"}}'
    assert parse_job_text(block).postings[0].company == "Grün"
    assert parse_job_text(f"<html>{POSTING}</html>").postings[0].title == "Koch"


def test_an_address_that_is_not_one_is_reported_and_not_used() -> None:
    page = parse_job_text(POSTING, "javascript:alert(1)")
    assert page.url == ""
    assert page.problems == (
        PageProblem("", 0, "'javascript:alert(1)' is not a web address; it was not used"),
    )


# --- fields ------------------------------------------------------------------------------------


def _one(posting: dict[str, object], head: str = "") -> PostingData:
    node = {"@type": "JobPosting", "title": "T", **posting}
    text = f'{head}<script type="application/ld+json">{json.dumps(node)}</script>'
    return parse_job_text(text, "https://board.example/list").postings[0]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2026-12-31", date(2026, 12, 31)),
        ("2026-12-31T23:59:59+01:00", date(2026, 12, 31)),
        ("2026-01-01T00:30:00-08:00", date(2026, 1, 1)),
        ("2026-06-09T09:12:40.000Z", date(2026, 6, 9)),
        ("2026-07-06T04:43:20.486231", date(2026, 7, 6)),
        ("2026-06-17 20:44:40 UTC", date(2026, 6, 17)),
        ("2026-10-22T23:59", date(2026, 10, 22)),
        ("20261231", date(2026, 12, 31)),
        ("31.12.2026", date(2026, 12, 31)),
        ("Tue Sep 01 00:00:00 UTC 2026", date(2026, 9, 1)),
        ("Tue, 01 Sep 2026 10:00:00 GMT", date(2026, 9, 1)),
        ("May 1, 2026", date(2026, 5, 1)),
        ("1 March 2026", date(2026, 3, 1)),
        ("ASAP", None),
        ("31.04.2026", None),
        ("2026-13-01", None),
        ("0001-01-01", None),
        ("", None),
        ("soon-ish 2026", None),
    ],
)
def test_dates_as_pages_write_them(written: str, expected: date | None) -> None:
    assert parse_date(written) == expected


def test_a_junk_date_is_left_empty_with_a_note() -> None:
    posting = _one({"validThrough": ["until filled"], "datePosted": 20260101})
    assert posting.valid_through is None
    assert posting.date_posted == date(2026, 1, 1)
    assert [p.reason for p in posting.problems] == [
        "validThrough 'until filled' is not a date; it was left empty"
    ]


@pytest.mark.parametrize(
    ("organization", "company", "website"),
    [
        ("Acme", "Acme", ""),
        (
            {"@type": "Organization", "name": "Acme", "sameAs": "https://acme.example"},
            "Acme",
            "https://acme.example",
        ),
        (
            {"name": "Acme", "url": "https://acme.example/", "sameAs": "https://x.com/acme"},
            "Acme",
            "https://acme.example/",
        ),
        (
            {
                "name": "Acme",
                "sameAs": ["https://www.linkedin.com/company/acme", "https://acme.fr"],
            },
            "Acme",
            "https://acme.fr",
        ),
        ({"name": "Acme", "sameAs": "javascript://acme.example/%0Aalert(1)"}, "Acme", ""),
        (
            [{"name": "Acme", "url": "/about"}, {"name": "Other"}],
            "Acme",
            "https://board.example/about",
        ),
        ({"legalName": "Acme GmbH"}, "Acme GmbH", ""),
        ({"name": ["Acme"], "url": 5}, "Acme", ""),
        ("https://acme.example/", "", "https://acme.example/"),
        (None, "", ""),
    ],
)
def test_the_hiring_organization_in_all_its_forms(
    organization: object, company: str, website: str
) -> None:
    posting = _one({"hiringOrganization": organization})
    assert (posting.company, posting.company_website) == (company, website)


@pytest.mark.parametrize(
    ("fields", "location"),
    [
        (
            {
                "jobLocation": {
                    "address": {
                        "addressLocality": "Lyon",
                        "addressCountry": {"@type": "Country", "name": "France"},
                    }
                }
            },
            "Lyon, France",
        ),
        (
            {
                "jobLocation": [
                    {"address": {"addressLocality": "Lyon"}},
                    {"address": {"addressLocality": "Paris"}},
                    {"address": {"addressLocality": "LYON"}},
                ]
            },
            "Lyon; Paris",
        ),
        ({"jobLocation": {"@type": "Place", "name": "Head office"}}, "Head office"),
        ({"jobLocation": "Leeds"}, "Leeds"),
        ({"jobLocationType": "TELECOMMUTE"}, "Remote"),
        (
            {
                "jobLocationType": ["TELECOMMUTE"],
                "applicantLocationRequirements": [
                    {"@type": "Country", "name": "Germany"},
                    {"@type": "Country", "name": "Austria"},
                ],
            },
            "Remote (Germany, Austria)",
        ),
        (
            {
                "jobLocationType": "TELECOMMUTE",
                "jobLocation": {"address": {"addressLocality": "Oslo"}},
            },
            "Oslo; Remote",
        ),
        (
            {"jobLocation": [{"address": {"addressLocality": f"Town {i}"}} for i in range(10_000)]},
            None,
        ),
    ],
)
def test_locations(fields: dict[str, object], location: str | None) -> None:
    got = _one(fields).location
    if location is None:
        assert len(got) <= 500 and got.startswith("Town 0; Town 1; ") and got.endswith("…")
    else:
        assert got == location


@pytest.mark.parametrize(
    ("salary", "expected"),
    [
        (
            {
                "@type": "MonetaryAmount",
                "currency": "usd",
                "value": {"@type": "QuantitativeValue", "value": 40.5, "unitText": "HOUR"},
            },
            Salary("USD", Decimal("40.5"), Decimal("40.5"), "HOUR"),
        ),
        (
            {"currency": "EUR", "minValue": "45.000", "maxValue": "50.000,50", "unitText": "year"},
            Salary("EUR", Decimal(45000), Decimal("50000.50"), "YEAR"),
        ),
        (
            {
                "currency": "GBP",
                "value": {"minValue": 60000, "maxValue": 50000, "unitText": "Jahr"},
            },
            Salary("GBP", Decimal(50000), Decimal(60000), "Jahr"),
        ),
        ({"currency": "USD", "value": "$100,000"}, Salary("USD", Decimal(100000), Decimal(100000))),
        ({"currency": "USD", "value": "competitive"}, Salary("USD", text="competitive")),
        ("55000", Salary("", Decimal(55000), Decimal(55000))),
        ("DOE", Salary(text="DOE")),
    ],
)
def test_salaries(salary: object, expected: Salary) -> None:
    assert _one({"baseSalary": salary}).salary == expected


def test_employment_types_are_schema_codes_where_known() -> None:
    posting = _one({"employmentType": ["Full-time", "contract", "FULL_TIME", "Vollzeit, INTERN"]})
    assert posting.employment_types == ("FULL_TIME", "CONTRACTOR", "Vollzeit", "INTERN")


@pytest.mark.parametrize(
    ("identifier", "expected"),
    [
        (837549, "837549"),
        ({"@type": "PropertyValue", "value": "R-1"}, "R-1"),
        (["A", "B"], "A"),
        (True, ""),
    ],
)
def test_identifiers(identifier: object, expected: str) -> None:
    assert _one({"identifier": identifier}).identifier == expected


def test_postings_nested_anywhere_and_linked_by_id_are_found() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "mainEntity": {
                    "@type": ["JobPosting", "Thing"],
                    "title": "A",
                    "hiringOrganization": {"@id": "#org"},
                },
            },
            {"@type": "Organization", "@id": "#org", "name": "Org Inc."},
            {"@type": "schema:JobPosting", "title": "B"},
            {"@type": "http://schema.org/JobPosting", "name": "C"},
        ],
    }
    page = parse_job_text(json.dumps(graph))
    assert [(p.title, p.company) for p in page.postings] == [
        ("A", "Org Inc."),
        ("B", ""),
        ("C", ""),
    ]


def test_microdata_and_json_ld_of_one_posting_give_one_posting() -> None:
    text = POSTING + (
        '<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Koch</h1>'
        '<span itemprop="hiringOrganization">Bäckerei Grün</span></div>'
        '<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Bäcker</h1>'
        '<time itemprop="datePosted" datetime="2026-03-01">gestern</time>'
        '<a itemprop="url" href="javascript:x()">x</a></div>'
    )
    page = parse_job_text(text, "https://gruen.example/jobs")
    assert [(p.title, p.source, p.date_posted, p.url) for p in page.postings] == [
        ("Koch", "json-ld", None, "https://gruen.example/jobs"),
        ("Bäcker", "microdata", date(2026, 3, 1), "https://gruen.example/jobs"),
    ]


# --- hostile and huge input -------------------------------------------------------------------


def _text_fields(page: JobPage) -> list[str]:
    fields = [page.title, page.url, page.description]
    for p in page.postings:
        fields += [p.title, p.company, p.company_website, p.location, p.url, p.description]
        fields += [p.identifier, *p.employment_types]
        if p.salary is not None:
            fields += [p.salary.currency, p.salary.unit, p.salary.text]
    return fields


def test_no_markup_and_no_control_character_survives_the_hostile_page() -> None:
    page = read_job_page(PAGES / "hostile.html")
    for text in _text_fields(page):
        assert not MARKUP.search(text), text
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text), text
        assert "javascript" not in text and "data:" not in text and "alert" not in text, text


def test_huge_fields_are_cut_and_said_to_be() -> None:
    posting = _one(
        {
            "title": "Engineer " * 200_000,
            "description": "<p>" + "word " * 1_000_000 + "</p>",
            "hiringOrganization": {"name": "Acme " * 100_000},
            "identifier": "x" * 100_000,
        }
    )
    assert len(posting.title) <= 300 and posting.title.endswith("…")
    assert len(posting.company) <= 200
    assert len(posting.identifier) <= 200
    assert len(posting.description) <= MAX_DESCRIPTION_CHARS
    assert [p.reason for p in posting.problems] == [
        f"the description was cut to {MAX_DESCRIPTION_CHARS:,} characters"
    ]


def test_more_postings_than_the_limit_are_cut_with_a_problem() -> None:
    block = json.dumps(
        [{"@type": "JobPosting", "title": f"Job {i}"} for i in range(MAX_POSTINGS + 5)]
    )
    page = parse_job_text(block)
    assert len(page.postings) == MAX_POSTINGS
    assert page.problems[-1].reason == f"only the first {MAX_POSTINGS} postings were read"


@pytest.mark.parametrize(
    "block",
    [
        "[" * 100_000,
        '{"@type":"JobPosting","title":"' + "[" * 50_000 + '"}' + "]" * 10,
        '{"a":' * 20_000 + "1" + "}" * 20_000,
    ],
)
def test_deeply_nested_json_is_a_problem_not_a_crash(block: str) -> None:
    page = parse_job_text(f'<script type="application/ld+json">{block}</script>')
    assert all(len(p.title) <= 300 for p in page.postings)


def test_a_closing_script_tag_inside_the_json_ends_the_block_as_in_a_browser() -> None:
    text = LD + '{"@type":"JobPosting","title":"</script><b>x</b>"}</script>'
    page = parse_job_text(text)
    assert page.postings == ()
    assert page.problems[0].reason.startswith("a JSON-LD block could not be read")


@pytest.mark.timeout(30)  # a guard against quadratic work, not a timing (machines are noisy)
def test_a_five_megabyte_page_is_read_in_linear_time() -> None:
    row = '<div class="row"><span>Hello &amp; world</span><a href="/x?y=1">link</a></div>\n'
    description = "&lt;p&gt;Text &amp;amp; more&lt;/p&gt;" * 20_000
    block = json.dumps({"@type": "JobPosting", "title": "Dev", "description": description})
    micro = (
        '<div itemscope itemtype="http://schema.org/JobPosting"><b itemprop="title">Ops</b></div>'
    )
    body = row * (5_000_000 // len(row) // 2)
    data = f"<html><head>{LD}{block}</script></head><body>{body}{micro}{body}</body>".encode()
    assert len(data) > 5_000_000
    page = parse_job_page(data)
    assert [p.title for p in page.postings] == ["Dev", "Ops"]


# --- fuzzing -----------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
PROPERTIES = [
    "title",
    "name",
    "description",
    "hiringOrganization",
    "jobLocation",
    "jobLocationType",
    "applicantLocationRequirements",
    "employmentType",
    "datePosted",
    "validThrough",
    "url",
    "identifier",
    "baseSalary",
    "address",
    "addressLocality",
    "addressCountry",
    "value",
    "minValue",
    "sameAs",
    "@id",
    "@type",
    "@graph",
    "@value",
    "mainEntityOfPage",
]
postings = st.dictionaries(st.sampled_from(PROPERTIES), json_values, max_size=8).map(
    lambda node: {**node, "@type": "JobPosting"}
)
fragments = st.sampled_from(
    [
        "<",
        ">",
        "&",
        "&amp;",
        "&lt;script&gt;",
        "&#0;",
        "&#x110000;",
        '"',
        "'",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "<!DOCTYPE x [",
        "<?xml",
        "<script>",
        "</script>",
        "<style>",
        "<p>",
        "</p>",
        "<li>",
        "<br/>",
        "<meta charset=",
        "<meta http-equiv=content-type content=",
        "<link rel=canonical href=",
        "<title>",
        "</title>",
        "itemscope",
        "itemprop=title",
        "itemprop=hiringOrganization",
        'itemtype="http://schema.org/JobPosting"',
        '<div itemscope itemtype="https://schema.org/JobPosting">',
        "<span itemprop=name>",
        '<script type="application/ld+json">',
        "</div>",
        "\x00",
        "\x1b",
        "\u202e",
        "\ufeff",
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        '"@type":"JobPosting"',
        '"title":',
        "javascript:",
        "//",
        "/*",
        "\\",
        "\\u003C",
        "\n",
        " ",
    ]
) | st.text(max_size=12)


def _check(page: JobPage) -> None:
    for text in _text_fields(page):
        assert not MARKUP.search(text), text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(fragments, max_size=60).map("".join), st.sampled_from(["utf-8", "cp1252", "utf-16"])
)
def test_random_markup_never_breaks_the_reader(markup: str, encoding: str) -> None:
    try:
        data = markup.encode(encoding, "replace")
        _check(parse_job_page(data, "https://x.example/"))
        _check(parse_job_text(markup))
    except JobPageError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.lists(postings, min_size=1, max_size=3), st.sampled_from(["", "<!--", "//", ","]))
def test_random_posting_json_never_breaks_the_reader(
    nodes: list[dict[str, object]], junk: str
) -> None:
    block = json.dumps(nodes if len(nodes) > 1 else nodes[0]) + junk
    html = f'<html><script type="application/ld+json">{block}</script></html>'
    try:
        page = parse_job_text(html, "https://x.example/")
    except JobPageError:
        return
    _check(page)


def test_one_posting_given_twice_is_merged_and_two_alike_are_kept_apart() -> None:
    text = (
        LD + '[{"@type":"JobPosting","title":"Cashier","hiringOrganization":"Shop","identifier":1},'
        '{"@type":"JobPosting","title":"Cashier","hiringOrganization":"Shop","identifier":2}]'
        "</script>"
        '<div itemscope itemtype="http://schema.org/JobPosting"><b itemprop="title">Cashier</b>'
        '<i itemprop="hiringOrganization">SHOP</i><meta itemprop="identifier" content="2">'
        '<p itemprop="description">Evenings.</p></div>'
    )
    page = parse_job_text(text)
    assert [(p.identifier, p.description, p.source) for p in page.postings] == [
        ("1", "", "json-ld"),
        ("2", "Evenings.", "json-ld"),
    ]


def test_nothing_is_fetched_from_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the job page reader opened a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for path in PAGES.glob("*.html"):
        read_job_page(path, "https://example.org/job")
