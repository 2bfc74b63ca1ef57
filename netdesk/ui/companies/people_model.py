"""The people you know at a company as a two-level model: a heading per ring ("Works there
(2,000)"), the people of that ring under it, warm first, read in pages on a worker.

The first read (:func:`netdesk.core.companies.rings`) gives each ring's count and first page in
one query; a ring's next page is read when the panel asks (:meth:`read_more`, as the ring's
last row scrolls into view), so a 7,000-person
employer never puts 7,000 rows in memory or on the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from netdesk.core.companies import (
    RING_BEFORE,
    RING_NEAR,
    RING_NOW,
    KnownPerson,
    Rings,
    rings,
    who_knows,
)
from netdesk.core.text import isolate_bidi
from netdesk.models.enums import Lead, Status
from netdesk.ui import labels
from netdesk.ui.icons import icon
from netdesk.ui.shell.tasks import Task, run_task

PersonRole = Qt.ItemDataRole.UserRole + 1
"""A person row's :class:`KnownPerson` (None on a heading)."""

RingRole = Qt.ItemDataRole.UserRole + 2
"""The ring (1, 2, 3) of a heading or a person row."""

PAGE = 50
"""People read at a time, per ring."""

_Index = QModelIndex | QPersistentModelIndex


class _Ring:
    def __init__(self, ring: int, count: int, people: list[KnownPerson]) -> None:
        self.ring = ring
        self.count = count
        self.people = people
        self.pending = False


class RingsModel(QAbstractItemModel):
    """Headings (rings with anyone in them) and, under each, its people read so far."""

    loaded = Signal()
    """A company's first screen is in (or the model was cleared)."""
    failed = Signal(str)
    """A read failed; the message says why."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._company: int | None = None
        self._rings: list[_Ring] = []
        self._task: Task[Any] | None = None
        self._pages: list[Task[Any]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    # Reading ----------------------------------------------------------------------------------

    @property
    def company_id(self) -> int | None:
        return self._company

    def show_company(self, company_id: int | None) -> None:
        """Read the rings around ``company_id`` (None: show nobody)."""
        self._stop()
        self._company = company_id
        if company_id is None:
            self._reset([])
            self.loaded.emit()
            return

        def done(result: Rings | None, error: BaseException | None) -> None:
            if self._company != company_id:
                return
            self._task = None
            if error is not None or result is None:
                self.failed.emit(str(error))
                self._reset([])
            else:
                self._reset(
                    [
                        _Ring(ring, result.counts[ring], result.people[ring])
                        for ring in (RING_NOW, RING_BEFORE, RING_NEAR)
                        if result.counts[ring]
                    ]
                )
            self.loaded.emit()

        self._task = run_task(lambda _p: rings(company_id, PAGE), done, owner=self)

    @property
    def is_loading(self) -> bool:
        return self._task is not None or any(r.pending for r in self._rings)

    def _stop(self) -> None:
        for task in (self._task, *self._pages):
            if task is not None:
                task.cancel()
        self._task = None
        self._pages = []

    def _reset(self, found: list[_Ring]) -> None:
        self.beginResetModel()
        self._rings = found
        self.endResetModel()

    def can_read_more(self, parent: _Index) -> bool:
        """Whether the ring of heading ``parent`` has people not read yet (and none being
        read). Not Qt's canFetchMore: a tree view fetches every expanded branch to its end as
        it lays them out, which would read a 7,000-person ring whole."""
        ring = self._heading(parent)
        return ring is not None and not ring.pending and len(ring.people) < ring.count

    def read_more(self, parent: _Index) -> None:
        """Read the next page of the ring of heading ``parent`` on a worker."""
        ring = self._heading(parent)
        company = self._company
        if ring is None or company is None or not self.can_read_more(parent):
            return
        ring.pending = True
        offset, number = len(ring.people), ring.ring
        task: Task[Any] | None = None

        def done(result: list[KnownPerson] | None, error: BaseException | None) -> None:
            if task in self._pages:
                self._pages.remove(task)
            if self._company != company or ring not in self._rings:
                return
            ring.pending = False
            if error is not None or not result:
                if error is not None:
                    self.failed.emit(str(error))
                ring.count = len(ring.people)  # nothing more to read: stop asking
                return
            row = self._rings.index(ring)
            first = len(ring.people)
            self.beginInsertRows(self.index(row, 0), first, first + len(result) - 1)
            ring.people.extend(result)
            self.endInsertRows()
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

        task = run_task(lambda _p: who_knows(company, offset, PAGE, number), done, owner=self)
        self._pages.append(task)

    def _heading(self, parent: _Index) -> _Ring | None:
        if not parent.isValid() or parent.internalId() != 0:
            return None
        row = parent.row()
        return self._rings[row] if 0 <= row < len(self._rings) else None

    # What the view asks -----------------------------------------------------------------------

    def counts(self) -> dict[int, int]:
        return {r.ring: r.count for r in self._rings}

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._rings) else QModelIndex()
        ring = self._heading(parent)
        if ring is None or row >= len(ring.people):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._rings)
        ring = self._heading(parent)
        return 0 if ring is None else len(ring.people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._rings)
        ring = self._heading(parent)
        return ring is not None and ring.count > 0

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def person(self, index: _Index) -> KnownPerson | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        ring = self._rings[int(index.internalId()) - 1]
        return ring.people[index.row()] if index.row() < len(ring.people) else None

    def person_index(self, person_id: int) -> QModelIndex:
        for row, ring in enumerate(self._rings):
            for n, person in enumerate(ring.people):
                if person.id == person_id:
                    return self.index(n, 0, self.index(row, 0))
        return QModelIndex()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            ring = self._rings[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._heading_text(ring.ring, ring.count)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == RingRole:
                return ring.ring
            return None
        person = self.person(index)
        if person is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._line(person)
        if role == Qt.ItemDataRole.DecorationRole:
            return icon("warm-lead" if person.lead == Lead.WARM.value else "cold-lead")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(person)
        if role == PersonRole:
            return person
        if role == RingRole:
            return person.ring
        return None

    def _heading_text(self, ring: int, count: int) -> str:
        if ring == RING_NOW:
            return self.tr("Works there (%Ln)", "", count)
        if ring == RING_BEFORE:
            return self.tr("Used to work there (%Ln)", "", count)
        return self.tr("One introduction away (%Ln)", "", count)

    def _line(self, person: KnownPerson) -> str:
        lead = labels.label(Lead(person.lead)) if person.lead in set(Lead) else person.lead
        status = labels.label(Status(person.status)) if person.status in set(Status) else ""
        where = ""
        if person.ring == RING_NEAR and person.via_name:
            where = self.tr("knows {name}").format(name=isolate_bidi(person.via_name))
        parts = [p for p in (person.title, where, lead, status) if p]
        if not parts:
            return person.display_name
        return self.tr("{name} ({details})").format(
            name=person.display_name, details=", ".join(parts)
        )

    def _tooltip(self, person: KnownPerson) -> str:
        path = " \u2192 ".join(isolate_bidi(name) for name in person.path)
        if person.ring == RING_NEAR and person.via_name:
            path = self.tr("{path} \u2192 {name} there").format(
                path=path, name=isolate_bidi(person.via_name)
            )
        return self.tr("How you know them: {path}\nOpening line: {line}").format(
            path=path, line=person.opening_line
        )
