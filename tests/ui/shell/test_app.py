"""Which database the app opens, and the app icon it shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from netdesk.models import default_db_path
from netdesk.ui.icons import app_icon, icon
from netdesk.ui.shell.app import database_to_open


def test_db_option_wins_then_the_last_database_then_the_default(
    qsettings: QSettings, tmp_path: Path
) -> None:
    explicit = tmp_path / "explicit.sqlite"
    last = tmp_path / "last.sqlite"
    assert database_to_open(explicit, qsettings) == explicit
    assert database_to_open(None, qsettings) == default_db_path()
    qsettings.setValue("database/last", str(last))
    # missing now: still the one to open (the start says it is missing and asks)
    assert database_to_open(None, qsettings) == last
    last.write_bytes(b"")
    assert database_to_open(None, qsettings) == last
    assert database_to_open(explicit, qsettings) == explicit


def test_the_app_icon_renders_at_every_size(qapp: QApplication) -> None:
    icon_ = app_icon()
    sizes = {s.width() for s in icon_.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    image = icon_.pixmap(48, 48).toImage()
    centre = image.pixelColor(24, 40)
    assert centre.alpha() == 255  # drawn, not an empty transparent square


def test_every_icon_meaning_resolves(qapp: QApplication) -> None:
    from netdesk.ui import icons

    for meaning in icons._NAMES:
        assert not icon(meaning).isNull(), meaning
