"""models/ and core/ must stay Qt-free: they are what the CLI, workers and tests run on."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "netdesk"
FORBIDDEN = ("PySide6", "shiboken6", "qtawesome", "netdesk.ui")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_models_and_core_never_import_qt_or_ui() -> None:
    offenders = []
    for layer in ("models", "core"):
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for name in _imports(path):
                if any(name == f or name.startswith(f + ".") for f in FORBIDDEN):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


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
