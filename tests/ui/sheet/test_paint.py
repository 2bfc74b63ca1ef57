"""Painting the sheet: names are drawn as plain text, markup and all."""

from __future__ import annotations

from pathlib import Path

from netdesk.core.contacts import create_contact
from netdesk.models import Lead
from netdesk.models.records import ContactData, ReferralInfo
from tests.ui.sheet.test_layout import MARKUP, _cli_sheet, _pdf_text


def test_markup_in_names_prints_literally(qapp: object, db: Path, tmp_path: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara <i>Smith</i>", lead=Lead.WARM))
    create_contact(
        ContactData(
            display_name=MARKUP,
            organization="<table><tr><td>Acme</td></tr></table>",
            referral=ReferralInfo(sara, reason="knows <script>alert(1)</script> people"),
        )
    )
    code, _, stderr = _cli_sheet(db, tmp_path / "markup.pdf")
    assert code == 0, stderr
    text, _ = _pdf_text(tmp_path / "markup.pdf")
    assert MARKUP in text
    assert "<table><tr><td>Acme</td></tr></table>" in text
    assert "Sara <i>Smith</i> suggested I give you a call." in text
    assert "<script>alert(1)</script>" in text
