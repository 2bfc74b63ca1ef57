"""The main window: the contact table with search-as-you-type."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

from netdesk.core.query import ContactFilter, ContactRow, contact_ids, fetch_rows

Index = QModelIndex | QPersistentModelIndex


class ContactTableModel(QAbstractTableModel):
    """Pages through the id list the core sorted and filtered; fetches only rows being shown."""

    HEADERS = ("Name", "Organization", "Title", "E-mail", "Phone")

    def __init__(self) -> None:
        super().__init__()
        self._ids: list[int] = []
        self._cache: dict[int, ContactRow] = {}
        self.set_filter(ContactFilter())

    def set_filter(self, flt: ContactFilter) -> None:
        self.beginResetModel()
        self._ids = contact_ids(flt)
        self._cache.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._row(index.row())
        if row is None:
            return None
        values = (row.display_name, row.organization, row.title, row.email, row.phone)
        return values[index.column()]

    def _row(self, position: int) -> ContactRow | None:
        contact_id = self._ids[position]
        if contact_id not in self._cache:
            if len(self._cache) > 2000:
                self._cache.clear()
            window = self._ids[position : position + 100]
            self._cache.update(fetch_rows(window))
        return self._cache.get(contact_id)


class MainWindow(QMainWindow):
    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("{name} - NetDesk").format(name=db_path.name))
        self.search = QLineEdit(placeholderText=self.tr("Search names, companies, e-mails..."))
        self.search.setClearButtonEnabled(True)
        self.model = ContactTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.search.textChanged.connect(lambda text: self.model.set_filter(ContactFilter(text)))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.resize(1100, 700)
