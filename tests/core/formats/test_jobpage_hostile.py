"""Saved job pages as an attacker or a careless browser leaves them: a pipe or device where a
file should be, contradictory dates, Latin-1 without a declaration, terminal escapes."""

from __future__ import annotations

import json
import os
import threading
from datetime import date
from pathlib import Path

import pytest

from netdesk.core.formats.jobpage import JobPageError, parse_job_page, read_job_page
from netdesk.core.formats.webpage import plain_text, strip_controls


def _page(**fields: object) -> str:
    posting = {"@type": "JobPosting", "title": "Analyst", "hiringOrganization": "Acme", **fields}
    return f'<html><head><script type="application/ld+json">{json.dumps(posting)}</script>'


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_named_like_a_page_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "job.html"
    os.mkfifo(fifo)
    outcome: list[str] = []

    def read() -> None:
        try:
            read_job_page(fifo)
        except JobPageError as error:
            outcome.append(str(error))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # blocked in open(): let it go before failing
        with open(fifo, "wb"):
            pass
        reader.join(10)
        pytest.fail("reading a named pipe waited for a writer")
    assert outcome == ["job.html is a pipe or a device, not a saved web page."]


def test_a_device_is_refused_by_name() -> None:
    null = Path(os.devnull)
    if not null.exists() or os.name == "nt":
        pytest.skip("no /dev/null here")
    with pytest.raises(JobPageError, match="null is a pipe or a device"):
        read_job_page(null)


def test_a_deadline_before_the_posting_date_is_left_empty_and_said_so() -> None:
    page = parse_job_page(
        _page(datePosted="2026-05-10", validThrough="2026-01-01T00:00:00+01:00").encode(),
        file="old.html",
    )
    (posting,) = page.postings
    assert posting.date_posted == date(2026, 5, 10) and posting.valid_through is None
    assert [p.reason for p in posting.problems] == [
        "validThrough 2026-01-01 is before datePosted 2026-05-10; it was left empty"
    ]
    assert posting.problems[0].file == "old.html"


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Ingénieur Müller", "Société Générale"),
        ("Señor Programador", "Añorga y Cía"),
        ("Développeur", "Crédit Agricole"),
    ],
)
def test_latin_1_without_a_declaration_is_read_as_a_western_browser_reads_it(
    title: str, company: str
) -> None:
    data = _page(title=title, hiringOrganization=company).encode("ascii")
    data = data.decode("unicode_escape").encode("latin-1")  # \u00e9 -> one byte, no charset
    (posting,) = parse_job_page(data).postings
    assert (posting.title, posting.company) == (title, company)


def test_terminal_escapes_go_whole_window_titles_and_links_included() -> None:
    typed = (
        "Ti\x1b]0;pwned\x07tle \x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\ \x1b[31mred\x1b[0m"
    )
    assert strip_controls(typed) == "Title link red"
    assert plain_text(typed) == "Title link red"
    assert strip_controls("a\tb\nc\x00d\x07") == "a\tb\ncd"
