"""The layers: ``models/`` <- ``core/`` <- ``ui/`` (and the CLI), checked so they cannot be fooled.

- ``models/`` imports nothing of ``core/``, ``ui/``, the CLI or Qt; ``core/`` nothing of ``ui/``,
  the CLI or Qt. Checked on the import graph: what a module reaches through any other module
  (``netdesk/running.py``, ``netdesk/desktop.py``, a package's ``__init__``) counts as well as
  what it imports itself.
- ``ui/`` and the CLI take from ``netdesk.models`` only the store (``netdesk.models.store``),
  the enums (``netdesk.models.enums``), the errors (``netdesk.models.errors``) and the plain
  records of a contact (``netdesk.models.records``: ``ContactData`` and its parts, the data the
  editor shows; no query). The package itself may be named for exactly the names its
  ``__init__`` re-exports from those modules (read from that file, so the list cannot drift):
  ``from netdesk.models import Status`` is the enum, ``from netdesk.models import database`` is
  not allowed, nor is ``from netdesk import models`` (it reaches everything). Top-level modules
  the UI or the CLI import are held to the same rule.
- Every module of ``models/`` and ``core/`` imported in a fresh interpreter loads no Qt,
  shiboken, qtawesome or ``netdesk.ui``.

The graph is read with ``ast`` (see ``tests/helpers/imports.py``): relative imports resolved,
``from netdesk import ui`` seen as the module, ``importlib.import_module("...")`` and
``__import__("...")`` seen as imports. The synthetic trees at the end prove each check catches
the ways around it that the old, name-matching check missed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections import deque
from pathlib import Path

import pytest

from tests.helpers.imports import ImportGraph, loaded_modules, under

ROOT = Path(__file__).resolve().parents[1]
QT = ("PySide6", "shiboken6", "qtawesome")
UI_MAY_USE = ("store", "enums", "errors", "records")
"""The modules of ``netdesk.models`` the UI and the CLI may import."""

UI_MODELS_KNOWN: dict[str, str] = {}
"""Files of the UI and the CLI that still import more of ``netdesk.models`` than the store,
enums, errors and records, and why (the part of issue 13 that removes it). The test fails when
a file here no longer does: the list only shrinks, and is empty when issue 13 is done."""


def layer_problems(graph: ImportGraph) -> list[tuple[str, str]]:
    """``(module, how)`` for each way ``models/`` or ``core/`` reaches what it must not."""
    package = graph.package
    apps = (f"{package}.cli", f"{package}.__main__")
    ui = f"{package}.ui"
    problems: list[tuple[str, str]] = []
    for module in graph.modules(f"{package}.models"):
        problems += graph.reaching(module, (f"{package}.core", ui, *apps, *QT))
    for module in graph.modules(f"{package}.core"):
        problems += graph.reaching(module, (ui, *apps, *QT))
    return problems


def ui_model_problems(graph: ImportGraph) -> list[tuple[str, str]]:
    """``(module, how)`` for each name of ``netdesk.models`` beyond the store, enums, errors and
    records that the UI, the CLI, or a top-level module they reach imports."""
    package = graph.package
    models = f"{package}.models"
    may_use = tuple(f"{models}.{m}" for m in UI_MAY_USE)
    reexported = {
        f"{models}.{name}"
        for imp in graph.imports.get(models, [])
        if under(imp.base, may_use)
        for name in imp.bound
    }
    lower = (models, f"{package}.core")
    starts = [
        m
        for m in graph.paths
        if under(m, [f"{package}.ui", f"{package}.cli", f"{package}.__main__"])
    ]
    chains: dict[str, list[str]] = {}
    queue: deque[str] = deque()
    for start in sorted(starts):
        chains[start] = [start]
        queue.append(start)
    while queue:  # every module the UI reaches without passing through models/ or core/
        module = queue.popleft()
        for target, imp in graph.edges(module):
            if target in graph.paths and target not in chains and not under(target, lower):
                where = f" ({graph.where(imp)})" if imp is not None else ""
                chains[target] = [*chains[module], target + where]
                queue.append(target)
    problems: list[tuple[str, str]] = []
    for module, chain in sorted(chains.items()):
        for imp in graph.imports[module]:
            via = " -> ".join(chain)
            if imp.unresolved:
                problems.append((module, f"{via}: {graph.where(imp)} names no literal module"))
            for name in imp.named:
                if under(name, [models]) and not under(name, may_use) and name not in reexported:
                    problems.append((module, f"{via}: {graph.where(imp)} imports {name}"))
    return problems


def _by_file(graph: ImportGraph, problems: list[tuple[str, str]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for module, how in problems:
        path = graph.paths[module].relative_to(graph.root).as_posix()
        found.setdefault(path, []).append(how)
    return found


# The real tree ------------------------------------------------------------------------------


def test_models_and_core_never_reach_qt_the_ui_or_the_cli() -> None:
    assert layer_problems(ImportGraph(ROOT, "netdesk")) == []


def test_ui_and_cli_use_only_the_store_enums_and_errors_of_models() -> None:
    graph = ImportGraph(ROOT, "netdesk")
    found = _by_file(graph, ui_model_problems(graph))
    unexpected = {f: hows for f, hows in found.items() if f not in UI_MODELS_KNOWN}
    assert unexpected == {}
    done = sorted(set(UI_MODELS_KNOWN) - set(found))
    assert done == [], (
        f"no longer import more of netdesk.models: remove from UI_MODELS_KNOWN {done}"
    )


def test_importing_every_models_and_core_module_loads_no_qt_or_ui() -> None:
    graph = ImportGraph(ROOT, "netdesk")
    loaded = loaded_modules(
        ROOT, ["netdesk.models", "netdesk.core"], [*QT, "netdesk.ui", "netdesk.cli"]
    )
    assert loaded.watched == {}
    # it really imported them all (a check of nothing would pass)
    expected = [*graph.modules("netdesk.models"), *graph.modules("netdesk.core")]
    assert len(expected) > 40
    assert set(expected) <= set(loaded.modules)


def test_cli_runs_without_loading_qt(tmp_path: Path) -> None:
    code = (
        "import sys, netdesk.cli, netdesk.core.demo, netdesk.core.query, netdesk.core.referrals\n"
        "from netdesk.cli import run_cli\n"
        f"db = {str(tmp_path / 'x.sqlite')!r}\n"
        "assert run_cli(['--db', db, 'demo', '--contacts', '5']) == 0\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'netdesk.ui'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


# The checks themselves, on small trees --------------------------------------------------------

BASE = {
    "fakedesk/__init__.py": "",
    "fakedesk/running.py": "",
    "fakedesk/desktop.py": "",
    "fakedesk/cli.py": "",
    "fakedesk/models/__init__.py": (
        "from fakedesk.models.db import database\n"
        "from fakedesk.models.enums import Status\n"
        "from fakedesk.models.store import Topic as Subject, store\n"
    ),
    "fakedesk/models/db.py": "database = object()\n",
    "fakedesk/models/enums.py": "Status = str\n",
    "fakedesk/models/errors.py": "",
    "fakedesk/models/store.py": "from fakedesk.models.db import database\nstore = Topic = 1\n",
    "fakedesk/core/__init__.py": "",
    "fakedesk/core/rules.py": "from fakedesk.models import database, store\n",
    "fakedesk/core/formats/__init__.py": "",
    "fakedesk/core/formats/vcard.py": "from .. import rules\n",
    "fakedesk/ui/__init__.py": "",
    "fakedesk/ui/icons.py": "",
    "fakedesk/ui/panel.py": (
        "from fakedesk.core import rules\n"
        "from fakedesk.models import Status, Subject, store\n"
        "from fakedesk.models.errors import explain\n"
        "from ..models.store import Topic\n"
        "from . import icons\n"
    ),
}
FAKE_FORBIDDEN = [*QT, "fakedesk.ui", "fakedesk.cli"]


def _tree(tmp_path: Path, files: dict[str, str]) -> ImportGraph:
    for name, text in {**BASE, **files}.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), "utf-8")
    return ImportGraph(tmp_path, "fakedesk")


def test_a_tree_that_keeps_its_layers_passes(tmp_path: Path) -> None:
    """The control: core using models, ui using core and the store, passes every check."""
    graph = _tree(tmp_path, {})
    assert layer_problems(graph) == []
    assert ui_model_problems(graph) == []
    loaded = loaded_modules(tmp_path, ["fakedesk.models", "fakedesk.core"], FAKE_FORBIDDEN)
    assert loaded.watched == {}
    assert "fakedesk.core.formats.vcard" in loaded.modules


EVASIONS = {
    "relative import": ("from ..ui import icons\n", {}, "fakedesk.ui.icons"),
    "package attribute": ("from fakedesk import ui\n", {}, "fakedesk.ui"),
    "import_module": (
        "import importlib\nQtGui = importlib.import_module('PySide6.QtGui')\n",
        {},
        "PySide6.QtGui",
    ),
    "through a top-level module": (
        "from fakedesk.desktop import install\n",
        {"fakedesk/desktop.py": "from PySide6.QtGui import QIcon\ninstall = QIcon\n"},
        "fakedesk.desktop (fakedesk/core/rules.py:1) -> PySide6.QtGui (fakedesk/desktop.py:1)",
    ),
}


@pytest.mark.parametrize("evasion", EVASIONS)
def test_the_source_check_catches(tmp_path: Path, evasion: str) -> None:
    source, extra, reached = EVASIONS[evasion]
    graph = _tree(tmp_path, {"fakedesk/core/rules.py": source, **extra})
    found = [how for module, how in layer_problems(graph) if module != "fakedesk.core.formats"]
    assert found, evasion
    assert any(how.startswith("fakedesk.core.rules -> ") and reached in how for how in found)
    # and what imports the offending module is caught through it
    assert any(
        how.startswith("fakedesk.core.formats.vcard -> fakedesk.core.rules")
        for _, how in layer_problems(graph)
    )


@pytest.mark.parametrize("evasion", EVASIONS)
def test_the_fresh_interpreter_catches(tmp_path: Path, evasion: str) -> None:
    source, extra, reached = EVASIONS[evasion]
    _tree(tmp_path, {"fakedesk/core/rules.py": source, **extra})
    loaded = loaded_modules(tmp_path, ["fakedesk.models", "fakedesk.core"], FAKE_FORBIDDEN)
    module = reached.rsplit(" -> ", 1)[-1].split(" ")[0]
    assert module in loaded.watched
    assert "fakedesk.core.rules" in loaded.watched[module]


@pytest.mark.parametrize(
    ("source", "reached"),
    [
        ("__import__('PySide6.QtWidgets')\n", "PySide6.QtWidgets"),
        ("__import__('ui', globals(), locals(), ['icons'], 2)\n", "fakedesk.ui"),
        (
            "from importlib import import_module\nimport_module('.icons', 'fakedesk.ui')\n",
            "fakedesk.ui.icons",
        ),
        ("import importlib\nimportlib.import_module('..ui', __package__)\n", "fakedesk.ui"),
        ("import fakedesk.cli\n", "fakedesk.cli"),
        ("def later():\n    import qtawesome\n", "qtawesome"),
        (
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from fakedesk import ui\n",
            "ui",
        ),
        ("import importlib\nname = 'PySide6'\nimportlib.import_module(name)\n", "no literal"),
    ],
)
def test_the_source_check_catches_other_spellings(
    tmp_path: Path, source: str, reached: str
) -> None:
    graph = _tree(tmp_path, {"fakedesk/core/rules.py": source})
    found = [how for module, how in layer_problems(graph) if module == "fakedesk.core.rules"]
    assert any(reached in how for how in found), found


def test_models_may_not_reach_core(tmp_path: Path) -> None:
    graph = _tree(tmp_path, {"fakedesk/models/errors.py": "from ..core.rules import x\n"})
    assert (
        "fakedesk.models.errors",
        "fakedesk.models.errors -> fakedesk.core.rules (fakedesk/models/errors.py:1)",
    ) in layer_problems(graph)


@pytest.mark.parametrize(
    ("files", "offender", "named"),
    [
        (
            {"fakedesk/ui/icons.py": "from fakedesk.models import database\n"},
            "ui.icons",
            "models.database",
        ),
        ({"fakedesk/ui/icons.py": "from fakedesk import models\n"}, "ui.icons", "models"),
        ({"fakedesk/ui/icons.py": "from ..models import db\n"}, "ui.icons", "models.db"),
        ({"fakedesk/ui/icons.py": "import fakedesk.models.db\n"}, "ui.icons", "models.db"),
        ({"fakedesk/cli.py": "from fakedesk.models import *\n"}, "cli", "models.*"),
        (
            {
                "fakedesk/ui/icons.py": "from fakedesk.running import x\n",
                "fakedesk/running.py": "from fakedesk.models.db import database as x\n",
            },
            "running",
            "fakedesk.ui.icons -> fakedesk.running (fakedesk/ui/icons.py:1): ",
        ),
    ],
)
def test_the_ui_rule_catches(
    tmp_path: Path, files: dict[str, str], offender: str, named: str
) -> None:
    found = ui_model_problems(_tree(tmp_path, files))
    assert [m for m, _ in found] == [f"fakedesk.{offender}"]
    assert named in found[0][1]
