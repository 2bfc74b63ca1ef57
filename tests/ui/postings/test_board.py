"""The Postings page's board in the window: cards in their stage's column with counts, a drop
on another column or a closed stage, Ctrl+Left/Right, the context menu's Move to and Delete,
each undone with Ctrl+Z; Enter edits; the empty state; dropped job pages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QMimeData, QPoint, QPointF, QRect, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QPainter,
)
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.posting_list import PostingRow
from netdesk.core.postings import read_posting
from netdesk.models.enums import PostingStage
from netdesk.ui.postings.board import CardList, FitLabel, PostingBoard
from netdesk.ui.postings.cards import CardDelegate, CardModel, short_day
from netdesk.ui.postings.page import PostingsPage
from netdesk.ui.shell.main_window import MainWindow
from tests.ui.postings.conftest import open_page


def titles(view: CardList) -> list[str]:
    model = view.card_model()
    return [card.title for card in model.cards()]


def stage(posting_id: int) -> PostingStage:
    return read_posting(posting_id).stage


def settle(qtbot: QtBot, window: MainWindow, page: PostingsPage) -> None:
    qtbot.waitUntil(lambda: not window.writer.busy)
    qtbot.waitUntil(lambda: not page.board.loading and not page._watch.pending)


def drop(target: QWidget, mime: QMimeData) -> None:
    """A drag entering ``target`` and dropped there, as the drag manager delivers them."""
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)


def test_cards_sit_in_their_stages_column_with_counts(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int]
) -> None:
    page = open_page(qtbot, main_window)
    board = page.board
    assert page.views.currentWidget() is board
    assert titles(board.list_of(PostingStage.SEEN)) == ["Engineer"]
    assert titles(board.list_of(PostingStage.RESEARCHING)) == ["Designer"]
    assert titles(board.list_of(PostingStage.APPLIED)) == ["Analyst"]
    assert titles(board.closed.list) == ["Writer"]
    assert board.columns[PostingStage.APPLIED].header.text() == "Applied (1)"
    assert board.columns[PostingStage.OFFER].header.text() == "Offer (0)"
    assert board.closed.toggle.text() == "Closed (1)"
    assert board.closed.stages[PostingStage.REJECTED].label.text() == "Rejected: 1"
    analyst = board.card(postings["analyst"])
    assert analyst is not None and analyst.people == 1
    assert page.count.text() == "4 postings"


def test_a_card_dropped_on_another_column_moves_and_ctrl_z_puts_it_back(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int]
) -> None:
    page = open_page(qtbot, main_window)
    board = page.board
    seen = board.list_of(PostingStage.SEEN)
    mime = seen.card_model().mimeData([seen.model().index(0, 0)])
    drop(board.columns[PostingStage.INTERVIEWING], mime)
    # Shown there at once, before the write comes back.
    assert titles(board.list_of(PostingStage.INTERVIEWING)) == ["Engineer"]
    settle(qtbot, main_window, page)
    assert stage(postings["engineer"]) is PostingStage.INTERVIEWING
    assert titles(board.list_of(PostingStage.SEEN)) == []
    assert [s.stage for s in read_posting(postings["engineer"]).history][-1] == (
        PostingStage.INTERVIEWING
    )
    main_window.undo_action.trigger()
    settle(qtbot, main_window, page)
    assert stage(postings["engineer"]) is PostingStage.SEEN
    assert titles(board.list_of(PostingStage.SEEN)) == ["Engineer"]


def test_a_card_dropped_on_a_closed_stage_even_when_the_group_is_shut(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int]
) -> None:
    page = open_page(qtbot, main_window)
    board = page.board
    assert not board.closed.expanded
    applied = board.list_of(PostingStage.APPLIED)
    mime = applied.card_model().mimeData([applied.model().index(0, 0)])
    drop(board.closed.stages[PostingStage.WITHDRAWN], mime)
    settle(qtbot, main_window, page)
    assert stage(postings["analyst"]) is PostingStage.WITHDRAWN
    assert board.closed.stages[PostingStage.WITHDRAWN].label.text() == "Withdrawn: 1"
    # Something that is no card changes nothing.
    other = QMimeData()
    other.setText("Analyst")
    drop(board.columns[PostingStage.SEEN], other)
    settle(qtbot, main_window, page)
    assert stage(postings["analyst"]) is PostingStage.WITHDRAWN


def test_ctrl_right_and_left_move_the_focused_card(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int]
) -> None:
    main_window.show()
    page = open_page(qtbot, main_window)
    board = page.board
    assert board.select(postings["analyst"], focus=True)
    view = board.list_of(PostingStage.APPLIED)
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert titles(board.list_of(PostingStage.INTERVIEWING)) == ["Analyst"]
    settle(qtbot, main_window, page)
    assert stage(postings["analyst"]) is PostingStage.INTERVIEWING
    # The moved card keeps the focus, so a second press moves it on.
    moved = board.list_of(PostingStage.INTERVIEWING)
    qtbot.waitUntil(moved.hasFocus)
    assert board.current_card() is not None and board.current_card().id == postings["analyst"]
    qtbot.keyClick(moved, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, main_window, page)
    assert stage(postings["analyst"]) is PostingStage.APPLIED
    main_window.undo_action.trigger()
    settle(qtbot, main_window, page)
    assert stage(postings["analyst"]) is PostingStage.INTERVIEWING
    # Past the last open stage, the card goes into the Closed group, which opens.
    board.select(postings["analyst"], focus=True)
    qtbot.keyClick(
        board.list_of(PostingStage.INTERVIEWING),
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier,
    )
    settle(qtbot, main_window, page)
    board.select(postings["analyst"], focus=True)
    qtbot.keyClick(
        board.list_of(PostingStage.OFFER), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
    )
    settle(qtbot, main_window, page)
    assert stage(postings["analyst"]) is PostingStage.ACCEPTED
    assert board.closed.expanded


def test_enter_and_the_context_menu(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int]
) -> None:
    main_window.show()
    page = open_page(qtbot, main_window)
    board = page.board
    board.select(postings["designer"], focus=True)
    view = board.list_of(PostingStage.RESEARCHING)
    with qtbot.waitSignal(page.edit_requested) as edit:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert edit.args == [postings["designer"]]
    card = board.card(postings["designer"])
    assert card is not None
    menu = page.menu_for(card)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Edit...", "Open &link", "&Move to", "&Who do I know there?", "&Delete"]
    move_menu = menu.actions()[2].menu()
    stages = {a.text(): a for a in move_menu.actions()}
    assert not stages["Researching"].isEnabled()
    with qtbot.waitSignal(page.company_requested) as company:
        menu.actions()[3].trigger()
    assert company.args == [read_posting(postings["designer"]).company_id]
    stages["Offer"].trigger()
    settle(qtbot, main_window, page)
    assert stage(postings["designer"]) is PostingStage.OFFER
    # Only an http or https address opens.
    writer = board.card(postings["writer"])
    assert writer is not None
    assert not page.menu_for(writer).actions()[1].isEnabled()
    assert not page.open_link(writer)


def test_delete_is_undoable(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int]
) -> None:
    page = open_page(qtbot, main_window)
    card = page.board.card(postings["analyst"])
    assert card is not None
    page.menu_for(card).actions()[-1].trigger()
    settle(qtbot, main_window, page)
    assert page.board.card(postings["analyst"]) is None
    main_window.undo_action.trigger()
    settle(qtbot, main_window, page)
    restored = read_posting(postings["analyst"])
    assert restored.stage is PostingStage.APPLIED and len(restored.people) == 1
    assert page.board.card(postings["analyst"]) is not None


def test_search_and_stage_filter_narrow_the_board(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int]
) -> None:
    page = open_page(qtbot, main_window)
    board = page.board
    page.search.setText("globex")
    qtbot.waitUntil(lambda: not board.loading and board.total == 2)
    assert titles(board.list_of(PostingStage.SEEN)) == ["Engineer"]
    assert titles(board.closed.list) == ["Writer"]
    page.search.clear()
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("open"))
    qtbot.waitUntil(lambda: not board.loading and board.total == 3)
    assert titles(board.closed.list) == []


def test_an_empty_database_offers_the_three_ways_in(qtbot: QtBot, main_window: MainWindow) -> None:
    page = open_page(qtbot, main_window)
    assert page.views.currentWidget() is page.empty
    assert not page.search.isEnabled()
    with qtbot.waitSignal(page.new_requested):
        page.empty.new_button.click()
    with qtbot.waitSignal(page.paste_requested):
        page.empty.paste_button.click()
    with qtbot.waitSignal(page.new_requested):
        page.new_action.trigger()


def test_dropped_job_pages_are_asked_to_be_read(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int], tmp_path: Path
) -> None:
    page = open_page(qtbot, main_window)
    html, vcf = tmp_path / "Job.HTML", tmp_path / "people.vcf"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(html)), QUrl.fromLocalFile(str(vcf))])
    with qtbot.waitSignal(page.open_pages_requested) as asked:
        drop(page, mime)
    assert asked.args == [[html]]


def test_the_board_is_a_model_view_at_two_thousand_postings(qtbot: QtBot, db: Path) -> None:
    board = PostingBoard()
    qtbot.addWidget(board)
    cards = [
        PostingRow(
            i, f"Job {i}", 1, "Globex", list(PostingStage)[i % 11], "", "", None, None, None, 0
        )
        for i in range(2000)
    ]
    board.set_cards(cards)
    board.show()
    assert board.total == 2000
    assert sum(v.model().rowCount() for v in board.lists()) == 2000
    assert len(board.findChildren(QWidget)) < 200  # painted cards, not widgets
    assert board.list_of(PostingStage.SEEN).indexAt(QPoint(20, 20)).isValid()


# Fitting the window ------------------------------------------------------------------------------


def _span(widget: QWidget, viewport: QWidget) -> tuple[int, int]:
    """Where ``widget`` starts and ends across ``viewport``."""
    left = widget.mapTo(viewport, QPoint(0, 0)).x()
    return left, left + widget.width()


def _sized(qtbot: QtBot, window: MainWindow, width: int, height: int) -> PostingsPage:
    window.resize(width, height)
    window.show()
    page = open_page(qtbot, window)
    qtbot.waitUntil(lambda: window.width() == width and page.board.width() > 0)
    QApplication.processEvents()
    return page


def test_at_1280_pixels_every_column_and_the_closed_group_are_on_screen(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int]
) -> None:
    page = _sized(qtbot, main_window, 1280, 800)
    board = page.board
    viewport = board.scroll_area.viewport()
    for expanded in (False, True):
        board.closed.set_expanded(expanded)
        QApplication.processEvents()
        assert board.scroll_area.horizontalScrollBar().maximum() == 0
        shown: list[QWidget] = [c.header for c in board.columns.values()]
        shown += [board.closed.toggle, *board.closed.stages.values()]
        for widget in shown:
            left, right = _span(widget, viewport)
            assert left >= 0 and right <= viewport.width(), widget
        # Every count can be read.
        for column in board.columns.values():
            assert column.header.shown_text().endswith(f"({column.model.rowCount()})")
        assert board.closed.stages[PostingStage.REJECTED].label.shown_text().endswith(": 1")
    # Open, the Closed group is a column like the others, and its cards fit it.
    widths = {c.width() for c in board.columns.values()} | {board.closed.width()}
    assert max(widths) - min(widths) <= 1
    closed = board.closed.list
    assert closed.card_delegate().width <= closed.viewport().width()


def test_at_1920_pixels_the_columns_share_the_room(
    qtbot: QtBot, main_window: MainWindow, postings: dict[str, int]
) -> None:
    page = _sized(qtbot, main_window, 1280, 800)
    narrow = page.board.columns[PostingStage.SEEN].width()
    page = _sized(qtbot, main_window, 1920, 1080)
    board = page.board
    board.closed.set_expanded(False)
    QApplication.processEvents()
    viewport = board.scroll_area.viewport()
    widths = [c.width() for c in board.columns.values()]
    assert max(widths) - min(widths) <= 1 and min(widths) > narrow + 80
    assert board.closed.width() < min(widths)  # shut, it takes what its names need
    # The columns and the group fill the board, with no empty room at the right.
    assert viewport.width() - _span(board.closed, viewport)[1] <= 2
    seen = board.list_of(PostingStage.SEEN)
    assert seen.card_delegate().width == seen.viewport().width()


def test_cards_follow_the_column_when_its_scroll_bar_shows(qtbot: QtBot) -> None:
    board = PostingBoard()
    qtbot.addWidget(board)
    board.resize(1100, 400)
    board.closed.set_expanded(True)
    board.show()
    qtbot.waitExposed(board)
    closed = [
        PostingRow(i, f"Job {i}", 1, "Globex", PostingStage.REJECTED, "", "", None, None, None, 0)
        for i in range(30)
    ]
    board.set_cards(closed)
    view = board.closed.list
    qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible())
    QApplication.processEvents()
    assert view.card_delegate().width == view.viewport().width()
    assert view.visualRect(view.model().index(0, 0)).right() < view.viewport().width()


def test_a_header_shortens_the_stage_name_and_keeps_the_count(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = FitLabel(parent)
    label.show_text("Im Auswahlverfahren (12)", "Im Auswahlverfahren")
    parent.show()
    label.resize(label.fontMetrics().horizontalAdvance("Im Auswahlverfahren (12)") + 4, 20)
    assert label.shown_text() == "Im Auswahlverfahren (12)" and label.toolTip() == ""
    label.resize(label.fontMetrics().horizontalAdvance("Im Auswahl (12)"), 20)
    shown = label.shown_text()
    assert shown.startswith("Im Ausw") and shown.endswith("… (12)")
    assert label.toolTip() == label.text() == "Im Auswahlverfahren (12)"


# The cards -------------------------------------------------------------------------------------

TODAY = date.today()


def posting(
    title: str = "Engineer",
    *,
    stage: PostingStage = PostingStage.SEEN,
    deadline: date | None = None,
    last_step: date | None = None,
    people: int = 0,
) -> PostingRow:
    return PostingRow(1, title, 1, "Globex", stage, "Berlin", "", None, deadline, last_step, people)


def bold(font: QFont) -> QFont:
    heavy = QFont(font)
    heavy.setBold(True)
    return heavy


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_a_title_takes_two_lines_before_it_is_cut_and_only_a_cut_title_has_a_tooltip() -> None:
    font = QApplication.font()
    delegate = CardDelegate()
    # Room for "Coordinator" but not for "Project Coordinator" on one line.
    whole = QFontMetrics(bold(font)).horizontalAdvance("Project Coordinator")
    delegate.width = whole * 3 // 4 + 20
    title = QPoint(20, 14)
    short = delegate.card_layout(posting("Teacher"), font)
    assert short.title == ["Teacher"] and not short.title_cut
    assert delegate.tooltip(posting("Teacher"), font, title) == ""
    two = delegate.card_layout(posting("Project Coordinator"), font)
    assert two.title == ["Project", "Coordinator"] and not two.title_cut
    assert delegate.tooltip(posting("Project Coordinator"), font, title) == ""
    assert two.height > short.height
    assert delegate.card_height(posting("Project Coordinator"), font) == two.height
    name = "Senior Principal Project Coordinator, International Logistics"
    cut = delegate.card_layout(posting(name), font)
    assert len(cut.title) == 2 and cut.title[1].endswith("…") and cut.title_cut
    assert cut.height == two.height  # never more than two lines
    assert delegate.tooltip(posting(name), font, title) == f"{name}\nGlobex · Berlin"


def test_a_tooltip_shows_over_a_cut_title_in_the_column_and_not_over_a_whole_one(
    qtbot: QtBot,
) -> None:
    board = PostingBoard()
    qtbot.addWidget(board)
    board.resize(1100, 600)
    board.show()
    qtbot.waitExposed(board)
    name = "Senior Principal Project Coordinator for International Logistics and Supply"
    board.set_cards([posting(name), replace_id(posting("Teacher"), 2)])
    view = board.list_of(PostingStage.SEEN)
    QApplication.processEvents()

    def tip_at(row: int) -> str:
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible())
        rect = view.visualRect(view.model().index(row, 0))
        spot = rect.topLeft() + QPoint(24, 14)
        event = QHelpEvent(QEvent.Type.ToolTip, spot, view.viewport().mapToGlobal(spot))
        QApplication.sendEvent(view.viewport(), event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert tip_at(1) == ""
    assert tip_at(0).startswith(name)
    QToolTip.hideText()


def replace_id(card: PostingRow, posting_id: int) -> PostingRow:
    from dataclasses import replace

    return replace(card, id=posting_id)


def test_short_dates_in_the_users_language(locale: None) -> None:
    day, this_year = date(2026, 12, 21), date(2026, 3, 1)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert short_day(day, this_year) == "21 Dec"
    assert short_day(day, date(2025, 3, 1)) == "21 Dec 2026"
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert short_day(day, this_year) == "21. Dez."
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert short_day(day, this_year) == "Dec 21"


def error_pixels(delegate: CardDelegate, card: PostingRow) -> int:
    """How many pixels of the painted card are in the error colour, or nearly."""
    from netdesk.ui.theme import meaning_colours

    model = CardModel()
    model.set_cards([card])
    option = QStyleOptionViewItem()
    option.font = QApplication.font()
    option.palette = QApplication.palette()
    option.rect = QRect(0, 0, delegate.width, delegate.card_height(card, option.font))
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    error = QColor(meaning_colours().error)
    found = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            distance = abs(pixel.red() - error.red()) + abs(pixel.green() - error.green())
            found += distance + abs(pixel.blue() - error.blue()) < 60
    return found


def test_deadlines_and_last_steps_read_short(locale: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    font = QApplication.font()
    delegate = CardDelegate()
    delegate.width = 400
    passed_on = TODAY - timedelta(days=3)
    passed = posting(deadline=passed_on, last_step=TODAY - timedelta(days=5), people=3)
    layout = delegate.card_layout(passed, font)
    assert layout.status == [f"Deadline passed {short_day(passed_on)}"]
    assert layout.status_meaning == "overdue" and layout.urgent
    assert layout.since == "5 days ago" and layout.people == "3"
    later = TODAY + timedelta(days=30)
    far = delegate.card_layout(posting(deadline=later, last_step=TODAY), font)
    assert far.status == [f"Deadline {short_day(later)}"] and far.status_meaning is None
    assert "Mon" not in far.status[0] and far.since == "Today"
    soon = delegate.card_layout(posting(deadline=TODAY + timedelta(days=2)), font)
    assert soon.urgent and soon.status_meaning == "deadline"
    yesterday = delegate.card_layout(posting(last_step=TODAY - timedelta(days=1)), font)
    assert yesterday.status == ["No deadline"] and yesterday.since == "Yesterday"
    closed = delegate.card_layout(posting(stage=PostingStage.REJECTED, deadline=passed_on), font)
    assert closed.status == ["Rejected"] and not closed.urgent
    # The passed deadline is painted in the error colour (beside its icon); a far one is not.
    assert error_pixels(delegate, passed) > 20
    assert error_pixels(delegate, posting(deadline=later)) == 0
    # Hovering the people count says what it counts.
    bottom = layout.height - 16
    assert delegate.tooltip(passed, font, QPoint(delegate.width - 20, bottom)) == (
        "3 people linked"
    )
    assert delegate.tooltip(passed, font, QPoint(20, bottom)).startswith("Last step ")


def test_a_passed_deadline_in_a_narrow_column_takes_two_lines_rather_than_being_cut() -> None:
    font = QApplication.font()
    delegate = CardDelegate()
    delegate.width = 150
    card = posting(deadline=TODAY - timedelta(days=3))
    layout = delegate.card_layout(card, font)
    assert layout.status[0].startswith("Deadline passed") and not layout.status_cut
    assert " ".join(layout.status) == f"Deadline passed {short_day(card.deadline or TODAY)}"
