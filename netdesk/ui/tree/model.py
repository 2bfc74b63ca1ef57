"""The referral tree's item model: a lazy ``QAbstractItemModel`` over :mod:`netdesk.core.tree`.

Roots are the people you knew directly; below each person, the people they referred. Children load
page by page as nodes expand (``canFetchMore``/``fetchMore``), everyone below a row is counted when
the row is first shown, and a path to someone loads in a few queries (one reset instead of an
insertion per level when it is long). Nothing recurses: paths load in one query
(:func:`netdesk.core.tree.children_through`) and are walked with loops, so a chain of
introductions 5,000 levels deep is fine. The model also says what a drag carries (contact ids)
and asks for a move when one person is dropped onto another.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from enum import IntEnum
from typing import Any, overload

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from netdesk.core import tree
from netdesk.core.referrals import ChainLink
from netdesk.models.enums import Lead, Status
from netdesk.ui import labels
from netdesk.ui.formatting import format_number
from netdesk.ui.icons import icon
from netdesk.ui.widgets import plain_tooltip

MIME_TYPE = "application/x-netdesk-contact-ids"
Index = QModelIndex | QPersistentModelIndex
COUNT_WINDOW = 100
"""Rows counted on either side of one first shown (see ReferralTreeModel._count_near)."""
BULK_LEVELS = 64
"""Paths with more levels than this still to load are loaded by a reset of the whole model."""


class Column(IntEnum):
    """The status in words beside its icon, then the counts, then the organization."""

    NAME = 0
    STATUS = 1
    LEAD = 2
    REFERRED = 3
    BELOW = 4
    ORGANIZATION = 5


_HEADERS: dict[Column, object] = {
    # QT_TRANSLATE_NOOP marks each text for lupdate; headerData translates it when shown.
    Column.NAME: QT_TRANSLATE_NOOP("ReferralTree", "Name"),
    Column.STATUS: QT_TRANSLATE_NOOP("ReferralTree", "Status"),
    Column.LEAD: QT_TRANSLATE_NOOP("ReferralTree", "Lead"),
    Column.ORGANIZATION: QT_TRANSLATE_NOOP("ReferralTree", "Organization"),
    Column.REFERRED: QT_TRANSLATE_NOOP("ReferralTree", "Referred"),
    Column.BELOW: QT_TRANSLATE_NOOP("ReferralTree", "All below"),
}
_HEADER_TIPS: dict[Column, object] = {
    Column.LEAD: QT_TRANSLATE_NOOP("ReferralTree", "Warm leads already know you"),
    Column.REFERRED: QT_TRANSLATE_NOOP("ReferralTree", "People this contact referred you to"),
    Column.BELOW: QT_TRANSLATE_NOOP(
        "ReferralTree", "Everyone who came through this contact: their referrals, theirs, and so on"
    ),
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
        self._warm = icon("warm-lead")
        self._warm_label = labels.label(Lead.WARM)
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

    def clear(self) -> None:
        """Hold nobody, without a query (the window closes: no view asks its rows again)."""
        self.beginResetModel()
        self._nodes = {}
        self._root = _Node(None, None, 0, 0)
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
            node.record.key
            for node in (old[i] for i in wanted_set)
            if node.record is not None and node.parent is not None and node.parent.id == 0
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
            counted = self._nodes.get(node_id)
            if counted is not None:
                counted.below = count
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
        # Only the root has no record, and it is nobody's child.
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
        # Only the root has no record, and it is nobody's child.
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

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: Index) -> QModelIndex: ...
    def parent(self, child: Index | None = None) -> QObject | QModelIndex | None:
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
            return QCoreApplication.translate("ReferralTree", str(_HEADERS[column]))
        if role == Qt.ItemDataRole.ToolTipRole and column in _HEADER_TIPS:
            return QCoreApplication.translate("ReferralTree", str(_HEADER_TIPS[column]))
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
            if column == Column.STATUS:
                return self._labels.get(record.status, record.status)
            if column == Column.LEAD:
                return self._warm_label if record.lead == Lead.WARM else ""
            if column == Column.REFERRED:
                return format_number(record.direct) if record.direct else ""
            if column == Column.BELOW:
                if node.below < 0:
                    self._count_near(node)
                return format_number(node.below) if node.below > 0 else ""
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == Column.NAME:
                return self._icons.get(record.status)
            if column == Column.LEAD and record.lead == Lead.WARM:
                return self._warm
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            return plain_tooltip(
                QCoreApplication.translate("ReferralTree", "{name}: {status}").format(
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
    # otherwise call into Python twice per row on every layout. Dragging: see ReferralTreeView.

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
