"""Fixtures the window's tests share: three people with different statuses and leads."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from netdesk.core.contacts import create_contact
from netdesk.models import Lead, Relationship, Status
from netdesk.models.records import ContactData


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
