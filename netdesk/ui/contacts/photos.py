"""Contact photos at a sensible size: what the editor and the import store.

Phones and address books export photos of several megabytes; NetDesk shows them at most a few
hundred pixels wide, so anything larger is scaled down to :data:`PHOTO_MAX` pixels and stored as
JPEG. QImage is reentrant, so this also runs on import workers.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader

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
    image.save(buffer, "JPEG", 90)
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
    data = QByteArray(photo)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    size = QImageReader(buffer).size()  # the header's, nothing decoded
    buffer.close()
    huge = size.isValid() and max(size.width(), size.height()) > HUGE_SIDE
    if len(photo) <= SHRINK_ABOVE_BYTES and not huge:
        return None
    image = QImage.fromData(photo)
    if image.isNull():
        return (b"", "") if huge else None
    if max(image.width(), image.height()) <= PHOTO_MAX:
        return None
    return encode_photo(image)
