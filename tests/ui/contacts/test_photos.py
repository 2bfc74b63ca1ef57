"""Contact photos are stored at a sensible size: large ones shrunk to JPEG, small ones kept."""

from __future__ import annotations

import os
import threading

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from netdesk.ui.contacts.photos import PHOTO_MAX, SHRINK_ABOVE_BYTES, encode_photo, shrink_photo


def _noise(width: int, height: int) -> QImage:
    """A picture that does not compress (a photo's worth of detail)."""
    pixels = os.urandom(width * height * 3)
    image = QImage(pixels, width, height, width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # owns its pixels once ``pixels`` is gone


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _decoded(data: bytes) -> QImage:
    image = QImage.fromData(data)
    assert not image.isNull()
    return image


@pytest.mark.parametrize(
    ("size", "stored"),
    [((1200, 800), (512, 341)), ((600, 1000), (307, 512)), ((2048, 2048), (512, 512))],
)
def test_a_large_picture_is_shrunk_to_photo_max_keeping_its_shape(
    size: tuple[int, int], stored: tuple[int, int]
) -> None:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6fb3"))
    data, mime = encode_photo(image)
    assert mime == "image/jpeg" and data[:3] == b"\xff\xd8\xff"  # a JPEG file
    shrunk = _decoded(data)
    assert (shrunk.width(), shrunk.height()) == stored
    assert max(stored) == PHOTO_MAX
    middle = QColor(shrunk.pixel(stored[0] // 2, stored[1] // 2))
    blue = QColor("#2f6fb3")
    assert max(abs(a - b) for a, b in zip(middle.getRgb(), blue.getRgb(), strict=True)) <= 4


def test_a_small_picture_keeps_its_size() -> None:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    data, mime = encode_photo(image)
    shrunk = _decoded(data)
    assert mime == "image/jpeg" and (shrunk.width(), shrunk.height()) == (120, 80)


def test_a_large_imported_photo_is_stored_smaller() -> None:
    photo = _png(_noise(900, 600))
    assert len(photo) > SHRINK_ABOVE_BYTES
    shrunk = shrink_photo(photo)
    assert shrunk is not None
    data, mime = shrunk
    assert mime == "image/jpeg" and len(data) < len(photo)
    image = _decoded(data)
    assert (image.width(), image.height()) == (512, 341)


def test_photos_not_worth_decoding_again_are_kept_as_they_came() -> None:
    plain = QImage(2000, 2000, QImage.Format.Format_RGB32)
    plain.fill(QColor("white"))
    few_bytes = _png(plain)  # large, but it compresses
    assert len(few_bytes) <= SHRINK_ABOVE_BYTES
    assert shrink_photo(few_bytes) is None
    few_pixels = _png(_noise(500, 500))  # many bytes, but already small enough to show
    assert len(few_pixels) > SHRINK_ABOVE_BYTES
    assert shrink_photo(few_pixels) is None


def test_bytes_that_are_no_picture_are_kept_as_they_came() -> None:
    assert shrink_photo(b"\x89PNG not really" + os.urandom(SHRINK_ABOVE_BYTES)) is None


def test_photos_shrink_on_worker_threads_at_once() -> None:
    """Imports shrink photos on workers: QImage is reentrant, so threads do not interfere."""
    photos = [_png(_noise(700 + 10 * i, 600)) for i in range(4)]
    results: dict[int, tuple[bytes, str] | None] = {}

    def work(i: int) -> None:
        results[i] = shrink_photo(photos[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(photos))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for i in range(len(photos)):
        result = results[i]
        assert result is not None
        assert _decoded(result[0]).width() == PHOTO_MAX


def _png_bomb(width: int, height: int) -> bytes:
    """A valid 1-bit PNG of ``width`` x ``height`` black pixels: a few hundred KB that Qt
    refuses to decode (it would need more than its 256 MB allocation limit)."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    row = b"\0" * (1 + (width + 7) // 8)
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row * 1000) for _ in range(height // 1000)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


@pytest.mark.qt_log_ignore("Rejecting image as it exceeds the current allocation limit")
def test_a_decompression_bomb_is_dropped_not_stored_as_it_came() -> None:
    bomb = _png_bomb(48_000, 48_000)
    assert QImage.fromData(bomb).isNull()  # Qt itself is safe: it refuses to allocate it
    assert shrink_photo(bomb) == (b"", "")  # was None: kept and exported at full size
    small_bomb = _png_bomb(20_000, 8_000)  # under SHRINK_ABOVE_BYTES, yet 20,000 pixels wide
    assert len(small_bomb) < SHRINK_ABOVE_BYTES
    assert shrink_photo(small_bomb) == (b"", "")  # was kept as it came, being small
