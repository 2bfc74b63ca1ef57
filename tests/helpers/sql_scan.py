"""Where code outside ``netdesk/models/`` talks to the database, found by reading it with ``ast``.

Only what the program holds counts, never its comments or docstrings:

- SQL in string constants: statement shapes (``SELECT ... FROM``, ``INSERT INTO``,
  ``UPDATE x SET y =``, ``DELETE FROM``, ``PRAGMA``, ``CREATE TABLE``, ``WITH RECURSIVE``...)
  and the fragments queries are assembled from (``WHERE x = ?``, ``ORDER BY``, ``IN (?``...).
  An f-string counts with a placeholder for each value, a string split over lines or joined
  with ``+`` as one. Keywords written in capitals always count; in lower case only beside
  something prose never has (``= ?``, ``count(*)``, a ``snake_case`` or ``table.column`` name),
  so that "Select a contact" or "Delete from the history?" are not SQL.
- The connection: the name ``database``, calls of ``.execute()``, ``.executemany()``,
  ``.executescript()``, ``.execute_sql()``, ``.atomic()``, and imports of ``sqlite3``,
  ``peewee`` or ``playhouse``.
- Peewee query building: importing a model of ``netdesk.models.entities`` (or the module) and
  any attribute call on one (``Contact.select()``, ``Tag.get_or_none()``...).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.imports import absolute

CONNECTION_CALLS = ("execute", "executemany", "executescript", "execute_sql", "atomic")
DRIVERS = ("sqlite3", "peewee", "playhouse")
_WORD = r"[\w\"\[\].*]+"
_STATEMENTS = [
    rf"\bSELECT\s+[\s\S]+?\bFROM\s+{_WORD}",
    r"\bSELECT\s+(?:count|max|min|sum|total|coalesce|exists|group_concat)\s*\(",
    rf"\b(?:INSERT|REPLACE)\s+(?:OR\s+\w+\s+)?INTO\s+{_WORD}",
    rf"\bUPDATE\s+(?:OR\s+\w+\s+)?{_WORD}\s+SET\s+{_WORD}\s*=",
    rf"\bDELETE\s+FROM\s+{_WORD}",
    r"\bPRAGMA\s+[\w.]+",
    r"\bCREATE\s+(?:TEMP\w*\s+)?(?:UNIQUE\s+)?(?:VIRTUAL\s+)?(?:TABLE|INDEX|TRIGGER|VIEW)\b",
    r"\b(?:ALTER|DROP)\s+(?:TABLE|INDEX|TRIGGER|VIEW)\b",
    r"\bWITH\s+RECURSIVE\b",
    rf"\bWITH\s+{_WORD}\s*(?:\([^)]*\))?\s+AS\s*\(\s*SELECT\b",
    r"\bBEGIN\s+(?:IMMEDIATE|EXCLUSIVE|DEFERRED|TRANSACTION)\b",
    r"\b(?:SAVEPOINT|RELEASE)\s+\w+",
    r"^\s*(?:COMMIT|ROLLBACK|VACUUM|ANALYZE)\s*;?\s*$",
    r"\bATTACH\s+DATABASE\b",
]
_FRAGMENTS = [  # capitals only: these words are common in prose
    rf"\b(?:WHERE|AND|OR|ON|HAVING)\s+(?:NOT\s+)?{_WORD}\s*"
    r"(?:=|<>|!=|<=|>=|<|>|\bIN\b|\bIS\b|\bLIKE\b|\bGLOB\b|\bMATCH\b|\bBETWEEN\b)",
    rf"\b(?:ORDER|GROUP)\s+BY\s+{_WORD}",
    rf"\bJOIN\s+{_WORD}(?:\s+(?:AS\s+)?\w+)?\s+(?:ON|USING)\b",
    r"\bIN\s*\(\s*(?:\?|SELECT\b|\{)",
    r"\bLIMIT\s+(?:\?|\d+)",
    r"\bVALUES\s*\(\s*[?:{]",
]
_CUES = re.compile(  # beside a lower-case keyword: this is SQL, not a sentence
    r"[\w.\"]+\s*(?:=|<>|!=|<=|>=)\s*(?:\?|:\w+|\d|'|x\b)|\bin\s*\(\s*\?|\(\*\)"
    r"|\b[a-z]+_[a-z_]+\b|\b[a-z]\w*\.[a-z_]\w*\b|;\s*$",
    re.IGNORECASE,
)
_UPPER = [re.compile(p) for p in _STATEMENTS + _FRAGMENTS]
_ANY_CASE = [re.compile(p, re.IGNORECASE | re.MULTILINE) for p in _STATEMENTS]
PLACEHOLDER = "x"
"""What an f-string's ``{value}`` reads as."""


@dataclass(frozen=True)
class Finding:
    line: int
    what: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.what}"


def sql_in(text: str) -> str | None:
    """The SQL found in ``text`` (a short excerpt), or None when it holds none."""
    for pattern in _UPPER:
        match = pattern.search(text)
        if match:
            return match.group(0)
    if _CUES.search(text):
        for pattern in _ANY_CASE:
            match = pattern.search(text)
            if match:
                return match.group(0)
    return None


def _text(node: ast.expr) -> str | None:
    """The text of a string constant, an f-string (values as :data:`PLACEHOLDER`) or a ``+``
    of them; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_text(part) or PLACEHOLDER for part in node.values)
    if isinstance(node, ast.FormattedValue):
        return PLACEHOLDER
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        if left is not None or right is not None:
            return (left or PLACEHOLDER) + (right or PLACEHOLDER)
    return None


def _docstrings(tree: ast.Module) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def scan(
    source: str,
    module: str,
    entities: frozenset[str],
    *,
    is_package: bool = False,
    models: str = "netdesk.models",
) -> list[Finding]:
    """Every place in ``source`` (the module ``module``) that talks to the database.

    ``entities`` are the names ``netdesk.models`` re-exports from its ``entities`` module."""
    tree = ast.parse(source)
    package = module if is_package else module.rpartition(".")[0]
    entity_module = f"{models}.entities"
    findings: list[Finding] = []
    models_bound: set[str] = set()  # names standing for peewee models (or their module)
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in DRIVERS:
                    findings.append(Finding(node.lineno, f"imports {alias.name}"))
                if alias.name == entity_module:
                    findings.append(Finding(node.lineno, f"imports {alias.name}"))
                    models_bound.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom):
            base = absolute(node.module or "", node.level, package)
            if base.split(".")[0] in DRIVERS:
                findings.append(Finding(node.lineno, f"imports from {base}"))
            for alias in node.names:
                name = f"{base}.{alias.name}"
                is_model = base == entity_module or (base == models and alias.name in entities)
                if is_model or name == entity_module:
                    findings.append(Finding(node.lineno, f"imports the peewee model {name}"))
                    models_bound.add(alias.asname or alias.name)
                if alias.name == "database":
                    findings.append(Finding(node.lineno, f"imports {name}"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == "database":
            findings.append(Finding(node.lineno, "uses database"))
        elif isinstance(node, ast.Attribute) and node.attr == "database":
            findings.append(Finding(node.lineno, "uses .database"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            receiver = node.func.value
            while isinstance(receiver, ast.Attribute):
                receiver = receiver.value
            if node.func.attr in CONNECTION_CALLS:
                findings.append(Finding(node.lineno, f"calls .{node.func.attr}()"))
            elif isinstance(receiver, ast.Name) and receiver.id in models_bound:
                findings.append(Finding(node.lineno, f"{ast.unparse(node.func)}() on a model"))
    consumed: set[int] = set()
    for node in ast.walk(tree):
        if id(node) in consumed or id(node) in skip:
            continue
        text = _text(node) if isinstance(node, ast.expr) else None
        if text is None:
            continue
        consumed.update(id(child) for child in ast.walk(node))
        found = sql_in(text)
        if found is not None:
            excerpt = " ".join(found.split())
            findings.append(Finding(node.lineno, f"SQL in a string: {excerpt[:60]!r}"))
    return sorted(set(findings), key=lambda f: (f.line, f.what))


def entity_names(root: Path, models: str = "netdesk.models") -> frozenset[str]:
    """The names ``models/__init__.py`` takes from ``models/entities.py``."""
    init = root.joinpath(*models.split("."), "__init__.py")
    names: set[str] = set()
    for node in ast.walk(ast.parse(init.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = absolute(node.module or "", node.level, models)
            if base == f"{models}.entities":
                names.update(alias.asname or alias.name for alias in node.names)
    return frozenset(names)


def scan_tree(root: Path, package: str = "netdesk") -> dict[str, list[Finding]]:
    """Findings per file (relative to ``root``) for every module of ``package`` outside its
    ``models`` package; files without any are left out."""
    models = f"{package}.models"
    entities = entity_names(root, models)
    found: dict[str, list[Finding]] = {}
    for path in sorted((root / package).rglob("*.py")):
        relative = path.relative_to(root)
        parts = list(relative.with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        module = ".".join(parts)
        if module == models or module.startswith(models + "."):
            continue
        findings = scan(
            path.read_text("utf-8"), module, entities, is_package=is_package, models=models
        )
        if findings:
            found[relative.as_posix()] = findings
    return found
