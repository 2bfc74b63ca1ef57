"""The Postings page's board in the window: cards in their stage's column with counts, a drop
on another column or a closed stage, Ctrl+Left/Right, the context menu's Move to and Delete,
each undone with Ctrl+Z; Enter edits; the empty state; dropped job pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.postings import read_posting
from netdesk.models.enums import PostingStage
from netdesk.ui.postings.board import CardList, PostingBoard
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
    from netdesk.core.posting_list import PostingRow

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
