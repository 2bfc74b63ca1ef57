"""The This week page's job postings: what to do about each, opened with Enter, read again when
a posting changes; and the strip of last week's and the campaign's numbers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from netdesk.core.postings import link_person
from netdesk.models.enums import PostingRole
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.theme import meaning_colours
from netdesk.ui.week.plan_groups import Area
from netdesk.ui.week.rows import Column
from netdesk.ui.week.view import Section, WeekView
from tests.core.test_week_plan_postings import TODAY, seed
from tests.ui.week.test_page import groups
from tests.ui.week.test_view import loaded


def make_view(qtbot: QtBot) -> WeekView:
    view = WeekView(today=lambda: TODAY)
    qtbot.addWidget(view)
    return loaded(qtbot, view)


def test_each_posting_says_what_to_do_and_when(db: Path, qtbot: QtBot) -> None:
    seed()
    view = make_view(qtbot)

    listed = view.lists[Area.POSTINGS]
    assert not listed.isHidden() and view.headings[Area.POSTINGS].text() == "Job postings"
    assert groups(listed) == [
        "Interviews (2)",
        "Deadlines (2)",
        "Ask for an introduction before applying (2)",
        "Gone quiet: no step in two weeks (1)",
    ]
    driver = view.section_item(Section.INTERVIEWS, "Driver at Wayne")
    assert driver.text(Column.WHEN) == "Thu 26 Nov 14:00"
    assert driver.text(Column.WHAT) == "Interview with Bruce Wayne"
    chef = view.section_item(Section.INTERVIEWS, "Chef at Wayne")
    assert chef.text(Column.WHAT) == "Interviewing: no interview booked this week"
    analyst = view.section_item(Section.DEADLINES, "Analyst at Globex")
    assert analyst.text(Column.WHEN) == "apply by Fri 27 Nov"
    assert analyst.text(Column.WHAT) == (
        "Ask Sara Smith for an introduction at Globex before applying"
    )
    clerk = view.section_item(Section.DEADLINES, "Clerk at Initech")
    assert clerk.text(Column.WHEN) == "deadline passed Tue 10 Nov"
    assert clerk.foreground(Column.WHEN).color() == QColor(meaning_colours().error)
    assert analyst.foreground(Column.WHEN).color() != QColor(meaning_colours().error)
    assert view.section_texts(Section.INTRODUCTIONS) == ["Engineer at Globex", "Planner at Initech"]
    tester = view.section_item(Section.STALE, "Tester at Umbrella")
    assert tester.text(Column.WHEN) == "last step Sun 1 Nov"
    assert tester.text(Column.WHAT) == "Applied: follow up, or close it"
    # Nothing to tick: a posting's row opens the posting.
    assert analyst.data(Column.WHO, Qt.ItemDataRole.CheckStateRole) is None
    # The interview is in the agenda too, on its day, at its time, saying what it is for.
    meeting = view.section_item(Section.MEETINGS, "Bruce Wayne")
    assert meeting.text(Column.WHEN) == "14:00–14:15"
    assert meeting.text(Column.WHAT).startswith("Interview for Driver at Wayne")


def test_enter_on_a_posting_asks_to_open_it(db: Path, qtbot: QtBot) -> None:
    ids = seed()
    view = make_view(qtbot)
    listed = view.lists[Area.POSTINGS]
    analyst = view.section_item(Section.DEADLINES, "Analyst at Globex")
    listed.setCurrentItem(analyst)
    listed.setFocus()

    with qtbot.waitSignal(view.posting_activated) as opened:
        qtbot.keyClick(listed, Qt.Key.Key_Return)

    assert opened.args == [ids["analyst"]]


def test_a_referral_linked_elsewhere_takes_the_introduction_off(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    ids = seed()
    view = main_window.meetings.week_view
    view._today = lambda: TODAY
    view.refresh()
    loaded(qtbot, view)
    assert "Engineer at Globex" in view.section_texts(Section.INTRODUCTIONS)

    link_person(ids["engineer"], ids["sara"], PostingRole.REFERRED_ME)  # as another panel would

    qtbot.waitUntil(
        lambda: (
            not view.is_loading()
            and view.section_texts(Section.INTRODUCTIONS) == ["Planner at Initech"]
        )
    )


def test_the_strip_shows_last_week_beside_the_campaign(db: Path, qtbot: QtBot) -> None:
    seed()
    view = make_view(qtbot)

    strip = view.numbers
    assert not strip.isHidden()
    assert "Mon 16 Nov" in strip.heading.text() and "Sun 22 Nov" in strip.heading.text()
    applications = strip.tile("applications")
    # Tester (1 November), the rejected Old hat, and this week's two interviews: the
    # campaign's applications, none of them last week's.
    assert (applications.value.text(), applications.total.text()) == ("0", "4 in all")
    interviews = strip.tile("interviews")
    assert (interviews.value.text(), interviews.total.text()) == ("0", "2 in all")
    assert strip.tile("introduced").total.text() == "0 of 4 in all"
    assert strip.tile("per_meeting").value.text() == "– (goal 2)"
    for tile in strip.tiles.values():
        assert tile.toolTip(), tile.name.text()
    assert "applied" in strip.tile("applications").toolTip().lower()


def test_the_strip_wraps_on_a_narrow_page_instead_of_widening_the_window(
    db: Path, qtbot: QtBot
) -> None:
    seed()
    view = make_view(qtbot)
    view.resize(1500, 800)
    view.show()
    qtbot.waitExposed(view)
    strip = view.numbers
    rows = lambda: {tile.y() for tile in strip.tiles.values() if not tile.isHidden()}  # noqa: E731
    qtbot.waitUntil(lambda: len(rows()) == 1)

    view.resize(700, 800)

    qtbot.waitUntil(lambda: len(rows()) > 1)
    assert view.minimumSizeHint().width() <= 700
    for tile in strip.tiles.values():  # every tile whole, none cut off at the right
        assert tile.geometry().right() <= strip.contentsRect().right()
