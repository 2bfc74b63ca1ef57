"""Desktop integration for the current user on Linux and other freedesktop systems (no Qt here).

``install()`` puts the launcher (``applications/io.github.netdesk.NetDesk.desktop``), the icon in
every hicolor size and the MIME association (the launcher's ``MimeType=`` line, indexed by
``update-desktop-database``) into ``$XDG_DATA_HOME`` (``~/.local/share``). ``uninstall()`` removes
exactly what ``install()`` wrote, and the folders it had to create, using the list it kept in
NetDesk's own data folder; it trusts that list only for NetDesk's own file names in the folders
it installs to (anyone who can edit the list must not choose what gets deleted). Files are
written to a new temporary file created exclusively under an unpredictable name and renamed
into place, so a symlink planted beside them is never followed. The desktop tools are run when
they are installed; without them the files still work, menus just notice them a little later.

The files come from the package (``netdesk/resources``, also the repository's ``resources/``), so
the same code works from a source checkout, a wheel and the PyInstaller bundle.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from netdesk import APP_ID, APP_NAME

MIME_TYPES = ("text/vcard", "text/x-vcard", "text/csv")
MANIFEST_NAME = "desktop-integration.json"
TOOL_TIMEOUT_S = 20.0

Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]


@dataclass
class Report:
    """What ``install()`` or ``uninstall()`` did, for the command line to print."""

    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    tools_run: list[str] = field(default_factory=list)
    tools_missing: list[str] = field(default_factory=list)
    tool_errors: list[str] = field(default_factory=list)
    vcard_handler: str | None = None
    """The desktop id that opens a double-clicked .vcf now, when ``xdg-mime`` can tell."""


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` (the spec ignores a relative value)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def manifest_path(home: Path) -> Path:
    """The list of installed files, kept beside NetDesk's database folder."""
    return home / APP_NAME / MANIFEST_NAME


def _resource_root() -> Traversable:
    return resources.files("netdesk").joinpath("resources")


def launch_command() -> list[str]:
    """How a launcher starts this NetDesk: the bundle, the installed script or the module."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle's executable
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.executable).with_name("netdesk")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [str(Path(sys.executable).resolve()), "-m", "netdesk"]


_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_value(command: Sequence[str]) -> str:
    """``command`` as the value of an ``Exec=`` key, quoted by the Desktop Entry rules.

    An argument with a reserved character goes in double quotes with ``"``, `````, ``$`` and
    ``\\`` escaped by a backslash; then the value as a whole escapes backslashes once more (the
    string-level escape), and ``%`` is doubled so it is not read as a field code.
    """
    words = []
    for arg in command:
        if any(ch in _RESERVED for ch in arg) or not arg:
            inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
            arg = f'"{inner}"'
        words.append(arg.replace("%", "%%"))
    return " ".join(words).replace("\\", "\\\\")


def desktop_entry(command: Sequence[str]) -> str:
    """The packaged launcher with ``Exec`` and ``TryExec`` pointing at ``command``."""
    text = _resource_root().joinpath(f"{APP_ID}.desktop").read_text("utf-8")
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_value(command)} %F"
        elif line.startswith("TryExec="):
            line = f"TryExec={exec_value(command[:1])}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def planned_files(home: Path, command: Sequence[str]) -> list[tuple[Path, bytes]]:
    """Every file ``install()`` writes under ``home``, with its content."""
    root = _resource_root()
    files = [(home / "applications" / f"{APP_ID}.desktop", desktop_entry(command).encode())]
    hicolor = root.joinpath("icons", "hicolor")
    for size_dir in sorted(hicolor.iterdir(), key=lambda p: p.name):
        png = size_dir.joinpath("apps", f"{APP_ID}.png")
        if png.is_file():
            target = home / "icons" / "hicolor" / size_dir.name / "apps" / f"{APP_ID}.png"
            files.append((target, png.read_bytes()))
    svg = root.joinpath("icons", "netdesk.svg").read_bytes()
    files.append((home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg", svg))
    return files


def _run_tool(
    args: Sequence[str], report: Report, runner: Runner | None, required: bool = True
) -> str | None:
    """Run a desktop tool if it is installed; never raise. Its stdout, or None.

    A missing or failing tool the desktop needs to notice the change soon (``required``) is
    reported; an optional one (a question) is not.
    """
    if shutil.which(args[0]) is None:
        if required and args[0] not in report.tools_missing:
            report.tools_missing.append(args[0])
        return None
    run = runner or _subprocess_run
    try:
        done = run(args)
    except (OSError, subprocess.SubprocessError) as exc:
        if required:
            report.tool_errors.append(f"{args[0]}: {exc}")
        return None
    report.tools_run.append(" ".join(args))
    if done.returncode != 0:
        message = (done.stderr or done.stdout or "").strip().splitlines()
        detail = message[-1] if message else f"exit status {done.returncode}"
        if required:
            report.tool_errors.append(f"{args[0]}: {detail}")
        return None
    return done.stdout


def _subprocess_run(args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args), capture_output=True, text=True, timeout=TOOL_TIMEOUT_S, check=False
    )


def _mime_cache(home: Path) -> Path:
    return home / "applications" / "mimeinfo.cache"


def _refresh_desktop(home: Path, report: Report, runner: Runner | None) -> None:
    applications = home / "applications"
    if applications.is_dir() and (
        _mime_cache(home).exists() or any(applications.glob("*.desktop"))
    ):
        _run_tool(["update-desktop-database", "-q", str(applications)], report, runner)
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        # Icon caches notice a changed folder time; an existing user cache is rebuilt.
        os.utime(hicolor)
        if (hicolor / "icon-theme.cache").exists():
            _run_tool(["gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)], report, runner)


def _write_atomically(path: Path, data: bytes, mode: int = 0o644) -> None:
    """``data`` as ``path`` in one step: a new file under a name nobody can predict (created
    with ``O_EXCL``, so never through a planted symlink), its mode set on the descriptor, then
    renamed over ``path`` (which replaces a symlink there instead of writing through it)."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            if hasattr(os, "fchmod"):
                os.fchmod(out.fileno(), mode)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise


_MANIFEST_KEYS = ("files", "dirs", "generated")


def _load_manifest(home: Path) -> dict[str, list[str]]:
    """``files`` written, ``dirs`` created and ``generated`` caches that did not exist before."""
    try:
        data = json.loads(manifest_path(home).read_text("utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    return {
        key: [str(p) for p in data.get(key, []) if isinstance(p, str)] for key in _MANIFEST_KEYS
    }


def install(
    home: Path | None = None,
    command: Sequence[str] | None = None,
    runner: Runner | None = None,
) -> Report:
    """Install the launcher, icons and MIME association for the current user."""
    home = home or data_home()
    command = list(command or launch_command())
    report = Report()
    previous = _load_manifest(home)
    created_dirs = previous["dirs"]
    files = previous["files"]
    generated = previous["generated"]
    cache_existed = _mime_cache(home).exists()
    manifest = manifest_path(home)
    for path, data in [*planned_files(home, command), (manifest, b"")]:
        missing = []
        parent = path.parent
        while not parent.exists():
            missing.append(parent)
            parent = parent.parent
        for folder in reversed(missing):
            private = folder == manifest.parent  # NetDesk's own data folder
            folder.mkdir(0o700 if private else 0o777)
            if private:
                folder.chmod(0o700)  # mkdir's mode is filtered by the umask
            if str(folder) not in created_dirs:
                created_dirs.append(str(folder))
        if path == manifest:
            continue
        _write_atomically(path, data)
        report.written.append(path)
        if str(path) not in files:
            files.append(str(path))
    _refresh_desktop(home, report, runner)
    if not cache_existed and _mime_cache(home).exists() and str(_mime_cache(home)) not in generated:
        generated.append(str(_mime_cache(home)))
    record = {"files": files, "dirs": created_dirs, "generated": generated}
    _write_atomically(manifest, json.dumps(record, indent=1).encode(), 0o600)
    out = _run_tool(["xdg-mime", "query", "default", MIME_TYPES[0]], report, runner, False)
    if out is not None:
        report.vcard_handler = out.strip() or None
    return report


def uninstall(home: Path | None = None, runner: Runner | None = None) -> Report:
    """Remove what ``install()`` wrote: its files, then the folders it created if empty."""
    home = home or data_home()
    report = Report()
    recorded = _load_manifest(home)
    ours = [path for path, _data in planned_files(home, launch_command())]
    folders = {manifest_path(home).parent} | {
        folder for path in ours for folder in path.parents if home in folder.parents
    }
    # The list says which of NetDesk's files install() wrote; only those names are removed.
    files = [Path(p) for p in recorded["files"] if Path(p) in ours]
    if not recorded["files"]:  # no list (removed by hand?): the files are NetDesk's by their names
        files = ours
    generated = [Path(p) for p in recorded["generated"] if Path(p) == _mime_cache(home)]
    for path in [*files, *generated]:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        report.removed.append(path)
    manifest = manifest_path(home)
    if os.path.lexists(manifest):
        manifest.unlink()
        report.removed.append(manifest)
    made = [Path(p) for p in recorded["dirs"] if Path(p) in folders]
    for folder in sorted(made, key=lambda p: -len(p.parts)):
        try:
            folder.rmdir()  # only when empty: the user may have put things there since
        except OSError:
            continue
        report.removed.append(folder)
    _refresh_desktop(home, report, runner)
    return report
