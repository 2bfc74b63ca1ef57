"""Render the app icon's PNG sizes, and the Windows .ico and macOS .icns, from the one SVG.

Run: ``make icons`` (offscreen). The results are committed, so neither a package build nor a
user's machine needs this script: run it again after changing
``netdesk/resources/icons/netdesk.svg``. Writes

- ``netdesk/resources/icons/hicolor/NxN/apps/io.github.netdesk.NetDesk.png`` (freedesktop sizes,
  installed by ``netdesk install-desktop`` and shipped in the bundle),
- ``build_spec/netdesk.ico`` and ``build_spec/netdesk.icns`` (the executable's icon when the
  PyInstaller spec runs on Windows or macOS; PNG-compressed entries, as both formats allow).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's type codes for PNG-compressed icns entries: (code, pixel size).
ICNS_ENTRIES = (
    ("icp4", 16),
    ("icp5", 32),
    ("ic11", 32),  # 16 pt @2x
    ("icp6", 64),
    ("ic12", 64),  # 32 pt @2x
    ("ic07", 128),
    ("ic08", 256),
    ("ic13", 256),  # 128 pt @2x
    ("ic09", 512),
    ("ic14", 512),  # 256 pt @2x
    ("ic10", 1024),  # 512 pt @2x
)


def render_png(svg: bytes, size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, antialiased, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise SystemExit("the SVG icon cannot be read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # a str format; the stubs say bytes
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon with one PNG entry per size (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    directory, payload = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + directory + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        code.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for code, size in ICNS_ENTRIES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    from netdesk import APP_ID

    _app = QGuiApplication([sys.argv[0]])
    icons = ROOT / "netdesk" / "resources" / "icons"
    svg = (icons / "netdesk.svg").read_bytes()
    sizes = set(HICOLOR_SIZES) | set(ICO_SIZES) | {size for _code, size in ICNS_ENTRIES}
    pngs = {size: render_png(svg, size) for size in sorted(sizes)}
    for size in HICOLOR_SIZES:
        target = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        print(f"wrote {target.relative_to(ROOT)}")
    for name, data in (
        ("netdesk.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
        ("netdesk.icns", icns_bytes(pngs)),
    ):
        target = ROOT / "build_spec" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
