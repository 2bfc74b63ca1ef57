"""The demo network opens in a file of its own: never into a database with the user's contacts,
the title says it is the demo, and File > Open database brings the user back."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact
from netdesk.models import store
from netdesk.models.records import ContactData
from netdesk.ui.shell.demo import DemoNetwork
from netdesk.ui.shell.main_window import MainWindow
from tests.ui.shell.test_main_window import wait_complete


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """NetDesk's data folder, in the test's own temporary folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder / "NetDesk"


def _names_in(path: Path) -> list[str]:
    """Everyone in ``path``, read on a connection of its own (the window has another open)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT display_name FROM contact ORDER BY id")]
    finally:
        conn.close()


def _open_demo(qtbot: QtBot, window: MainWindow) -> None:
    window.open_demo_network()
    qtbot.waitUntil(lambda: window.count_label.text().startswith("60 contacts"), timeout=20_000)


def test_the_demo_opens_in_its_own_private_file_and_the_user_comes_back(
    qtbot: QtBot, main_window: MainWindow, db: Path, data_folder: Path
) -> None:
    own = db
    qtbot.mouseClick(main_window.empty_panel.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.stack.currentWidget() is main_window.table_page,
                    timeout=20_000)  # fmt: skip
    demo_file = data_folder / "demo.sqlite"
    assert store.path == demo_file
    assert stat.S_IMODE(demo_file.stat().st_mode) == 0o600
    assert main_window.windowTitle() == "Demo network (demo.sqlite) - NetDesk"
    wait_complete(qtbot, main_window)
    assert main_window.model.rowCount() == 60
    # The table fills as the demo is written; the demo is made once its worker has finished.
    filling = main_window.findChild(DemoNetwork)
    qtbot.waitUntil(lambda: filling is not None and not filling.running, timeout=20_000)

    assert main_window.open_database(own)  # File > Open database
    qtbot.waitUntil(lambda: main_window.stack.currentWidget() is main_window.empty_panel)
    assert main_window.windowTitle() == "netdesk.sqlite - NetDesk"
    assert main_window.count_label.text().startswith("0 contacts")

    # Again: the demo as it was left (not a second network on top of it).
    main_window.open_demo_network()
    assert store.path == demo_file
    qtbot.waitUntil(lambda: main_window.count_label.text().startswith("60 contacts"))
    wait_complete(qtbot, main_window)
    assert main_window.model.rowCount() == 60


def test_a_database_with_the_users_contacts_is_never_written_to(
    qtbot: QtBot, main_window: MainWindow, db: Path, data_folder: Path
) -> None:
    create_contact(ContactData(display_name="My Own Friend"))
    main_window.refresh()
    qtbot.waitUntil(lambda: main_window.count_label.text().startswith("1 contact"))
    _open_demo(qtbot, main_window)
    assert store.path == data_folder / "demo.sqlite"
    assert len(_names_in(data_folder / "demo.sqlite")) == 60
    assert _names_in(db) == ["My Own Friend"]
    assert main_window.open_database(db)
    qtbot.waitUntil(lambda: main_window.count_label.text().startswith("1 contact - "))
    assert main_window.windowTitle() == "netdesk.sqlite - NetDesk"
