"""A sync finds the contacts changed here by their change counts, through a real Radicale: each
kind of edit goes up, from a device that uploaded its cards and from one that downloaded them;
an unchanged contact is not even written as a card; a change another program makes counts; a
change made while the sync runs is found by the next one."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from netdesk.core.contacts import set_referral
from netdesk.core.formats.vcard import ExportCard
from netdesk.core.sync import cards
from netdesk.core.sync.dav import DavClient, Written
from netdesk.core.sync.discovery import Collection
from netdesk.models.records import Email, Phone, ReferralInfo

from .devices import Device, device

PEOPLE = ("Ann Archer", "Bob Baker", "Cid Cole", "Dee Dunn", "Eve East", "Fay Fox", "Gus Gray")

OTHER_PROGRAM = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute(sys.argv[2], sys.argv[3:])
conn.execute("COMMIT")
conn.close()
"""


def other_program(path: Path, statement: str, *params: str) -> None:
    """``statement`` run by another process, straight into the database file."""
    subprocess.run(
        [sys.executable, "-c", OTHER_PROGRAM, str(path), statement, *params],
        check=True,
        timeout=60,
    )


@pytest.fixture
def pair(tmp_path: Path, book: Collection) -> tuple[Device, Device]:
    """A laptop that uploaded everyone and a desk that downloaded them."""
    laptop = device(tmp_path / "laptop.sqlite", book.url)
    desk = device(tmp_path / "desk.sqlite", book.url)
    for name in PEOPLE:
        laptop.add(name, f"{name.split()[0].lower()}@example.org", tags=["designers"])
    assert laptop.sync().uploaded == len(PEOPLE)
    assert desk.sync().downloaded == len(PEOPLE)
    return laptop, desk


class Renders:
    """Whose cards the sync writes, by display name."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.names: list[str] = []
        real = cards.render

        def render(card: ExportCard, base: str | None, version: str = "4.0") -> str:
            self.names.append(card.data.display_name)
            return real(card, base, version)

        monkeypatch.setattr(cards, "render", render)


@pytest.mark.parametrize("editor", ["laptop", "desk"])
def test_a_contact_edited_here_in_any_part_goes_up(
    pair: tuple[Device, Device], editor: str
) -> None:
    laptop, desk = pair
    here, there = (laptop, desk) if editor == "laptop" else (desk, laptop)
    here.edit(here.id_of("Bob Baker"), display_name="Robert Baker")
    here.edit(here.id_of("Cid Cole"), emails=[Email("cid@work.example")])
    here.edit(here.id_of("Dee Dunn"), phones=[Phone("+1 555 0100")])
    here.edit(here.id_of("Eve East"), tags=["designers", "hiring"])
    fay, ann = here.id_of("Fay Fox"), here.id_of("Ann Archer")
    here.run(lambda: set_referral(fay, ReferralInfo(ann, reason="met at a meetup")))

    assert here.sync().uploaded == 5
    assert there.sync().downloaded == 5
    people = there.contacts()
    assert "Robert Baker" in people and "Bob Baker" not in people
    assert people["Cid Cole"].emails == [Email("cid@work.example")]
    assert [p.number for p in people["Dee Dunn"].phones] == ["+1 555 0100"]
    assert people["Eve East"].tags == ["designers", "hiring"]
    referral = people["Fay Fox"].referral
    assert referral is not None and referral.reason == "met at a meetup"
    assert referral.referrer_id == there.id_of("Ann Archer")
    assert (here.sync().uploaded, there.sync().uploaded) == (0, 0)


def test_only_the_contacts_changed_here_are_written_as_cards(
    pair: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, book: Collection
) -> None:
    laptop, desk = pair
    renders = Renders(monkeypatch)
    laptop.edit(laptop.id_of("Dee Dunn"), title="Recruiter")
    assert laptop.sync().uploaded == 1
    assert set(renders.names) == {"Dee Dunn"}

    renders.names.clear()
    assert desk.sync().downloaded == 1
    assert set(renders.names) == {"Dee Dunn"}  # changed there: compared with the desk's copy

    renders.names.clear()
    assert desk.sync().as_json()["uploaded"] == 0
    assert renders.names == []
    # A first download takes the cards as they come: none of them is written here.
    fresh = device(tmp_path / "tablet.sqlite", book.url)
    assert fresh.sync().downloaded == len(PEOPLE)
    assert renders.names == []


def test_a_contact_saved_unchanged_is_looked_at_once_and_not_sent(
    pair: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, desk = pair
    for side in (laptop, desk):
        gus = side.id_of("Gus Gray")
        side.edit(gus)  # the editor's Save with nothing changed
        renders = Renders(monkeypatch)
        assert side.sync().uploaded == 0
        assert "Gus Gray" in renders.names
        renders.names.clear()
        assert side.sync().uploaded == 0
        assert renders.names == []
        monkeypatch.undo()


def test_a_change_another_program_makes_goes_up(pair: tuple[Device, Device]) -> None:
    laptop, desk = pair
    for side, name in ((laptop, "ann"), (desk, "bob")):
        other_program(
            side.path,
            "UPDATE contact_email SET address = ? WHERE address = ?",
            f"{name}@{side.path.stem}.example",
            f"{name}@example.org",
        )
        assert side.sync().uploaded == 1
    assert laptop.sync().downloaded == 1
    assert laptop.contacts()["Bob Baker"].emails == [Email("bob@desk.example")]
    assert desk.contacts()["Ann Archer"].emails == [Email("ann@laptop.example")]


def test_a_change_made_while_the_card_goes_up_is_not_lost(
    pair: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, desk = pair
    ann = laptop.id_of("Ann Archer")
    laptop.edit(ann, title="Designer")
    real = DavClient.update

    def update(client: DavClient, href: str, data: str, etag: str, kind: object) -> Written:
        # The user saves again in the window while this sync sends the first change.
        other_program(
            laptop.path, "UPDATE contact SET title = 'Head of Design' WHERE id = ?", str(ann)
        )
        return real(client, href, data, etag, kind)  # type: ignore[arg-type]

    monkeypatch.setattr(DavClient, "update", update)
    assert laptop.sync().uploaded == 1
    monkeypatch.undo()
    assert desk.sync().downloaded == 1
    assert desk.contacts()["Ann Archer"].title == "Designer"
    assert laptop.contacts()["Ann Archer"].title == "Head of Design"
    assert laptop.sync().uploaded == 1
    assert desk.sync().downloaded == 1
    assert desk.contacts()["Ann Archer"].title == "Head of Design"


def test_the_first_sync_after_the_upgrade_finds_what_changed_before_it(
    pair: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 13 leaves every card at mark 0 and every contact at count 1: each contact is
    compared once, the old way, and only the one edited before the upgrade goes up."""
    laptop, desk = pair
    laptop.edit(laptop.id_of("Eve East"), title="Art Director")
    conn = sqlite3.connect(laptop.path)
    with conn:
        conn.execute("UPDATE sync_mark SET changes = 1")
        conn.execute("UPDATE sync_card SET mark = 0")
    conn.close()
    renders = Renders(monkeypatch)
    assert laptop.sync().uploaded == 1
    assert set(renders.names) == set(PEOPLE)
    renders.names.clear()
    assert laptop.sync().uploaded == 0
    assert renders.names == []
    assert desk.sync().downloaded == 1
    assert desk.contacts()["Eve East"].title == "Art Director"
