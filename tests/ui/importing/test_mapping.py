"""An unknown CSV gets a column-mapping step before the preview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from netdesk.core.formats.csv_contacts import Field
from netdesk.ui.importing.preview import PreviewColumn
from tests.ui.importing.test_dialog import _open

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from netdesk.ui.shell.main_window import MainWindow


def test_unknown_csv_gets_a_mapping_step(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "club.csv"
    path.write_text("Member;Mail;Club\nAnn Lee;ann@x.org;Chess\nBo Kim;bo@x.org;Go\n")
    dialog = _open(qtbot, main_window, [path])
    assert dialog.stack.currentWidget() is dialog.mapping_page
    assert dialog.continue_button.isVisible() and not dialog.import_button.isVisible()
    combos = dialog.mapping_page.combos
    assert len(combos) == 3
    # The e-mail column is recognised by its values; a name is still missing.
    assert [c.currentData() for c in combos] == [Field.IGNORE, Field.EMAIL, Field.IGNORE]
    combos[1].setCurrentIndex(combos[1].findData(Field.IGNORE))
    assert not dialog.continue_button.isEnabled()
    for combo, field in zip(
        combos, (Field.DISPLAY_NAME, Field.EMAIL, Field.ORGANIZATION), strict=True
    ):
        combo.setCurrentIndex(combo.findData(field))
    dialog.grab()
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.preview_page, timeout=10_000)
    assert [dialog.model.index(r, 0).data() for r in range(2)] == ["Ann Lee", "Bo Kim"]
    assert dialog.model.index(1, PreviewColumn.ORGANIZATION).data() == "Go"
    dialog.reject()
