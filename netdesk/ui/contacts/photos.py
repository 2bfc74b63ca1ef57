"""Contact photos at a sensible size: what the editor and the import store.

Phones and address books export photos of several megabytes; NetDesk shows them at most a few
hundred pixels wide, so anything larger is scaled down to :data:`PHOTO_MAX` pixels and stored as
JPEG. QImage is reentrant, so this also runs on import workers.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

PHOTO_MAX = 512
"""Longest side, in pixels, of a stored photo."""
SHRINK_ABOVE_BYTES = 200_000
"""Imported photos smaller than this are kept as they came: not worth decoding again."""


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
    PHOTO_MAX pixels), else None: small photos, and bytes Qt cannot read, are kept as they came."""
    if len(photo) <= SHRINK_ABOVE_BYTES:
        return None
    image = QImage.fromData(photo)
    if image.isNull() or max(image.width(), image.height()) <= PHOTO_MAX:
        return None
    return encode_photo(image)
