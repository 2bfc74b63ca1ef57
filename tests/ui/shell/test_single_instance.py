"""Single instance: a second launch hands its files to the running NetDesk and exits.

The second launch is always a real process (it blocks while it waits for the answer, so it
cannot share the event loop of the instance that answers).
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk import APP_ID
from netdesk.models import store
from netdesk.running import _user, socket_folder
from netdesk.ui.shell.app import connect_single_instance
from netdesk.ui.shell.main_window import MainWindow
from netdesk.ui.shell.single_instance import HandOver, SingleInstance, hand_over, server_name

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "netdesk" / "resources" / "samples" / "self-test.vcf"


@pytest.fixture
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A short private XDG_RUNTIME_DIR (socket paths are limited to about 100 bytes)."""
    path = Path(tempfile.mkdtemp(prefix="nd-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(path))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def instance(runtime_dir: Path, db_path: Path) -> Iterator[SingleInstance]:
    inst = SingleInstance()
    assert inst.listen(db_path)
    yield inst
    inst.close()


@pytest.fixture
def no_runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No $XDG_RUNTIME_DIR (su, cron, ssh without a session): NetDesk finds its own folder.

    Yields a short $XDG_CACHE_HOME, as a home folder's would be.
    """
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    cache = Path(tempfile.mkdtemp(prefix="nd-"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    yield cache
    shutil.rmtree(cache, ignore_errors=True)


@pytest.fixture
def shared_tmp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temporary folder every user may write to, like /tmp, as Qt's $TMPDIR."""
    path = Path(tempfile.mkdtemp(prefix="nd-", dir="/tmp"))
    path.chmod(0o1777)
    monkeypatch.setenv("TMPDIR", str(path))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def no_private_folder(no_runtime_dir: Path, shared_tmp: Path) -> Path:
    """Nowhere private for the socket (the cache folder is open to others): a plain name."""
    folder = no_runtime_dir / "NetDesk" / "instances"
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    assert socket_folder() is None
    return shared_tmp


def test_netdesks_cache_folder_is_closed_to_others(no_runtime_dir: Path) -> None:
    """The socket's folder and NetDesk's cache folder around it: 0700, whatever the umask."""
    folder = socket_folder()
    assert folder == no_runtime_dir / "NetDesk" / "instances"
    for path in (folder, folder.parent):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700, path


def _old_name(db: Path, folder: Path) -> Path:
    """Where NetDesk used to put the socket without $XDG_RUNTIME_DIR: easy to guess."""
    digest = hashlib.sha256(str(db.resolve()).encode()).hexdigest()[:16]
    return folder / f"{APP_ID}-{_user()}-{digest}"


def _nobody() -> tuple[int, int] | None:
    try:
        import pwd

        entry = pwd.getpwnam("nobody")
    except (ImportError, KeyError):
        return None
    return entry.pw_uid, entry.pw_gid


_NOBODY = _nobody()


@functools.cache
def _python_for_nobody() -> str | None:
    """A Python the user ``nobody`` can run (ours may sit in root's home), or None."""
    if _NOBODY is None or not sys.platform.startswith("linux") or os.geteuid() != 0:
        return None
    for exe in dict.fromkeys([sys.executable, "/usr/bin/python3", shutil.which("python3")]):
        try:
            done = subprocess.run(
                [exe or "", "-I", "-c", "pass"], cwd="/", capture_output=True, **_as_nobody()
            )
        except OSError:  # not allowed to run it
            continue
        if done.returncode == 0:
            return exe
    return None


def _as_nobody() -> dict[str, object]:
    assert _NOBODY is not None
    return {"user": _NOBODY[0], "group": _NOBODY[1], "extra_groups": []}


@pytest.fixture
def another_user() -> str:
    """A Python interpreter that runs as the user nobody: needs root on Linux."""
    exe = _python_for_nobody()
    if exe is None:
        pytest.skip(
            "needs root on Linux and a Python the user nobody can run, to test another user"
        )
    return exe


_SQUATTER = r"""
import os, socket, sys
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(sys.argv[1])
os.chmod(sys.argv[1], 0o777)
server.listen(8)
print("listening", flush=True)
while True:
    conn, _ = server.accept()
    conn.settimeout(5)
    try:
        print(repr(conn.recv(1 << 20)), flush=True)
        conn.sendall(b"ok\n")
    except OSError:
        pass
    conn.close()
"""


def _squatter(path: Path, as_nobody: str | None = None) -> subprocess.Popen[str]:
    """A plain Python program listening on ``path`` first, printing whatever it receives.

    ``as_nobody`` is an interpreter to run it with as the user nobody.
    """
    exe = as_nobody or sys.executable
    squatter = subprocess.Popen(
        [exe, "-I", "-c", _SQUATTER, str(path)],
        cwd="/",
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **(_as_nobody() if as_nobody else {}),  # type: ignore[arg-type]
    )
    assert squatter.stdout is not None
    assert squatter.stdout.readline() == "listening\n", squatter.communicate()
    return squatter


def _received(squatter: subprocess.Popen[str]) -> str:
    squatter.terminate()
    return squatter.communicate(timeout=10)[0]


def _second_launch(db: Path, *files: Path, timeout_ms: int = 5000) -> subprocess.Popen[str]:
    """Another process calling hand_over, as ``netdesk FILE`` does before anything else."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from netdesk.ui.shell.single_instance import hand_over\n"
        "files = [Path(f) for f in sys.argv[1:]]\n"
        f"print(hand_over(Path({str(db)!r}), files, {timeout_ms}).value)\n"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, *map(str, files)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _app_process(db: Path, *args: str, home: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    return subprocess.Popen(
        [sys.executable, "-m", "netdesk", "--db", str(db), *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_until_listening(db: Path, process: subprocess.Popen[str], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        if hand_over(db) is HandOver.DELIVERED:
            return
        time.sleep(0.1)
    raise AssertionError("the first NetDesk never started listening")


def _stop(process: subprocess.Popen[str], crash: bool = False) -> None:
    if crash:
        process.kill()
    else:
        process.terminate()
    process.communicate(timeout=10)


def _finish(process: subprocess.Popen[str], seconds: float = 30) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=seconds)
    return process.returncode, out, err


def test_server_name_is_app_user_and_database(runtime_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "campaign.sqlite"
    name = server_name(db)
    assert Path(name).parent == runtime_dir and Path(name).name.startswith(APP_ID + "-")
    assert len(name.encode()) < 100
    link = tmp_path / "link.sqlite"
    link.symlink_to(db)
    assert server_name(link) == name  # the same file, however it is named
    os.chdir(tmp_path)
    assert server_name(Path("campaign.sqlite")) == name
    assert server_name(tmp_path / "other.sqlite") != name


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes, no folder")
def test_without_a_runtime_dir_the_socket_is_in_a_folder_only_the_user_can_enter(
    qapp: QApplication, no_runtime_dir: Path, db_path: Path
) -> None:
    folder = no_runtime_dir / "NetDesk" / "instances"
    assert Path(server_name(db_path)).parent == folder
    info = folder.lstat()
    assert info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) == 0o700
    inst = SingleInstance()
    try:
        assert inst.listen(db_path) and Path(inst.name).parent == folder
    finally:
        inst.close()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes, no folder")
@pytest.mark.parametrize("flaw", ["open to others", "someone else's"])
def test_a_folder_others_can_enter_or_made_by_someone_else_is_not_used(
    flaw: str, no_runtime_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    if flaw == "someone else's" and (_NOBODY is None or os.geteuid() != 0):
        pytest.skip("needs root, to make a folder that belongs to the user nobody")

    def spoil(folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if flaw == "open to others":
            folder.chmod(0o755)
        else:
            assert _NOBODY is not None
            folder.chmod(0o700)
            os.chown(folder, *_NOBODY)

    runtime = no_runtime_dir / "run"
    spoil(runtime)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    db = tmp_path / "campaign.sqlite"
    assert Path(server_name(db)).parent == no_runtime_dir / "NetDesk" / "instances"
    spoil(no_runtime_dir / "NetDesk" / "instances")
    assert socket_folder() is None
    assert Path(server_name(db)).parent == Path(".")  # a plain name, checked on every connection


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Unix socket files")
@pytest.mark.slow
def test_a_squatter_on_the_old_name_gets_nothing_and_the_app_starts(
    no_runtime_dir: Path, shared_tmp: Path, tmp_path: Path
) -> None:
    """Another program bound the name NetDesk used to take in /tmp: it is not asked."""
    db = tmp_path / "campaign.sqlite"
    squatter = _squatter(_old_name(db, shared_tmp))
    app = _app_process(db, str(SAMPLE), home=tmp_path / "home")
    try:
        _wait_until_listening(db, app)
    finally:
        _stop(app)
        received = _received(squatter)
    assert received == ""


def test_another_users_listener_is_told_nothing(
    qapp: QApplication, another_user: str, no_private_folder: Path, db_path: Path
) -> None:
    squatter = _squatter(no_private_folder / server_name(db_path), as_nobody=another_user)
    try:
        assert hand_over(db_path, [SAMPLE]) is HandOver.SOMEONE_ELSE
        inst = SingleInstance()
        assert not inst.listen(db_path) and inst.taken_by_someone_else
        inst.close()
    finally:
        received = _received(squatter)
    assert str(SAMPLE) not in received and "files" not in received
    assert set(received.split()) <= {"b''"}  # connections it got carried nothing


@pytest.mark.slow
def test_the_app_starts_when_another_user_has_taken_its_name(
    another_user: str, no_private_folder: Path, tmp_path: Path
) -> None:
    db = tmp_path / "campaign.sqlite"
    squatter = _squatter(no_private_folder / server_name(db), as_nobody=another_user)
    app = _app_process(db, str(SAMPLE), home=tmp_path / "home")
    try:
        deadline = time.monotonic() + 30
        while not db.exists() and time.monotonic() < deadline:
            assert app.poll() is None, app.communicate()
            time.sleep(0.1)
        assert db.exists() and app.poll() is None  # the window opened the database
    finally:
        app.terminate()
        err = app.communicate(timeout=10)[1]
        received = _received(squatter)
    assert str(SAMPLE) not in received and "files" not in received
    assert "another user's program listens on" in err


def test_the_running_app_ignores_another_users_message(
    qtbot: QtBot, another_user: str, no_private_folder: Path, db_path: Path
) -> None:
    inst = SingleInstance()
    assert inst.listen(db_path)
    received: list[object] = []
    inst.files_received.connect(received.append)
    inst.activation_requested.connect(received.append)
    Path(inst.name).chmod(0o777)  # as if the folder and socket were open to everyone
    intruder = (
        "import json, socket, sys\n"
        "s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\n"
        "s.settimeout(5)\n"
        "s.connect(sys.argv[1])\n"
        "try:\n"
        "    s.sendall(json.dumps({'files': ['/etc/shadow']}).encode() + b'\\n')\n"
        "    print(repr(s.recv(100)))\n"
        "except OSError as e:\n"
        "    print(type(e).__name__)\n"
    )
    other = subprocess.Popen(
        [another_user, "-I", "-c", intruder, inst.name],
        cwd="/",
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **_as_nobody(),  # type: ignore[arg-type]
    )
    try:
        qtbot.waitUntil(lambda: other.poll() is not None, timeout=10_000)
        qtbot.wait(200)  # anything queued for the window would have arrived by now
        out, err = other.communicate()
    finally:
        inst.close()
    hung_up = ("b''", "ConnectionResetError", "BrokenPipeError")  # never an "ok"
    assert out.strip() in hung_up, err
    assert received == []


def test_nobody_listening_means_no_instance(runtime_dir: Path, db_path: Path) -> None:
    assert hand_over(db_path, [SAMPLE]) is HandOver.NO_INSTANCE


def test_a_second_launch_hands_its_files_over(
    qtbot: QtBot, instance: SingleInstance, db_path: Path, tmp_path: Path
) -> None:
    os.chdir(tmp_path)
    (tmp_path / "friends.vcf").write_text("BEGIN:VCARD\nEND:VCARD\n")
    with (
        qtbot.waitSignal(instance.activation_requested, timeout=10_000),
        qtbot.waitSignal(instance.files_received, timeout=10_000) as received,
    ):
        # A relative name from another working folder arrives as an absolute path.
        second = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[2]);"
                "from netdesk.ui.shell.single_instance import hand_over;"
                f"print(hand_over(Path({str(db_path)!r}), [Path(sys.argv[1])]).value)",
                "friends.vcf",
                str(ROOT),
            ],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert received.args == [[tmp_path / "friends.vcf"]]
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10_000)
    code, out, err = _finish(second)
    assert (code, out.strip()) == (0, "delivered"), err


def test_a_live_instance_keeps_its_name(instance: SingleInstance, db_path: Path) -> None:
    other = SingleInstance()
    assert not other.listen(db_path)
    other.close()
    assert instance.is_listening()


def test_another_database_is_another_instance(instance: SingleInstance, tmp_path: Path) -> None:
    other = SingleInstance()
    assert other.listen(tmp_path / "other.sqlite") and other.name != instance.name
    other.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Unix socket files")
def test_a_socket_left_by_a_crash_is_replaced(
    qtbot: QtBot, runtime_dir: Path, db_path: Path
) -> None:
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(server_name(db_path))  # bound, never listening, then gone: like a crash
    stale.close()
    assert Path(server_name(db_path)).exists()
    assert hand_over(db_path) is HandOver.NO_INSTANCE
    inst = SingleInstance()
    assert inst.listen(db_path)
    with qtbot.waitSignal(inst.files_received, timeout=10_000):
        second = _second_launch(db_path, SAMPLE)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10_000)
    assert _finish(second)[1].strip() == "delivered"
    inst.close()


def test_an_instance_that_does_not_answer_is_not_bypassed(
    instance: SingleInstance, db_path: Path
) -> None:
    # This test's event loop is not running, so the listening instance cannot answer.
    second = _second_launch(db_path, SAMPLE, timeout_ms=300)
    code, out, err = _finish(second)
    assert (code, out.strip()) == (0, "not-responding"), err


def test_the_window_comes_forward_and_follows_its_database(
    qtbot: QtBot,
    runtime_dir: Path,
    db: Path,
    qsettings: QSettings,
    tmp_path: Path,
) -> None:
    from netdesk.models import init_db
    from netdesk.ui.shell.tasks import wait_for_tasks

    inst = SingleInstance()
    assert inst.listen(db)
    window = MainWindow(qsettings)
    qtbot.addWidget(window)
    connect_single_instance(window, inst)
    window.show()
    qtbot.waitExposed(window)
    window.showMinimized()
    with qtbot.waitSignal(inst.files_received, timeout=10_000):
        second = _second_launch(db, SAMPLE)
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=5000)
    assert _finish(second)[1].strip() == "delivered"
    # The window offers the import: its preview opens for the handed-over file.
    qtbot.waitUntil(lambda: window.import_export.dialog is not None, timeout=5000)
    dialog = window.import_export.dialog
    assert dialog is not None and dialog.isVisible() and dialog.paths == [SAMPLE]
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    other = tmp_path / "other.sqlite"
    init_db(other)
    init_db(db)
    assert window.open_database(other)
    assert hand_over(db) is HandOver.NO_INSTANCE  # the old name is free
    with qtbot.waitSignal(inst.files_received, timeout=10_000):
        second = _second_launch(other)
    assert _finish(second)[1].strip() == "delivered"
    window.close()
    wait_for_tasks()
    inst.close()


def test_a_window_does_not_open_a_database_another_netdesk_has_open(
    qtbot: QtBot, main_window: MainWindow, db: Path, runtime_dir: Path, tmp_path: Path
) -> None:
    inst = SingleInstance()
    assert inst.listen(db)
    connect_single_instance(main_window, inst)
    other_db = tmp_path / "theirs.sqlite"
    home = tmp_path / "home"
    first = _app_process(other_db, home=home)
    try:
        _wait_until_listening(other_db, first)
        assert not main_window.open_database(other_db)
        assert store.path != other_db
        assert "open in another NetDesk window" in main_window.statusBar().currentMessage()
    finally:
        _stop(first)
        inst.close()


@pytest.mark.slow
def test_two_real_launches_then_a_crash(tmp_path: Path, runtime_dir: Path) -> None:
    """The whole story with real app processes: hand-over, nothing written, crash, restart."""
    db = tmp_path / "campaign.sqlite"
    home = tmp_path / "home"
    first = _app_process(db, home=home)
    try:
        _wait_until_listening(db, first)
        files = {p: p.read_bytes() for p in tmp_path.glob("campaign.sqlite*")}
        second = _app_process(db, str(SAMPLE), home=home)
        code, _out, err = _finish(second)
        assert code == 0, err
        assert first.poll() is None  # the first one still runs
        assert {p: p.read_bytes() for p in tmp_path.glob("campaign.sqlite*")} == files
    finally:
        _stop(first, crash=True)  # no clean-up: the socket file stays
    assert Path(server_name(db)).exists()
    third = _app_process(db, home=home)
    try:
        _wait_until_listening(db, third)  # took over the dead socket
    finally:
        _stop(third)


def test_a_file_opened_by_the_system_opens_the_import_preview(
    qtbot: QtBot, qapp: QApplication, main_window: MainWindow
) -> None:
    """macOS hands a double-clicked file to the running app as a FileOpen event."""
    from PySide6.QtGui import QFileOpenEvent

    from netdesk.ui.shell.app import FileOpenWatch

    watch = FileOpenWatch(main_window)
    qapp.installEventFilter(watch)
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(SAMPLE)))
        qtbot.waitUntil(lambda: main_window.import_export.dialog is not None, timeout=5000)
        dialog = main_window.import_export.dialog
        assert dialog is not None and dialog.paths == [SAMPLE]
        dialog.reject()
    finally:
        qapp.removeEventFilter(watch)
