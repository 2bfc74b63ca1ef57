"""The dashboard on a damaged database (written with raw SQL, checks off): a date that cannot
be read, a day in the year 1 or 9999, statuses and leads the app does not know. It still shows
its figures: an unreadable day counts as today (as on the map), the whole campaign goes back
thirty years at most, and meetings before that are still in the steady curve."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from netdesk.core.contacts import create_contact, set_referrer
from netdesk.core.dashboard import MAX_WEEKS, Span, dashboard
from netdesk.core.dates import Week
from netdesk.models import close_db, init_db
from netdesk.models.records import ContactData

TODAY = date(2026, 12, 2)


@pytest.fixture
def damaged(db: Path) -> Iterator[Path]:
    ids = [create_contact(ContactData(display_name=f"Person {i}")) for i in range(6)]
    set_referrer(ids[1], ids[0])
    set_referrer(ids[2], ids[0])
    close_db()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE contact SET date_added = '2026-11-30'")
    conn.execute("UPDATE contact SET date_added = 'garbage' WHERE id = ?", (ids[3],))
    conn.execute("UPDATE contact SET date_added = '0001-01-01' WHERE id = ?", (ids[4],))
    conn.execute("UPDATE contact SET status = 'zzz', lead = 'lukewarm' WHERE id = ?", (ids[5],))
    conn.execute("UPDATE referral SET referred_on = 'junk' WHERE referred_id = ?", (ids[1],))
    conn.execute("UPDATE referral SET referred_on = '9999-12-31' WHERE referred_id = ?", (ids[2],))
    conn.execute(
        "INSERT INTO meeting (contact_id, starts_at) VALUES (?, '0001-01-01T10:00'), "
        "(?, 'garbage'), (?, '2026-12-01T10:00')",
        (ids[0], ids[0], ids[5]),
    )
    conn.commit()
    conn.close()
    init_db(db)
    yield db


@pytest.mark.parametrize("span", list(Span))
def test_the_dashboard_reads_a_damaged_database(damaged: Path, span: Span) -> None:
    figures = dashboard(span, TODAY)
    assert figures.weeks[-1].week == Week.containing(TODAY)
    assert len(figures.weeks) <= MAX_WEEKS
    assert figures.weeks[-1].meetings == 1
    # Everyone readable by today is counted; the referral in the year 9999 is not yet.
    assert figures.growth.everyone[-1] == 5


def test_the_whole_campaign_goes_back_thirty_years_at_most(damaged: Path) -> None:
    figures = dashboard(Span.WHOLE, TODAY)
    assert len(figures.weeks) == MAX_WEEKS
    # The person added in the year 1 and the meeting then are counted from the first week.
    assert figures.growth.everyone[0] == 1
    assert figures.growth.steady[0] == figures.growth.generations[0][0] + 2 * 1
