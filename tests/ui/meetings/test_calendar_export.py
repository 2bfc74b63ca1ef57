"""File > Export calendar: writes the file, remembers the folder, explains a failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from netdesk.ui.meetings import calendar_export


def test_export_remembers_the_folder_and_adds_the_extension(
    db: Path, tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    target = tmp_path / "cal" / "mine"
    target.parent.mkdir()
    offered: list[str] = []

    def save_name(*args: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    message = calendar_export.export_calendar(None, settings)
    assert message == "Exported 0 meetings and 0 follow-ups to mine.ics"
    assert (tmp_path / "cal" / "mine.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    calendar_export.export_calendar(None, settings)
    assert offered[1] == str(tmp_path / "cal" / "netdesk.ics")

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(str(a[2])))
    assert calendar_export.write_calendar(None, tmp_path / "missing" / "x.ics", settings) is None
    assert "could not be written" in warnings[0]
