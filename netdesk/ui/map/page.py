"""The Network map page: the whole referral network drawn around you, to pan, zoom and search.

A toolbar (search a name and fly to them, fit, zoom, export, print), the canvas with the legend
beside it, and the time slider under it. Everyone is read and placed on a worker (with a busy
mark meanwhile; a newer read replaces an older one, whose answer is dropped) whenever the store
says people or referrals changed, or when the page is shown again after a change. A click on a
person makes them the window's current contact, and the window's current contact is marked on
the map. The context menu is the referral tree's; dropping a person on another re-parents them
as the tree does (same loop check, undoable on the window's stack).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QPoint, QStringListModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core import tree
from netdesk.core.map_clusters import cluster_layout
from netdesk.core.network_map import MapLayout, map_layout
from netdesk.models.store import Changes, Topic
from netdesk.ui.icons import icon
from netdesk.ui.map.canvas import WHEEL_STEP, MapCanvas
from netdesk.ui.map.legend import MapLegend
from netdesk.ui.map.output import MapOutput
from netdesk.ui.map.painting import prepared_scene
from netdesk.ui.map.scene import MapData, MapScene
from netdesk.ui.map.timeline import MapTimeline
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.store_signals import ChangeWatch
from netdesk.ui.shell.tasks import Progress, Task, run_task
from netdesk.ui.theme import page_title, secondary
from netdesk.ui.tree.menu import TreeMenu
from netdesk.ui.tree.moves import ReferrerMoves
from netdesk.ui.widgets import add_search_icon, name_clear_button

TOPICS = (Topic.CONTACTS, Topic.REFERRALS)
"""What the map shows: people (name, status, lead, company) and who referred whom."""
COMPLETIONS = 12
GROUP_SETTING = "network_map/group_by_company"
"""Whether the map shows the companies as clusters (the toolbar's "Group by company")."""

Loader = Callable[[Callable[[], bool]], MapLayout]
"""Reads and places everyone, on a worker (``cancelled`` is asked in long loops)."""


class MapPage(QWidget):
    """The page the sidebar's "Network map" shows."""

    def __init__(
        self, context: PanelContext, parent: QWidget | None = None, *, load: Loader = map_layout
    ) -> None:
        super().__init__(parent)
        self.setObjectName("networkMapPage")
        self._context = context
        self.loader = load
        """How everyone is read and placed (on the worker)."""
        self._task: Task[tuple[MapScene | None, MapScene | None]] | None = None
        self._rings: MapScene | None = None
        """The last layout on rings, kept so that switching back from companies is instant."""
        self._grouped: MapScene | None = None
        """The last layout by company (made when first asked for)."""
        self._stale = True
        self._syncing = False
        self.context_menu: QMenu | None = None
        """The context menu last offered (until it closes)."""
        self.canvas = MapCanvas(self)
        self.output = MapOutput(self.canvas, context.settings, self)
        self.moves = ReferrerMoves(context.writer, context.undo_stack, self)
        self.moves.moved.connect(self._moved)
        self._build()
        self.menu = TreeMenu(
            context,
            self.canvas.selected_id,
            self._record,
            self.choose_referrer,
            self.copy_path_action,
            self,
        )
        self.canvas.person_clicked.connect(self._clicked)
        self.canvas.context_menu_requested.connect(self._context_menu)
        self.canvas.reparent_requested.connect(
            self.move_contact, Qt.ConnectionType.QueuedConnection
        )
        self.canvas.view_changed.connect(self._view_changed)
        self.timeline.until_changed.connect(self._until_changed)
        self._watch = ChangeWatch(context.signals, TOPICS, self._store_changed, self)
        context.signals.switched.connect(lambda _path: self._database_switched())
        context.selection.current_changed.connect(self._window_current_changed)

    # Building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = page_title(self.tr("Network map"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a person on the map"))
        self.search.setAccessibleName(self.tr("Find a person on the map"))
        name_clear_button(self.search)
        add_search_icon(self.search, icon("find"))
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(COMPLETIONS)
        self.completer.activated.connect(self.find_person)
        self.search.setCompleter(self.completer)
        self.search.returnPressed.connect(lambda: self.find_person(self.search.text()))
        self.not_found = secondary(QLabel(self))
        self.not_found.hide()

        self.fit_action = QAction(icon("zoom-fit"), self.tr("Fit"), self)
        self.fit_action.setToolTip(self.tr("Show the whole network (Ctrl+0)"))
        self.fit_action.triggered.connect(lambda: self.canvas.fit())
        self.fit_all_action = QAction(icon("zoom-all"), self.tr("Fit everyone"), self)
        self.fit_all_action.setToolTip(
            self.tr(
                "Show everyone, out to the end of the longest chain of introductions (Ctrl+Shift+0)"
            )
        )
        self.fit_all_action.triggered.connect(lambda: self.canvas.fit(everyone=True))
        self.zoom_in_action = QAction(icon("zoom-in"), self.tr("Zoom in"), self)
        self.zoom_in_action.triggered.connect(lambda: self.canvas.zoom_by(WHEEL_STEP))
        self.zoom_out_action = QAction(icon("zoom-out"), self.tr("Zoom out"), self)
        self.zoom_out_action.triggered.connect(lambda: self.canvas.zoom_by(1 / WHEEL_STEP))
        self.group_action = QAction(icon("map-clusters"), self.tr("Group by company"), self)
        self.group_action.setToolTip(
            self.tr("Show each company as a circle of its people, the referrals across them")
        )
        self.group_action.setCheckable(True)
        self.group_action.setChecked(
            bool(self._context.settings.value(GROUP_SETTING, False, type=bool))
        )
        self.group_action.toggled.connect(self._group_toggled)
        self.copy_path_action = QAction(icon("copy"), self.tr("Copy the path"), self)
        self.copy_path_action.triggered.connect(self.copy_path)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Placing everyone on the map"))
        self.busy.hide()

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.busy)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        for action in (
            self.group_action,
            self.fit_action,
            self.fit_all_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.output.export_action,
            self.output.print_action,
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            top.addWidget(button)
            if action is self.fit_all_action:
                self.fit_all_button = button
                button.hide()

        self.empty = QLabel(
            self.tr(
                "Nobody on the map yet. Add the people you already know: they form the first "
                "ring around you, and everyone they introduce you to the rings beyond."
            ),
            self,
        )
        self.empty.setObjectName("networkMapEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.empty)
        self.legend = MapLegend(self)
        self.legend.setFixedWidth(260)
        self.legend.set_grouped(self.group_action.isChecked())
        middle = QHBoxLayout()
        middle.addWidget(self.stack, 1)
        middle.addWidget(self.legend)
        self.timeline = MapTimeline(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addLayout(top)
        layout.addWidget(self.not_found)
        layout.addLayout(middle, 1)
        layout.addWidget(self.timeline)

    # Reading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read and place everyone again, on a worker (the map shown stays until it answers)."""
        self._stale = False
        self._rings = self._grouped = None
        self._start(None)

    def _start(self, rings: MapScene | None) -> None:
        """Make what the map shows on a worker: everyone read and placed on the rings (unless
        ``rings`` is that already) and, when grouped by company, placed by company too."""
        if self._task is not None:
            self._task.cancel()
        self.busy.show()
        load = self.loader
        grouped = self.group_action.isChecked()
        known = rings.data.layout if rings is not None else None

        def work(progress: Progress) -> tuple[MapScene | None, MapScene | None]:
            def cancelled() -> bool:
                return progress.cancelled

            made: MapScene | None = None
            placed = known
            if placed is None:
                placed = load(cancelled)
                made = prepared_scene(MapData(placed))
            if not grouped:
                return made, None
            by_company = cluster_layout(placed.people, cancelled, placed)
            return made, prepared_scene(MapData(by_company))

        def done(
            result: tuple[MapScene | None, MapScene | None] | None, error: BaseException | None
        ) -> None:
            if task is not self._task:
                return  # replaced by a newer read: dropped
            self._task = None
            self.busy.hide()
            if error is not None or result is None:
                self._context.show_status(
                    self.tr("The map could not be read: {error}").format(error=error), 8000
                )
                return
            made, by_company = result
            if made is not None:
                self._rings = made
            if by_company is not None:
                self._grouped = by_company
            shown = self._grouped if self.group_action.isChecked() else self._rings
            if shown is not None:
                self.show_scene(shown)
            else:  # switched while the worker ran: make what is wanted now
                self._start(self._rings)

        task = run_task(work, done, owner=self)
        self._task = task

    def _group_toggled(self, grouped: bool) -> None:
        """Switch between the rings and the companies; a layout made once is kept."""
        self._context.settings.setValue(GROUP_SETTING, grouped)
        self.legend.set_grouped(grouped)
        wanted = self._grouped if grouped else self._rings
        if self._stale:
            return  # read when the page is shown
        if wanted is not None:
            if self._task is not None:
                self._task.cancel()
                self._task = None
                self.busy.hide()
            self.show_scene(wanted)
            self.canvas.fit()
        else:
            self.canvas.forget_view()
            self._start(self._rings)

    @property
    def grouped(self) -> bool:
        """The map shows the companies as clusters."""
        return bool(self.canvas.data is not None and self.canvas.data.layout.clusters)

    @property
    def loading(self) -> bool:
        return self._task is not None

    def show_scene(self, scene: MapScene) -> None:
        """Draw ``scene`` (the worker's answer), keeping the view, the week and the selection."""
        data = scene.data
        first = min(data.layout.people.added_on, default=None)
        self.timeline.set_first_day(date.fromordinal(first) if first is not None else None)
        self.canvas.set_layout(scene, self.timeline.until())
        self.names.setStringList(sorted(set(data.layout.people.names), key=str.casefold))
        self.stack.setCurrentWidget(self.empty if data.count == 0 else self.canvas)
        current = self._context.selection.current()
        if current is not None:
            self.canvas.select(current)
        self.timeline.show_count(self.canvas.shown_count())
        self.menu.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _database_switched(self) -> None:
        self.canvas.forget_view()
        self._store_changed(Changes({}))

    def _store_changed(self, _changes: Changes) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    # Finding ----------------------------------------------------------------------------------

    def best_match(self, text: str) -> int | None:
        """The person whose name best matches ``text``: the same name, else one starting
        with it, else one containing it (shorter names first)."""
        data = self.canvas.data
        wanted = text.strip().casefold()
        if data is None or not wanted:
            return None
        best: tuple[int, int] | None = None
        found: int | None = None
        for i, name in enumerate(data.folded):
            if not self.canvas.scene or not self.canvas.scene.visible[i]:
                continue
            if name == wanted:
                return i
            if wanted in name:
                rank = (0 if name.startswith(wanted) else 1, len(name))
                if best is None or rank < best:
                    best, found = rank, i
        return found

    def find_person(self, text: str) -> bool:
        """Fly to the person best matching ``text`` and make them current; False if nobody."""
        index = self.best_match(text)
        if index is None:
            self.not_found.setText(self.tr("Nobody on the map matches “{text}”.").format(text=text))
            self.not_found.setVisible(bool(text.strip()))
            return False
        self.not_found.hide()
        contact_id = self.canvas.contact_id(index)
        self.canvas.fly_to(index)
        self.canvas.select(contact_id)
        self._clicked(contact_id)
        return True

    # Selection --------------------------------------------------------------------------------

    def _clicked(self, contact_id: int) -> None:
        self.menu.update()
        self._syncing = True
        try:
            self._context.selection.select(contact_id)
        finally:
            self._syncing = False

    def _window_current_changed(self, contact_id: object) -> None:
        if self._syncing:
            return
        self.canvas.select(contact_id if isinstance(contact_id, int) else None)
        self.menu.update()

    def _record(self, contact_id: int) -> tree.NodeRow | None:
        """The person as the tree's menu wants them (from the map's data)."""
        index = self.canvas.index_of(contact_id)
        data = self.canvas.data
        if index is None or data is None:
            return None
        people = data.layout.people
        name = people.names[index]
        return tree.NodeRow(
            contact_id,
            name,
            people.company[index],
            people.status[index],
            "warm" if people.warm[index] else "cold",
            name.casefold(),
            0,
        )

    def _context_menu(self, contact_id: int, position: QPoint) -> None:
        self.menu.update()
        menu = QMenu(self)
        menu.addAction(self.menu.add_referral_action)
        menu.addAction(self.menu.log_meeting_action)
        menu.addAction(self.menu.compose_action)
        menu.addAction(self.menu.open_action)
        menu.addSeparator()
        menu.addAction(self.menu.set_referrer_action)
        menu.addAction(self.copy_path_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(position)
        self.context_menu = menu

    def copy_path(self) -> None:
        index = self.canvas.highlight.selected
        if index is not None:
            QGuiApplication.clipboard().setText(self.canvas.path_text(index))

    # Re-parenting -----------------------------------------------------------------------------

    def move_contact(self, contact_id: int, referrer_id: int | None) -> bool:
        """Give ``contact_id`` another referrer, undoably; a loop is refused with a message."""
        return self.moves.move(contact_id, referrer_id)

    def choose_referrer(self) -> object:
        contact_id = self.canvas.selected_id()
        record = self._record(contact_id) if contact_id is not None else None
        if contact_id is None or record is None:
            return None
        return self.moves.choose_referrer(contact_id, record.name)

    def _moved(self, contact_id: int | None) -> None:
        if contact_id is not None:
            self._context.selection.select(contact_id)

    # The view ---------------------------------------------------------------------------------

    def _until_changed(self, until: object) -> None:
        self.canvas.set_until(until if isinstance(until, int) else None)
        self.timeline.show_count(self.canvas.shown_count())

    def _view_changed(self) -> None:
        self.fit_action.setEnabled(self.canvas.shown_count() > 0)
        scene = self.canvas.scene
        # Only where Fit leaves a thin tail of introductions out is there more to show.
        self.fit_all_button.setVisible(scene is not None and not scene.whole)

    def focus_search(self) -> None:
        """Edit > Find on this page."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def stop(self) -> None:
        """The window closes: no more reads, no replay."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.timeline.play_button.setChecked(False)
