"""The posting editor: adding and editing a posting with its people and stage in one undoable
save, mistakes shown beside their fields, the history, and whom you know at the company."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.core.postings import PostingInput, add_posting, all_postings, move, read_posting
from netdesk.models import Lead
from netdesk.models.enums import PostingRole, PostingStage
from netdesk.models.records import ContactData, ReferralInfo
from netdesk.ui.postings.editor import PostingEditor, checked_url, edit_posting
from netdesk.ui.shell.main_window import MainWindow

TODAY = date.today()


@pytest.fixture
def people(db: Path) -> dict[str, int]:
    """Ann and Bob work at Globex, Cid used to; Dee referred Ann."""
    dee = create_contact(ContactData(display_name="Dee Dunn", organization="Acme", lead=Lead.WARM))
    return {
        "ann": create_contact(
            ContactData(
                display_name="Ann Archer",
                organization="Globex",
                lead=Lead.WARM,
                referral=ReferralInfo(referrer_id=dee),
            )
        ),
        "bob": create_contact(ContactData(display_name="Bob Baker", organization="Globex")),
        "cid": create_contact(
            ContactData(
                display_name="Cid Carter", organization="Initech", past_employers=["Globex"]
            )
        ),
        "dee": dee,
    }


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.context.writer.busy)


def open_editor(
    qtbot: QtBot, window: MainWindow, posting_id: int | None = None, **kwargs: object
) -> PostingEditor:
    editor = edit_posting(window.context, posting_id, **kwargs)  # type: ignore[arg-type]
    assert editor is not None
    qtbot.waitExposed(editor)
    return editor


def save(qtbot: QtBot, window: MainWindow, editor: PostingEditor) -> None:
    with qtbot.waitSignal(editor.finished):
        assert editor.save()
    settle(qtbot, window)


def test_a_new_posting_is_added_in_one_undoable_step(
    qtbot: QtBot, people: dict[str, int], main_window: MainWindow
) -> None:
    editor = open_editor(qtbot, main_window)
    assert editor.windowTitle() == "New posting"
    assert editor.save_button.text() == "&Add posting"
    qtbot.keyClicks(editor.company, "Globex")
    qtbot.keyClicks(editor.title, "  Data   Analyst ")
    qtbot.keyClicks(editor.url, "jobs.globex.example/42")
    qtbot.keyClicks(editor.location, "Springfield")
    editor.deadline.set_value(TODAY + timedelta(days=10))
    editor.stage.setCurrentIndex(editor.stage.findData(PostingStage.RESEARCHING))
    qtbot.keyClicks(editor.people.picker, "Ann")
    editor.people.role.setCurrentIndex(editor.people.role.findData(PostingRole.TOLD_ME))
    assert editor.people.add_chosen()
    save(qtbot, main_window, editor)

    (posting,) = all_postings()
    assert (posting.company, posting.title, posting.url, posting.location) == (
        "Globex",
        "Data Analyst",
        "https://jobs.globex.example/42",
        "Springfield",
    )
    assert posting.deadline == TODAY + timedelta(days=10)
    assert posting.stage is PostingStage.RESEARCHING
    assert [(p.contact_id, p.role) for p in posting.people] == [
        (people["ann"], PostingRole.TOLD_ME)
    ]
    stack = main_window.context.undo_stack
    assert stack.undoText() == "Add posting “Data Analyst”"
    stack.undo()
    settle(qtbot, main_window)
    assert all_postings() == []
    stack.redo()
    settle(qtbot, main_window)
    (again,) = all_postings()
    assert again.id == posting.id and len(again.people) == 1


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("title", "", "A posting needs a title."),
        ("company", "", "Whom is the job with? Type the company."),
        ("url", "javascript:alert(1)", "The link must be a web address"),
        ("url", "file:///etc/passwd", "The link must be a web address"),
    ],
)
def test_mistakes_are_shown_beside_their_field_and_nothing_is_written(
    qtbot: QtBot, db: Path, main_window: MainWindow, field: str, text: str, message: str
) -> None:
    editor = open_editor(qtbot, main_window)
    values = {"company": "Globex", "title": "Engineer", "url": ""} | {field: text}
    for name, value in values.items():
        getattr(editor, name).setText(value)
    assert not editor.save()
    error = getattr(editor, f"{field}_error")
    assert error.isVisible() and error.text().startswith(message)
    assert editor.focusWidget() is getattr(editor, field)
    assert editor.isVisible() and all_postings() == []
    getattr(editor, field).setText("x")  # typing again clears the message
    assert not error.isVisible()


def test_links_are_web_addresses() -> None:
    assert checked_url("") == ("", True)
    assert checked_url(" https://x.example/a ") == ("https://x.example/a", True)
    assert checked_url("x.example/job?id=1") == ("https://x.example/job?id=1", True)
    assert checked_url("mailto:hr@x.example")[1] is False
    assert checked_url("http://")[1] is False


def test_editing_moves_the_stage_and_changes_people_in_one_undo_step(
    qtbot: QtBot, people: dict[str, int], main_window: MainWindow
) -> None:
    posting_id = add_posting(PostingInput("Globex", "Engineer"), on=TODAY - timedelta(days=5))
    move(posting_id, PostingStage.RESEARCHING, on=TODAY - timedelta(days=2))
    editor = open_editor(qtbot, main_window, posting_id)
    assert editor.windowTitle() == "Posting: Engineer"
    history = [
        editor.history.topLevelItem(i).text(0) for i in range(editor.history.topLevelItemCount())
    ]
    assert history == ["Researching", "Seen"]  # the latest first
    editor.title.setText("Senior Engineer")
    editor.stage.setCurrentIndex(editor.stage.findData(PostingStage.APPLIED))
    assert editor.stage_hint.text() == "Saving moves it from Researching to Applied, dated today."
    editor.people.add(people["bob"], "Bob Baker", PostingRole.REFERRED_ME)
    editor.people.add(people["ann"], "Ann Archer", PostingRole.HIRING_MANAGER)
    assert not editor.people.add(people["ann"], "Ann Archer", PostingRole.HIRING_MANAGER)
    assert editor.people.error.text() == "Ann Archer is already linked as “Hiring manager”."
    save(qtbot, main_window, editor)

    posting = read_posting(posting_id)
    assert posting.title == "Senior Engineer" and posting.stage is PostingStage.APPLIED
    assert [(s.stage, s.on) for s in posting.history][-1] == (PostingStage.APPLIED, TODAY)
    assert {(p.contact_id, p.role) for p in posting.people} == {
        (people["bob"], PostingRole.REFERRED_ME),
        (people["ann"], PostingRole.HIRING_MANAGER),
    }

    editor = open_editor(qtbot, main_window, posting_id)
    editor.people.list.setCurrentItem(editor.people.list.topLevelItem(0))  # Ann, by name
    assert editor.people.remove_current()
    save(qtbot, main_window, editor)
    assert [p.display_name for p in read_posting(posting_id).people] == ["Bob Baker"]

    stack = main_window.context.undo_stack
    stack.undo()
    settle(qtbot, main_window)
    assert {p.display_name for p in read_posting(posting_id).people} == {"Ann Archer", "Bob Baker"}
    stack.undo()
    settle(qtbot, main_window)
    before = read_posting(posting_id)
    assert before.title == "Engineer" and before.stage is PostingStage.RESEARCHING
    assert len(before.history) == 2 and before.people == []


def test_the_company_of_a_posting_can_be_corrected(
    qtbot: QtBot, db: Path, main_window: MainWindow
) -> None:
    posting_id = add_posting(PostingInput("Globx", "Engineer"))
    editor = open_editor(qtbot, main_window, posting_id)
    editor.company.setText("Globex")
    save(qtbot, main_window, editor)
    assert read_posting(posting_id).company == "Globex"
    main_window.context.undo_stack.undo()
    settle(qtbot, main_window)
    assert read_posting(posting_id).company == "Globx"


def test_who_do_i_know_there_shows_the_rings_warm_first(
    qtbot: QtBot, people: dict[str, int], main_window: MainWindow
) -> None:
    editor = open_editor(qtbot, main_window)
    with qtbot.waitSignal(editor.known.rings_shown, timeout=5000):
        editor.company.setText("globex")
    tree = editor.known.tree
    rings = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [r.text(0) for r in rings] == [
        "Works there (2)",
        "Used to work there (1)",
        "One introduction away (1)",
    ]
    assert [rings[0].child(i).text(0) for i in range(rings[0].childCount())] == [
        "Ann Archer",
        "Bob Baker",
    ]
    assert rings[2].child(0).text(0) == "Dee Dunn → Ann Archer"
    assert rings[2].child(0).toolTip(0)  # the opening line for the call
    # Double-clicking someone puts them in the people picker, to link them.
    tree.itemActivated.emit(rings[1].child(0), 0)
    assert editor.people.picker.contact_id() == people["cid"]

    with qtbot.waitSignal(editor.known.rings_shown, timeout=5000):
        editor.company.setText("Umbrella")
    assert editor.known.summary.text().startswith("Umbrella is new to NetDesk")
    assert not editor.known.tree.isVisible()


def test_a_prefilled_editor_says_where_its_fields_came_from(
    qtbot: QtBot, db: Path, main_window: MainWindow
) -> None:
    prefill = PostingInput("", "Backend Developer - Jobs", url="https://careers.example/42")
    editor = open_editor(
        qtbot, main_window, prefill=prefill, notice="No posting data in page.html."
    )
    assert editor.notice.isVisible() and editor.notice.text() == "No posting data in page.html."
    assert editor.title.text() == "Backend Developer - Jobs"
    assert editor.url.text() == "https://careers.example/42"
    assert editor.focusWidget() is editor.company  # what the page could not say


def test_one_editor_at_a_time_and_a_gone_posting_is_said(
    qtbot: QtBot, db: Path, main_window: MainWindow
) -> None:
    first = open_editor(qtbot, main_window)
    assert edit_posting(main_window.context) is first
    first.reject()
    qtbot.waitUntil(lambda: not first.isVisible())
    assert edit_posting(main_window.context, 999) is None
    assert "no longer there" in main_window.statusBar().currentMessage()


def test_escape_closes_without_saving(qtbot: QtBot, db: Path, main_window: MainWindow) -> None:
    editor = open_editor(qtbot, main_window)
    editor.title.setText("Engineer")
    with qtbot.waitSignal(editor.finished):
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert all_postings() == []
