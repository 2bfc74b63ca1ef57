"""The demo network, in a file of its own: trying NetDesk out never touches the user's contacts.

"Open the demo network" switches to ``demo.sqlite`` in NetDesk's data folder (private, like every
database file), through the store as File > Open database does, and fills it with made-up people
on a worker the first time (or when it was left empty). The title bar says it is the demo; File >
Open database brings the user back to their own file. The window keeps one
:class:`DemoNetwork`, made the first time it is asked for (:func:`open_demo_network`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from netdesk.core.demo import DemoSummary, generate_demo, holds_contacts
from netdesk.core.errors import NetDeskError
from netdesk.models.store import store
from netdesk.ui.shell.empty_state import DEMO_CONTACTS, EmptyStatePanel
from netdesk.ui.shell.tasks import Progress, Task, run_task

OpenDatabase = Callable[[Path], bool]
"""The window's File > Open database: switch to a file, say why not (False) when it cannot."""
Warn = Callable[[str, str], None]


def demo_path() -> Path:
    """Where the demo network lives: ``demo.sqlite`` in NetDesk's data folder."""
    return store.demo_path()


def is_demo(path: Path | None) -> bool:
    """Whether ``path`` is the demo network's file."""
    if path is None:
        return False
    try:
        return path.resolve() == demo_path().resolve()
    except OSError:
        return False


def title_name(path: Path) -> str:
    """The name of ``path`` for the title bar: the demo says it is one."""
    if is_demo(path):
        return QCoreApplication.translate("demo", "Demo network ({name})").format(name=path.name)
    return path.name


class DemoNetwork(QObject):
    """Opens the demo network's file and fills it once, showing progress on the start panel."""

    ready = Signal(Path)
    """The demo file is open and holds the demo network."""

    def __init__(
        self, open_database: OpenDatabase, panel: EmptyStatePanel, warn: Warn, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._open_database = open_database
        self._panel = panel
        self._warn = warn
        self._task: Task[DemoSummary] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    def open(self) -> None:
        """Switch to the demo file (the file open now is left as it is), then fill it if it
        holds nobody yet."""
        if self._task is not None:
            return
        path = demo_path()
        if not is_demo(store.path) and not self._open_database(path):
            return  # the window said why (busy, open elsewhere, cannot be opened)
        if holds_contacts():  # reopened: the demo as the user left it
            self.ready.emit(path)
            return
        self._fill(path)

    def _fill(self, path: Path) -> None:
        self._panel.set_busy(True, self.tr("Creating the demo network..."))

        def work(progress: Progress) -> DemoSummary:
            if not is_demo(store.path):  # another file was opened meanwhile: not into that one
                raise NetDeskError(f"{path.name} is no longer the open database.")
            return generate_demo(DEMO_CONTACTS, progress=progress)

        def done(summary: DemoSummary | None, error: BaseException | None) -> None:
            self._task = None
            self._panel.set_busy(False)
            if error is not None or summary is None:
                self._warn(self.tr("The demo network could not be created"), str(error))
                return
            self.ready.emit(path)

        self._task = run_task(work, done, on_progress=self._panel.set_progress, owner=self)


def open_demo_network(
    window: QWidget, open_database: OpenDatabase, panel: EmptyStatePanel, warn: Warn
) -> DemoNetwork:
    """Open the demo network for ``window`` (its one :class:`DemoNetwork`, made on first use)."""
    demo = window.findChild(DemoNetwork)
    if demo is None:
        demo = DemoNetwork(open_database, panel, warn, window)
    demo.open()
    return demo
