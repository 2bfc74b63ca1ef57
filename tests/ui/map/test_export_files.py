"""The map's exports are personal files, written as every export of NetDesk is: 0600, whole or
not at all, never through a symlink; a missing or read-only folder is refused with a message
saying why, and an existing file is replaced whole."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.core.contacts import create_contact, set_referrer
from netdesk.models.records import ContactData
from netdesk.ui.map.page import MapPage
from netdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def page(qtbot: QtBot, main_window: MainWindow) -> MapPage:
    sara = create_contact(ContactData(display_name="Sara Smith"))
    set_referrer(create_contact(ContactData(display_name="John Public")), sara)
    result = main_window.navigation.page("map")
    assert isinstance(result, MapPage)
    main_window.navigation.show_page("map")
    qtbot.waitUntil(lambda: not result.loading and result.canvas.data is not None, timeout=10_000)
    return result


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def refused(page: MapPage) -> str:
    box = page.findChild(QMessageBox, "mapNotSaved")
    assert box is not None
    text = box.text()
    box.close()
    box.deleteLater()
    return text


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_an_export_is_private_to_its_owner(page: MapPage, out: Path, suffix: str) -> None:
    target = out / f"map{suffix}"
    old = os.umask(0o022)
    try:
        assert page.output.save(target)
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.stat().st_size > 100
    assert not [p for p in out.iterdir() if p != target]  # no temporary file left


def test_overwriting_replaces_the_file_whole(page: MapPage, out: Path) -> None:
    target = out / "map.png"
    target.write_bytes(b"x" * 10_000_000)  # longer than the picture: no tail may remain
    target.chmod(0o644)
    assert page.output.save(target)
    assert target.stat().st_size < 10_000_000
    assert not QImage(str(target)).isNull()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_missing_folder_is_refused_with_a_message(page: MapPage, out: Path) -> None:
    target = out / "not-there" / "map.svg"
    assert not page.output.save(target)
    assert "does not exist" in refused(page)
    assert not target.parent.exists()


def test_a_symlink_is_never_followed(page: MapPage, out: Path) -> None:
    elsewhere = out / "elsewhere.txt"
    elsewhere.write_text("keep me", encoding="utf-8")
    link = out / "map.png"
    link.symlink_to(elsewhere)
    assert not page.output.save(link)
    refused(page)
    assert elsewhere.read_text(encoding="utf-8") == "keep me"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_folder_is_refused_with_a_message(page: MapPage, out: Path) -> None:
    folder = out / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert not page.output.save(folder / "map.pdf")
        assert "could not be written" in refused(page)
    finally:
        folder.chmod(0o700)
