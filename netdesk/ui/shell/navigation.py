"""The window's pages and the sidebar that goes between them, as a mail or contacts app has it.

A page is any widget, added once with :meth:`Navigation.add_page`: it gets a row in the sidebar
(icon and title), an entry under View > Go to with its shortcut, and a named action in the
window's :class:`~netdesk.ui.shell.actions.Actions` (``go-<key>``). Later pages (companies,
postings, the network map, the dashboard) plug in the same way, with one call each.

Keyboard: Up and Down in the sidebar switch pages as they move; Enter (or Tab) goes into the page;
each page's shortcut (Ctrl+1, Ctrl+2...) shows it from anywhere in the window and puts the focus
in it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStackedWidget,
    QWidget,
)

from netdesk.ui.icons import icon
from netdesk.ui.shell.actions import Actions

KeyRole = Qt.ItemDataRole.UserRole + 1
"""A sidebar row's page key."""
SIDEBAR_WIDTH = 184
"""The sidebar's width, widened to its longest page title (a translation may be longer)."""
SIDEBAR_MAX_WIDTH = 280


def role_label(text: str, role: str) -> QLabel:
    """A label the theme styles by its role: "page-title", "section" or "secondary".

    The font set here is what the label looks like without a theme's style sheet (which, when
    there is one, decides).
    """
    label = QLabel(text)
    label.setProperty("role", role)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    if role == "page-title":
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
    elif role == "section":
        font.setBold(True)
    label.setFont(font)
    if role == "secondary":
        label.setStyleSheet("color: palette(placeholder-text);")
    return label


class _Sidebar(QListWidget):
    """The list of pages. Enter goes into the current page."""

    enter_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)


class Navigation(QWidget):
    """A sidebar of pages (icon and text) beside a stack that shows the current one."""

    page_changed = Signal(str)
    """Another page is shown: its key."""

    def __init__(self, registry: Actions | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._pages: dict[str, QWidget] = {}
        self._current = ""
        self._actions: dict[str, QAction] = {}
        self._group = QActionGroup(self)
        self._group.setExclusive(True)

        self.sidebar = _Sidebar()
        self.sidebar.setObjectName("navigationSidebar")
        self.sidebar.setProperty("role", "sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setAccessibleDescription(
            self.tr("The parts of NetDesk: Up and Down switch pages, Enter goes into the page")
        )
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(2)
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        self.sidebar.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The selected page stays marked when the focus is in the page (the inactive highlight
        # of some styles is hard to see), and rows are as tall as a mail app's folder list.
        self.sidebar.setStyleSheet(
            "QListWidget#navigationSidebar { background: palette(window); }"
            "QListWidget#navigationSidebar::item { padding: 7px 8px; border-radius: 6px; }"
            "QListWidget#navigationSidebar::item:selected {"
            " background: palette(highlight); color: palette(highlighted-text); }"
        )
        self.sidebar.currentItemChanged.connect(self._current_item_changed)
        self.sidebar.enter_pressed.connect(self.focus_page)

        self.stack = QStackedWidget()
        self.stack.setObjectName("navigationPages")

        self.go_menu = QMenu(self.tr("&Go to"), self)
        """View > Go to: one entry per page, with its shortcut."""

        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(divider)
        layout.addWidget(self.stack, 1)

    # Pages ---------------------------------------------------------------------------------------

    def add_page(
        self, key: str, title: str, meaning: str, widget: QWidget, shortcut: str | None = None
    ) -> QAction:
        """Add ``widget`` as the page ``key``: a sidebar row with the icon for ``meaning``, an
        entry under View > Go to (with ``shortcut``, e.g. "Ctrl+4") and the action ``go-<key>``.

        The first page added is shown until another one is chosen.
        """
        if key in self._pages:
            raise ValueError(f"a page named {key!r} is there already")
        widget.setAccessibleName(title.replace("&", ""))
        self._pages[key] = widget
        self.stack.addWidget(widget)

        item = QListWidgetItem(icon(meaning), title.replace("&", ""))
        item.setData(KeyRole, key)
        item.setToolTip(
            self.tr("{page} ({shortcut})").format(
                page=title.replace("&", ""),
                shortcut=QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText),
            )
            if shortcut
            else title.replace("&", "")
        )
        item.setSizeHint(QSize(SIDEBAR_WIDTH - 8, 36))
        self.sidebar.addItem(item)
        self._fit_sidebar(item.text())

        action = QAction(icon(meaning), title, self)
        action.setCheckable(True)
        action.setStatusTip(self.tr("Show the {page} page").format(page=title.replace("&", "")))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, k=key: self.go_to(k))
        self._group.addAction(action)
        self._actions[key] = action
        self.addAction(action)  # its shortcut works wherever the focus is in the window
        self.go_menu.addAction(action)
        if self._registry is not None:
            self._registry.add(f"go-{key}", action)
        if len(self._pages) == 1:
            self.show_page(key)
        return action

    def _fit_sidebar(self, text: str) -> None:
        """Widen the sidebar so that ``text`` shows whole beside its icon (German's and
        Spanish's titles are longer than English's), up to a bound."""
        needed = self.sidebar.fontMetrics().horizontalAdvance(text) + 80  # icon, padding, frame
        width = min(max(self.sidebar.width(), SIDEBAR_WIDTH, needed), SIDEBAR_MAX_WIDTH)
        if width != self.sidebar.width():
            self.sidebar.setFixedWidth(width)

    def show_page(self, key: str) -> None:
        """Show the page ``key`` (a KeyError names an unknown page)."""
        widget = self._pages[key]
        row = list(self._pages).index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)  # comes back here through _current_item_changed
            return
        self.stack.setCurrentWidget(widget)
        self._actions[key].setChecked(True)
        if key != self._current:
            self._current = key
            self.page_changed.emit(key)

    def go_to(self, key: str) -> None:
        """Show the page ``key`` and put the focus in it (a page's shortcut, its Go to entry)."""
        self.show_page(key)
        self.focus_page()

    def focus_page(self) -> None:
        """Put the focus on the current page: its focus proxy, else its first focusable widget."""
        page = self.stack.currentWidget()
        if page is None:
            return
        target = page.focusProxy() or _first_focusable(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_page(self) -> str:
        return self._current

    def pages(self) -> list[str]:
        return list(self._pages)

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def action(self, key: str) -> QAction:
        """The page's Go to action."""
        return self._actions[key]

    def _current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None:
            self.show_page(str(current.data(KeyRole)))


def _first_focusable(page: QWidget) -> QWidget | None:
    """The first widget inside ``page``, in tab order, that a user can Tab to."""
    widget = page.nextInFocusChain()
    seen = 0
    while widget is not None and widget is not page and seen < 10_000:
        seen += 1
        if (
            page.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
