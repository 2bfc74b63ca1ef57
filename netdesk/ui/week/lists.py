"""One list of the "This week" page: groups of rows, as tall as its rows, inside the page.

The page scrolls, not the list: the three lists (agenda, to send, to call) read as one page with
headings, like a settings page or a mail client's agenda. Each list is exactly as tall as its
visible rows, hands Up/Down at its ends over to the list before or after it, and asks the page
to scroll its current row into view. Its columns share the width so that every heading fits;
a text elides (with its full text as a tooltip) only when its column truly cannot hold it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QHelpEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from netdesk.ui.week.rows import Column
from netdesk.ui.widgets import plain_tooltip

ROW_PADDING = 12
"""Extra height of a row over its text: a page, not a spreadsheet."""
WHO_SHARE = 0.34
REACH_SHARE = 0.24
"""At most this much of the width for the name and the phone or e-mail columns; "What" gets
the rest."""

Index = QModelIndex | QPersistentModelIndex


def elided(view: QAbstractItemView, index: Index) -> bool:
    """Whether ``index``'s text is cut off where the view paints it."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not text:
        return False
    delegate = view.itemDelegateForIndex(index)
    if not isinstance(delegate, QStyledItemDelegate):
        return False
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    delegate.initStyleOption(option, index)
    style = view.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, view) + 1)
    return option.fontMetrics.horizontalAdvance(str(text)) + margin > room.width()


class RowDelegate(QStyledItemDelegate):
    """Airy rows; a cut-off text shows in full as a tooltip (and only a cut-off one does, beyond
    the name column's own)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), row_height(option.fontMetrics.height()))

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        if elided(view, index):
            text = str(index.data(Qt.ItemDataRole.DisplayRole))
            QToolTip.showText(event.globalPos(), plain_tooltip(text), view)
            return True
        if index.column() == Column.WHO and index.data(Qt.ItemDataRole.ToolTipRole):
            return super().helpEvent(event, view, option, index)
        QToolTip.hideText()
        return True


def row_height(text_height: int) -> int:
    return max(text_height, 18) + ROW_PADDING


class SectionList(QTreeWidget):
    """Groups (top-level items) of rows in four columns, sized to show every visible row."""

    leave_up = Signal()
    """Up pressed on the first row: the list above takes over."""
    leave_down = Signal()
    """Down pressed on the last row: the list below takes over."""
    wants_visible = Signal(QRect)
    """A rectangle (in this list's coordinates) the page should scroll into view."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(len(Column))
        self.setHeaderLabels(headers)
        self.setItemDelegate(RowDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAllColumnsShowFocus(True)
        self.setExpandsOnDoubleClick(True)
        header = self.header()
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        for column in Column:
            mode = QHeaderView.ResizeMode.Stretch if column == Column.WHAT else (
                QHeaderView.ResizeMode.Interactive
            )  # fmt: skip
            header.setSectionResizeMode(column, mode)
        self.itemExpanded.connect(self._resized)
        self.itemCollapsed.connect(self._resized)

    # Size ----------------------------------------------------------------------------------------

    def visible_rows(self) -> int:
        rows = 0
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            if group is None or group.isHidden():
                continue
            rows += 1
            if group.isExpanded():
                rows += group.childCount()
        return rows

    def row_height(self) -> int:
        return row_height(self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        header = self.header().sizeHint().height() if not self.isHeaderHidden() else 0
        height = header + self.visible_rows() * self.row_height() + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def contents_changed(self) -> None:
        """Rows were added or removed: take the new height, and share the width again."""
        self.updateGeometry()
        self.fit_columns()

    def _resized(self, _item: QTreeWidgetItem) -> None:
        self.contents_changed()  # the rows just shown may want wider columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_columns()

    def column_wanted(self, column: Column) -> int:
        """The width a column's heading and rows ask for (the rows on screen)."""
        header = self.header().sectionSizeHint(column)
        return max(header, self.sizeHintForColumn(column))

    def fit_columns(self) -> None:
        """Name and phone take what they need up to a share of the width, "When" all it needs,
        "What" the rest; never less than the heading."""
        width = self.viewport().width()
        header = self.header()
        for column, share in (
            (Column.WHO, WHO_SHARE),
            (Column.WHEN, 1.0),
            (Column.REACH, REACH_SHARE),
        ):
            heading = header.sectionSizeHint(column)
            wanted = self.column_wanted(column) + 8
            header.resizeSection(column, max(heading, min(wanted, int(width * share))))

    # Keyboard and scrolling ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentItem()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and current is not None:
            if event.key() == Qt.Key.Key_Down and self.itemBelow(current) is None:
                self.leave_down.emit()
                return
            if event.key() == Qt.Key.Key_Up and self.itemAbove(current) is None:
                self.leave_up.emit()
                return
        super().keyPressEvent(event)

    def scrollTo(
        self,
        index: Index,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """The page scrolls; the list, as tall as its rows, has nothing to scroll."""
        if index.isValid():
            rect = self.visualRect(self.model().index(index.row(), index.column(), index.parent()))
            self.wants_visible.emit(rect.translated(self.viewport().pos()))

    def enter_at_top(self) -> None:
        self._enter(self.topLevelItem(0))

    def enter_at_bottom(self) -> None:
        last = self.topLevelItem(self.topLevelItemCount() - 1)
        while last is not None and last.isExpanded() and last.childCount():
            last = last.child(last.childCount() - 1)
        self._enter(last)

    def _enter(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setCurrentItem(item)


def enter_next_shown(lists: list[SectionList], target: SectionList, *, down: bool) -> None:
    """Up/Down past the end of one list goes on in ``target``, or, hidden, the next one shown
    in that direction (``lists`` in the page's order)."""
    if target.isHidden():
        index = lists.index(target)
        candidates = lists[index:] if down else list(reversed(lists[: index + 1]))
        target = next((c for c in candidates if not c.isHidden()), target)
        if target.isHidden():
            return
    if down:
        target.enter_at_top()
    else:
        target.enter_at_bottom()
