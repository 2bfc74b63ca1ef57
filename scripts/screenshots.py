"""Render the main window on the demo network offscreen, for the README.

Run: ``make screenshots`` (it runs this file with QT_QPA_PLATFORM=offscreen).
Writes docs/screenshots/main-window.png. The demo network has a fixed seed; its dates are
relative to the day the script runs, like the follow-ups a real user would see.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZE = (1280, 720)


def main() -> int:
    from PySide6.QtCore import QLocale, QSettings

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    from netdesk.core import demo
    from netdesk.models import close_db, init_db
    from netdesk.ui.app import create_application
    from netdesk.ui.tasks import wait_for_tasks

    app = create_application()
    out = ROOT / "docs" / "screenshots" / "main-window.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "campaign.sqlite"
        init_db(db)
        demo.generate_demo(120)
        from netdesk.ui.main_window import MainWindow

        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(db, settings)
        window.resize(*SIZE)
        window.show()
        window.refresh()
        window.select_contact(window.model.contact_id(3))
        settle(app, window)
        window.grab().save(str(out))
        window.close()
        wait_for_tasks()
        close_db()
    print(f"wrote {out.relative_to(ROOT)}")
    return 0


def settle(app: object, window: object, timeout: float = 30.0) -> None:
    """Process events until the table's list and the panels' workers are done."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        busy = not window.model.is_complete or window.meetings.week_view.is_loading()  # type: ignore[attr-defined]
        if not busy:
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
