"""Which database the app opens, and the app icon it shows."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from netdesk.models import default_db_path
from netdesk.ui.icons import app_icon, icon
from netdesk.ui.shell.app import database_to_open, make_settings_private


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


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_settings_are_private(qapp: QApplication, tmp_path: Path) -> None:
    """They name the database, the export folders and hold the user's agenda template."""
    old = os.umask(0o022)
    try:
        path = tmp_path / "config" / "NetDesk" / "NetDesk.conf"
        settings = QSettings(str(path), QSettings.Format.IniFormat)
        make_settings_private(settings)
        settings.setValue("database/last", "/home/ann/job-search.sqlite")
        settings.sync()
        assert (_mode(path.parent), _mode(path)) == (0o700, 0o600)
        assert _mode(path.parent.parent) == 0o755  # ~/.config is not NetDesk's to change
        settings.setValue("meetings/agenda", "my questions")
        settings.sync()
        assert _mode(path) == 0o600  # Qt keeps the mode when it rewrites the file
        # As an earlier NetDesk left them: tightened at the next start.
        path.chmod(0o644)
        path.parent.chmod(0o755)
        make_settings_private(QSettings(str(path), QSettings.Format.IniFormat))
        assert (_mode(path.parent), _mode(path)) == (0o700, 0o600)
        # A symlink planted at the name is not followed.
        victim = tmp_path / "victim"
        victim.write_text("x")
        victim.chmod(0o644)
        link = tmp_path / "other" / "NetDesk" / "NetDesk.conf"
        link.parent.mkdir(parents=True)
        link.symlink_to(victim)
        make_settings_private(QSettings(str(link), QSettings.Format.IniFormat))
        assert _mode(victim) == 0o644
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)
