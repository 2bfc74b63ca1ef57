"""Desktop integration: the freedesktop files in resources/, install- and uninstall-desktop."""

from __future__ import annotations

import configparser
import io
import json
import os
import shutil
import stat
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from netdesk import APP_ID
from netdesk import desktop as nd_desktop
from netdesk.cli import run_cli

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
DESKTOP_FILE = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text("utf-8"))
    return parser["Desktop Entry"]


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _tree(root: Path) -> dict[str, bytes | None]:
    """Every file (with its bytes) and folder (None) under root."""
    return {
        str(p.relative_to(root)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(root.rglob("*"))
    }


def _exec_words(value: str) -> list[str]:
    """Read an Exec value back the way the Desktop Entry spec says a launcher does."""
    value = value.replace("\\\\", "\x00").replace("\x00", "\\")  # string-level unescape
    words, word, quoted, i, started = [], "", False, 0, False
    while i < len(value):
        ch = value[i]
        if quoted and ch == "\\" and i + 1 < len(value) and value[i + 1] in '"`$\\':
            word += value[i + 1]
            i += 2
            continue
        if ch == '"':
            quoted = not quoted
            started = True
        elif ch == " " and not quoted:
            if started:
                words.append(word)
            word, started = "", False
        else:
            word += ch
            started = True
        i += 1
    if started:
        words.append(word)
    return [w.replace("%%", "%") for w in words]


# The files in resources/ ---------------------------------------------------------------------


def test_resources_folder_is_the_package_data_the_app_uses() -> None:
    assert DESKTOP_FILE.is_file() and METAINFO.is_file()
    packaged = ROOT / "netdesk" / "resources"
    assert RESOURCES.resolve() == packaged.resolve()
    from importlib import resources

    assert resources.files("netdesk").joinpath(f"resources/{APP_ID}.desktop").is_file()
    assert resources.files("netdesk").joinpath("resources/samples/self-test.vcf").is_file()


def test_one_reverse_dns_id_everywhere() -> None:
    entry = _entry(DESKTOP_FILE)
    assert DESKTOP_FILE.stem == APP_ID
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == APP_ID
    assert entry["MimeType"] == "text/vcard;text/x-vcard;text/csv;"
    assert entry["Exec"].endswith(" %F")  # many files, as local paths
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert METAINFO.name == f"{APP_ID}.metainfo.xml"
    shots = component.findall("screenshots/screenshot/image")
    assert shots and all(s.text and s.text.startswith("https://") for s in shots)
    assert any(s.text and s.text.endswith("docs/screenshots/contacts.png") for s in shots)
    screenshot = (ROOT / "docs" / "screenshots" / "contacts.png").read_bytes()
    assert _png_size(screenshot) == (int(shots[0].get("width", 0)), int(shots[0].get("height", 0)))


def test_the_app_uses_the_desktop_file_name(qapp: object) -> None:
    from PySide6.QtWidgets import QApplication

    from netdesk.ui.shell.app import create_application

    create_application()
    assert QApplication.desktopFileName() == DESKTOP_FILE.stem == APP_ID


def test_icon_pngs_exist_at_every_hicolor_size() -> None:
    for size in HICOLOR_SIZES:
        png = RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert _png_size(png.read_bytes()) == (size, size), png
    assert (RESOURCES / "icons" / "netdesk.svg").read_bytes().lstrip().startswith(b"<svg")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_desktop_file_validates() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstreamcli")
def test_metainfo_validates() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


# Exec quoting ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["/opt/netdesk/netdesk"],
        ["/home/ana maría/Apps/NetDesk/netdesk"],
        ['/tmp/we "quote"/net$desk', "-m", "netdesk"],
        ["/srv/back\\slash/100%/netdesk"],
        ["/usr/bin/python3", "-m", "netdesk"],
    ],
)
def test_exec_value_reads_back_as_the_same_command(command: list[str]) -> None:
    value = nd_desktop.exec_value(command)
    assert _exec_words(value) == command
    assert "%" not in value.replace("%%", "")  # no stray field codes


# install / uninstall --------------------------------------------------------------------------


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "data"
    home.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return home


def test_install_puts_launcher_icons_and_mime_association(xdg: Path, tmp_path: Path) -> None:
    command = [str(tmp_path / "My Apps" / "netdesk")]
    report = nd_desktop.install(command=command)
    launcher = xdg / "applications" / f"{APP_ID}.desktop"
    entry = _entry(launcher)
    assert _exec_words(entry["Exec"]) == [*command, "%F"]
    assert _exec_words(entry["TryExec"]) == command
    assert entry["Icon"] == APP_ID and entry["MimeType"] == "text/vcard;text/x-vcard;text/csv;"
    for size in HICOLOR_SIZES:
        png = xdg / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert _png_size(png.read_bytes()) == (size, size)
    assert (xdg / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert launcher in report.written and len(report.written) == 1 + len(HICOLOR_SIZES) + 1
    if shutil.which("update-desktop-database"):
        cache = (xdg / "applications" / "mimeinfo.cache").read_text("utf-8")
        for mime in ("text/vcard", "text/x-vcard", "text/csv"):
            assert f"{mime}={APP_ID}.desktop;" in cache
    else:
        assert "update-desktop-database" in report.tools_missing
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(launcher)], capture_output=True)
        assert done.returncode == 0, done.stdout


def test_uninstall_leaves_the_folder_exactly_as_it_was(xdg: Path) -> None:
    # Someone else's launcher and icon were there first.
    other = xdg / "applications" / "org.example.Other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text(
        "[Desktop Entry]\nType=Application\nName=Other\nExec=other %f\nMimeType=text/csv;\n"
    )
    other_icon = xdg / "icons" / "hicolor" / "48x48" / "apps" / "org.example.Other.png"
    other_icon.parent.mkdir(parents=True)
    other_icon.write_bytes(b"png")
    if shutil.which("update-desktop-database"):
        subprocess.run(["update-desktop-database", "-q", str(other.parent)], check=True)
    before = _tree(xdg)

    nd_desktop.install(command=["/opt/netdesk/netdesk"])
    nd_desktop.install(command=["/opt/netdesk/netdesk"])  # twice: still one set of files
    assert _tree(xdg) != before
    if shutil.which("update-desktop-database"):
        cache = (xdg / "applications" / "mimeinfo.cache").read_text("utf-8")
        assert f"text/csv={APP_ID}.desktop;org.example.Other.desktop;" in cache
    report = nd_desktop.uninstall()
    assert _tree(xdg) == before
    assert other in {p for p in other.parent.iterdir()} and other_icon.is_file()
    assert report.removed


def test_uninstall_into_an_empty_home_removes_every_folder_it_made(xdg: Path) -> None:
    nd_desktop.install(command=["/opt/netdesk/netdesk"])
    nd_desktop.uninstall()
    assert list(xdg.iterdir()) == []


def test_uninstall_without_its_list_still_removes_netdesks_files(xdg: Path) -> None:
    nd_desktop.install(command=["/opt/netdesk/netdesk"])
    nd_desktop.manifest_path(xdg).unlink()
    nd_desktop.uninstall()
    left = [p for p in xdg.rglob("*") if p.is_file()]
    assert [p for p in left if APP_ID in p.name] == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symlinks")
def test_install_never_writes_through_a_planted_symlink(xdg: Path, tmp_path: Path) -> None:
    """Symlinks at the old temporary names and at the list of installed files: their targets
    (a user's ~/.bashrc, say) keep their bytes and mode; the list is private."""
    victim = tmp_path / "bashrc"
    victim.write_text("the user's own file\n")
    victim.chmod(0o600)
    applications = xdg / "applications"
    applications.mkdir()
    planted = [applications / f".{APP_ID}.desktop.tmp"]
    planted.append(xdg / "icons" / "hicolor" / "48x48" / "apps" / f".{APP_ID}.png.tmp")
    planted[-1].parent.mkdir(parents=True)
    manifest = nd_desktop.manifest_path(xdg)
    manifest.parent.mkdir()
    planted.append(manifest)
    for link in planted:
        link.symlink_to(victim)
    nd_desktop.install(command=["/opt/netdesk/netdesk"])
    assert victim.read_text() == "the user's own file\n"
    assert stat.S_IMODE(victim.stat().st_mode) == 0o600
    assert not manifest.is_symlink() and stat.S_IMODE(manifest.stat().st_mode) == 0o600
    assert APP_ID in manifest.read_text("utf-8")
    launcher = applications / f"{APP_ID}.desktop"
    assert stat.S_IMODE(launcher.stat().st_mode) == 0o644 and "Exec=" in launcher.read_text()
    assert [p.name for p in applications.glob(".*.tmp") if not p.is_symlink()] == []


def test_uninstall_removes_only_netdesks_own_files_whatever_its_list_says(
    xdg: Path, tmp_path: Path
) -> None:
    """With the data home on a shared folder, whoever can edit the list must not choose what
    gets deleted: files and folders outside NetDesk's own names stay."""
    nd_desktop.install(command=["/opt/netdesk/netdesk"])
    victim = tmp_path / "thesis.odt"
    victim.write_text("years of work")
    elsewhere = xdg / "applications" / "org.example.Other.desktop"
    elsewhere.write_text("[Desktop Entry]\n")
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    manifest = nd_desktop.manifest_path(xdg)
    record = json.loads(manifest.read_text("utf-8"))
    record["files"] += [str(victim), str(elsewhere)]
    record["generated"].append(str(tmp_path / "thesis.odt"))
    record["dirs"].append(str(empty))
    manifest.write_text(json.dumps(record))
    report = nd_desktop.uninstall()
    assert victim.read_text() == "years of work" and elsewhere.is_file() and empty.is_dir()
    assert victim not in report.removed
    assert [p for p in xdg.rglob("*") if APP_ID in p.name] == []


def test_missing_desktop_tools_never_fail_the_install(
    xdg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    report = nd_desktop.install(command=["/opt/netdesk/netdesk"])
    assert (xdg / "applications" / f"{APP_ID}.desktop").is_file()
    assert report.tools_run == [] and "update-desktop-database" in report.tools_missing
    assert "xdg-mime" not in report.tools_missing  # only asked, never needed
    nd_desktop.uninstall()
    assert list(xdg.iterdir()) == []


def test_a_failing_tool_is_a_note_not_an_error(xdg: Path) -> None:
    def runner(args: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(args, 1, "", "Error: cannot write cache\n")

    report = nd_desktop.install(command=["/opt/netdesk/netdesk"], runner=runner)
    assert (xdg / "applications" / f"{APP_ID}.desktop").is_file()
    if shutil.which("update-desktop-database"):
        assert report.tool_errors == ["update-desktop-database: Error: cannot write cache"]


def test_cli_install_and_uninstall_desktop(xdg: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert run_cli(["install-desktop"], out, err) == 0, err.getvalue()
    assert f"{len(HICOLOR_SIZES) + 1} icons" in out.getvalue() and str(xdg) in out.getvalue()
    launcher = _entry(xdg / "applications" / f"{APP_ID}.desktop")
    # From a source checkout the launcher starts this very Python environment.
    assert _exec_words(launcher["Exec"])[0] in (
        str(Path(sys.executable).with_name("netdesk")),
        str(Path(sys.executable).resolve()),
    )
    out = io.StringIO()
    assert run_cli(["uninstall-desktop"], out, err) == 0
    assert "Removed" in out.getvalue() and list(xdg.iterdir()) == []
    out = io.StringIO()
    assert run_cli(["uninstall-desktop"], out, err) == 0
    assert "Nothing to remove" in out.getvalue()


def test_desktop_module_never_loads_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from netdesk import desktop\n"
        f"desktop.install({str(tmp_path)!r} and __import__('pathlib').Path({str(tmp_path)!r}),"
        " ['/opt/netdesk/netdesk'])\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'netdesk.ui', 'qtawesome'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, cwd=ROOT)


@pytest.mark.skipif(shutil.which("xdg-mime") is None, reason="no xdg-utils")
def test_install_says_which_app_opens_vcards_now(xdg: Path) -> None:
    out = io.StringIO()
    assert run_cli(["install-desktop"], out, io.StringIO()) == 0
    handler = subprocess.run(
        ["xdg-mime", "query", "default", "text/vcard"], capture_output=True, text=True
    ).stdout.strip()
    assert handler  # at least NetDesk itself now
    if handler == f"{APP_ID}.desktop":
        assert "still open in" not in out.getvalue()
    else:  # the user (or the system) chose another app: say how to change it, change nothing
        assert f"still open in {handler}" in out.getvalue()
        assert f"xdg-mime default {APP_ID}.desktop text/vcard" in out.getvalue()


def test_windows_and_macos_icons_hold_every_size() -> None:
    """build_spec/netdesk.ico and .icns, as the spec hands them to PyInstaller there."""
    ico = (ROOT / "build_spec" / "netdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _c, _r, _p, _bpp, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]
        )
        png = ico[offset : offset + length]
        side = _png_size(png)[0]
        assert (width or 256, height or 256) == (side, side)
        sizes.append(side)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]

    icns = (ROOT / "build_spec" / "netdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    entries, pos = {}, 8
    while pos < len(icns):
        code, length = icns[pos : pos + 4].decode(), struct.unpack(">I", icns[pos + 4 : pos + 8])[0]
        entries[code] = _png_size(icns[pos + 8 : pos + length])[0]
        pos += length
    assert entries["ic07"] == 128 and entries["ic09"] == 512 and entries["ic10"] == 1024
    assert entries["icp4"] == 16 and entries["ic11"] == 32
