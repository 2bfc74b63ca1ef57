"""``netdesk --self-test``: prove an installation works, offscreen, without touching user data.

It is how the PyInstaller bundle is smoke-tested: everything the bundle must carry is used once
(Qt's platform, image and icon plugins, the SVG icon, qtawesome's fonts, the SQL migrations with
FTS5, the packaged resources, the vCard reader, PDF output). It opens a temporary database and
temporary settings, shows the main window and waits for its first paint (the same start-up path
as the app, so the time it prints is the cold start to a painted window), checks the packaged
files and icons, imports the built-in sample vCard, shows the contacts in the table, renders this
week's sheet to PDF, then exits 0.
Any failure prints what failed and exits 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from netdesk import APP_ID, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from netdesk.ui.shell.main_window import MainWindow

SAMPLE_VCARD = "resources/samples/self-test.vcf"
SAMPLE_NAMES = ("Ada Lovelace", "José Müller-Østergaard", "Grace Hopper")
WAIT_MS = 30_000


class SelfTestError(Exception):
    pass


@dataclass
class _State:
    """What one check leaves for the next ones (and for the clean-up after them)."""

    app: QApplication | None = None
    db: Path | None = None
    window: MainWindow | None = None


def process_age_ms() -> float | None:
    """Milliseconds since this process started (Linux), bootloader and imports included."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def run_self_test(out: TextIO | None = None) -> int:
    out = out or sys.stdout
    # Offscreen even on a desktop: the check must not depend on, or flash at, a display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    checks: list[str] = []

    def check(what: str, step: Callable[[], str]) -> None:
        try:
            detail = step()
        except Exception as exc:
            out.write(f"FAIL {what}: {type(exc).__name__}: {exc}\n")
            out.flush()
            raise SelfTestError(what) from exc
        checks.append(what)
        out.write(f"ok   {what}" + (f" ({detail})" if detail else "") + "\n")
        out.flush()

    out.write(f"NetDesk {__version__} self-test ({sys.executable})\n")
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(_qt_message)
    try:
        with tempfile.TemporaryDirectory(prefix="netdesk-self-test-") as tmp:
            _run_checks(Path(tmp), check)
    except SelfTestError:
        traceback.print_exc(file=sys.stderr)
        out.write("self-test FAILED\n")
        return 1
    finally:
        qInstallMessageHandler(previous)
    seconds = time.perf_counter() - started
    out.write(f"self-test passed: {len(checks)} checks in {seconds:.1f} s\n")
    return 0


def _qt_message(_kind: object, _context: object, message: str) -> None:
    """Qt's messages go to stderr, except what offscreen cannot do (there is no window manager)."""
    if not message.startswith("This plugin does not support"):
        sys.stderr.write(f"qt: {message}\n")


def _run_checks(tmp: Path, check: Callable[[str, Callable[[], str]], None]) -> None:
    state = _State()
    try:
        _checks(tmp, check, state)
    finally:  # also after a failure: nothing may outlive the temporary folder
        from netdesk.models.store import store
        from netdesk.ui.shell.tasks import wait_for_tasks

        window, state.window = state.window, None
        if window is not None:
            window.close()
        wait_for_tasks()
        store.close()


def _checks(tmp: Path, check: Callable[[str, Callable[[], str]], None], state: _State) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from netdesk.ui.shell.app import create_application

    def application() -> str:
        app = create_application()
        state.app = app
        if QApplication.desktopFileName() != APP_ID:
            raise SelfTestError(f"desktop file name is {QApplication.desktopFileName()!r}")
        return f"Qt platform {QApplication.platformName()}"

    check("Qt application", application)

    def open_database() -> str:
        from netdesk.models.store import SCHEMA_VERSION, store

        path = tmp / "self-test.sqlite"
        store.open(path)
        state.db = path
        version = store.schema_version()
        if version != SCHEMA_VERSION:
            raise SelfTestError(f"schema version {version}, expected {SCHEMA_VERSION}")
        return f"temporary, schema version {version}"

    check("database with migrations", open_database)

    def main_window() -> str:
        from netdesk.ui.shell.app import start_app

        settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)

        def start() -> object:
            # What the app does: open the database (the damaged-file dialog cannot come up,
            # the check above opened it), build and show the window, queue the daily backup.
            if state.db is None:
                raise SelfTestError("no database was opened")
            window = start_app(state.db, settings)
            state.window = window
            return window

        painted = _start_and_wait_for_paint(start)
        age = process_age_ms()
        since = f", {age:,.0f} ms after the process started" if age is not None else ""
        return f"first paint {painted:,.0f} ms after the start began{since}"

    check("main window shown and painted", main_window)
    check("packaged resources", _resources)
    check("icons (SVG app icon, qtawesome fonts)", _icons)
    check("sync: TLS with certifi's CAs, keyring backends", _sync_support)

    def import_sample() -> str:
        """The path of a double-clicked .vcf: the window's import preview, then Import."""
        sample = resources.files("netdesk").joinpath(SAMPLE_VCARD)
        window = state.window
        if window is None:
            raise SelfTestError("the main window did not open")
        with resources.as_file(sample) as path:
            if not path.is_file():
                raise SelfTestError(f"{SAMPLE_VCARD} is missing")
            window.import_files([path])
            dialog = window.import_export.dialog
            if dialog is None:
                raise SelfTestError("the import preview did not open")
            _wait_for(
                lambda: dialog.plan is not None and dialog.import_button.isEnabled(),
                "the import preview to read the sample",
            )
            plan = dialog.plan
            assert plan is not None  # waited for above
            found = len(plan.items)
            dialog.import_button.click()
            _wait_for(lambda: dialog.summary is not None, "the import to finish")
        summary = dialog.summary
        assert summary is not None  # waited for above
        if (
            found != len(SAMPLE_NAMES)
            or summary.imported != len(SAMPLE_NAMES)
            or summary.skipped
            or not summary.referrals
        ):
            raise SelfTestError(
                f"previewed {found}, imported {summary.imported} contacts and "
                f"{summary.referrals} referrals, skipped {len(summary.skipped)}"
            )
        model = window.model
        _wait_for(
            lambda: model.is_complete and model.rowCount() == len(SAMPLE_NAMES),
            "the contact table to show the imported contacts",
        )
        from netdesk.core.query import ContactFilter, contact_ids

        if len(contact_ids(ContactFilter(search="müll"))) != 1:  # FTS5, accents folded
            raise SelfTestError("full-text search does not find an imported name")
        return (
            f"import preview, then {summary.imported} contacts and {summary.referrals} "
            "referral, shown in the table and found by search"
        )

    check("import of the built-in sample vCard", import_sample)

    def weekly_sheet() -> str:
        from netdesk.core.dates import Week
        from netdesk.core.week_plan import build_week_plan
        from netdesk.ui.sheet.layout import layout_sheet
        from netdesk.ui.sheet.measure import page_layout
        from netdesk.ui.sheet.paint import write_pdf

        today = date.today()
        plan = build_week_plan(Week.containing(today), today)
        sheet = layout_sheet(plan, page_layout("A4"))
        target = tmp / "weekly-sheet.pdf"
        write_pdf(sheet, target)
        data = target.read_bytes()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
            raise SelfTestError("the PDF file is incomplete")
        if "Grace Hopper" not in sheet.text():  # the referral to call this week
            raise SelfTestError("the sheet does not list the imported referral")
        return f"{sheet.page_count} page(s), {len(data):,} bytes"

    check("weekly sheet rendered to PDF", weekly_sheet)


def _resources() -> str:
    root = resources.files("netdesk").joinpath("resources")
    names = [
        f"{APP_ID}.desktop",
        f"{APP_ID}.metainfo.xml",
        "icons/netdesk.svg",
        f"icons/hicolor/256x256/apps/{APP_ID}.png",
        "samples/self-test.vcf",
    ]
    missing = [n for n in names if not root.joinpath(n).is_file()]
    if missing:
        raise SelfTestError(f"missing {', '.join(missing)}")
    migrations = resources.files("netdesk.models.migrations")
    sql = sorted(p.name for p in migrations.iterdir() if p.name.endswith(".sql"))
    if not sql:
        raise SelfTestError("no SQL migrations")
    return f"{len(names)} files, {len(sql)} migrations"


def _keyring_backends() -> list[str]:
    """This platform's keyring backend and what it talks through, each as imported (or the
    reason it could not be): proof that the bundle carries them."""
    missing = []
    try:
        if sys.platform.startswith("linux"):
            import jeepney  # type: ignore[import-untyped]  # noqa: F401

            from netdesk.core.sync import secret_service  # noqa: F401
        elif sys.platform == "darwin":
            from keyring.backends import macOS  # noqa: F401
        elif sys.platform == "win32":
            from keyring.backends import Windows  # noqa: F401
    except ImportError as exc:
        missing.append(str(exc))
    return missing


def _sync_support() -> str:
    """What the sync needs from the bundle: certifi's CA file in a TLS context (the one the
    sync verifies servers with) and the platform's keyring backend. A machine without a
    keyring service (a server, a container) is normal: that is said, not failed."""
    import ssl

    import certifi

    from netdesk.core.sync.credentials import keyring_backend, keyring_usable

    if not Path(certifi.where()).is_file():
        raise SelfTestError(f"certifi's CA file is missing ({certifi.where()})")
    authorities = len(ssl.create_default_context(cafile=certifi.where()).get_ca_certs())
    if authorities == 0:
        raise SelfTestError("the TLS context holds no certificate authority")
    missing = _keyring_backends()
    if missing:
        raise SelfTestError(f"keyring backends missing from this installation: {missing}")
    backend = keyring_backend()
    if not keyring_usable():
        in_use = "none usable here (no keyring service running): --password-command works"
    else:
        chained = getattr(backend, "backends", None) or [backend]  # keyring's chainer
        in_use = ", ".join(f"{type(b).__module__}.{type(b).__name__}" for b in chained)
    return f"{authorities} certificate authorities; keyring: {in_use}"


def _icons() -> str:
    from netdesk.ui import icons

    app_icon = icons.app_icon()
    image = app_icon.pixmap(48, 48).toImage()
    if app_icon.isNull() or image.pixelColor(24, 40).alpha() != 255:
        raise SelfTestError("the app icon did not render")
    blank = [m for m in icons._NAMES if icons.icon(m).pixmap(24, 24).toImage().isNull()]
    if blank:
        raise SelfTestError(f"icons did not render: {', '.join(blank)}")
    glyph = icons.icon_font().icon("mdi6.magnify").pixmap(32, 32).toImage()
    inked = sum(1 for x in range(32) for y in range(32) if glyph.pixelColor(x, y).alpha() > 0)
    if inked < 20:
        raise SelfTestError("the icon font draws nothing")
    return f"{len(icons._NAMES)} icons"


def _start_and_wait_for_paint(start: Callable[[], object]) -> float:
    """Call ``start`` (it shows the main window); milliseconds until the window painted."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from netdesk.ui.shell.main_window import MainWindow

    loop = QEventLoop()
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not painted
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and isinstance(watched.window(), MainWindow)
            ):
                painted.append(time.perf_counter())
                QTimer.singleShot(0, loop.quit)
            return False

    watch = PaintWatch()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watch)
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)
    began = time.perf_counter()
    if start() is None:
        app.removeEventFilter(watch)
        raise SelfTestError("the main window did not open")
    timeout.start(WAIT_MS)
    if not painted:
        loop.exec()
    app.removeEventFilter(watch)
    if not painted:
        raise SelfTestError(f"the main window did not paint within {WAIT_MS / 1000:.0f} s")
    return (painted[0] - began) * 1000


def _wait_for(condition: Callable[[], bool], what: str) -> None:
    """Run the event loop until ``condition`` holds (checked every 20 ms) or time runs out."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    poll.start(20)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(WAIT_MS)
    loop.exec()
    poll.stop()
    if not condition():
        raise SelfTestError(f"timed out waiting for {what}")
