"""The referral tree: who led to whom, as a lazily loaded tree beside the contact table.

Roots are the people you knew directly; below each person, the people they referred. Children load
page by page as nodes expand (``canFetchMore``/``fetchMore``), so 100,000 contacts and a chain of
introductions 5,000 levels deep stay quick. Nothing here recurses: paths load in one query
(:func:`netdesk.core.tree.children_through`) and are walked with loops.

The panel keeps its selection in step with the contact table (through the window's
``ContactSelection``), filters (matches shown with the people who led to them), re-parents by
drag and drop or "Set referrer..." (undoable on the main window's stack), shows the path back to
someone you knew with the opening line for a call, the network's numbers, and saves or prints
the visible tree (drawn by :mod:`netdesk.ui.tree.picture`). In a window it gets the window's
``PanelContext`` and re-reads the tree when the store says contacts or referrals changed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from enum import IntEnum
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPageLayout,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from netdesk.core import tree
from netdesk.core.contacts import display_names, would_create_cycle
from netdesk.core.errors import NetDeskError
from netdesk.core.referrals import (
    ChainLink,
    describe_path,
    opening_line,
    path_to_me,
    referrer_of,
)
from netdesk.core.text import isolate_bidi
from netdesk.models.enums import Status
from netdesk.models.records import ReferralInfo
from netdesk.models.store import Topic
from netdesk.ui import labels
from netdesk.ui.icons import icon
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.store_signals import ChangeWatch
from netdesk.ui.shell.tasks import Progress, Task, run_task
from netdesk.ui.shell.writes import Writer
from netdesk.ui.tree.picture import MAX_PICTURE_ROWS, PictureRow, TreePicture
from netdesk.ui.widgets import ContactPicker, plain_tooltip

MIME_TYPE = "application/x-netdesk-contact-ids"
Index = QModelIndex | QPersistentModelIndex
PATH_LINKS_SHOWN = 9
COUNT_WINDOW = 100
"""Rows counted on either side of one first shown (see ReferralTreeModel._count_near)."""
BULK_LEVELS = 64
NAME_WIDTH = 180
NAME_ROOM = 100
"""Pixels kept for a name right of its indentation when the name column widens."""
"""Paths with more levels than this still to load are loaded by a reset of the whole model."""


TREE_TOPICS = (Topic.CONTACTS, Topic.REFERRALS, Topic.MEETINGS)
"""What the tree shows: people (name, company, status), who referred whom, and the numbers
(referrals per meeting held)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferralTree", text)


class Column(IntEnum):
    """Counts before the organization: they matter most in a narrow dock."""

    NAME = 0
    REFERRED = 1
    BELOW = 2
    ORGANIZATION = 3


_HEADERS = {
    Column.NAME: "Name",
    Column.ORGANIZATION: "Organization",
    Column.REFERRED: "Referred",
    Column.BELOW: "All below",
}
_HEADER_TIPS = {
    Column.REFERRED: "People this contact referred you to",
    Column.BELOW: "Everyone who came through this contact: their referrals, theirs, and so on",
}

IdRole = Qt.ItemDataRole.UserRole + 1
"""The contact id of a node."""
RecordRole = Qt.ItemDataRole.UserRole + 2
"""The node's :class:`netdesk.core.tree.NodeRow`."""
MatchRole = Qt.ItemDataRole.UserRole + 3
"""True for people the filter matched (their ancestors are shown too, not matched)."""


_COLUMNS = len(Column)


class _Node:
    """One loaded person; ``children`` holds the loaded prefix of ``total`` child rows."""

    __slots__ = ("below", "children", "id", "match", "parent", "record", "row", "total")

    def __init__(
        self, record: tree.NodeRow | None, parent: _Node | None, row: int, total: int
    ) -> None:
        self.record = record
        self.id = record.id if record is not None else 0
        self.parent = parent
        self.row = row
        self.total = total
        self.children: list[_Node] = []
        self.below = -1
        self.match = False


class ReferralTreeModel(QAbstractItemModel):
    """People you knew at the top, the people each one referred below them, loaded as needed.

    The index's internal id is the contact id: every contact appears once in the forest.
    """

    reparent_requested = Signal(int, int)
    """Someone was dropped onto another person: (contact id, new referrer id)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None, 0, 0)
        self._nodes: dict[int, _Node] = {}
        self._forest: tree.FilteredForest | None = None
        self.roots_page = tree.ROOTS_PAGE
        self.children_page = tree.CHILDREN_PAGE
        self._icons = {status.value: icon(f"status-{status.value}") for status in Status}
        self._labels = {status.value: labels.label(status) for status in Status}
        self._bold = QFont()
        self._bold.setBold(True)

    # Loading -----------------------------------------------------------------------------------

    @property
    def forest(self) -> tree.FilteredForest | None:
        return self._forest

    def set_forest(self, forest: tree.FilteredForest | None) -> None:
        """Show only a filter's matches and their ancestors (None: everyone); reload after."""
        self._forest = forest

    def reload(self, expanded: Iterable[int] = (), path: list[int] | None = None) -> list[int]:
        """Query everything again, loading the children of ``expanded`` (ids, parents first).

        With ``path`` (ids from a root down to someone) everyone on it is loaded too, all in a
        few queries and without one insertion per level: how a long path loads fastest.
        Returns the ids, parents first, that are loaded with their children: the ones to expand.
        """
        self.beginResetModel()
        try:
            return self._rebuild(list(expanded), path or [])
        finally:
            self.endResetModel()

    def _rebuild(self, expanded: list[int], path: list[int]) -> list[int]:
        old = self._nodes
        self._nodes = {}
        self._root = _Node(None, None, 0, 0)
        if self._forest is not None:
            return self._rebuild_filtered(self._forest)
        self._root.total = tree.root_count()
        wanted_set = {i for i in expanded if i in old}
        root_keys = [
            old[i].record.key  # type: ignore[union-attr]
            for i in wanted_set
            if old[i].parent is not None and old[i].parent.id == 0  # type: ignore[union-attr]
        ]
        pairs: list[tuple[int, int | None]] = []
        for i in wanted_set:
            pairs.append((i, None))
            parent = old[i].parent
            if parent is not None and parent.id in wanted_set:
                pairs.append((parent.id, i))
        if path:
            first = tree.rows_for(path[:1]).get(path[0])
            if first is not None:
                root_keys.append(first.key)
            pairs.extend((path[j], path[j + 1]) for j in range(len(path) - 1))
            wanted_set.update(path[:-1])
        rows = tree.roots(limit=self.roots_page, upto=max(root_keys) if root_keys else None)
        self._attach(self._root, rows)
        batch = tree.children_through(pairs, self.children_page) if pairs else {}
        loaded: list[int] = []
        parents: dict[int, int | None] = {}
        stack = [n for n in reversed(self._root.children) if n.id in wanted_set]
        while stack:
            node = stack.pop()
            loaded.append(node.id)
            parents[node.id] = (
                node.parent.id if node.parent is not None and node.parent.id else None
            )
            self._attach(node, batch.get(node.id, []))
            stack.extend(n for n in reversed(node.children) if n.id in wanted_set)
        # The expanded people and their children; other rows are counted when first shown.
        for node_id, count in tree.closed_descendant_counts(parents).items():
            node = self._nodes.get(node_id)
            if node is not None:
                node.below = count
        return loaded

    def _rebuild_filtered(self, forest: tree.FilteredForest) -> list[int]:
        self._root.total = len(forest.children.get(0, []))
        loaded: list[int] = []
        stack = [self._root]
        while stack:
            node = stack.pop()
            rows = forest.children.get(node.id, [])
            node.total = len(rows)
            if node.id and rows:
                loaded.append(node.id)
            self._attach(node, rows)
            for child in node.children:
                child.below = forest.descendants.get(child.id, -1)
                child.match = child.id in forest.matches
            stack.extend(reversed(node.children))
        return loaded

    def _attach(self, node: _Node, rows: list[tree.NodeRow]) -> list[_Node]:
        start = len(node.children)
        added: list[_Node] = []
        for record in rows:
            if record.id in self._nodes:  # changed under us; a refresh is on its way
                continue
            child = _Node(record, node, start + len(added), record.direct)
            added.append(child)
            self._nodes[record.id] = child
        node.children.extend(added)
        return added

    def _insert(self, node: _Node, rows: list[tree.NodeRow], below: dict[int, int]) -> None:
        rows = [r for r in rows if r.id not in self._nodes]
        if not rows:
            return
        start = len(node.children)
        self.beginInsertRows(self._index_of_node(node), start, start + len(rows) - 1)
        for child in self._attach(node, rows):
            child.below = below.get(child.id, -1)
        self.endInsertRows()

    def canFetchMore(self, parent: Index) -> bool:
        node = self._nodes.get(parent.internalId()) if parent.isValid() else self._root
        return node is not None and len(node.children) < node.total

    def fetchMore(self, parent: Index) -> None:
        node = self._node(parent)
        if node is None or len(node.children) >= node.total or self._forest is not None:
            return
        after = node.children[-1].record.key if node.children else None  # type: ignore[union-attr]
        if node is self._root:
            expected = self.roots_page
            rows = tree.roots(after, expected)
        else:
            expected = self.children_page
            rows = tree.children(node.id, after, expected)
        self._insert(node, rows, {})  # counted when shown: see _count_near
        if len(rows) < expected:
            node.total = len(node.children)  # fewer than counted: the data changed meanwhile

    def load_path(
        self, contact_id: int, bulk: Callable[[list[int]], None] | None = None
    ) -> list[QModelIndex] | None:
        """Load everyone from a root down to ``contact_id``; their indexes, root first.

        Empty when the contact is not in the tree (deleted, or hidden by the filter); None when
        the loaded tree is out of date (someone moved since): reload, then ask again.
        """
        if self._forest is not None:
            if contact_id not in self._nodes:
                return []
            chain: list[int] = []
            node: _Node | None = self._nodes[contact_id]
            while node is not None and node.id:
                chain.append(node.id)
                node = node.parent
            return [self.index_of(i) for i in reversed(chain)]
        path = tree.ancestors(contact_id)
        if not path:
            return []
        parent, level = self._loaded_prefix(path)
        if level < len(path) and path[level] in self._nodes:
            return None
        if level < len(path) - BULK_LEVELS and bulk is not None:
            bulk(path)  # many levels to load: one reset instead of an insertion per level
        elif level < len(path):
            self._load_path_from(path, parent, level)
        if any(i not in self._nodes for i in path):
            return []
        return [self.index_of(i) for i in path]

    def _loaded_prefix(self, path: list[int]) -> tuple[_Node, int]:
        parent = self._root
        level = 0
        while level < len(path):
            node = self._nodes.get(path[level])
            if node is None or node.parent is not parent:
                break
            parent = node
            level += 1
        return parent, level

    def _load_path_from(self, path: list[int], parent: _Node, level: int) -> None:
        """``path[:level]`` is loaded; load the rest with one query for all the levels."""
        first = tree.rows_for([path[level]]).get(path[level])
        if first is None:
            return
        after = parent.children[-1].record.key if parent.children else None  # type: ignore[union-attr]
        if parent is self._root:
            rows = tree.roots(after, self.roots_page, upto=first.key)
        else:
            rows = tree.children(parent.id, after, self.children_page, upto=first.key)
        deeper = tree.children_through(
            ((path[j], path[j + 1]) for j in range(level, len(path) - 1)), self.children_page
        )
        chain: dict[int, int | None] = {path[0]: None}
        chain.update((path[j + 1], path[j]) for j in range(len(path) - 1))
        below = tree.closed_descendant_counts(chain)
        self._insert(parent, rows, below)
        for j in range(level, len(path) - 1):
            node = self._nodes.get(path[j])
            if node is None:
                return
            self._insert(node, deeper.get(path[j], []), below)

    # Lookup ----------------------------------------------------------------------------------

    def _node(self, index: Index) -> _Node | None:
        if not index.isValid():
            return self._root
        return self._nodes.get(index.internalId())

    def _index_of_node(self, node: _Node, column: int = 0) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, column, node.id)

    def index_of(self, contact_id: int) -> QModelIndex:
        """The index of a loaded contact; invalid when it is not loaded."""
        node = self._nodes.get(contact_id)
        return self._index_of_node(node) if node is not None else QModelIndex()

    def is_loaded(self, contact_id: int) -> bool:
        return contact_id in self._nodes

    def loaded_children(self, contact_id: int | None) -> list[int]:
        node = self._root if contact_id is None else self._nodes.get(contact_id)
        return [c.id for c in node.children] if node is not None else []

    def chain(self, contact_id: int) -> list[ChainLink]:
        """The loaded path from a root down to ``contact_id`` (empty when it is not loaded)."""
        links: list[ChainLink] = []
        node = self._nodes.get(contact_id)
        while node is not None and node.record is not None:
            links.append(ChainLink(node.id, node.record.name))
            node = node.parent
        links.reverse()
        return links

    def record(self, contact_id: int) -> tree.NodeRow | None:
        node = self._nodes.get(contact_id)
        return node.record if node is not None else None

    def below(self, contact_id: int) -> int:
        node = self._nodes.get(contact_id)
        if node is None:
            return -1
        if node.below < 0:
            self._count_near(node)
        return node.below

    def _count_near(self, node: _Node) -> None:
        """Count everyone below ``node`` and the uncounted siblings around it, in one query.

        Siblings have disjoint subtrees, so this costs no more than those subtrees' size.
        """
        siblings = node.parent.children if node.parent is not None else [node]
        lo = max(0, node.row - COUNT_WINDOW)
        window = [n for n in siblings[lo : node.row + COUNT_WINDOW] if n.below < 0]
        for node_id, count in tree.descendant_counts(n.id for n in window).items():
            self._nodes[node_id].below = count

    def count_all(self, ids: Iterable[int]) -> None:
        """Make sure every loaded contact of ``ids`` is counted (a set closed under parents)."""
        parents: dict[int, int | None] = {}
        for contact_id in ids:
            node = self._nodes.get(contact_id)
            if node is not None and node.below < 0:
                parent = node.parent
                while parent is not None and parent.id and parent.id not in parents:
                    parents[parent.id] = None  # filled in below
                    parent = parent.parent
                parents[contact_id] = None
        if not parents:
            return
        for contact_id in parents:
            up = self._nodes[contact_id].parent
            parents[contact_id] = up.id if up is not None and up.id else None
        for node_id, count in tree.closed_descendant_counts(parents).items():
            node = self._nodes.get(node_id)
            if node is not None:
                node.below = count

    def is_match(self, contact_id: int) -> bool:
        node = self._nodes.get(contact_id)
        return node is not None and node.match

    # QAbstractItemModel ------------------------------------------------------------------------

    def index(
        self,
        row: int,
        column: int,
        parent: Index = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        # Called for every row whenever the view lays rows out: kept to the bare minimum.
        node = self._nodes.get(parent.internalId()) if parent.isValid() else self._root
        if node is None or not (0 <= row < len(node.children)) or not (0 <= column < _COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row].id)

    def parent(self, child: Any = None) -> Any:  # type: ignore[override]
        if child is None:
            return QObject.parent(self)
        node = self._nodes.get(child.internalId())  # an invalid index has the id 0: no node
        if node is None:
            return QModelIndex()
        up = node.parent
        if up is None or up.id == 0:
            return QModelIndex()
        return self.createIndex(up.row, 0, up.id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._root.children)
        node = self._nodes.get(parent.internalId())
        return len(node.children) if node is not None and parent.column() == 0 else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return _COLUMNS

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return self._root.total > 0
        node = self._nodes.get(parent.internalId())
        return node is not None and node.total > 0 and parent.column() == 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(Column)):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[column])
        if role == Qt.ItemDataRole.ToolTipRole and column in _HEADER_TIPS:
            return _tr(_HEADER_TIPS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.REFERRED, Column.BELOW):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._nodes.get(index.internalId()) if index.isValid() else None
        if node is None or node.record is None:
            return None
        record = node.record
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.NAME:
                return record.name
            if column == Column.ORGANIZATION:
                return record.organization
            if column == Column.REFERRED:
                return f"{record.direct:,}" if record.direct else ""
            if column == Column.BELOW:
                if node.below < 0:
                    self._count_near(node)
                return f"{node.below:,}" if node.below > 0 else ""
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(record.status) if column == Column.NAME else None
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            return plain_tooltip(
                _tr("{name}: {status}").format(
                    name=record.name, status=self._labels.get(record.status, record.status)
                )
            )
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if node.match else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.REFERRED, Column.BELOW):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == IdRole:
            return record.id
        if role == RecordRole:
            return record
        if role == MatchRole:
            return node.match
        return None

    # flags() is not overridden: the default (enabled, selectable) is right, and the view would
    # otherwise call into Python twice per row on every layout. Dragging: see _TreeView.

    # Drag and drop -------------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(int(i.internalId()) for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(json.dumps(ids).encode()))
        return data

    @staticmethod
    def dragged_ids(data: QMimeData) -> list[int]:
        if not data.hasFormat(MIME_TYPE):
            return []
        try:
            ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return []
        return [int(i) for i in ids if isinstance(i, int)]

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        """Only onto a person (not between rows); the move itself checks for loops."""
        if row != -1 or not parent.isValid():
            return False
        target = int(parent.internalId())
        ids = self.dragged_ids(data)
        return bool(ids) and target not in ids

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = int(parent.internalId())
        for contact_id in self.dragged_ids(data):
            self.reparent_requested.emit(contact_id, target)
        return True


# Set referrer ------------------------------------------------------------------------------------


class SetReferrerDialog(QDialog):
    """Choose who referred a contact, or say you knew them directly."""

    def __init__(self, contact_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_id = contact_id
        self.setWindowTitle(self.tr("Set referrer of {name}").format(name=isolate_bidi(name)))
        self.picker = ContactPicker(exclude=contact_id)
        self.picker.setPlaceholderText(self.tr("Start typing a name"))
        self.nobody = QCheckBox(
            self.tr("Nobody: I knew {name} directly").format(name=isolate_bidi(name))
        )
        self.nobody.toggled.connect(lambda on: self.picker.setEnabled(not on))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self.submit: Callable[[int | None], bool] | None = None
        """Writes the choice; the panel sets it (without one, OK just closes)."""
        form = QFormLayout()
        form.addRow(self.tr("Referred &by:"), self.picker)
        form.addRow("", self.nobody)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def referrer_id(self) -> int | None:
        return None if self.nobody.isChecked() else self.picker.contact_id()

    def accept(self) -> None:
        """OK: the dialog stays open (OK off) until ``submit`` has the change written."""
        if not self.ok_button.isEnabled():
            return
        if not self.nobody.isChecked() and self.picker.contact_id() is None:
            self.error.setText(self.tr("Choose the referrer from the list, or tick “Nobody”."))
            self.error.show()
            return
        self.error.hide()
        if self.submit is None:
            super().accept()
            return
        self.ok_button.setEnabled(False)
        if not self.submit(self.referrer_id()):
            self.ok_button.setEnabled(True)

    def written(self) -> None:
        if shiboken6.isValid(self):
            super().accept()

    def stopped(self) -> None:
        if shiboken6.isValid(self):
            self.ok_button.setEnabled(True)
            self.show_notice("")

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))


# The panel ---------------------------------------------------------------------------------------


class _TreeView(QTreeView):
    """The tree view, with two things done its own way for speed.

    Children load before a node opens, not after: QTreeView asks for more rows once a node is
    open, and rows arriving under an open node make it lay out every visible row again, while
    under a closed one they cost next to nothing.

    Drag and drop is handled here rather than by QAbstractItemView, which needs the model's
    ``flags()`` to say "draggable, droppable". The view asks for flags twice per row whenever it
    lays rows out, and each ask is a call into Python; with the default flags it never asks.
    This also lets a drop under one's own descendant land and be refused with a message, where
    Qt would refuse it without a word.
    """

    drop_requested = Signal(int, int)
    """A person was dropped onto another one: (contact id, target contact id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._press: QPoint | None = None
        self._pressed = QPersistentModelIndex()
        self._drop_rect = QRect()
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)

    def prefetch(self, index: QModelIndex) -> None:
        index = index.siblingAtColumn(0)
        model = self.model()
        if index.isValid() and not self.isExpanded(index) and model.canFetchMore(index):
            model.fetchMore(index)

    def open_node(self, index: QModelIndex) -> None:
        """Expand ``index`` the cheap way (children first)."""
        self.prefetch(index)
        self.expand(index.siblingAtColumn(0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Plus, Qt.Key.Key_Asterisk):
            self.prefetch(self.currentIndex())
        super().keyPressEvent(event)

    # Dragging ------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        index = self.indexAt(point)
        self.prefetch(index)
        if event.button() == Qt.MouseButton.LeftButton and index.isValid():
            self._press, self._pressed = point, QPersistentModelIndex(index.siblingAtColumn(0))
        else:
            self._press = None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if (
            self._press is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.position().toPoint() - self._press).manhattanLength()
            >= QApplication.startDragDistance()
            and self._pressed.isValid()
        ):
            self._press = None
            self._start_drag(QModelIndex(self._pressed))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def _start_drag(self, index: QModelIndex) -> None:
        model = self.model()
        drag = QDrag(self)
        drag.setMimeData(model.mimeData([index]))
        drag.setPixmap(icon("referral").pixmap(24, 24))
        drag.exec(Qt.DropAction.MoveAction)

    # Dropping ------------------------------------------------------------------------------------

    def _drop_target(self, event: QDropEvent) -> tuple[list[int], QModelIndex]:
        ids = ReferralTreeModel.dragged_ids(event.mimeData())
        index = self.indexAt(event.position().toPoint())
        if not ids or not index.isValid() or int(index.internalId()) in ids:
            return ids, QModelIndex()
        return ids, index.siblingAtColumn(0)

    def _show_drop(self, index: QModelIndex) -> None:
        rect = QRect()
        if index.isValid():
            rect = self.visualRect(index)
            rect.setRight(self.viewport().width() - 2)
        if rect != self._drop_rect:
            self._drop_rect = rect
            self.viewport().update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        _ids, index = self._drop_target(event)
        self._show_drop(index)
        y = event.position().toPoint().y()
        bar = self.verticalScrollBar()
        if y < 16:
            bar.setValue(bar.value() - 1)
        elif y > self.viewport().height() - 16:
            bar.setValue(bar.value() + 1)
        if index.isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._show_drop(QModelIndex())
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        ids, index = self._drop_target(event)
        self._show_drop(QModelIndex())
        if not index.isValid():
            event.ignore()
            return
        event.acceptProposedAction()
        for contact_id in ids:
            self.drop_requested.emit(contact_id, int(index.internalId()))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._drop_rect.isNull():
            painter = QPainter(self.viewport())
            pen = QPen(self.palette().highlight().color())
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRoundedRect(self._drop_rect.adjusted(1, 1, -1, -1), 3, 3)
            painter.end()


class ReferralTreePanel(QWidget):
    """The tree with its filter, the path to the selected person and the network's numbers."""

    contact_selected = Signal(object)
    """The tree's current contact id changed (None when nothing is current)."""
    move_refused = Signal(str)
    """A re-parenting was refused; the message says why."""

    def __init__(self, context: PanelContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._writer = context.writer if context is not None else Writer(self)
        self._current: int | None = None
        self._syncing = False
        self._pending_reveal: int | None = None
        self._path_expanded = False
        self._widened = False
        self._stale = False
        self._dock_visible = True
        self._numbers_task: Task[object] | None = None
        self._numbers: tree.NetworkNumbers | None = None
        self.model = ReferralTreeModel(self)
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.model.reparent_requested.connect(self.move_contact, Qt.ConnectionType.QueuedConnection)
        self.view.drop_requested.connect(self.move_contact, Qt.ConnectionType.QueuedConnection)
        self.watch: ChangeWatch | None = None
        if context is not None:
            self.watch = ChangeWatch(
                context.signals, TREE_TOPICS, lambda _changes: self.schedule_refresh(), self
            )
            context.signals.switched.connect(self._database_switched)
            context.selection.current_changed.connect(self.window_contact_changed)
        self.refresh()
        current = context.selection.current() if context is not None else None
        if current is not None:
            self.window_contact_changed(current)

    # Building ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find in the tree..."))
        self.filter_edit.setToolTip(
            self.tr("Shows the people who match with everyone who led to them")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("find"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filter)

        self.save_action = QAction(icon("save-image"), self.tr("Save tree as image..."), self)
        self.save_action.triggered.connect(self.choose_image_file)
        self.print_action = QAction(icon("print-tree"), self.tr("Print tree..."), self)
        self.print_action.triggered.connect(self.print_with_dialog)
        tools = QHBoxLayout()
        tools.addWidget(self.filter_edit, 1)
        for action in (self.save_action, self.print_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            tools.addWidget(button)

        self.filter_info = QLabel()
        self.filter_info.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_info.setWordWrap(True)
        self.filter_info.hide()

        self.view = _TreeView()
        self.view.setObjectName("referralTree")
        self.view.setExpandsOnDoubleClick(False)  # a double-click opens the editor
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAnimated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setIndentation(16)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda _index: self.open_in_editor())
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.ORGANIZATION, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (Column.NAME, NAME_WIDTH),
            (Column.REFERRED, 64),
            (Column.BELOW, 70),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.view.selectionModel().currentRowChanged.connect(self._tree_current_changed)
        self.view.verticalScrollBar().valueChanged.connect(lambda _v: self._fetch_near_bottom())

        self.path_label = QLabel()
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.opening_label = QLabel()
        self.opening_label.setTextFormat(Qt.TextFormat.PlainText)
        self.opening_label.setWordWrap(True)
        self.opening_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.opening_label.font()
        font.setItalic(True)
        self.opening_label.setFont(font)
        self.copy_action = QAction(icon("copy"), self.tr("Copy opening line"), self)
        self.copy_action.triggered.connect(self.copy_opening_line)
        copy_button = QToolButton()
        copy_button.setDefaultAction(self.copy_action)
        copy_button.setAutoRaise(True)
        opening_row = QHBoxLayout()
        opening_row.addWidget(self.opening_label, 1)
        opening_row.addWidget(copy_button, 0, Qt.AlignmentFlag.AlignTop)

        self.numbers_label = QLabel()
        self.numbers_label.setTextFormat(Qt.TextFormat.PlainText)
        self.numbers_label.setWordWrap(True)
        self.numbers_label.setObjectName("networkNumbers")

        caption = QLabel(self.tr("<b>Path to me</b>"))
        numbers_caption = QLabel(self.tr("<b>Network</b>"))
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 4, 0, 0)
        details_layout.addWidget(caption)
        details_layout.addWidget(self.path_label)
        details_layout.addLayout(opening_row)
        details_layout.addWidget(numbers_caption)
        details_layout.addWidget(self.numbers_label)
        details_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(details)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("referralTreeSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(tools)
        layout.addWidget(self.filter_info)
        layout.addWidget(self.splitter, 1)

        self.add_referral_action = QAction(icon("add-contact"), self.tr("Add a person..."), self)
        self.add_referral_action.triggered.connect(self.add_referred_person)
        self.log_meeting_action = QAction(icon("log-meeting"), self.tr("Log meeting..."), self)
        self.log_meeting_action.triggered.connect(self.log_meeting)
        self.open_action = QAction(icon("edit-contact"), self.tr("Open in editor..."), self)
        self.open_action.triggered.connect(self.open_in_editor)
        self.set_referrer_action = QAction(icon("set-referrer"), self.tr("Set referrer..."), self)
        self.set_referrer_action.triggered.connect(self.choose_referrer)
        self._update_actions()

    # Loading and refreshing ----------------------------------------------------------------------

    def schedule_refresh(self) -> None:
        """Refresh once the current event is handled (several changes, one refresh).

        While the panel is hidden it only notes that a refresh is due, and refreshes when shown.
        """
        if not self.is_shown():
            self._stale = True
            return
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Query again, keeping what was expanded and the current contact."""
        self._refresh_timer.stop()
        self._stale = False
        expanded = self.expanded_ids()
        if self.model.forest is not None:
            self.model.set_forest(tree.filter_forest(self.filter_edit.text()))
        self._expand(self.model.reload(expanded))
        if self._current is not None:
            self.reveal(self._current, retry=False)
        self._update_path()
        self._update_actions()
        self.refresh_numbers()

    def expanded_ids(self) -> list[int]:
        """The loaded contacts whose rows are expanded and visible, parents first."""
        result: list[int] = []
        stack = list(reversed(self.model.loaded_children(None)))
        while stack:
            contact_id = stack.pop()
            if self.view.isExpanded(self.model.index_of(contact_id)):
                result.append(contact_id)
                stack.extend(reversed(self.model.loaded_children(contact_id)))
        return result

    def _bulk_load(self, path: list[int]) -> None:
        """Reload with ``path`` loaded, keeping what was expanded."""
        self._expand(self.model.reload(self.expanded_ids(), path))
        self._path_expanded = True

    def _expand(self, ids: list[int]) -> None:
        """Expand ``ids`` (parents first) deepest first: only the topmost one lays rows out."""
        for contact_id in reversed(ids):
            self.view.expand(self.model.index_of(contact_id))

    def _fetch_near_bottom(self) -> None:
        """Load the next page of the children a reader scrolls down to."""
        index = self.view.indexAt(QPoint(4, self.view.viewport().height() - 4))
        while index.isValid():
            parent = index.parent()
            if self.model.canFetchMore(parent):
                if index.row() >= self.model.rowCount(parent) - 5:
                    self.model.fetchMore(parent)
                return
            if index.row() != self.model.rowCount(parent) - 1:
                return
            index = parent

    def apply_filter(self) -> None:
        """Show only the people matching the filter text, with everyone who led to them."""
        self._filter_timer.stop()
        text = self.filter_edit.text()
        forest = tree.filter_forest(text)
        self.model.set_forest(forest)
        if forest is None:
            self.filter_info.hide()
            self._expand(self.model.reload())
        else:
            shown = len(forest.matches)
            if not shown:
                message = self.tr("Nobody matches “{text}”.").format(text=text.strip())
            elif shown < forest.total_matches:
                message = self.tr(
                    "Showing the first {shown} of {total} matches, with who led to them."
                ).format(shown=f"{shown:,}", total=f"{forest.total_matches:,}")
            else:
                message = self.tr("{shown} matching, with who led to them.").format(
                    shown=f"{shown:,}"
                )
            self.filter_info.setText(message)
            self.filter_info.show()
            self._expand(self.model.reload())
        if self._current is None or not self.reveal(self._current):
            self.view.scrollToTop()

    # Selection ---------------------------------------------------------------------------------

    def current_contact_id(self) -> int | None:
        return self._current

    def _database_switched(self, path: Path | None) -> None:
        if path is not None:  # a database in memory only stands in while a backup is restored
            self.database_switched()

    def database_switched(self) -> None:
        """Another file is open: forget the contact and the filter of the old one."""
        self._current = None
        self._pending_reveal = None
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.filter_info.hide()
        self.model.set_forest(None)
        self._numbers = None
        self.model.reload()
        self._update_path()
        self._update_actions()
        self.schedule_refresh()

    def reveal(self, contact_id: int, *, retry: bool = True) -> bool:
        """Load, expand down to and select ``contact_id``; False when the tree does not show it."""
        self._path_expanded = False
        indexes = self.model.load_path(contact_id, self._bulk_load)
        path_expanded, self._path_expanded = self._path_expanded, False
        if indexes is None:  # the loaded tree is out of date
            if not retry:
                return False
            self._current = contact_id
            self.refresh()  # reveals the current contact again
            return self.view.currentIndex().data(IdRole) == contact_id
        if not indexes:
            self._fit_name_column(None)
            self._syncing = True
            try:
                self.view.selectionModel().clearSelection()
                self.view.selectionModel().setCurrentIndex(
                    QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
                )
            finally:
                self._syncing = False
            return False
        if not path_expanded:  # a bulk load has expanded the path already
            for index in reversed(indexes[:-1]):
                self.view.expand(index)
        target = indexes[-1]
        self._syncing = True
        # The view would scroll to the new current row itself, walking up every ancestor to
        # check it is open (5,000 calls on a long chain); _scroll_to does without.
        self.view.setAutoScroll(False)
        try:
            self.view.selectionModel().setCurrentIndex(
                target,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self.view.setAutoScroll(True)
            self._syncing = False
        self._scroll_to(target, len(indexes) - 1)
        if self._current != contact_id:
            self._current = contact_id
            self._update_path()
            self._update_actions()
        return True

    def _fit_name_column(self, depth: int | None) -> None:
        """Widen the name column as far as a row ``depth`` levels deep needs, or narrow it back.

        At 5,000 levels the indentation alone is 80,000 pixels: without this the name of the
        selected person could not be scrolled to.
        """
        header = self.view.header()
        needed = NAME_WIDTH
        if depth is not None:
            needed = max(NAME_WIDTH, (depth + 1) * self.view.indentation() + NAME_ROOM)
        size = header.sectionSize(Column.NAME)
        if needed > size or (self._widened and needed != size):
            header.resizeSection(Column.NAME, needed)
            self._widened = needed > NAME_WIDTH
            self.view.updateGeometries()

    def _scroll_to(self, index: QModelIndex, depth: int) -> None:
        """Like QTreeView.scrollTo, without its walk up every ancestor (5,000 on a long chain)."""
        self._fit_name_column(depth)
        rect = self.view.visualRect(index)
        if not rect.isValid():
            self.view.scrollTo(index)
            return
        viewport = self.view.viewport().rect()
        bar = self.view.verticalScrollBar()
        if rect.top() < 0 or rect.bottom() > viewport.height():
            if self.view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
                rows = rect.center().y() // max(1, rect.height())
                half = viewport.height() // max(1, rect.height()) // 2
                bar.setValue(bar.value() + rows - half)
            else:
                bar.setValue(bar.value() + rect.center().y() - viewport.height() // 2)
        hbar = self.view.horizontalScrollBar()
        if rect.x() < 0 or rect.x() > viewport.width() - 40:  # the name starts off screen
            hbar.setValue(max(0, hbar.value() + rect.x() - 2 * self.view.indentation()))

    def window_contact_changed(self, contact_id: object) -> None:
        """The main window's current contact changed: follow it (later, when hidden)."""
        if self._syncing or not isinstance(contact_id, int) or contact_id == self._current:
            return
        if not self.is_shown():
            self._pending_reveal = contact_id
            return
        self._pending_reveal = None
        self._current = contact_id
        self.reveal(contact_id)
        self._update_path()
        self._update_actions()

    def is_shown(self) -> bool:
        """Visible to the user: shown, and in a dock its tab is the current one."""
        return self.isVisible() and self._dock_visible

    def set_dock_visible(self, visible: bool) -> None:
        """The dock's tab was selected (True) or another one was (False)."""
        self._dock_visible = visible
        if visible:
            self._catch_up()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._catch_up()

    def _catch_up(self) -> None:
        """Do what waited while the panel could not be seen."""
        if not self.is_shown():
            return
        if self._stale:
            self.refresh()
        if self._pending_reveal is not None:
            pending, self._pending_reveal = self._pending_reveal, None
            self.window_contact_changed(pending)

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        contact_id = current.data(IdRole) if current.isValid() else None
        if contact_id == self._current:
            return
        self._current = contact_id
        self._update_path()
        self._update_actions()
        self.contact_selected.emit(contact_id)
        if contact_id is not None and self._context is not None:
            self._syncing = True
            try:
                self._context.selection.select(contact_id)
            finally:
                self._syncing = False

    # Path to me and numbers ----------------------------------------------------------------------

    def _update_path(self) -> None:
        contact_id = self._current
        if contact_id is None:
            self.path_label.setText(self.tr("Select someone to see how you came to know them."))
            self.opening_label.setText("")
            self.copy_action.setEnabled(False)
            return
        chain = self.model.chain(contact_id) or path_to_me(contact_id)
        if not chain:
            self.path_label.setText("")
            self.opening_label.setText("")
            self.copy_action.setEnabled(False)
            return
        self.path_label.setText(describe_path(chain, PATH_LINKS_SHOWN))
        line = opening_line(contact_id)
        if line is None:
            self.opening_label.setText(
                self.tr("No introduction needed: you know {name} already.").format(
                    name=chain[-1].display_name
                )
            )
            self.copy_action.setEnabled(False)
        else:
            self.opening_label.setText(f"“{line}”")
            self.copy_action.setEnabled(True)

    def path_text(self) -> str:
        return self.path_label.text()

    def opening_text(self) -> str:
        return self.opening_label.text().strip("“”")

    def copy_opening_line(self) -> None:
        if self._current is not None:
            line = opening_line(self._current)
            if line:
                QGuiApplication.clipboard().setText(line)

    def refresh_numbers(self) -> None:
        """Count the network's generations off the GUI thread (it walks every referral)."""
        if self._numbers_task is not None:
            self._numbers_task.cancel()
        if self._numbers is None:
            self.numbers_label.setText(self.tr("Counting..."))

        def work(_progress: Progress) -> object:
            return tree.network_numbers()

        def done(result: object, error: BaseException | None) -> None:
            if task is not self._numbers_task:
                return
            self._numbers_task = None
            if error is not None or not isinstance(result, tree.NetworkNumbers):
                self.numbers_label.setText(
                    self.tr("Numbers unavailable: {error}").format(error=error)
                )
                return
            self._numbers = result
            self.numbers_label.setText(self.numbers_text(result))

        task = run_task(work, done, owner=self)
        self._numbers_task = task

    def numbers_text(self, numbers: tree.NetworkNumbers) -> str:
        per_meeting = numbers.referrals_per_meeting
        if per_meeting is None:
            first = self.tr("No meetings held yet: each one should bring {goal} new names.").format(
                goal=numbers.goal
            )
        else:
            verdict = (
                self.tr("on target") if per_meeting >= numbers.goal else self.tr("below target")
            )
            first = self.tr(
                "{per:.1f} referrals per meeting (goal {goal}, {verdict}): "
                "{referrals} from {meetings} meetings."
            ).format(
                per=per_meeting,
                goal=numbers.goal,
                verdict=verdict,
                referrals=f"{numbers.referrals_from_meetings:,}",
                meetings=f"{numbers.meetings_held:,}",
            )
        sizes = numbers.generations
        shown = ", ".join(f"{n:,}" for n in sizes[:8])
        if len(sizes) > 8:
            shown += self.tr(", ... ({more} more generations)").format(more=f"{len(sizes) - 8:,}")
        generations = self.tr(
            "{depth} generations below the people you knew; people per generation: {sizes}."
        ).format(depth=f"{numbers.depth:,}", sizes=shown)
        return f"{first}\n{generations}"

    # Re-parenting --------------------------------------------------------------------------------

    def move_contact(
        self,
        contact_id: int,
        referrer_id: int | None,
        *,
        parent: QWidget | None = None,
        on_done: Callable[[], None] | None = None,
        given_up: Callable[[], None] | None = None,
        notice: Callable[[str], None] | None = None,
    ) -> bool:
        """Give ``contact_id`` another referrer (None: known directly), undoably, on the writer.

        False when refused at once (a loop); a refusal found while writing (someone deleted
        meanwhile) is shown the same way. ``on_done``/``given_up``/``notice`` are for the dialog
        that asked (``parent``), which stays open until the change is written.
        """
        from netdesk.ui.shell.undo import SetReferrerCommand, move_contact

        if referrer_of(contact_id) == referrer_id:
            if on_done is not None:
                on_done()
            return True  # nothing to change, nothing to undo
        names = display_names([i for i in (contact_id, referrer_id) if i is not None])
        name = names.get(contact_id, "")
        if referrer_id is not None and would_create_cycle(contact_id, referrer_id):
            referrer = names.get(referrer_id, "")
            if referrer_id == contact_id:
                message = self.tr("{name} cannot be their own referrer.").format(
                    name=isolate_bidi(name)
                )
            else:
                message = self.tr(
                    "{referrer} cannot become {name}'s referrer: {referrer} came to you through "
                    "{name}, so that would make a loop in the chain of introductions."
                ).format(referrer=referrer, name=name)
            self._refuse(message)
            return False

        def done(before: ReferralInfo | None) -> None:
            command = SetReferrerCommand(contact_id, name, before, referrer_id, self._undo_changed)
            if self._context is not None:
                self._context.undo_stack.push(command)
            if shiboken6.isValid(self):
                self._changed(contact_id)
            if on_done is not None:
                on_done()

        def refused(error: BaseException) -> bool:
            if not isinstance(error, NetDeskError):
                return False
            if shiboken6.isValid(self):
                self._refuse(str(error))
            if given_up is not None:
                given_up()
            return True

        self._writer.write(
            lambda: move_contact(contact_id, referrer_id),
            done,
            failure=self.tr("The referrer was not changed."),
            parent=parent,
            refused=refused,
            given_up=given_up,
            notice=notice,
        )
        return True

    def _refuse(self, message: str) -> None:
        self.move_refused.emit(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Referrer not changed"), message, parent=self
        )
        box.setObjectName("moveRefused")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _undo_changed(self, ids: list[int]) -> None:
        if shiboken6.isValid(self):
            self._changed(ids[0] if len(ids) == 1 else None)

    def _changed(self, contact_id: int | None) -> None:
        """A move (or its undo) is written: the person moved stays the current one. In a window
        the store's event re-reads the tree; alone, nobody else would."""
        if contact_id is not None:
            self._current = contact_id
        if self._context is None:
            self.refresh()
        elif contact_id is not None:
            self._context.selection.select(contact_id)

    def choose_referrer(self) -> SetReferrerDialog | None:
        contact_id = self._current
        record = self.model.record(contact_id) if contact_id is not None else None
        if contact_id is None or record is None:
            return None
        dialog = SetReferrerDialog(contact_id, record.name, self)
        current = referrer_of(contact_id)
        if current is None:
            dialog.nobody.setChecked(True)
        else:
            dialog.picker.set_contact(current)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submit = lambda referrer_id: self.move_contact(
            contact_id,
            referrer_id,
            parent=dialog,
            on_done=dialog.written,
            given_up=dialog.stopped,
            notice=dialog.show_notice,
        )
        dialog.open()
        return dialog

    # Context menu actions ------------------------------------------------------------------------

    def _update_actions(self) -> None:
        record = self.model.record(self._current) if self._current is not None else None
        has = record is not None
        for action in (
            self.add_referral_action,
            self.log_meeting_action,
            self.open_action,
            self.set_referrer_action,
        ):
            action.setEnabled(has and self._context is not None)
        name = record.name if record is not None else ""
        self.add_referral_action.setText(
            self.tr("Add a person {name} referred...").format(name=isolate_bidi(name))
            if has
            else self.tr("Add a person they referred...")
        )

    def _context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.add_referral_action)
        menu.addAction(self.log_meeting_action)
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.set_referrer_action)
        menu.addAction(self.copy_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(position))

    def add_referred_person(self) -> QDialog | None:
        """The editor for a new contact whose referrer is the current contact."""
        contact_id = self._current
        record = self.model.record(contact_id) if contact_id is not None else None
        if self._context is None or contact_id is None or record is None:
            return None
        return self._context.actions.add_referred_person(contact_id, record.name)

    def log_meeting(self) -> QDialog | None:
        if self._context is None or self._current is None:
            return None
        return self._context.actions.log_meeting(self._current)

    def open_in_editor(self) -> QDialog | None:
        if self._context is None or self._current is None:
            return None
        return self._context.actions.open_editor(self._current)

    # Saving and printing -------------------------------------------------------------------------

    def visible_rows(self, limit: int = MAX_PICTURE_ROWS) -> tuple[list[PictureRow], int]:
        """The rows a reader can reach by scrolling, in order with their depth; and how many
        more there are beyond ``limit``."""
        rows: list[PictureRow] = []
        hidden = 0
        self.model.count_all(self._visible_ids(limit))
        stack = [(c, 0) for c in reversed(self.model.loaded_children(None))]
        while stack:
            contact_id, depth = stack.pop()
            record = self.model.record(contact_id)
            if record is None:
                continue
            if len(rows) >= limit:
                hidden += 1
            else:
                rows.append(
                    PictureRow(
                        record, depth, self.model.below(contact_id), self.model.is_match(contact_id)
                    )
                )
            if self.view.isExpanded(self.model.index_of(contact_id)):
                stack.extend(
                    (c, depth + 1) for c in reversed(self.model.loaded_children(contact_id))
                )
        return rows, hidden

    def _visible_ids(self, limit: int) -> list[int]:
        result: list[int] = []
        stack = list(reversed(self.model.loaded_children(None)))
        while stack and len(result) < limit:
            contact_id = stack.pop()
            result.append(contact_id)
            if self.view.isExpanded(self.model.index_of(contact_id)):
                stack.extend(reversed(self.model.loaded_children(contact_id)))
        return result

    def picture(self) -> TreePicture:
        rows, hidden = self.visible_rows()
        title = self.tr("Referral tree")
        if self.model.forest is not None:
            title = self.tr("Referral tree: “{text}”").format(text=self.filter_edit.text().strip())
        subtitle = self.numbers_label.text()
        return TreePicture(title, subtitle, rows, hidden)

    def save_image(self, path: Path) -> bool:
        """The visible tree as a PNG, or an SVG when ``path`` ends in .svg; a file that cannot
        be written (a symlink, a device, a full disk) is refused with a message saying why."""
        picture = self.picture()
        try:
            if path.suffix.lower() == ".svg":
                saved = picture.save_svg(path)
            else:
                saved = picture.save_png(path)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self._not_saved(
                self.tr("{path} could not be written: {reason}").format(path=path, reason=reason)
            )
            return False
        if not saved:
            self._not_saved(self.tr("{path} could not be written.").format(path=path))
        return saved

    def choose_image_file(self) -> None:
        settings = self._context.settings if self._context is not None else QSettings()
        folder = str(settings.value("referral_tree/folder", str(Path.home())))
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the referral tree"),
            str(Path(folder) / "referral-tree.png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_suffix(".png")
        settings.setValue("referral_tree/folder", str(target.parent))
        if self.save_image(target) and self._context is not None:
            self._context.show_status(self.tr("Saved the tree to {path}").format(path=target), 5000)

    def _not_saved(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Picture not saved"), message, parent=self
        )
        box.setObjectName("pictureNotSaved")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def print_tree(self, printer: QPrinter) -> bool:
        return self.picture().print(printer)

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the referral tree"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_tree(printer)


# Wiring into the main window ---------------------------------------------------------------------


class ReferralTreeIntegration(QObject):
    """The tree dock of one main window (which places the dock)."""

    def __init__(self, context: PanelContext) -> None:
        super().__init__(context.dialog_parent)
        self.panel = ReferralTreePanel(context)
        self.dock = QDockWidget(self.tr("Referral tree"), context.dialog_parent)
        self.dock.setObjectName("referralTreeDock")
        self.dock.setWidget(self.panel)
        self.dock.toggleViewAction().setIcon(icon("referral-tree"))
        # isVisible() stays true for a tab behind another one; this signal tells them apart.
        self.dock.visibilityChanged.connect(self.panel.set_dock_visible)
