"""Start the desktop app: QApplication, the database, the main window.

A launch while NetDesk already has the same database open hands its files over to that window
and exits (``single_instance``) before it loads a window system or opens the database.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from netdesk import APP_ID, APP_NAME, __version__
from netdesk.models.store import store
from netdesk.ui.shell.single_instance import HandOver, SingleInstance, hand_over, server_name

if TYPE_CHECKING:
    from netdesk.ui.shell.main_window import MainWindow


def _parse(args: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="netdesk")
    parser.add_argument("--db", type=Path)
    parser.add_argument("files", nargs="*", type=Path)
    known, _qt_args = parser.parse_known_args(list(args))
    return known


def set_application_names() -> None:
    """Names QSettings and the data folders use; needs no QApplication yet."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)


def make_settings_private(settings: QSettings) -> None:
    """The settings name the database and the folders of imports, exports and sheets, and hold
    the user's own meeting agenda: 0600 in a 0700 folder, as every file NetDesk writes. The file
    is made (empty) before Qt first writes it, since Qt keeps the mode of a file it rewrites;
    an existing one is tightened. Only NetDesk's own folder of settings is changed (not a shared
    one such as macOS's Preferences), and never through a symlink."""
    path = Path(settings.fileName())
    folder = path.parent
    if os.name != "posix" or folder.name != APP_NAME:
        return
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.lstat()
        if stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid():
            folder.chmod(stat.S_IMODE(info.st_mode) & 0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o600)
        try:
            info = os.fstat(fd)
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.geteuid():
                os.fchmod(fd, stat.S_IMODE(info.st_mode) & 0o600)
        finally:
            os.close(fd)


def create_application(settings: QSettings | None = None) -> QApplication:
    """The QApplication with NetDesk's names, desktop id, icon, theme and translation (reused by
    scripts).

    The desktop id names the Wayland app id; ``-name`` makes it the X11 WM_CLASS instance, so
    the desktop matches windows to the launcher's ``StartupWMClass`` on both. The appearance
    and the language chosen in Preferences are read from ``settings`` (the user's by default).
    """
    set_application_names()
    app = QApplication.instance() or QApplication([sys.argv[0] or "netdesk", "-name", APP_ID])
    assert isinstance(app, QApplication)
    QApplication.setDesktopFileName(APP_ID)
    from netdesk.ui.icons import app_icon
    from netdesk.ui.theme import install_theme
    from netdesk.ui.translations import install_app_translator, saved_language

    settings = settings if settings is not None else QSettings()
    app.setWindowIcon(app_icon())
    install_app_translator(app, language=saved_language(settings))
    install_theme(app, settings)
    return app


def database_to_open(explicit: Path | None, settings: QSettings) -> Path:
    """``--db`` always wins; otherwise the last database used (also when it is missing now:
    the start says so and asks, see :func:`start_app`), else the default file."""
    if explicit is not None:
        return explicit
    last = settings.value("database/last")
    if isinstance(last, str) and last:
        return Path(last)
    return store.default_path()


def bring_forward(window: QMainWindow, activation_token: str | None = None) -> None:
    """Show, un-minimise, raise and activate ``window`` (asked for by a second launch).

    On Wayland only a launcher's activation token lets a window take focus; Qt uses the one in
    ``XDG_ACTIVATION_TOKEN`` for the next activation.
    """
    if activation_token and QApplication.platformName() == "wayland":
        os.environ["XDG_ACTIVATION_TOKEN"] = activation_token
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()


def offer_import(window: MainWindow, files: Sequence[Path]) -> None:
    """Open the import preview for files given on the command line or by a second launch."""
    if files:
        window.import_files([Path(f) for f in files])


class FileOpenWatch(QObject):
    """macOS gives a double-clicked file to the running app as a FileOpen event, not argv."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = Path(event.file())
            bring_forward(self._window)
            QTimer.singleShot(0, lambda: offer_import(self._window, [path]))
            return True
        return False


def connect_single_instance(window: MainWindow, instance: SingleInstance) -> None:
    """Second launches bring ``window`` forward; its socket follows the open database."""
    instance.activation_requested.connect(lambda token: bring_forward(window, token))
    instance.files_received.connect(lambda files: offer_import(window, files))
    window.signals.switched.connect(instance.database_switched)
    if store.path is not None:  # the start may have opened another file than asked for
        instance.database_switched(store.path)

    def may_open(path: Path) -> bool:
        """Another NetDesk has ``path`` open: bring that one forward instead of opening it."""
        if instance.listens_for(path):
            return True  # ours (also while a backup of it is restored)
        if store.path is not None and server_name(path) == server_name(store.path):
            return True
        return hand_over(path) in (HandOver.NO_INSTANCE, HandOver.SOMEONE_ELSE)

    window.database_guard = may_open


def _already_running(db_path: Path, outcome: HandOver) -> int:
    """The exit status of a launch that found NetDesk running with ``db_path``."""
    if outcome is HandOver.DELIVERED:
        return 0
    create_application()
    QMessageBox.critical(
        None,
        QCoreApplication.translate("app", "NetDesk is not responding"),
        QCoreApplication.translate(
            "app",
            "NetDesk is already open with {path} but does not answer. Wait a moment and try "
            "again, or close that window first.",
        ).format(path=db_path),
    )
    return 1


def start_app(db_path: Path, settings: QSettings, *, remembered: bool = False) -> MainWindow | None:
    """Open the database (or ask what to do when it cannot be opened) and show the window.

    Returns None when the user chose to quit instead. Takes the daily backup, if due, on a
    worker once the window is up. ``remembered``: ``db_path`` is the one used last, not named
    now; a missing one is said to be missing, never replaced by a new, empty file.
    """
    from netdesk.ui.shell.main_window import MainWindow
    from netdesk.ui.shell.recovery import automatic_backup, open_database_or_ask
    from netdesk.ui.shell.tasks import Progress, run_task

    opened = open_database_or_ask(db_path, remembered=remembered)
    if opened is None:
        return None
    window = MainWindow(settings)
    window.show()

    def work(_progress: Progress) -> str | None:
        automatic_backup(opened)
        return store.check()

    def done(problem: str | None, _error: BaseException | None) -> None:
        if problem is not None and store.path == opened:
            window.recovery.report_damage(problem)

    run_task(work, done)
    return window


def no_display() -> str | None:
    """Why no window can open here (Linux without a display), or None.

    Without one, Qt's default platform aborts the process with a message about plugins. A
    chosen platform (``QT_QPA_PLATFORM``, e.g. offscreen) is Qt's business.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET")):
        return None
    return QCoreApplication.translate(
        "app",
        "NetDesk needs a graphical desktop: no DISPLAY or WAYLAND_DISPLAY is set. The command "
        "line works without one: netdesk-cli --help",
    )


def run_app(args: Sequence[str]) -> int:
    options = _parse(args)
    set_application_names()
    settings = QSettings()
    make_settings_private(settings)
    db_path = database_to_open(options.db, settings)
    files = [f.expanduser().absolute() for f in options.files]
    outcome = hand_over(db_path, files)
    missing = no_display()
    if missing is not None and outcome is not HandOver.DELIVERED:
        sys.stderr.write(missing + "\n")
        return 2
    if outcome in (HandOver.DELIVERED, HandOver.NOT_RESPONDING):
        return _already_running(db_path, outcome)
    app = create_application()
    from netdesk.ui.shell.errors import install_error_handlers, log

    handlers = install_error_handlers()
    instance = SingleInstance()
    if not instance.listen(db_path):
        outcome = hand_over(db_path, files)
        if outcome in (HandOver.DELIVERED, HandOver.NOT_RESPONDING):  # another launch was quicker
            handlers.uninstall()
            return _already_running(db_path, outcome)
        # Nobody of ours is there: the name is another user's, or the socket cannot be made (an
        # unwritable folder?). Run anyway, without single instance, rather than not at all.
        taken = instance.taken_by_someone_else
        why = "another user's program listens on" if taken else "cannot listen on"
        note = f"{why} {server_name(db_path)}; running without single instance"
        log.warning("%s", note)
        sys.stderr.write(f"netdesk: {note}\n")
    if options.db is None and db_path != store.default_path():
        window = start_app(db_path, settings, remembered=True)  # the one used last
    else:
        window = start_app(db_path, settings)
    if window is None:
        instance.close()
        handlers.uninstall()
        return 2
    connect_single_instance(window, instance)  # the damaged-file dialog may have opened another
    app.installEventFilter(FileOpenWatch(window))
    if files:  # a double-clicked .vcf: offer to import it, once the window is up
        QTimer.singleShot(0, lambda: offer_import(window, files))
    code = int(app.exec())
    instance.close()
    from netdesk.ui.shell.recovery import automatic_backup
    from netdesk.ui.shell.tasks import wait_for_tasks

    last = store.path
    wait_for_tasks()
    close_window(window)
    store.close()
    if last is not None:
        automatic_backup(last)  # when the app ran past midnight, or the first day
    handlers.uninstall()
    return code


def close_window(window: QMainWindow) -> None:
    """Delete the window now, while the error handlers still log, and hand out what its workers
    left queued: nothing its teardown runs into goes to stderr only."""
    window.close()
    shiboken6.delete(window)
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
