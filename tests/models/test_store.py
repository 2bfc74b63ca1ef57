"""The store: one owner of the open database, and the change events its commits produce."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from netdesk.models import Changes, Contact, Topic, database, store
from netdesk.models.store import EVERYTHING

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def events() -> list[Changes]:
    seen: list[Changes] = []
    unsubscribe = store.changes.subscribe(seen.append)
    yield seen
    unsubscribe()


def _add(name: str) -> int:
    return int(
        Contact.create(uid=name, display_name=name, sort_name=name, date_added="2026-12-01").id
    )


def test_open_reports_the_file_and_switching_says_so(tmp_path: Path) -> None:
    switched: list[Path | None] = []
    unsubscribe = store.switched.subscribe(switched.append)
    try:
        store.open(tmp_path / "a.sqlite")
        assert store.path == tmp_path / "a.sqlite"
        store.open(tmp_path / "b.sqlite")
        assert store.path == tmp_path / "b.sqlite"
        assert switched == [tmp_path / "a.sqlite", tmp_path / "b.sqlite"]
    finally:
        unsubscribe()
        store.close()


def test_a_commit_reports_what_its_writer_said(db: Path, events: list[Changes]) -> None:
    with database.atomic():
        new = _add("Ada")
        store.changed(Topic.CONTACTS, [new])
        store.changed(Topic.TASKS)
        assert events == []  # nothing before the commit
    assert len(events) == 1
    assert events[0].ids(Topic.CONTACTS) == frozenset({new})
    assert Topic.TASKS in events[0] and events[0].ids(Topic.TASKS) is None
    assert Topic.MEETINGS not in events[0]
    assert not events[0].external


def test_a_rolled_back_transaction_reports_nothing(db: Path, events: list[Changes]) -> None:
    with pytest.raises(RuntimeError), database.atomic():
        store.changed(Topic.CONTACTS, [_add("Ada")])
        raise RuntimeError("give up")
    assert events == []
    assert Contact.select().count() == 0


def test_a_write_nobody_described_reports_everything(db: Path, events: list[Changes]) -> None:
    with database.atomic():
        _add("Ada")
    assert [e.topics for e in events] == [EVERYTHING]
    with database.atomic():
        pass  # wrote nothing: nothing to report
    assert len(events) == 1


def test_a_worker_commit_is_ours_not_another_programs(db: Path, events: list[Changes]) -> None:
    store.open(db)
    assert store.poll_external() is False

    def work() -> None:
        try:
            with database.atomic():
                store.changed(Topic.CONTACTS, [_add("Ada")])
        finally:
            store.release_thread()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert len(events) == 1 and not events[0].external
    assert store.poll_external() is False  # our own write is not reported again
    assert len(events) == 1


def test_another_process_commit_arrives_as_an_external_change(
    db: Path, events: list[Changes]
) -> None:
    store.open(db)
    assert store.poll_external() is False
    code = (
        "import sys; from netdesk.models import init_db, Contact, database; init_db(sys.argv[1]);"
        "Contact.create(uid='x', display_name='X', sort_name='x', date_added='2026-12-01')"
    )
    subprocess.run([sys.executable, "-c", code, str(db)], check=True, cwd=ROOT)
    assert store.poll_external() is True
    assert events[-1].external and events[-1].topics == EVERYTHING
    assert store.poll_external() is False


def test_another_process_commit_just_before_ours_is_not_lost(
    db: Path, events: list[Changes]
) -> None:
    """Marking our own commit as seen must not swallow one made by someone else before it."""
    store.open(db)
    store.poll_external()
    code = (
        "import sys; from netdesk.models import init_db, Contact; init_db(sys.argv[1]);"
        "Contact.create(uid='x', display_name='X', sort_name='x', date_added='2026-12-01')"
    )
    subprocess.run([sys.executable, "-c", code, str(db)], check=True, cwd=ROOT)
    with database.atomic():
        store.changed(Topic.CONTACTS, [_add("Ada")])
    assert any(e.external for e in events), events
    assert not events[-1].external


def test_a_failing_listener_does_not_undo_the_write(db: Path, events: list[Changes]) -> None:
    def broken(_changes: Changes) -> None:
        raise ValueError("listener bug")

    unsubscribe = store.changes.subscribe(broken)
    try:
        with database.atomic():
            store.changed(Topic.CONTACTS, [_add("Ada")])
    finally:
        unsubscribe()
    assert Contact.select().count() == 1
    assert len(events) == 1


def test_a_transaction_around_several_writers_reports_once_or_not_at_all(
    db: Path, events: list[Changes]
) -> None:
    with store.transaction():
        first = _add("Ada")
        store.changed(Topic.CONTACTS, [first])
        with store.transaction():  # a writer's own transaction: a savepoint in the outer one
            second = _add("Bob")
            store.changed(Topic.CONTACTS, [second])
            store.changed(Topic.TASKS, [7])
        assert events == []
    assert [e.topics for e in events] == [
        {Topic.CONTACTS: frozenset({first, second}), Topic.TASKS: frozenset({7})}
    ]
    with pytest.raises(RuntimeError), store.transaction():
        store.changed(Topic.CONTACTS, [_add("Cem")])
        raise RuntimeError("a rule refused")
    assert len(events) == 1
    assert Contact.select().count() == 2
