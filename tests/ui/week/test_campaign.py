"""This week and the sheet tell the user whom to keep in touch with (the most overdue first,
after the warm leads), and ticking one off restarts their clock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.dates import Week
from netdesk.core.rhythms import keep_in_touch_count
from netdesk.core.week_plan import build_week_plan
from netdesk.models.records import ContactData, ReferralInfo
from netdesk.ui.sheet.layout import layout_sheet
from netdesk.ui.sheet.measure import page_layout
from netdesk.ui.sheet.paint import pdf_bytes
from netdesk.ui.week.rows import Column
from netdesk.ui.week.view import Section
from tests.ui.sheet.test_layout import _pdf_text
from tests.ui.week.test_view import TODAY, loaded, make_view, tick


def keep_in_touch_people() -> dict[str, int]:
    """Three people on a weekly rhythm: one overdue (past twice it), one due, one not yet."""
    return {
        name: create_contact(
            ContactData(display_name=name, rhythm_days=7, date_added=TODAY - timedelta(days=ago))
        )
        for name, ago in (("Otto Overdue", 20), ("Dora Due", 9), ("Nora Notyet", 3))
    }


def test_this_week_lists_whom_to_keep_in_touch_with(db: Path, qtbot: QtBot) -> None:
    keep_in_touch_people()
    view = make_view(qtbot)
    assert view.section_texts(Section.KEEP_IN_TOUCH) == ["Otto Overdue", "Dora Due"]
    group = view.group_item(Section.KEEP_IN_TOUCH)
    assert group is not None and group.text(0) == "Due to keep in touch (2)"
    otto = view.section_item(Section.KEEP_IN_TOUCH, "Otto Overdue")
    assert otto.text(Column.WHEN) == "overdue 13 days"
    assert otto.text(Column.WHAT) == "every week · not in touch since added"
    dora = view.section_item(Section.KEEP_IN_TOUCH, "Dora Due")
    assert dora.text(Column.WHEN) == "due Mon 23 Nov"
    # Called: the clock restarts, and Otto is no longer due.
    tick(qtbot, view, otto)
    assert keep_in_touch_count(TODAY) == 1
    view.refresh()
    loaded(qtbot, view)
    assert view.section_texts(Section.KEEP_IN_TOUCH) == ["Dora Due"]


def test_the_sheet_prints_whom_to_keep_in_touch_with(qapp: object, db: Path) -> None:
    keep_in_touch_people()
    plan = build_week_plan(Week.containing(TODAY), TODAY)
    text, _pages = _pdf_text(pdf_bytes(layout_sheet(plan, page_layout("A4"))))
    assert "Due to keep in touch" in text
    assert text.index("Otto Overdue") < text.index("Dora Due")
    assert "Overdue 13 days" in text and "Keep in touch every week" in text
    assert "Nora Notyet" not in text


def referred_twice() -> None:
    """Sara gave two names (9 and 3 days ago), neither called yet, and was given nothing back."""
    sara = create_contact(ContactData(display_name="Sara Smith"))
    for name, ago in (("John Lee", 9), ("Ann Ash", 3)):
        given = ReferralInfo(sara, referred_on=TODAY - timedelta(days=ago))
        create_contact(ContactData(display_name=name, referral=given))


def test_this_week_ages_referrals_and_suggests_a_favour(db: Path, qtbot: QtBot) -> None:
    referred_twice()
    view = make_view(qtbot)
    john = view.section_item(Section.REFERRALS, "John Lee")
    what = john.text(Column.WHAT).replace("\u2068", "").replace("\u2069", "")
    assert what.startswith("Sara Smith gave you John Lee's name 9 days ago.")
    assert "3 days ago" in view.section_item(Section.REFERRALS, "Ann Ash").text(Column.WHAT)
    assert view.section_texts(Section.FAVOURS) == ["Sara Smith"]
    sara = view.section_item(Section.FAVOURS, "Sara Smith")
    assert "has helped you 2 times" in sara.text(Column.WHAT)
    assert sara.data(0, Qt.ItemDataRole.CheckStateRole) is None  # a suggestion: no box


def test_the_sheet_ages_referrals_and_suggests_a_favour(qapp: object, db: Path) -> None:
    referred_twice()
    plan = build_week_plan(Week.containing(TODAY), TODAY)
    text, _pages = _pdf_text(pdf_bytes(layout_sheet(plan, page_layout("A4"))))
    flat = " ".join(text.replace("\u2068", "").replace("\u2069", "").split())
    assert "Sara Smith gave you John Lee's name 9 days ago." in flat
    assert "Give back" in flat and "Sara Smith has helped you 2 times" in flat
