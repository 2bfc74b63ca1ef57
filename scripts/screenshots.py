"""Screenshots of NetDesk's real windows, with their frames, on the demo network.

Run: ``make screenshots``. Every page of the navigation and a few dialogs (the contact editor,
the import preview, Preferences), at 1280x800 and 1920x1080, light and dark, in English and
German, go to ``build/screenshots/<language>-<scheme>-<size>/``; the README's set (English,
light, 1280x800) is copied to ``docs/screenshots/``.

The windows are shown on an X server with a window manager, so that they and the dialogs have
the frames a user sees: the one in ``DISPLAY``, or, when none is set, a private Xvfb with openbox
that the script starts and stops (``apt-get install xvfb openbox``). Each variant runs in its own
process (a language is chosen once, at start), on its own copy of a demo network made in a
temporary folder; the demo has a fixed seed and dates relative to today, like the follow-ups a
real user would see. Nothing of the user's (settings, databases) is read or written.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    from netdesk.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZES = ((1280, 800), (1920, 1080))
SCHEMES = ("light", "dark")
LANGUAGES = {"en": "en_GB", "de": "de_DE"}
"""The languages shot, with the locale of their dates and numbers."""
README_VARIANT = ("en", "light", (1280, 800))
"""The variant the README shows (docs/screenshots/)."""
SCREEN = (1920, 1080)
"""The private X server's screen: room for the largest size."""
INSTALL = "sudo apt-get install xvfb openbox xdotool imagemagick fonts-wqy-microhei"


@dataclass(frozen=True)
class Variant:
    language: str
    scheme: str
    size: tuple[int, int]

    @property
    def name(self) -> str:
        return f"{self.language}-{self.scheme}-{self.size[0]}x{self.size[1]}"


def variants() -> list[Variant]:
    return [
        Variant(language, scheme, size)
        for language in LANGUAGES
        for scheme in SCHEMES
        for size in SIZES
    ]


# The orchestrating process ----------------------------------------------------------------------


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--readme-only", action="store_true", help="only the README's set (English, light)"
    )
    parser.add_argument(
        "--variant", action="append", default=[], help="only these, e.g. de-dark-1280x800"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshots")
    parser.add_argument("--child", nargs=4, metavar=("LANG", "SCHEME", "SIZE", "DB"))
    args = parser.parse_args(argv)
    if args.child:
        language, scheme, size, db = args.child
        width, height = (int(n) for n in size.split("x"))
        return child(Variant(language, scheme, (width, height)), Path(db), args.out)

    chosen = [
        v
        for v in variants()
        if (not args.readme_only or _is_readme(v)) and (not args.variant or v.name in args.variant)
    ]
    if not chosen:
        print("no such variant; there are", ", ".join(v.name for v in variants()), file=sys.stderr)
        return 2
    with display() as env, tempfile.TemporaryDirectory(prefix="netdesk-shots-") as tmp:
        if env is None:
            return 2
        demo = Path(tmp) / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "netdesk", "--db", str(demo), "demo"],
            check=True,
            cwd=ROOT,
            env={**env, "HOME": tmp, "XDG_CONFIG_HOME": tmp, "XDG_DATA_HOME": tmp},
            stdout=subprocess.DEVNULL,
        )
        failed = []
        for variant in chosen:
            folder = Path(tmp) / variant.name
            folder.mkdir()
            db = folder / "demo.sqlite"
            shutil.copy(demo, db)
            child_env = {
                **env,
                "HOME": str(folder),
                "XDG_CONFIG_HOME": str(folder / "config"),
                "XDG_DATA_HOME": str(folder / "data"),
                "LC_ALL": "C.UTF-8",  # the language comes from the settings, as a user's would
            }
            size = f"{variant.size[0]}x{variant.size[1]}"
            out = args.out / variant.name
            command = [sys.executable, __file__, "--out", str(out), "--child"]
            command += [variant.language, variant.scheme, size, str(db)]
            print(f"{variant.name}: ", end="", flush=True)
            done = subprocess.run(command, cwd=ROOT, env=child_env, check=False, timeout=600)
            if done.returncode != 0:
                failed.append(variant.name)
                continue
            if _is_readme(variant):
                docs = ROOT / "docs" / "screenshots"
                docs.mkdir(parents=True, exist_ok=True)
                for png in sorted(out.glob("*.png")):
                    shutil.copy(png, docs / png.name)
                print(f"  README set copied to {docs.relative_to(ROOT)}/")
    if failed:
        print("failed:", ", ".join(failed), file=sys.stderr)
        return 1
    return 0


def _is_readme(variant: Variant) -> bool:
    return (variant.language, variant.scheme, variant.size) == README_VARIANT


@contextlib.contextmanager
def display() -> Iterator[dict[str, str] | None]:
    """The environment to run windows in: the current display, or a private Xvfb with openbox
    (stopped after); None, after saying what to install, when there is neither."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.pop("WAYLAND_DISPLAY", None)  # X11, where a window manager draws the frames
    if os.environ.get("DISPLAY"):
        yield env
        return
    missing = [tool for tool in ("Xvfb", "openbox") if shutil.which(tool) is None]
    if missing:
        print(
            f"No DISPLAY is set and {', '.join(missing)} is not installed. Install them "
            f"({INSTALL}) or run this inside a desktop session.",
            file=sys.stderr,
        )
        yield None
        return
    number = next(
        n
        for n in range(85, 400)
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists()
    )
    width, height = SCREEN
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    manager = None
    try:
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        env["DISPLAY"] = f":{number}"
        manager = subprocess.Popen(
            ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(1.0)  # openbox takes over the screen
        print(f"Xvfb :{number} ({width}x{height}) with openbox")
        yield env
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(5)


# One variant, in its own process ---------------------------------------------------------------


def child(variant: Variant, db: Path, out: Path) -> int:
    from PySide6.QtCore import QLocale, QSettings

    from netdesk.models.store import store
    from netdesk.ui.shell.app import create_application
    from netdesk.ui.shell.tasks import wait_for_tasks

    settings = QSettings(str(db.parent / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("appearance/scheme", variant.scheme)
    settings.setValue("language/code", variant.language)
    app = create_application(settings)
    from netdesk.ui.translations import install_app_translator

    translator = install_app_translator(app)
    if variant.language != "en" and (
        translator is None or translator.language() != variant.language
    ):
        print(f"no compiled netdesk_{variant.language}.qm: run make first", file=sys.stderr)
        return 1
    QLocale.setDefault(QLocale(LANGUAGES[variant.language]))  # the country, not only the language
    store.open(db)
    from netdesk.ui.shell.main_window import MainWindow

    window = MainWindow(settings)
    out.mkdir(parents=True, exist_ok=True)
    written: list[str] = []

    def save(widget: QWidget, name: str) -> None:
        path = out / f"{name}.png"
        grab_framed(app, widget).save(str(path))
        written.append(path.name)

    place(app, window, variant.size)
    settle(app, window)
    for name, show in pages(window):
        show()
        settle(app, window)
        save(window, name)
    for name, open_dialog in dialogs(app, window, db.parent):
        dialog = open_dialog()
        if dialog is None:
            continue
        pump(app, 1.2)  # the window manager frames and places it
        save(dialog, name)
        dialog.close()
        pump(app, 0.2)
    print(", ".join(written))
    window.close()
    wait_for_tasks()
    store.close()
    return 0


def place(app: QApplication, window: QWidget, size: tuple[int, int]) -> None:
    """Show ``window`` so that, frame included, it is ``size`` at the screen's top left."""
    window.show()
    pump(app, 0.8)  # the window manager puts its frame around it
    extra_w = window.frameGeometry().width() - window.width()
    extra_h = window.frameGeometry().height() - window.height()
    window.resize(size[0] - extra_w, size[1] - extra_h)
    window.move(0, 0)
    pump(app, 0.6)


def grab_framed(app: QApplication, widget: QWidget) -> QPixmap:
    """The screen's pixels under ``widget`` and its frame (the window manager's title bar)."""
    frame = widget.frameGeometry()
    screen = widget.screen() or app.primaryScreen()
    return screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())


def pages(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    """Each page of the navigation, with a contact chosen (the deepest in a chain for the
    tree, so that its path to you shows)."""
    first = _first_contact(window)
    deepest = _deepest_contact(window)
    navigation = window.navigation
    result: list[tuple[str, Callable[[], None]]] = []
    for key in navigation.pages():
        chosen = deepest if key == "tree" else first

        def show(key: str = key, chosen: int | None = chosen) -> None:
            if chosen is not None:
                window.select_contact(chosen)
            navigation.show_page(key)
            if key == "companies":
                _show_company(window, "Globex")

        result.append((key, show))
    return result


def _show_company(window: MainWindow, name: str) -> None:
    """The Companies page on ``name`` (whom you know there in rings), when the demo has it."""
    from netdesk.core.companies import find_company
    from netdesk.ui.companies.page import CompaniesPage

    page = window.navigation.page("companies")
    company = find_company(name)
    if isinstance(page, CompaniesPage) and company is not None:
        page.show_company(company)


def _first_contact(window: MainWindow) -> int | None:
    model = window.model
    return model.contact_id(min(3, model.rowCount() - 1)) if model.rowCount() else None


def _deepest_contact(window: MainWindow) -> int | None:
    """The last people the demo adds sit deepest in its chains."""
    model = window.model
    return max((model.contact_id(r) for r in range(model.rowCount())), default=None)


def dialogs(
    app: QApplication, window: MainWindow, tmp: Path
) -> list[tuple[str, Callable[[], QWidget | None]]]:
    def editor() -> QWidget | None:
        contact = _first_contact(window)
        return window.open_editor(contact) if contact is not None else None

    def preferences() -> QWidget | None:
        integration = getattr(window, "preferences", None)
        return integration.open() if integration is not None else None

    def posting_editor() -> QWidget | None:
        from netdesk.core.postings import board
        from netdesk.ui.postings.editor import edit_posting

        cards = board()
        chosen = next((c for c in cards if c.stage.value == "researching"), None)
        return edit_posting(window.context, chosen.id) if chosen is not None else None

    return [
        ("contact-editor", editor),
        ("posting-editor", posting_editor),
        ("import-preview", lambda: import_preview(app, window, tmp)),
        ("preferences", preferences),
    ]


def import_preview(app: QApplication, window: MainWindow, tmp: Path) -> QWidget | None:
    """The preview of dropping a phone's address book on the demo network: new people, a
    match with someone already there, a referral and a problem."""
    from netdesk.core.contacts import load_contact

    known = load_contact(window.model.contact_id(5))
    email = known.emails[0].address if known.emails else "someone@example.org"
    cards = [
        "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:noor-1\nFN:Noor Haddad\nORG:Initech\n"
        "EMAIL:noor.haddad@initech.example\nTEL:+44 20 7946 0018\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:4.0\nFN:Mateo Rossi\nORG:Globex\nEMAIL:mateo@globex.example\n"
        "RELATED;TYPE=contact:urn:uuid:noor-1\nEND:VCARD",
        f"BEGIN:VCARD\nVERSION:3.0\nFN:{known.name}\nEMAIL:{email}\nTEL;CELL:07700 900123\n"
        "END:VCARD",
        "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=B6rg\n"
        "EMAIL;INTERNET:joerg.mueller@fabrikam.example\nEND:VCARD",
        "BEGIN:VCARD\nVERSION:3.0\nNOTE:a card with no name at all\nEND:VCARD",
    ]
    phone = tmp / "phone-contacts.vcf"
    phone.write_text("\r\n".join(cards) + "\r\n", encoding="utf-8")
    window.import_files([phone])
    dialog = window.import_export.dialog
    if dialog is None:
        raise RuntimeError("the import preview did not open")
    deadline = time.monotonic() + 30
    while dialog.running and time.monotonic() < deadline:
        pump(app, 0.05)
    dialog.resize(min(1220, window.width() - 40), min(560, window.height() - 80))
    dialog.move(window.frameGeometry().x() + 20, window.frameGeometry().y() + 60)
    return dialog


def pump(app: QApplication, seconds: float) -> None:
    """Run the event loop for ``seconds`` (the window manager answers in its own time)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def settle(app: QApplication, window: MainWindow, timeout: float = 30.0) -> None:
    """Process events until the table's query and the pages' workers are done."""
    from netdesk.ui.shell.tasks import wait_for_tasks

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        wait_for_tasks()
        meetings = getattr(window, "meetings", None)
        week = getattr(meetings, "week_view", None)
        loading = week is not None and week.is_loading()
        if window.model.is_complete and not loading:
            break
        time.sleep(0.01)
    pump(app, 0.4)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
