"""The first sync's preview: the server's cards matched with the contacts here, before anything
is written.

The import preview's table (``ui/importing/preview``), without its check boxes: every card on
the server comes here (one left out would come back, unasked, with the next sync), and for each
that matches a contact the user picks Merge or Keep apart. Sync goes on with the choices;
Cancel leaves both sides as they were.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.importing import Choice, ImportPlan
from netdesk.ui.formatting import format_number
from netdesk.ui.icons import icon
from netdesk.ui.importing.preview import ActionDelegate, PreviewColumn, PreviewModel
from netdesk.ui.theme import MARGIN, SPACING, secondary


class FirstSyncModel(PreviewModel):
    """The import preview's rows; every card is taken (no check box)."""

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return super().flags(index) & ~Qt.ItemFlag.ItemIsUserCheckable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            return None
        return super().data(index, role)


class FirstSyncDialog(QDialog):
    """The matches of an account's first sync; ``choices()`` once accepted."""

    def __init__(self, plan: ImportPlan, server: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("First sync with {server}").format(server=server))
        self.setWindowIcon(icon("sync"))
        self.resize(960, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)

        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        explain = QLabel(
            self.tr(
                "Nothing has been changed yet. People found on both sides are merged into one "
                "contact, unless you keep them apart; everyone else is added here. After this "
                "first sync, NetDesk keeps both sides up to date on its own."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(secondary(explain))

        self.model = FirstSyncModel(plan, self)
        self.table = QTableView()
        self.table.setObjectName("firstSyncPreview")
        self.table.setAccessibleName(self.tr("People on the server"))
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PreviewColumn.ACTION, ActionDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in {
            PreviewColumn.NAME: 200,
            PreviewColumn.ACTION: 140,
            PreviewColumn.MATCH: 220,
            PreviewColumn.ORGANIZATION: 140,
            PreviewColumn.EMAIL: 180,
            PreviewColumn.PHONE: 120,
        }.items():
            header.resizeSection(column, width)
        self.table.setColumnHidden(PreviewColumn.SOURCE, True)
        has_matches = plan.match_count > 0
        self.table.setColumnHidden(PreviewColumn.MATCH, not has_matches)
        self.table.setColumnHidden(PreviewColumn.ACTION, not has_matches)
        has_referrals = any(self.model.referred_by(item) for item in plan.items)
        self.table.setColumnHidden(PreviewColumn.REFERRED_BY, not has_referrals)

        self.merge_all_button = QPushButton(icon("merge"), self.tr("&Merge all matches"))
        self.merge_all_button.clicked.connect(lambda: self.model.set_all_matches(Choice.MERGE))
        self.apart_all_button = QPushButton(icon("add-contact"), self.tr("&Keep all apart"))
        self.apart_all_button.clicked.connect(lambda: self.model.set_all_matches(Choice.NEW))
        for button in (self.merge_all_button, self.apart_all_button):
            button.setEnabled(has_matches)
        row = QHBoxLayout()
        row.addWidget(self.merge_all_button)
        row.addWidget(self.apart_all_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sync_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sync_button.setText(self.tr("&Sync"))
        self.sync_button.setIcon(icon("sync"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.model.choices_changed.connect(self._update_summary)
        self._update_summary()

    def _update_summary(self) -> None:
        counts = self.model.counts()
        plan = self.plan
        text = self.tr("%Ln people on the server.", "", len(plan.items))
        merge = counts[Choice.MERGE]
        new = counts[Choice.NEW]
        text += " " + self.tr("{merge} to merge with contacts here, {new} to add.").format(
            merge=format_number(merge), new=format_number(new)
        )
        self.summary_label.setText(text)

    def choices(self) -> Mapping[int, Choice]:
        return self.model.choices()
