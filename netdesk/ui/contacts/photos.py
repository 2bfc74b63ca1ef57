"""Contact photos at a sensible size: what the editor and the import store.

Phones and address books export photos of several megabytes; NetDesk shows them at most a few
hundred pixels wide, so anything larger is scaled down to :data:`PHOTO_MAX` pixels and stored as
JPEG. QImage is reentrant, so this also runs on import workers.
"""

from __future__ import annotations

import struct

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

PHOTO_MAX = 512
"""Longest side, in pixels, of a stored photo."""
SHRINK_ABOVE_BYTES = 200_000
"""Imported photos smaller than this are kept as they came: not worth decoding again."""
HUGE_SIDE = 10_000
"""A picture saying it is wider or taller than this is decoded (and shrunk) whatever its size:
no camera's photo is, a decompression bomb is."""


def encode_photo(image: QImage) -> tuple[bytes, str]:
    """``image`` shrunk to PHOTO_MAX pixels (if larger), as JPEG bytes and their MIME type."""
    if max(image.width(), image.height()) > PHOTO_MAX:
        image = image.scaled(
            PHOTO_MAX,
            PHOTO_MAX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide accepts the format only as str; its stubs say bytes.
    image.save(buffer, "JPEG", 90)  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data()), "image/jpeg"


def shrink_photo(photo: bytes) -> tuple[bytes, str] | None:
    """A smaller copy of ``photo`` when it is a large picture (over SHRINK_ABOVE_BYTES and
    PHOTO_MAX pixels, or a header saying over HUGE_SIDE pixels), else None: small photos, and
    bytes that are no picture Qt knows, are kept as they came.

    A picture whose header says it is huge but that Qt cannot decode (a decompression bomb: a
    few hundred KB saying 60,000 x 60,000 pixels, which Qt refuses to allocate) is dropped,
    ``(b"", "")``: stored and exported as it came, it would go on to every phone the contacts go
    to.
    """
    huge = _header_side(photo) > HUGE_SIDE
    if len(photo) <= SHRINK_ABOVE_BYTES and not huge:
        return None
    image = QImage.fromData(photo)
    if image.isNull():
        return (b"", "") if huge else None
    if max(image.width(), image.height()) <= PHOTO_MAX:
        return None
    return encode_photo(image)


_JPEG_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7} | set(range(0xC9, 0xD0)) - {0xCC})


def _header_side(photo: bytes) -> int:
    """The longest side a PNG, GIF or JPEG says it has (0 when unknown), read from its header
    without decoding anything (and without Qt's warnings about a damaged small file)."""
    if photo.startswith(b"\x89PNG\r\n\x1a\n") and photo[12:16] == b"IHDR" and len(photo) >= 24:
        width, height = struct.unpack(">II", photo[16:24])
        return int(max(width, height))
    if photo[:6] in (b"GIF87a", b"GIF89a") and len(photo) >= 10:
        width, height = struct.unpack("<HH", photo[6:10])
        return int(max(width, height))
    if photo.startswith(b"\xff\xd8"):
        at, end = 2, min(len(photo), 1 << 20)
        while at + 9 <= end and photo[at] == 0xFF:
            marker = photo[at + 1]
            length = struct.unpack(">H", photo[at + 2 : at + 4])[0]
            if marker in _JPEG_SOF:
                height, width = struct.unpack(">HH", photo[at + 5 : at + 9])
                return int(max(width, height))
            at += 2 + length
    return 0
