"""The import tests' files: a phone's vCard export with a photo, a person without a name."""

from __future__ import annotations

from pathlib import Path

import pytest

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8


def _write(path: Path, text: str) -> Path:
    path.write_text(text.replace("\n", "\r\n"), encoding="utf-8")
    return path


@pytest.fixture
def mixed_file(tmp_path: Path) -> Path:
    import base64

    photo = base64.b64encode(JPEG).decode()
    return _write(
        tmp_path / "phone.vcf",
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nEMAIL:ann@x.org\nTITLE:CTO\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Bo Kim\nORG:Contoso\nEMAIL:bo@x.org\n"
        f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Cy Dale\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nX-NOTHING:here\nEND:VCARD\n",
    )
