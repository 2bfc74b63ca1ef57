"""Render the main window on the demo network offscreen, for the README.

Run: ``make screenshots`` (it runs this file with QT_QPA_PLATFORM=offscreen).
Writes docs/screenshots/main-window.png (the Contacts page), referral-tree.png (the tree's page)
and import-preview.png. The demo network has a fixed seed; its dates are relative to the day the
script runs, like the follow-ups a real user would see.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from netdesk.ui.shell.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZE = (1280, 720)


def main() -> int:
    from PySide6.QtCore import QLocale, QSettings

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    from netdesk.core import demo
    from netdesk.models import close_db, init_db
    from netdesk.ui.shell.app import create_application
    from netdesk.ui.shell.tasks import wait_for_tasks

    app = create_application()
    out = ROOT / "docs" / "screenshots" / "main-window.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "campaign.sqlite"
        init_db(db)
        demo.generate_demo(120)
        from netdesk.ui.shell.main_window import MainWindow

        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        window.resize(*SIZE)
        window.show()
        window.navigation.show_page("contacts")
        window.refresh()
        window.select_contact(window.model.contact_id(3))
        settle(app, window)
        window.grab().save(str(out))
        window.navigation.show_page("tree")
        window.resize(1440, 860)
        deepest = max(
            window.model.contact_id(row) for row in range(window.model.rowCount())
        )  # the last people added sit deepest in the demo's chains
        window.select_contact(deepest)
        wait_for_tasks()
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out.with_name("referral-tree.png")))
        import_preview(app, window, Path(tmp), out.with_name("import-preview.png"))
        window.close()
        wait_for_tasks()
        close_db()
    for name in ("main-window.png", "referral-tree.png", "import-preview.png"):
        print(f"wrote {out.with_name(name).relative_to(ROOT)}")
    return 0


def import_preview(app: QApplication, window: MainWindow, tmp: Path, out: Path) -> None:
    """The preview of dropping a phone's address book on the demo network: new people, a
    match with someone already there, a referral and a problem."""
    import time

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
        app.processEvents()
        time.sleep(0.01)
    dialog.resize(1220, 520)
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(out))
    dialog.reject()


def settle(app: QApplication, window: MainWindow, timeout: float = 30.0) -> None:
    """Process events until the table's list and the panels' workers are done."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        busy = not window.model.is_complete or window.meetings.week_view.is_loading()
        if not busy:
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


if __name__ == "__main__":
    sys.exit(main())
