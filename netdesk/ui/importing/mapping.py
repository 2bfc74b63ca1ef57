"""The CSV column-mapping step of an import: which column holds which field.

An unknown CSV (not one of the layouts NetDesk recognises) is shown with its first rows, and each
column gets a field or "ignore"; the import goes on once a name column is chosen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.formats.csv_contacts import CsvTable, Field

FIELD_LABELS: dict[str, object] = {
    Field.IGNORE: QT_TRANSLATE_NOOP("MappingPage", "(ignore)"),
    Field.DISPLAY_NAME: QT_TRANSLATE_NOOP("MappingPage", "Display name"),
    Field.GIVEN_NAME: QT_TRANSLATE_NOOP("MappingPage", "Given name"),
    Field.FAMILY_NAME: QT_TRANSLATE_NOOP("MappingPage", "Family name"),
    Field.ORGANIZATION: QT_TRANSLATE_NOOP("MappingPage", "Organization"),
    Field.TITLE: QT_TRANSLATE_NOOP("MappingPage", "Job title"),
    Field.DEPARTMENT: QT_TRANSLATE_NOOP("MappingPage", "Department"),
    Field.NICKNAME: QT_TRANSLATE_NOOP("MappingPage", "Nickname"),
    Field.BIRTHDAY: QT_TRANSLATE_NOOP("MappingPage", "Birthday"),
    Field.EMAIL: QT_TRANSLATE_NOOP("MappingPage", "E-mail"),
    Field.PHONE: QT_TRANSLATE_NOOP("MappingPage", "Phone"),
    Field.URL: QT_TRANSLATE_NOOP("MappingPage", "Web page"),
    Field.NOTES: QT_TRANSLATE_NOOP("MappingPage", "Notes"),
    Field.REFERRED_BY: QT_TRANSLATE_NOOP("MappingPage", "Referred by"),
    Field.TAGS: QT_TRANSLATE_NOOP("MappingPage", "Tags"),
    Field.PAST_EMPLOYERS: QT_TRANSLATE_NOOP("MappingPage", "Past employers"),
    Field.GOOD_AT: QT_TRANSLATE_NOOP("MappingPage", "Good at"),
    Field.NEEDS: QT_TRANSLATE_NOOP("MappingPage", "Needs"),
    Field.CONNECTED_ON: QT_TRANSLATE_NOOP("MappingPage", "Connected on"),
    Field.UID: QT_TRANSLATE_NOOP("MappingPage", "Unique ID (UID)"),
    Field.REFERRER_UID: QT_TRANSLATE_NOOP("MappingPage", "Referrer's UID"),
}
"""What each field is called in the mapping step, marked for lupdate (the core's
``Field.LABELS``, which the command line prints, says the same in English)."""


class MappingPage(QWidget):
    """Which column of an unknown CSV holds what: one combo per column, with sample values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the choices in it
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll_area, 1)
        self.combos: list[QComboBox] = []
        self.table: CsvTable | None = None

    def show_table(self, table: CsvTable) -> None:
        self.table = table
        self.title.setText(
            self.tr(
                "NetDesk does not know the columns of {name}. Say which column holds what; "
                "columns left at (ignore) are not imported."
            ).format(name=Path(table.file).name)
        )
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.addWidget(QLabel(self.tr("<b>Column</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Holds</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>First values</b>")), 0, 2)
        self.combos = []
        samples = table.sample(3)
        suggested = table.suggested_mapping()
        for column, header in enumerate(table.header):
            # The column's name labels its choice (an "&" in it is no shortcut letter).
            name = QLabel((header or self.tr("(no name)")).replace("&", "&&"))
            name.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox()
            name.setBuddy(combo)
            for field in Field.ALL:
                combo.addItem(
                    QCoreApplication.translate("MappingPage", str(FIELD_LABELS[field])), field
                )
            guess = suggested[column]
            combo.setCurrentIndex(max(combo.findData(guess), 0))
            combo.currentIndexChanged.connect(self._changed)
            values = [row[column] for row in samples if column < len(row) and row[column]]
            sample = QLabel(" | ".join(v.replace("\n", " ")[:40] for v in values))
            sample.setTextFormat(Qt.TextFormat.PlainText)
            font = sample.font()
            font.setItalic(True)
            sample.setFont(font)
            grid.addWidget(name, column + 1, 0)
            grid.addWidget(combo, column + 1, 1)
            grid.addWidget(sample, column + 1, 2)
            self.combos.append(combo)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(table.header) + 1, 1)
        self.scroll_area.setWidget(grid_host)

    mapping_changed = Signal()

    def _changed(self) -> None:
        self.mapping_changed.emit()

    def mapping(self) -> list[str]:
        return [str(combo.currentData()) for combo in self.combos]

    def usable(self) -> bool:
        """Something to name people by: a name, organization, e-mail or phone column."""
        wanted = {
            Field.DISPLAY_NAME,
            Field.GIVEN_NAME,
            Field.FAMILY_NAME,
            Field.ORGANIZATION,
            Field.EMAIL,
            Field.PHONE,
        }
        return bool(wanted & set(self.mapping()))
