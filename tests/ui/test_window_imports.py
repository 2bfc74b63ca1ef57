"""The window composes the panels; no panel imports the window (so no import cycle through it).

Only the app's start-up (``ui/shell/app.py``) and the self-test build a main window. Every other
module under ``netdesk/ui`` gets what it needs in a ``PanelContext``. Imports are read from the
source, relative ones resolved, ``TYPE_CHECKING`` ones and ``importlib.import_module("...")``
included, so that no spelling of the import slips through.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "netdesk"
WINDOW = "netdesk.ui.shell.main_window"
ALLOWED = {"netdesk.ui.shell.app", "netdesk.ui.shell.self_test", WINDOW}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path, source: str | None = None) -> set[str]:
    """Every module ``path`` (or ``source`` read as if it were that file) imports, as absolute
    names (``from a import b``: ``a`` and ``a.b``, since ``b`` may be a module)."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    text = source if source is not None else path.read_text("utf-8")
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value)
    return names


def test_only_the_app_and_the_self_test_import_the_main_window() -> None:
    importers = sorted(
        _module_name(path)
        for path in (PACKAGE / "ui").rglob("*.py")
        if WINDOW in imported_modules(path)
    )
    assert set(importers) <= ALLOWED, importers
    assert "netdesk.ui.shell.app" in importers  # the check finds the imports that exist


def test_the_check_sees_every_spelling() -> None:
    """Relative, from-package and importlib imports of the window are all found."""
    spellings = [
        "from netdesk.ui.shell.main_window import MainWindow",
        "from netdesk.ui.shell import main_window",
        "from ..shell.main_window import MainWindow",
        "from ..shell import main_window",
        "import netdesk.ui.shell.main_window",
        "import importlib\nimportlib.import_module('netdesk.ui.shell.main_window')",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import main_window",
    ]
    for source in spellings:
        # Read as a module of the ui/tree package (or, for ".", of ui/shell).
        folder = "shell" if "from . " in source else "tree"
        where = PACKAGE / "ui" / folder / "probe.py"
        assert WINDOW in imported_modules(where, source), source
    assert WINDOW not in imported_modules(
        PACKAGE / "ui" / "tree" / "probe.py", "from ..shell.context import PanelContext"
    )


def test_no_panel_declares_its_own_idea_of_the_window() -> None:
    """The ``HostWindow`` protocols that listed the window's attributes are gone for good."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "ui").rglob("*.py")
        if any(
            isinstance(node, ast.ClassDef) and node.name == "HostWindow"
            for node in ast.walk(ast.parse(path.read_text("utf-8")))
        )
    ]
    assert offenders == []
