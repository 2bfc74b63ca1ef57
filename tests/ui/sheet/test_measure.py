"""The sheet's fonts: accents and CJK print, text no font can draw is reported."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QFontDatabase

from netdesk.core.contacts import create_contact
from netdesk.core.week_plan import (
    build_week_plan,
)
from netdesk.models import Lead
from netdesk.models.records import ContactData, Email, ReferralInfo
from netdesk.ui.sheet.layout import layout_sheet
from netdesk.ui.sheet.measure import (
    page_layout,
)
from tests.core.test_week_plan import TODAY, WEEK, seed
from tests.ui.sheet.test_layout import _cli_sheet, _pdf_text


def test_accents_and_cjk_render(qapp: object, db: Path, tmp_path: Path) -> None:
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.skip("no Chinese font installed (Debian: apt-get install fonts-wqy-microhei)")
    referrer = create_contact(ContactData(display_name="王小明", lead=Lead.WARM))
    create_contact(
        ContactData(
            display_name="Zoë Ångström-Øvergård",
            emails=[Email("zoe@example.org")],
            referral=ReferralInfo(referrer),
        )
    )
    plan = build_week_plan(WEEK, TODAY)
    sheet = layout_sheet(plan, page_layout("A4"))
    assert sheet.unrenderable == []  # every character has a real glyph in some font
    out = tmp_path / "intl.pdf"
    code, _, stderr = _cli_sheet(db, out)
    assert code == 0, stderr
    text, _ = _pdf_text(out)
    assert "Zoë Ångström-Øvergård" in text
    fonts = {
        str(font["/BaseFont"]) for font in PdfReader(out).pages[0]["/Resources"]["/Font"].values()
    }
    assert len(fonts) >= 3  # bold, regular and the CJK font that supplied 王小明
    if shutil.which("pdftotext"):  # pypdf cannot map this font's glyphs back; poppler can
        plain = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "\u201c王小明 suggested I give you a call.\u201d" in plain


def test_text_no_font_can_draw_is_reported(
    qapp: object, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sara = create_contact(ContactData(display_name="Sara"))
    create_contact(ContactData(display_name="Private \ue001 Use", referral=ReferralInfo(sara)))
    code, _, _ = _cli_sheet(db, tmp_path / "pua.pdf")
    assert code == 0
    stderr = capsys.readouterr().err
    assert "no installed font can show some characters" in stderr
    assert "Private \ufffd Use" in stderr


def test_sheet_without_unusual_characters_gives_no_font_warning(
    qapp: object, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed()
    assert _cli_sheet(db, tmp_path / "plain.pdf")[0] == 0
    assert "warning" not in capsys.readouterr().err
