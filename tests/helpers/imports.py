"""What imports what in a package, read from its source with ``ast``: the layer checks' evidence.

Nothing a module can write should slip past it. Relative imports are resolved against the
module's package (``from ..ui import icons`` in ``netdesk/core/x.py`` is ``netdesk.ui.icons``);
``from netdesk import ui`` names the module ``netdesk.ui``; ``importlib.import_module("...")``
and ``__import__("...")`` with a literal name are imports too (with any other argument they
cannot be checked, and say so); importing ``a.b.c`` runs ``a`` and ``a.b`` first. Imports inside
functions and under ``if TYPE_CHECKING:`` count: they are dependencies all the same.

What actually gets loaded is proved separately, in a fresh interpreter: :func:`loaded_modules`.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

DYNAMIC = ("import_module", "__import__")


@dataclass(frozen=True)
class Import:
    """One import statement (or call) in ``importer``, resolved to absolute names."""

    importer: str
    named: tuple[str, ...]
    """The dotted names it binds or loads: ``import a.b`` -> ``a.b``; ``from a import x, y`` ->
    ``a.x``, ``a.y`` (modules or attributes alike); ``from a import *`` -> ``a.*``."""
    base: str
    """The module it loads first: ``a`` for ``from a import x``, ``a.b`` for ``import a.b``;
    "" for a dynamic import whose name is no literal."""
    line: int
    bound: tuple[str, ...] = ()
    """The names a from-import binds in the importer (``as`` names where given)."""

    @property
    def unresolved(self) -> bool:
        return not self.base


def parents(name: str) -> list[str]:
    """``a.b.c`` -> ``a``, ``a.b``: the packages importing ``name`` runs first."""
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def under(name: str, prefixes: Iterable[str]) -> str | None:
    """The prefix among ``prefixes`` that ``name`` is, or lies under; None if none."""
    for prefix in prefixes:
        if name == prefix or name.startswith(prefix + "."):
            return prefix
    return None


class ImportGraph:
    """Every module of ``package`` (a folder under ``root``) and the imports it makes."""

    def __init__(self, root: Path, package: str) -> None:
        self.root = root
        self.package = package
        self.paths: dict[str, Path] = {}
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            self.paths[".".join(parts)] = path
        self.imports: dict[str, list[Import]] = {
            name: read_imports(path, name, path.name == "__init__.py")
            for name, path in self.paths.items()
        }

    def modules(self, prefix: str) -> list[str]:
        return sorted(m for m in self.paths if under(m, [prefix]))

    def where(self, imp: Import) -> str:
        path = self.paths[imp.importer].relative_to(self.root)
        return f"{path}:{imp.line}"

    def _internal(self, name: str) -> bool:
        return under(name, [self.package]) is not None

    def loads(self, imp: Import) -> list[str]:
        """The modules running ``imp`` may load: for a name of this package the module it is
        (or the one it is an attribute of) with its parent packages; other names as named."""
        found: list[str] = []
        for name in (imp.base, *imp.named) if imp.base else ():
            name = name.removesuffix(".*")
            if self._internal(name):
                while name not in self.paths and "." in name:
                    name = name.rsplit(".", 1)[0]  # an attribute of a module, not a module
            for each in (*parents(name), name):
                if each not in found:
                    found.append(each)
        return found

    def edges(self, module: str) -> Iterator[tuple[str, Import | None]]:
        """What ``module`` depends on: its own packages (run before it, ``None``), then each
        module its imports load, with the import that loads it."""
        for package in parents(module):
            yield package, None
        for imp in self.imports.get(module, []):
            for target in self.loads(imp):
                if target != module:
                    yield target, imp

    def reaching(
        self, start: str, forbidden: Iterable[str], through: Iterable[str] | None = None
    ) -> list[tuple[str, str]]:
        """How ``start`` reaches a module under one of ``forbidden`` (or an import that cannot
        be checked), following imports through this package's modules (only those under
        ``through``, when given): ``(module whose import it is, the shortest chain)``."""
        forbidden = tuple(forbidden)
        allowed = None if through is None else tuple(through)
        problems: list[tuple[str, str]] = []
        chains: dict[str, list[str]] = {start: []}
        queue = deque([start])
        while queue:
            module = queue.popleft()
            for imp in self.imports.get(module, []):
                if imp.unresolved:
                    chain = " -> ".join([start, *chains[module]])
                    why = f"the dynamic import at {self.where(imp)} names no literal module"
                    problems.append((module, f"{chain}: {why}"))
            for target, imp in self.edges(module):
                hop = f"{target} ({self.where(imp)})" if imp is not None else target
                if under(target, forbidden):
                    problems.append((module, " -> ".join([start, *chains[module], hop])))
                    continue
                if target in chains or target not in self.paths:
                    continue
                if allowed is not None and not under(target, allowed):
                    continue
                chains[target] = [*chains[module], hop]
                queue.append(target)
        return problems


def read_imports(path: Path, module: str, is_package: bool) -> list[Import]:
    """Every import in the source of ``module`` (a package when ``is_package``)."""
    package = module if is_package else module.rpartition(".")[0]
    found: list[Import] = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append(Import(module, (alias.name,), alias.name, node.lineno))
        elif isinstance(node, ast.ImportFrom):
            base = absolute(node.module or "", node.level, package)
            names = tuple(f"{base}.{alias.name}" for alias in node.names)
            bound = tuple(alias.asname or alias.name for alias in node.names)
            found.append(Import(module, names, base, node.lineno, bound))
        elif isinstance(node, ast.Call) and _callee(node.func) in DYNAMIC:
            found.append(_dynamic(node, module, package))
    return found


def absolute(name: str, level: int, package: str) -> str:
    """``name`` imported at relative ``level`` from ``package``, as an absolute name."""
    if level == 0:
        return name
    parts = package.split(".") if package else []
    if level - 1 > len(parts):
        raise ImportError(f"relative import beyond the top of {package!r}")
    base = parts[: len(parts) - (level - 1)]
    return ".".join([*base, name] if name else base)


def _callee(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal(node: ast.expr | None) -> object:
    try:
        return ast.literal_eval(node) if node is not None else None
    except ValueError:
        return _NOT_LITERAL


_NOT_LITERAL = object()


def _dynamic(call: ast.Call, module: str, package: str) -> Import:
    """``import_module(name, package)`` or ``__import__(name, globals, locals, fromlist,
    level)``: resolved when the name (and package) are literal; ``__package__`` and
    ``__name__`` mean the importer's own."""
    keywords = {k.arg: k.value for k in call.keywords if k.arg}
    args = list(call.args)

    def argument(position: int, keyword: str) -> ast.expr | None:
        return args[position] if len(args) > position else keywords.get(keyword)

    name = _literal(argument(0, "name"))
    if not isinstance(name, str):
        return Import(module, (), "", call.lineno)
    if _callee(call.func) == "import_module":
        level = len(name) - len(name.lstrip("."))
        anchor = argument(1, "package")
        if isinstance(anchor, ast.Name) and anchor.id in ("__package__", "__name__"):
            relative_to: object = package
        else:
            relative_to = _literal(anchor) if anchor is not None else ""
        if level and not isinstance(relative_to, str):
            return Import(module, (), "", call.lineno)
        base = absolute(name[level:], level, str(relative_to))
        return Import(module, (base,), base, call.lineno)
    level = _literal(argument(4, "level")) or 0
    fromlist = _literal(argument(3, "fromlist")) or ()
    if not isinstance(level, int) or not isinstance(fromlist, list | tuple):
        return Import(module, (), "", call.lineno)
    base = absolute(name, level, package)
    named = tuple(f"{base}.{n}" for n in fromlist if isinstance(n, str)) or (base,)
    return Import(module, named, base, call.lineno)


LOADER = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys

    prefixes, packages = json.loads(sys.argv[1]), json.loads(sys.argv[2])
    roots = sorted({p.split(".")[0] for p in packages})
    under = lambda name, tops: any(name == t or name.startswith(t + ".") for t in tops)
    found = {m: [] for m in sys.modules if under(m, prefixes)}  # loaded before any of ours


    class Watch:  # asked first for every module not loaded yet: records who imports it

        @staticmethod
        def find_spec(name, path=None, target=None):
            if under(name, prefixes) and name not in found:
                chain, frame = [], sys._getframe(1)
                while frame is not None:
                    module = frame.f_globals.get("__name__", "")
                    if under(module, roots) and module not in chain:
                        chain.append(module)
                    frame = frame.f_back
                found[name] = chain[::-1]
            return None


    sys.meta_path.insert(0, Watch)
    names = []
    for name in packages:
        package = importlib.import_module(name)
        names += [name, *(i.name for i in pkgutil.walk_packages(package.__path__, name + "."))]
    for name in sorted(set(names)):
        importlib.import_module(name)
    modules = sorted(m for m in sys.modules if under(m, roots))
    print(json.dumps({"loaded": found, "modules": modules}))
    """
)


@dataclass(frozen=True)
class Loaded:
    """What importing every module of some packages loaded, in a fresh interpreter."""

    watched: dict[str, list[str]]
    """Each watched module that got loaded -> the chain of the packages' modules whose imports
    were running when it was (outermost first; empty when loaded before any of them)."""
    modules: list[str]
    """Every module of the packages' top-level package that was loaded."""


def loaded_modules(root: Path, packages: list[str], watch: list[str]) -> Loaded:
    """Import every module of ``packages`` (found under ``root``) in a fresh interpreter, and
    say which modules under ``watch`` got loaded, and through which of the packages' modules."""
    proc = subprocess.run(
        [sys.executable, "-c", LOADER, json.dumps(watch), json.dumps(packages)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.splitlines()[-1])
    return Loaded(result["loaded"], result["modules"])
