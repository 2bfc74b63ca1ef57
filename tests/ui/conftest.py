"""Fixtures the window's tests share: three people with different statuses and leads, and each
shipped language (``language``)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from netdesk.core.contacts import create_contact
from netdesk.models import Lead, Relationship, Status
from netdesk.models.records import ContactData
from netdesk.ui.translations import (
    install_qt_translator,
    install_translator,
    translations_folder,
)


@pytest.fixture
def people(db: Path) -> dict[str, int]:
    today = date.today()
    return {
        "sara": create_contact(
            ContactData(
                display_name="Sara Smith",
                organization="Northwind",
                relationship=Relationship.FRIEND,
                lead=Lead.WARM,
                status=Status.MET,
                tags=["logistics"],
                next_follow_up=today - timedelta(days=3),
            )
        ),
        "john": create_contact(
            ContactData(
                display_name="John Public",
                organization="Contoso",
                relationship=Relationship.RECRUITER,
                status=Status.TO_CONTACT,
            )
        ),
        "anna": create_contact(
            ContactData(
                display_name="Anna Müller",
                organization="Acme",
                relationship=Relationship.FORMER_COWORKER,
                lead=Lead.WARM,
                status=Status.CONTACTED,
            )
        ),
    }


LANGUAGES = ("en", "de", "fr", "es")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """NetDesk's texts and Qt's own (the standard buttons) in the language, as the app loads
    them; English is what the tests run in anyway."""
    name: str = request.param
    installed = []
    if name != "en":
        ts = translations_folder() / f"netdesk_{name}.ts"
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run(
            [str(lrelease), str(ts), "-qm", str(tmp_path / f"netdesk_{name}.qm")],
            check=True,
            capture_output=True,
            timeout=60,
        )
        ours = install_translator(qapp, QLocale(name), tmp_path)
        assert ours is not None
        installed.append(ours)
        qt = install_qt_translator(qapp, name)
        if qt is not None:
            installed.append(qt)
    yield name
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
