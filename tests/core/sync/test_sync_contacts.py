"""Two NetDesk databases syncing their contacts through one real Radicale address book.

Edits on both sides, a conflict, deletions both ways (and the rule that an edit on one side
wins over a deletion on the other), a card a phone wrote with properties NetDesk does not know,
an expired sync token, the server gone in the middle, a first sync that merges with the
people already known, and a phone creating the same person (same UID) just before NetDesk's
first upload of them (409 or 412).
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from netdesk.core.sync.dav import CollectionKind, DavClient
from netdesk.core.sync.discovery import Collection
from netdesk.core.sync.errors import ServerUnreachable
from netdesk.models import sync_state
from netdesk.models.enums import Lead, Status
from netdesk.models.records import Email, Phone

from .devices import Device, device
from .hostile_server import proxy
from .items import vcard
from .radicale_server import RadicaleServer, start_or_skip

BOOK = CollectionKind.ADDRESSBOOK


@pytest.fixture
def pair(tmp_path: Path, book: Collection) -> tuple[Device, Device]:
    return device(tmp_path / "laptop.sqlite", book.url), device(tmp_path / "desk.sqlite", book.url)


def _uids_on_server(client: DavClient, book: Collection) -> list[str]:
    found = client.multiget(book.url, BOOK, client.list_etags(book.url))
    uids = []
    for resource in found.values():
        for line in resource.data.splitlines():
            if line.startswith("UID:"):
                uids.append(line[4:].strip())
    return sorted(uids)


def test_contacts_travel_both_ways_with_netdesk_fields(pair: tuple[Device, Device]) -> None:
    laptop, desk = pair
    laptop.add(
        "Ann Archer",
        "ann@example.org",
        organization="Initech",
        status=Status.MET,
        lead=Lead.WARM,
        tags=["designers"],
        past_employers=["Globex"],
    )
    assert laptop.sync().uploaded == 1
    first = desk.sync()
    assert first.downloaded == 1
    ann = desk.contacts()["Ann Archer"]
    assert (ann.organization, ann.status, ann.lead) == ("Initech", Status.MET, Lead.WARM)
    assert ann.tags == ["designers"] and ann.past_employers == ["Globex"]

    desk.add("Bob Baker", "bob@example.org")
    desk.edit(desk.id_of("Ann Archer"), title="Head of Design")
    assert desk.sync().uploaded == 2
    assert laptop.sync().downloaded == 2
    assert laptop.contacts()["Ann Archer"].title == "Head of Design"
    assert "Bob Baker" in laptop.contacts()
    # Nothing left to do on either side: no card bounces back and forth.
    assert (
        laptop.sync().as_json()
        == desk.sync().as_json()
        == {
            "uploaded": 0,
            "downloaded": 0,
            "deleted_local": 0,
            "deleted_remote": 0,
            "merged": 0,
            "conflicts": [],
        }
    )


def test_edits_of_different_fields_merge_and_the_same_field_is_a_conflict(
    pair: tuple[Device, Device],
) -> None:
    laptop, desk = pair
    laptop.add("Cleo Chen", "cleo@example.org", title="Engineer", notes="Met at the meetup")
    laptop.sync()
    desk.sync()
    laptop.edit(laptop.id_of("Cleo Chen"), title="Staff Engineer", organization="Umbrella")
    desk.edit(
        desk.id_of("Cleo Chen"),
        title="Principal Engineer",
        phones=[Phone("+1 555 0100", "mobile")],
    )
    laptop.sync()
    result = desk.sync()

    assert [(c.field, c.local, c.remote) for c in result.conflicts] == [
        ("title", "Principal Engineer", "Staff Engineer")
    ]
    cleo = desk.contacts()["Cleo Chen"]
    assert cleo.title == "Principal Engineer"  # a conflict keeps the local value
    assert cleo.organization == "Umbrella"  # changed there only: taken
    assert [p.number for p in cleo.phones] == ["+1 555 0100"]  # changed here only: kept
    assert cleo.notes == "Met at the meetup"
    assert desk.run(lambda: sync_state.conflicts(desk.account_id))[0].remote_value == (
        "Staff Engineer"
    )
    laptop.sync()
    other = laptop.contacts()["Cleo Chen"]
    assert (other.title, other.organization) == ("Principal Engineer", "Umbrella")
    assert [p.number for p in other.phones] == ["+1 555 0100"]


def test_a_stored_conflict_is_over_once_the_server_changes_the_field_again(
    pair: tuple[Device, Device],
) -> None:
    laptop, desk = pair
    laptop.add("Cleo Chen", "cleo@example.org", title="Engineer", notes="Met at the meetup")
    laptop.sync()
    desk.sync()
    laptop.edit(laptop.id_of("Cleo Chen"), title="Staff Engineer", notes="Knows the CTO")
    desk.edit(desk.id_of("Cleo Chen"), title="Principal Engineer", notes="Ask about Umbrella")
    laptop.sync()
    assert {c.field for c in desk.sync().conflicts} == {"title", "notes"}
    stored = lambda: {  # noqa: E731
        c.field: c.remote_value for c in desk.run(lambda: sync_state.conflicts(desk.account_id))
    }
    assert stored() == {"title": "Staff Engineer", "notes": "Knows the CTO"}
    laptop.sync()  # the laptop takes the desk's values, kept in the conflicts
    laptop.edit(laptop.id_of("Cleo Chen"), title="CTO")  # and changes the title once more
    laptop.sync()
    result = desk.sync()
    assert result.conflicts == []
    assert desk.contacts()["Cleo Chen"].title == "CTO"  # changed there only: taken
    # The title's conflict is over; the notes' one, untouched since, waits for the user.
    assert stored() == {"notes": "Knows the CTO"}


def test_deletes_travel_both_ways_but_never_take_an_edited_contact(
    pair: tuple[Device, Device],
) -> None:
    laptop, desk = pair
    for name in ("Dan Drake", "Eve Egan", "Finn Ford", "Gia Gold"):
        laptop.add(name, f"{name.split()[0].lower()}@example.org")
    laptop.sync()
    desk.sync()

    laptop.run(lambda: _delete(laptop, "Dan Drake"))  # deleted here, untouched there
    desk.run(lambda: _delete(desk, "Eve Egan"))  # deleted there, untouched here
    laptop.run(lambda: _delete(laptop, "Finn Ford"))  # deleted here, edited there
    desk.edit(desk.id_of("Finn Ford"), title="Recruiter")
    desk.run(lambda: _delete(desk, "Gia Gold"))  # deleted there, edited here
    laptop.edit(laptop.id_of("Gia Gold"), title="Founder")

    desk.sync()
    laptop.sync()
    desk.sync()

    for side in (laptop, desk):
        people = side.contacts()
        assert sorted(people) == ["Finn Ford", "Gia Gold"]
        assert people["Finn Ford"].title == "Recruiter"
        assert people["Gia Gold"].title == "Founder"


def _delete(side: Device, name: str) -> None:
    from netdesk.core.contacts import delete_contacts, load_contact
    from netdesk.models.sync_state import contact_uids

    ids = [i for i in contact_uids() if load_contact(i).display_name == name]
    delete_contacts(ids)


PHONE_EXTRA = """\
TEL;TYPE=cell:+44 20 7946 0018
EMAIL;TYPE=work:hana@example.org
IMPP;X-SERVICE-TYPE=Skype:skype:hana.h
X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/hanah
item7.X-ABDATE:2019-06-01
item7.X-ABLabel:_$!<Anniversary>!$_
item8.X-ABRELATEDNAMES:Kenji
item8.X-ABLabel:_$!<Spouse>!$_
RELATED;TYPE=spouse:urn:uuid:0b1c5d8e-0000-4000-8000-000000000001
ANNIVERSARY:20190601
"""


def test_a_phones_card_edited_in_netdesk_keeps_what_netdesk_does_not_know(
    client: DavClient, book: Collection, tmp_path: Path
) -> None:
    card = vcard("hana-phone-1", "Hana Hill", PHONE_EXTRA)
    written = client.create(book.url, "hana-phone-1", card, BOOK)
    laptop = device(tmp_path / "laptop.sqlite", book.url)
    assert laptop.sync().downloaded == 1
    hana = laptop.contacts()["Hana Hill"]
    assert [e.address for e in hana.emails] == ["hana@example.org"]
    laptop.edit(laptop.id_of("Hana Hill"), title="Product Lead", lead=Lead.WARM)
    assert laptop.sync().uploaded == 1

    back = client.get(written.href).data
    # Property names are case-insensitive (Radicale writes X-ABLABEL for X-ABLabel).
    unfolded = back.replace("\r\n ", "").replace("\n ", "").casefold()
    for kept in (
        "IMPP;X-SERVICE-TYPE=Skype:skype:hana.h",
        "X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/hanah",
        "X-ABDATE:2019-06-01",
        "X-ABLabel:_$!<Anniversary>!$_",
        "X-ABRELATEDNAMES:Kenji",
        "X-ABLabel:_$!<Spouse>!$_",
        "RELATED;TYPE=spouse:urn:uuid:0b1c5d8e-0000-4000-8000-000000000001",
        "ANNIVERSARY:20190601",
        "TITLE:Product Lead",
        "X-NETDESK-LEAD:warm",
        "UID:hana-phone-1",
    ):
        assert kept.casefold() in unfolded, kept
    assert unfolded.count("twitter.com/hanah") == 1  # not also written as a URL
    assert unfolded.count("impp") == 1
    assert [e.address for e in laptop.contacts()["Hana Hill"].emails] == ["hana@example.org"]
    assert laptop.sync().uploaded == 0  # and it stays put


def test_a_first_sync_merges_with_the_people_already_known(
    client: DavClient, book: Collection, tmp_path: Path
) -> None:
    client.create(
        book.url,
        "ivy-1",
        vcard("ivy-1", "Ivy Iyer", "EMAIL:ivy@example.org\nTITLE:Data Scientist"),
        BOOK,
    )
    laptop = Device(tmp_path / "laptop.sqlite")
    laptop.add("Ivy Iyer", "IVY@example.org", organization="Hooli")
    laptop.account_id = device(tmp_path / "laptop.sqlite", book.url).account_id
    result = laptop.sync()
    assert result.merged == 1
    people = laptop.contacts()
    assert list(people) == ["Ivy Iyer"]  # one person, not two
    assert (people["Ivy Iyer"].organization, people["Ivy Iyer"].title) == (
        "Hooli",
        "Data Scientist",
    )
    assert _uids_on_server(client, book) == ["ivy-1"]
    assert "ORG:Hooli" in client.get(book.url + "ivy-1.vcf").data  # what it added went up


def test_an_expired_sync_token_falls_back_to_comparing_everything(
    pair: tuple[Device, Device],
) -> None:
    laptop, desk = pair
    laptop.add("Jon Jones", "jon@example.org")
    laptop.sync()
    desk.sync()
    desk.edit(desk.id_of("Jon Jones"), title="Hiring Manager")
    desk.sync()
    laptop.run(
        lambda: sync_state.set_sync_token(
            laptop.account_id, "http://radicale.org/ns/sync/" + "0" * 64
        )
    )
    result = laptop.sync()
    assert result.downloaded == 1
    assert laptop.contacts()["Jon Jones"].title == "Hiring Manager"
    token = laptop.run(lambda: sync_state.account(laptop.account_id))
    assert token is not None and not token.sync_token.endswith("0" * 64)


def test_a_server_gone_mid_sync_loses_nothing_and_the_next_sync_finishes(
    tmp_path: Path, user: str
) -> None:
    from netdesk.core.sync.discovery import create_addressbook, discover
    from netdesk.core.sync.http import DavHttp, DavSettings

    server = start_or_skip(tmp_path / "radicale")
    with DavClient(DavHttp(server.url, DavSettings(username=user))) as admin:
        book = create_addressbook(admin, discover(admin, server.url).addressbook_homes[0])
    laptop = device(tmp_path / "laptop.sqlite", book.url)
    laptop.add("Kai Kim", "kai@example.org")
    laptop.sync()
    port = server.port
    server.stop()
    laptop.add("Lea Lund", "lea@example.org")
    laptop.edit(laptop.id_of("Kai Kim"), title="Offline edit")
    with pytest.raises(ServerUnreachable):
        laptop.sync()
    restarted = _restart_on(server.folder, port)
    try:
        result = laptop.sync()
        assert result.uploaded == 2
        desk = device(tmp_path / "desk.sqlite", book.url)
        desk.sync()
        assert sorted(desk.contacts()) == ["Kai Kim", "Lea Lund"]
        assert desk.contacts()["Kai Kim"].title == "Offline edit"
    finally:
        restarted.stop()


def _restart_on(folder: Path, port: int):  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    from .radicale_server import RadicaleServer, _wait_until_answering

    server = RadicaleServer(folder, port, False)
    with open(folder / "radicale.log", "ab") as log:
        server.process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(folder / "config")],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    assert _wait_until_answering(server, 20.0), server.log
    return server


def test_a_thousand_contacts_sync_in_batches(
    client: DavClient, book: Collection, tmp_path: Path
) -> None:
    from netdesk.core.importing import apply_import, plan_import
    from netdesk.core.importing.reading import ReadResult
    from netdesk.core.sync import cards

    laptop = device(tmp_path / "laptop.sqlite", book.url)

    def fill() -> None:
        parsed = [
            cards.parse(vcard(f"bulk-{n}", f"Person {n:04}", f"EMAIL:p{n}@example.org"), "x")
            for n in range(1000)
        ]
        apply_import(plan_import(ReadResult(cards=[p for p in parsed if p is not None])))

    laptop.run(fill)
    assert laptop.sync().uploaded == 1000
    desk = device(tmp_path / "desk.sqlite", book.url)
    assert desk.sync().downloaded == 1000
    assert len(desk.contacts()) == 1000
    assert len(set(_uids_on_server(client, book))) == 1000
    desk.edit(desk.id_of("Person 0500"), emails=[Email("new@example.org")])
    desk.sync()
    assert laptop.sync().downloaded == 1
    assert [e.address for e in laptop.contacts()["Person 0500"].emails] == ["new@example.org"]


def _through(proxy_url: str, book: Collection) -> str:
    return proxy_url.rstrip("/") + httpx.URL(book.url).raw_path.decode("ascii")


def test_cards_put_without_an_etag_are_read_back_not_downloaded_every_time(
    radicale: RadicaleServer, client: DavClient, book: Collection, tmp_path: Path
) -> None:
    with proxy(radicale.url, strip_put_etag=True) as seen:
        laptop = device(tmp_path / "laptop.sqlite", _through(seen.url, book))
        for name in ("Mia Moss", "Ned North", "Oona Oak"):
            laptop.add(name, f"{name.split()[0].lower()}@example.org")
        assert laptop.sync().uploaded == 3
        recorded = laptop.run(lambda: sync_state.cards(laptop.account_id))
        on_server = client.list_etags(book.url)
        assert sorted(row.etag for row in recorded.values()) == sorted(on_server.values())
        before = len(seen.seen)
        assert laptop.sync().as_json()["downloaded"] == 0  # known ETags: nothing to fetch again
        assert [s.method for s in seen.seen[before:]] == ["REPORT"]


def test_a_server_that_refuses_vcard_4_gets_3_and_keeps_it(
    radicale: RadicaleServer, client: DavClient, book: Collection, tmp_path: Path
) -> None:
    def refuse(handler: object, body: bytes) -> bool:
        return getattr(handler, "command", "") == "PUT" and b"VERSION:4.0" in body

    with proxy(radicale.url, refuse=refuse) as seen:
        laptop = device(tmp_path / "laptop.sqlite", _through(seen.url, book))
        # As from a server that does not say which versions it takes (Radicale says 3.0).
        laptop.run(lambda: sync_state.set_vcard_version(laptop.account_id, "4.0"))
        laptop.add("Pia Park", "pia@example.org", organization="Acme", tags=["design"])
        laptop.add("Quin Quay", "quin@example.org")
        assert laptop.sync().uploaded == 2
        account = laptop.run(lambda: sync_state.account(laptop.account_id))
        assert account is not None and account.vcard_version == "3.0"
        puts = [s for s in seen.seen if s.method == "PUT"]
        assert len(puts) == 3  # one refused 4.0, then 3.0 straight away
        assert laptop.sync().uploaded == 0
    cards = client.multiget(book.url, BOOK, client.list_etags(book.url))
    assert len(cards) == 2
    assert all("VERSION:3.0" in card.data for card in cards.values())
    desk = device(tmp_path / "desk.sqlite", book.url)
    desk.sync()
    pia = desk.contacts()["Pia Park"]
    assert (pia.organization, pia.tags) == ("Acme", ["design"])


@pytest.mark.parametrize(
    ("when", "where", "answers"),
    [
        ("after NetDesk listed the book", "another href", [409, 204]),
        ("after NetDesk listed the book", "NetDesk's href", [412, 204]),
        ("before the sync", "another href", [204]),
    ],
    ids=["409-uid-taken", "412-href-taken", "there-before-the-sync"],
)
def test_a_phone_creating_the_same_person_before_the_first_upload_leaves_one_card(
    radicale: RadicaleServer,
    client: DavClient,
    book: Collection,
    tmp_path: Path,
    user: str,
    when: str,
    where: str,
    answers: list[int],
) -> None:
    """A phone PUTs a card with the contact's UID (the person came to it in a file NetDesk
    exported) before NetDesk's first upload of that contact. Just after NetDesk listed the
    address book, NetDesk's ``If-None-Match: *`` upload gets a 409 (the UID is taken at another
    href) or a 412 (that href is taken); before the sync, the card is downloaded and matched by
    its UID. Either way the sync ends with one card, linked to the contact, holding both sides'
    fields, and the next sync has nothing to do."""
    laptop = Device(tmp_path / "laptop.sqlite")
    sara = laptop.add("Sara Smith", "sara@example.org", organization="Globex")
    uid = laptop.run(lambda: sync_state.contact_uids()[sara])
    card_uid = f"urn:uuid:{uid}"  # as File > Export wrote it
    href = (
        f"{book.url}phone-4711.vcf"
        if where == "another href"
        else client.new_href(book.url, uid, BOOK)
    )
    phone_card = vcard(
        card_uid,
        "Sara Smith",
        "TEL;TYPE=cell:+1 555 0100\nTITLE:Hiring Manager\n"
        "X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/saras",
    ).replace("N:Sara Smith;;;;", "N:Smith;Sara;;;")
    statuses: list[int] = []

    def phone_puts() -> None:
        written = httpx.put(
            href,
            content=phone_card.encode(),
            headers={"Content-Type": "text/vcard; charset=utf-8", "If-None-Match": "*"},
            auth=(user, "phone"),
        )
        statuses.append(written.status_code)

    def at_the_first_put(handler: object, _body: bytes) -> None:
        if getattr(handler, "command", "") == "PUT" and not statuses:
            phone_puts()

    if when == "before the sync":
        phone_puts()
    with proxy(radicale.url, before=at_the_first_put) as seen:
        laptop.account_id = device(laptop.path, _through(seen.url, book)).account_id
        first = laptop.sync()
        # Refused and then written over the phone's card, merged; or only the latter.
        assert [s.status for s in seen.seen if s.method == "PUT"] == answers
        assert statuses == [201]
        etag = client.etag_of(href)
        again = laptop.sync()

    on_server = client.multiget(book.url, BOOK, client.list_etags(book.url))
    assert list(on_server) == [href]  # one card: the phone's, no twin
    text = on_server[href].data.replace("\r\n ", "")
    assert text.count(f"UID:{card_uid}") == 1
    for kept in (
        "sara@example.org",
        "ORG:Globex",
        "+1 555 0100",
        "TITLE:Hiring Manager",
        "X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/saras",
    ):
        assert kept in text, kept
    people = laptop.contacts()
    assert list(people) == ["Sara Smith"]
    here = people["Sara Smith"]
    assert (here.organization, here.title) == ("Globex", "Hiring Manager")
    assert [e.address for e in here.emails] == ["sara@example.org"]
    assert [p.number for p in here.phones] == ["+1 555 0100"]
    linked = laptop.run(lambda: sync_state.cards(laptop.account_id))
    path = httpx.URL(href).path  # NetDesk reached the server through the proxy
    assert [(httpx.URL(row.href).path, row.contact_id) for row in linked.values()] == [(path, sara)]
    assert first.conflicts == [] and first.merged == 1
    assert again.as_json() == {
        "uploaded": 0,
        "downloaded": 0,
        "deleted_local": 0,
        "deleted_remote": 0,
        "merged": 0,
        "conflicts": [],
    }
    assert client.etag_of(href) == etag
    assert list(client.list_etags(book.url)) == [href]
