"""The labels of statuses, relationships, meeting kinds...: one table, complete, extractable by
Qt's lupdate, translated where the UI shows them."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
import xml.etree.ElementTree as ET
from enum import StrEnum
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.models import enums
from netdesk.models.enums import Lead, MeetingKind, Relationship, Status, TaskKind
from netdesk.ui import labels
from netdesk.ui.labels import label

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

VOCABULARIES = [
    cls
    for _, cls in inspect.getmembers(enums, inspect.isclass)
    if issubclass(cls, StrEnum) and cls.__module__ == enums.__name__
]


def _tool(name: str) -> Path:
    path = BIN / name
    if not path.exists():
        pytest.skip(f"{name} is not installed beside {BIN / 'python'}")
    return path


def _extracted(paths: list[Path], tmp_path: Path) -> dict[str, set[str]]:
    """``lupdate``'s source texts of ``paths``, by context."""
    ts = tmp_path / "netdesk.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-extensions", "py", *map(str, paths), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    found: dict[str, set[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        found.setdefault(name, set()).update(
            m.findtext("source") or "" for m in context.iter("message")
        )
    return found


def test_every_value_of_every_vocabulary_has_a_label() -> None:
    """A new status (or a new vocabulary) without a label fails here."""
    assert {Status, Relationship, MeetingKind, TaskKind} <= set(VOCABULARIES)
    assert set(labels.TABLES) == set(VOCABULARIES)
    for vocabulary in VOCABULARIES:
        table = labels.TABLES[vocabulary]
        assert set(table) == set(vocabulary), vocabulary.__name__
        for value in vocabulary:
            assert label(value).strip(), value


def test_a_value_without_a_label_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: a status missing from the table is found."""
    short = {k: v for k, v in labels.STATUS.items() if k is not Status.DORMANT}
    monkeypatch.setitem(labels.TABLES, Status, short)
    with pytest.raises(AssertionError):
        test_every_value_of_every_vocabulary_has_a_label()


def test_no_two_values_share_a_text() -> None:
    """Each text is one message for translators, so two meanings never share one."""
    texts = [labels.source_text(v) for vocabulary in VOCABULARIES for v in vocabulary]
    assert len(texts) == len(set(texts))


def test_the_english_labels_the_core_keeps_are_the_tables_texts() -> None:
    """The core's messages (an import's warnings) say what the UI shows."""
    for vocabulary in (Status, Relationship, Lead):
        for value in vocabulary:
            assert value.label == labels.source_text(value)


def test_lupdate_extracts_every_label_in_the_labels_context(tmp_path: Path) -> None:
    extracted = _extracted([ROOT / "netdesk" / "ui"], tmp_path)
    expected = {labels.source_text(v) for vocabulary in VOCABULARIES for v in vocabulary}
    assert expected - extracted.get(labels.CONTEXT, set()) == set()
    assert extracted[labels.CONTEXT] == expected  # nothing else in the context


def test_lupdate_would_not_see_a_label_translated_from_a_variable(tmp_path: Path) -> None:
    """Why the table exists: ``self.tr(status.label)`` gives lupdate nothing to extract."""
    source = tmp_path / "old.py"
    source.write_text(
        "class Panel:\n    def text(self, status):\n        return self.tr(status.label)\n"
    )
    assert _extracted([source], tmp_path) == {}


def test_labels_are_shown_in_the_installed_language(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, db: Path
) -> None:
    from netdesk.ui.contacts.editor import ContactEditor

    ts = tmp_path / "de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>Labels</name>"
        "<message><source>Met</source><translation>Getroffen</translation></message>"
        "<message><source>Other</source><translation>Sonstige</translation></message>"
        "</context></TS>",
        "utf-8",
    )
    qm = tmp_path / "de.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert label(Status.MET) == "Getroffen"
        assert label(Relationship.OTHER) == "Sonstige"
        assert label(TaskKind.OTHER) == "Other task"  # another value, its own text
        editor = ContactEditor(lambda *_: None)
        qtbot.addWidget(editor)
        shown = [editor.status.itemText(i) for i in range(editor.status.count())]
        assert "Getroffen" in shown and "Met" not in shown
    finally:
        QCoreApplication.removeTranslator(translator)
    assert label(Status.MET) == "Met"


ENUM_NAMES = {cls.__name__ for cls in VOCABULARIES}
FIELDS = {"status", "relationship", "lead", "kind", "direction"}


def _enum_label_uses(path: Path) -> list[int]:
    """Lines reading ``.label`` of an enum value: ``Status(x).label``, ``Status.MET.label``,
    ``row.status.label``, or ``value.label`` in ``for value in Status``."""
    tree = ast.parse(path.read_text("utf-8"))
    loop_names = {
        node.target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.For | ast.comprehension)
        and isinstance(node.target, ast.Name)
        and isinstance(node.iter, ast.Name)
        and node.iter.id in ENUM_NAMES
    }
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and node.attr == "label"):
            continue
        value = node.value
        if (
            (isinstance(value, ast.Call) and getattr(value.func, "id", "") in ENUM_NAMES)
            or (isinstance(value, ast.Attribute) and getattr(value.value, "id", "") in ENUM_NAMES)
            or (isinstance(value, ast.Attribute) and value.attr in FIELDS)
            or (isinstance(value, ast.Name) and value.id in loop_names | FIELDS)
        ):
            found.append(node.lineno)
    return found


def test_the_ui_takes_every_label_from_the_table() -> None:
    uses = {
        str(p.relative_to(ROOT)): lines
        for p in sorted((ROOT / "netdesk" / "ui").rglob("*.py"))
        if (lines := _enum_label_uses(p))
    }
    assert uses == {}


@pytest.mark.parametrize(
    "source",
    [
        "x = self.tr(Status(row.status).label)\n",
        "x = Relationship.OTHER.label\n",
        "x = row.status.label\n",
        "for value in Lead:\n    box.addItem(self.tr(value.label), value)\n",
        "items = [kind.label for kind in MeetingKind]\n",
    ],
)
def test_an_enum_label_in_the_ui_is_found(tmp_path: Path, source: str) -> None:
    path = tmp_path / "panel.py"
    path.write_text(source)
    assert _enum_label_uses(path) == [source.count("\n")]


def test_every_meeting_kind_has_its_hint_as_the_core_words_it() -> None:
    from netdesk.core.meetings import MEETING_KIND_HINTS

    assert {k: labels.meeting_kind_hint(k) for k in MeetingKind} == MEETING_KIND_HINTS


def test_lupdate_extracts_the_texts_of_tables_translated_when_shown(tmp_path: Path) -> None:
    """Headers, file types, paper sizes, CSV fields: marked where they are listed, so that
    translating them when shown (from a variable) still gives lupdate every text."""
    from netdesk.core.formats.csv_contacts import Field
    from netdesk.ui.importing.actions import EXPORT_FILTERS
    from netdesk.ui.importing.mapping import FIELD_LABELS
    from netdesk.ui.sheet.dialog import PAPER_NAMES

    extracted = _extracted([ROOT / "netdesk" / "ui"], tmp_path)
    assert set(map(str, FIELD_LABELS.values())) <= extracted["MappingPage"]
    assert {k: str(v) for k, v in FIELD_LABELS.items()} == Field.LABELS
    assert set(map(str, EXPORT_FILTERS.values())) <= extracted["ImportExport"]
    assert set(map(str, PAPER_NAMES.values())) <= extracted["WeeklySheetDialog"]
    assert {"Name", "Referred", "All below", "Organization"} <= extracted["ReferralTree"]
    assert set(map(str, labels.MEETING_KIND_HINT.values())) == extracted["MeetingKindHints"]
