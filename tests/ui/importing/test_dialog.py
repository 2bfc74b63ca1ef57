"""The import preview: counts, problems, per-match choices, mapping step, Cancel, drops."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage

from netdesk.core.contacts import create_contact, load_contact
from netdesk.core.importing import Choice
from netdesk.models import database
from netdesk.models.records import ContactData, Email
from netdesk.ui.importing.actions import importable_paths
from netdesk.ui.importing.dialog import ImportDialog
from netdesk.ui.importing.preview import ItemRole, PreviewColumn, Shown
from netdesk.ui.shell.tasks import wait_for_tasks
from tests.ui.importing.conftest import JPEG, _write

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from netdesk.ui.shell.main_window import MainWindow


def _open(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> ImportDialog:
    window.import_files(paths)
    dialog = window.import_export.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    return dialog


def _png_base64(image: QImage) -> str:
    """``image`` as PNG, base64-encoded as a vCard PHOTO carries it."""
    import base64

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return base64.b64encode(bytes(data.data())).decode()


def _names() -> list[str]:
    return [r[0] for r in database.execute_sql("SELECT display_name FROM contact ORDER BY id")]


def test_preview_counts_problems_and_per_match_choice(
    qtbot: QtBot, main_window: MainWindow, mixed_file: Path, tmp_path: Path
) -> None:
    ann = create_contact(ContactData(display_name="Ann Lee", emails=[Email("ann@x.org")]))
    main_window.refresh()
    dialog = _open(qtbot, main_window, [mixed_file])
    assert dialog.stack.currentWidget() is dialog.preview_page
    model = dialog.model
    assert model.rowCount() == 3
    assert dialog.summary_label.text() == (
        "3 people found: 2 new, 1 already in NetDesk (1 to merge)."
    )
    assert dialog.problem_model.rowCount() == 1
    problem = dialog.problem_model.index(0, 2).data()
    assert "without a name" in problem
    assert dialog.problem_model.index(0, 0).data() == "phone.vcf"
    assert dialog.problem_model.index(0, 1).data() == 18  # the BEGIN:VCARD line
    ann_row = next(r for r in range(3) if model.index(r, 0).data(ItemRole).is_match)
    match = model.index(ann_row, PreviewColumn.MATCH).data()
    assert match.startswith("Ann Lee: same e-mail")
    assert model.index(ann_row, PreviewColumn.ACTION).data() == "Merge"

    dialog.grab().save(str(tmp_path / "import-preview.png"))
    if os.environ.get("NETDESK_SCREENSHOT_DIR"):
        dialog.grab().save(os.path.join(os.environ["NETDESK_SCREENSHOT_DIR"], "import.png"))

    # Uncheck Cy Dale; import Ann as new instead of merging.
    cy_row = next(r for r in range(3) if model.index(r, 0).data() == "Cy Dale")
    model.setData(model.index(cy_row, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.setData(model.index(ann_row, PreviewColumn.ACTION), Choice.NEW.value)
    assert dialog.summary_label.text() == (
        "3 people found: 2 new, 1 already in NetDesk (0 to merge). "
        "1 unchecked will not be imported."
    )
    dialog.shown_combo.setCurrentIndex(dialog.shown_combo.findData(Shown.MATCHES))
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Ann Lee"]
    model.set_all_matches(Choice.MERGE)  # the shown rows only
    assert model.index(0, PreviewColumn.ACTION).data() == "Merge"
    model.set_all_matches(Choice.NEW)
    dialog.shown_combo.setCurrentIndex(dialog.shown_combo.findData(Shown.NEW))
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == [
        "Bo Kim",
        "Cy Dale",
    ]
    dialog.shown_combo.setCurrentIndex(dialog.shown_combo.findData(Shown.EVERYONE))
    assert model.rowCount() == 3
    with qtbot.waitSignal(main_window.contacts_changed, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert sorted(_names()) == ["Ann Lee", "Ann Lee", "Bo Kim"]
    assert load_contact(ann).title == ""  # not merged
    bo = database.execute_sql("SELECT id FROM contact WHERE display_name = 'Bo Kim'").fetchone()
    assert load_contact(bo[0]).photo == JPEG  # kept, for the editor to show
    assert main_window.model.rowCount() == 3 or not main_window.model.is_complete


def test_merge_is_the_default_for_matches(
    qtbot: QtBot, main_window: MainWindow, mixed_file: Path
) -> None:
    ann = create_contact(ContactData(display_name="Ann Lee", emails=[Email("ann@x.org")]))
    dialog = _open(qtbot, main_window, [mixed_file])
    with qtbot.waitSignal(dialog.import_finished, timeout=10_000) as blocker:
        dialog.start_import()
    summary = blocker.args[0]
    assert (summary.imported, summary.merged) == (2, 1)
    assert load_contact(ann).title == "CTO"
    wait_for_tasks()


def test_maybe_the_same_person_is_shown_and_imported_as_new_unless_merged(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    """Two entries of one phone with different UIDs, the same name and organization."""
    path = _write(
        tmp_path / "phone.vcf",
        "BEGIN:VCARD\nVERSION:4.0\nUID:a\nFN:Ann Lee\nORG:Contoso\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nUID:b\nFN:Ann Lee\nORG:Contoso\nTITLE:CTO\nEND:VCARD\n",
    )
    dialog = _open(qtbot, main_window, [path])
    model = dialog.model
    assert model.index(1, PreviewColumn.MATCH).data() == (
        "Maybe Ann Lee: same name and organization, also in this import"
    )
    assert "different UIDs" in model.index(1, PreviewColumn.MATCH).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, PreviewColumn.ACTION).data() == "Import as new"
    assert model.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert dialog.summary_label.text() == (
        "2 people found: 1 new, 1 more than once in these files (0 to merge). 1 only maybe the "
        "same person (another UID, or one UID for different people): imported as new unless "
        "you choose Merge."
    )
    assert model.choices() == {0: Choice.NEW, 1: Choice.NEW}
    assert model.setData(model.index(1, PreviewColumn.ACTION), Choice.MERGE.value)
    assert model.index(1, PreviewColumn.ACTION).data() == "Merge"
    with qtbot.waitSignal(dialog.import_finished, timeout=10_000) as blocker:
        dialog.start_import()
    assert (blocker.args[0].imported, blocker.args[0].merged) == (1, 1)
    assert _names() == ["Ann Lee"]
    wait_for_tasks()


def test_a_known_uid_on_someone_else_is_shown_as_maybe_and_kept_apart(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    """A card made with a known contact's UID but another name and e-mail."""
    ann = create_contact(ContactData(display_name="Ann Lee", emails=[Email("ann@x.org")]))
    uid = load_contact(ann).uid
    path = _write(
        tmp_path / "crafted.vcf",
        f"BEGIN:VCARD\nVERSION:3.0\nUID:{uid}\nFN:Mallory Attacker\n"
        "EMAIL:mallory@evil.example\nEND:VCARD\n",
    )
    dialog = _open(qtbot, main_window, [path])
    model = dialog.model
    assert model.index(0, PreviewColumn.MATCH).data() == (
        "Maybe Ann Lee: same UID, but no name, e-mail or phone in common"
    )
    assert "one UID" in model.index(0, PreviewColumn.MATCH).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, PreviewColumn.ACTION).data() == "Import as new"
    with qtbot.waitSignal(dialog.import_finished, timeout=10_000) as blocker:
        dialog.start_import()
    assert (blocker.args[0].imported, blocker.args[0].merged) == (1, 0)
    assert _names() == ["Ann Lee", "Mallory Attacker"]
    assert [e.address for e in load_contact(ann).emails] == ["ann@x.org"]
    wait_for_tasks()


def test_cancel_during_import_leaves_the_database_unchanged(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    cards = "".join(
        f"BEGIN:VCARD\nFN:Person {i}\nEMAIL:p{i}@x.org\nEND:VCARD\n" for i in range(20_000)
    )
    path = _write(tmp_path / "many.vcf", cards)
    dialog = _open(qtbot, main_window, [path])
    assert dialog.model.rowCount() == 20_000
    dialog.start_import()
    assert dialog.running
    dialog.reject()  # Cancel while writing
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert not dialog.isVisible()
    assert _names() == []
    assert database.execute_sql("SELECT count(*) FROM contact_fts").fetchone()[0] == 0


def test_unreadable_file_is_explained(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    dialog = _open(qtbot, main_window, [tmp_path / "gone.vcf"])
    box = dialog.error_box
    assert box.isVisible() and "gone.vcf" in box.text()
    box.close()
    assert not dialog.isVisible()


def test_drop_files_and_folders_on_the_window(
    qtbot: QtBot, main_window: MainWindow, mixed_file: Path, tmp_path: Path
) -> None:
    mime = QMimeData()
    other = tmp_path / "notes.txt"
    other.write_text("x")
    mime.setUrls(
        [QUrl.fromLocalFile(str(mixed_file)), QUrl.fromLocalFile(str(other)), QUrl("http://x")]
    )
    assert importable_paths(mime) == [mixed_file]
    folder = QMimeData()
    folder.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    assert importable_paths(folder) == [tmp_path]
    assert main_window.acceptDrops()
    args = (
        QPoint(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(*args)
    main_window.dragEnterEvent(enter)
    assert enter.isAccepted()
    refused = QMimeData()
    refused.setUrls([QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(QPoint(1, 1), *args[1:2], refused, *args[3:])
    main_window.dragEnterEvent(enter)
    assert not enter.isAccepted()
    drop = QDropEvent(QPointF(100, 100), args[1], folder, args[3], args[4])
    main_window.dropEvent(drop)
    dialog = main_window.import_export.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert dialog.model.rowCount() == 3
    dialog.reject()


def test_file_menu_import_and_export(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    source = _write(tmp_path / "in.vcf", "BEGIN:VCARD\nFN:Ann Lee\nTEL:+1 555 0100\nEND:VCARD\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(source)], ""))
    main_window.import_export.import_action.trigger()
    dialog = main_window.import_export.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    with qtbot.waitSignal(dialog.import_finished, timeout=10_000):
        dialog.start_import()
    target = tmp_path / "out"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV spreadsheet (*.csv)")
    )
    main_window.import_export.export_action.trigger()
    task = main_window.import_export._export_task
    assert task is not None
    qtbot.waitUntil(lambda: main_window.import_export._export_task is None, timeout=10_000)
    text = (tmp_path / "out.csv").read_text("utf-8-sig")
    assert text.splitlines()[1].startswith("Ann Lee,")
    assert ",'+1 555 0100," in text  # the safe default: no cell a spreadsheet would run
    assert "Exported 1 contact to " in main_window.statusBar().currentMessage()


def test_files_named_at_start_up_open_the_app_with_an_import(tmp_path: Path) -> None:
    from netdesk.__main__ import _wants_cli
    from netdesk.cli import command_names
    from netdesk.ui.shell.app import _parse

    card = tmp_path / "double-clicked.vcf"
    assert not _wants_cli([str(card)], command_names())
    assert not _wants_cli(["--db", "x.sqlite", str(card)], command_names())
    assert _parse(["--db", "x.sqlite", str(card)]).files == [card]


def test_imported_photo_shows_in_the_editor(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    png = _png_base64(image)
    path = _write(
        tmp_path / "photo.vcf",
        f"BEGIN:VCARD\nVERSION:4.0\nFN:Pia Photo\nPHOTO:data:image/png;base64,{png}\nEND:VCARD\n",
    )
    dialog = _open(qtbot, main_window, [path])
    with qtbot.waitSignal(dialog.import_finished, timeout=10_000) as blocker:
        dialog.start_import()
    contact_id = blocker.args[0].contact_ids[0]
    assert load_contact(contact_id).photo_mime == "image/png"
    editor = main_window.open_editor(contact_id)
    assert editor is not None
    pixmap = editor.photo_preview.pixmap()
    assert not pixmap.isNull()
    assert pixmap.toImage().pixelColor(pixmap.width() // 2, pixmap.height() // 2) == QColor(
        "#2e7d32"
    )
    editor.reject()


def test_cancel_while_reading_closes_without_importing(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    cards = "".join(f"BEGIN:VCARD\nFN:Person {i}\nEND:VCARD\n" for i in range(5000))
    paths = [_write(tmp_path / f"part{n}.vcf", cards) for n in range(8)]
    main_window.import_files(paths)
    dialog = main_window.import_export.dialog
    assert dialog is not None and dialog.running
    assert dialog.stack.currentWidget() is dialog.busy_page
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert not dialog.isVisible() and dialog.plan is None
    assert _names() == []


def test_preview_shows_who_referred_whom(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, mixed_file: Path
) -> None:
    """RELATED to another card's UID and Apple's labelled related name both show as a name."""
    pair = _write(
        tmp_path / "pair.vcf",
        "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:sara-1\nFN:Sara Smith\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:john-2\nFN:John Public\n"
        "RELATED;TYPE=contact:urn:uuid:sara-1\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ivy Iles\nitem1.X-ABRELATEDNAMES:Sara Smith\n"
        "item1.X-ABLabel:Referred by\nEND:VCARD\n",
    )
    dialog = _open(qtbot, main_window, [pair])
    model = dialog.model
    shown = {
        model.index(r, PreviewColumn.NAME).data(): model.index(r, PreviewColumn.REFERRED_BY).data()
        for r in range(model.rowCount())
    }
    assert shown == {"Sara Smith": "", "John Public": "Sara Smith", "Ivy Iles": "Sara Smith"}
    assert not dialog.table.isColumnHidden(PreviewColumn.REFERRED_BY)
    dialog.reject()
    assert not dialog.isVisible()

    dialog = _open(qtbot, main_window, [mixed_file])  # nobody referred: no empty column
    assert dialog.table.isColumnHidden(PreviewColumn.REFERRED_BY)
    dialog.reject()


def test_a_large_imported_photo_is_stored_at_editor_size(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    from netdesk.ui.contacts.photos import PHOTO_MAX

    noise = os.urandom(900 * 600 * 3)  # a photograph-like PNG of about 1.6 MB
    photo = _png_base64(QImage(noise, 900, 600, 900 * 3, QImage.Format.Format_RGB888))
    card = _write(
        tmp_path / "portrait.vcf",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Pia Portrait\n"
        f"PHOTO;ENCODING=b;TYPE=PNG:{photo}\nEND:VCARD\n",
    )
    dialog = _open(qtbot, main_window, [card])
    with qtbot.waitSignal(main_window.contacts_changed, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    row = database.execute_sql("SELECT id FROM contact WHERE display_name = 'Pia Portrait'")
    stored = load_contact(row.fetchone()[0])
    assert stored.photo_mime == "image/jpeg"
    image = QImage.fromData(stored.photo or b"")
    assert (image.width(), image.height()) == (PHOTO_MAX, PHOTO_MAX * 2 // 3)
    assert len(stored.photo or b"") < 200_000


def test_export_shows_progress_and_cancel_writes_nothing(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QPushButton

    from netdesk.core.demo import generate_demo

    generate_demo(3000)  # enough that the export is still running when Cancel is pressed
    ie = main_window.import_export
    target = tmp_path / "everyone.vcf"
    ie.export(target, "vcard4")
    progress = ie.export_progress
    assert progress is not None and progress.labelText() == "Exporting contacts to everyone.vcf..."
    progress.findChild(QPushButton).click()  # the dialog's Cancel button
    qtbot.waitUntil(lambda: ie._export_task is None, timeout=10_000)
    assert ie.export_progress is None
    assert not target.exists()
    assert main_window.statusBar().currentMessage() == (
        "The export was cancelled; no file was written."
    )
    ie.export(target, "vcard4")  # and without cancelling, everyone is written
    qtbot.waitUntil(lambda: ie._export_task is None, timeout=10_000)
    assert target.read_text(encoding="utf-8").count("BEGIN:VCARD") == len(_names())


def test_the_whole_import_can_be_marked_warm_and_tagged_and_undone_in_one_step(
    qtbot: QtBot, main_window: MainWindow, mixed_file: Path
) -> None:
    """A phone's address book: the dialog offers the tag "phone" (editable) and a warm mark;
    both go in with the import and Edit > Undo takes them out with it."""
    from netdesk.core.query import all_tags
    from netdesk.models import Lead
    from tests.ui.shell.test_main_window import written

    ann = create_contact(ContactData(display_name="Ann Lee", emails=[Email("ann@x.org")]))
    main_window.refresh()
    dialog = _open(qtbot, main_window, [mixed_file])
    assert dialog.tag_edit.text() == "phone"
    assert not dialog.warm_check.isChecked()
    assert dialog.tag_edit.isVisibleTo(dialog) and dialog.warm_check.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.warm_check, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.tag_edit, " book")
    with qtbot.waitSignal(dialog.import_finished, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert main_window.undo_stack.undoText() == "Import 3 contacts"
    rows = database.execute_sql(
        "SELECT c.display_name, c.lead, group_concat(t.name) FROM contact c "
        "LEFT JOIN contact_tag ct ON ct.contact_id = c.id LEFT JOIN tag t ON t.id = ct.tag_id "
        "GROUP BY c.id ORDER BY c.id"
    ).fetchall()
    assert rows == [
        ("Ann Lee", "warm", "phone book"),  # merged into: warm and tagged too
        ("Bo Kim", "warm", "phone book"),
        ("Cy Dale", "warm", "phone book"),
    ]
    main_window.undo_action.trigger()
    written(qtbot, main_window)
    assert _names() == ["Ann Lee"]
    assert load_contact(ann).lead == Lead.COLD and load_contact(ann).tags == []
    assert "phone book" not in all_tags()
