"""Postings at several stages for the Postings page's tests, written through the core."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.postings import PostingInput, add_posting, link_person, move
from netdesk.models.entities import JobPosting
from netdesk.models.enums import PostingRole, PostingStage
from netdesk.models.records import ContactData
from netdesk.ui.postings.page import PostingsPage
from netdesk.ui.shell.main_window import MainWindow

TODAY = date.today()


@pytest.fixture
def postings(db: Path) -> dict[str, int]:
    """Engineer (Globex, seen, deadline in 3 days), Analyst (Acme, applied, Ann referred),
    Designer (Initech, researching, https address), Writer (Globex, rejected, a ``javascript:``
    address stored behind the core's back)."""
    ann = create_contact(ContactData(display_name="Ann Archer", organization="Globex"))
    ids = {
        "engineer": add_posting(
            PostingInput("Globex", "Engineer", location="Berlin", deadline=TODAY + timedelta(3))
        ),
        "analyst": add_posting(PostingInput("Acme", "Analyst", location="Lyon")),
        "designer": add_posting(
            PostingInput("Initech", "Designer", url="https://jobs.example.com/designer")
        ),
        "writer": add_posting(PostingInput("Globex", "Writer")),
    }
    # What an older NetDesk, or another program, may have stored: the core refuses it today,
    # and the page must still never open it.
    JobPosting.update(url="javascript:alert(1)").where(JobPosting.id == ids["writer"]).execute()
    move(ids["analyst"], PostingStage.APPLIED)
    move(ids["designer"], PostingStage.RESEARCHING)
    move(ids["writer"], PostingStage.REJECTED)
    link_person(ids["analyst"], ann, PostingRole.REFERRED_ME)
    return ids


def open_page(qtbot: QtBot, window: MainWindow) -> PostingsPage:
    window.navigation.show_page("postings")
    page = window.navigation.page("postings")
    assert isinstance(page, PostingsPage)
    qtbot.waitUntil(lambda: page.total is not None and not page.board.loading)
    return page
