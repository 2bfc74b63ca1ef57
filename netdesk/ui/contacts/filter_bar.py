"""The bar above the contact table: search as you type and the quick filters.

Status, relationship, warm or cold, tag, "Due this week" and "Due to keep in touch" narrow the
table; what the bar holds is one :class:`~netdesk.core.query.ContactFilter`, which the table's
model runs in the database.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.dates import Week
from netdesk.core.query import ContactFilter
from netdesk.models.enums import Lead, Relationship, Status
from netdesk.ui import labels
from netdesk.ui.icons import icon
from netdesk.ui.widgets import add_search_icon, name_clear_button


class ContactFilterBar(QWidget):
    """The search box, and the quick filters on a line below it."""

    filters_changed = Signal()
    """The search text or a filter changed (not while :meth:`clear` or :meth:`set_tags` run)."""
    search_entered = Signal()
    """Enter in the search box."""
    clear_requested = Signal()
    """The "Show everyone" button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, companies, e-mails, notes, tags..."))
        self.search.setAccessibleName(self.tr("Search contacts"))
        name_clear_button(self.search)
        add_search_icon(self.search, icon("find"))
        self.search.setToolTip(
            self.tr("Filters as you type ({shortcut})").format(
                shortcut=QKeySequence(QKeySequence.StandardKey.Find).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.search.textChanged.connect(lambda _text: self.filters_changed.emit())
        self.search.returnPressed.connect(self.search_entered)

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in Status:
            self.status_filter.addItem(labels.label(status), status)
        self.relationship_filter = QComboBox()
        self.relationship_filter.addItem(self.tr("Any relationship"), None)
        for relationship in Relationship:
            self.relationship_filter.addItem(labels.label(relationship), relationship)
        self.lead_filter = QComboBox()
        self.lead_filter.addItem(self.tr("Warm and cold"), None)
        self.lead_filter.addItem(icon("warm-lead"), self.tr("Warm leads"), Lead.WARM)
        self.lead_filter.addItem(self.tr("Cold leads"), Lead.COLD)
        self.tag_filter = QComboBox()
        self.tag_filter.addItem(self.tr("Any tag"), None)
        # No label beside them: a name, and a tooltip (which a screen reader reads too).
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.setToolTip(self.tr("Only the contacts with this status"))
        self.relationship_filter.setAccessibleName(self.tr("Filter by relationship"))
        self.relationship_filter.setToolTip(self.tr("Only the contacts you know this way"))
        self.lead_filter.setAccessibleName(self.tr("Filter by warm or cold"))
        self.lead_filter.setToolTip(self.tr("Only warm leads, or only cold ones"))
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.tag_filter.setToolTip(self.tr("Only the contacts with this tag"))
        self.due_filter = QCheckBox(self.tr("Due this week"))
        self.due_filter.setIcon(icon("follow-up-week"))
        self.due_filter.setToolTip(
            self.tr("Only contacts with a follow-up due by Sunday, overdue ones included")
        )
        self.keep_in_touch_filter = QCheckBox(self.tr("Due to keep in touch"))
        self.keep_in_touch_filter.setIcon(icon("keep-in-touch"))
        self.keep_in_touch_filter.setToolTip(
            self.tr("Only the people whose keep-in-touch rhythm has passed since the last touch")
        )
        for combo in self.combos():
            # Wide enough for "Any ..." in full; longer entries show in the open list.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(1)
            text_width = combo.fontMetrics().horizontalAdvance(combo.itemText(0))
            combo.setMinimumWidth(text_width + 36)  # frame, margins and the arrow
            combo.currentIndexChanged.connect(lambda _index: self.filters_changed.emit())
        for box in self.checks():
            box.toggled.connect(lambda _on: self.filters_changed.emit())
        self.clear_filters_button = QToolButton()
        self.clear_filters_button.setIcon(icon("clear-filters"))
        self.clear_filters_button.setToolTip(self.tr("Show everyone: clear search and filters"))
        self.clear_filters_button.setAccessibleName(self.tr("Show everyone"))
        self.clear_filters_button.setAutoRaise(True)
        self.clear_filters_button.clicked.connect(self.clear_requested)

        # The search on the table's width, not beside the combos: beside five filters it was
        # squeezed to a few letters whenever the contact card took its room.
        # "Due to keep in touch" beside the search, which has room to spare: on the line of
        # the combos it made the window wider than a laptop's screen.
        search_line = QHBoxLayout()
        search_line.setContentsMargins(0, 0, 0, 0)
        search_line.addWidget(self.search, 1)
        search_line.addWidget(self.keep_in_touch_filter)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for widget in (*self.combos(), self.due_filter):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.clear_filters_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(search_line)
        layout.addLayout(filters)
        previous: QWidget = self.search
        order = (self.keep_in_touch_filter, *self.combos(), self.due_filter)
        for widget in (*order, self.clear_filters_button):
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.status_filter, self.relationship_filter, self.lead_filter, self.tag_filter)

    def checks(self) -> tuple[QCheckBox, ...]:
        return (self.due_filter, self.keep_in_touch_filter)

    def current_filter(self) -> ContactFilter:
        return ContactFilter(
            search=self.search.text(),
            status=self.status_filter.currentData(),
            relationship=self.relationship_filter.currentData(),
            lead=self.lead_filter.currentData(),
            tag=self.tag_filter.currentData(),
            follow_up_due_by=Week.containing(date.today()).sunday
            if self.due_filter.isChecked()
            else None,
            keep_in_touch_due_by=date.today() if self.keep_in_touch_filter.isChecked() else None,
        )

    def clear(self) -> None:
        """Empty the search and set every filter to "any", quietly (no ``filters_changed``)."""
        widgets = (self.search, *self.combos(), self.due_filter)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in self.combos():
            combo.setCurrentIndex(0)
        for box in self.checks():
            box.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)

    def set_tags(self, tags: list[str]) -> bool:
        """Offer ``tags``, keeping the chosen one if it is still there; True when it was not
        (the filter is back to "Any tag" and the table must be filtered again)."""
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Any tag"), None)
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        found = self.tag_filter.findData(current) if current is not None else 0
        self.tag_filter.setCurrentIndex(max(found, 0))
        self.tag_filter.blockSignals(False)
        return current is not None and found < 0
