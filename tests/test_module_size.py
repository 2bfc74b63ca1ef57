"""No module over about 700 lines without a reason: a long module says why in its docstring."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "netdesk"
LIMIT = 700
REASON = "Why it is long:"


def _long_modules_without_a_reason(package: Path) -> list[str]:
    found = []
    for path in sorted(package.rglob("*.py")):
        text = path.read_text("utf-8")
        if text.count("\n") <= LIMIT:
            continue
        docstring = ast.get_docstring(ast.parse(text)) or ""
        if REASON not in docstring:
            found.append(f"{path.relative_to(package.parent)}: {text.count(chr(10))} lines")
    return found


def test_a_module_over_700_lines_says_why_in_its_docstring() -> None:
    assert _long_modules_without_a_reason(PACKAGE) == []


def test_a_long_module_without_its_reason_is_found(tmp_path: Path) -> None:
    package = tmp_path / "netdesk"
    package.mkdir()
    (package / "short.py").write_text('"""Short."""\n')
    (package / "long.py").write_text('"""Long, for no reason."""\n' + "x = 1\n" * LIMIT)
    (package / "kept.py").write_text(f'"""Kept.\n\n{REASON} one table."""\n' + "x = 1\n" * LIMIT)
    assert _long_modules_without_a_reason(package) == ["netdesk/long.py: 701 lines"]
