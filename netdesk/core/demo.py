"""A realistic demo network: warm-lead roots, referral chains, meetings, follow-ups, postings.

Written with bulk inserts in one transaction, so 100,000 contacts take seconds. Deterministic for a
given seed and day, which keeps screenshots and benchmarks comparable.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from netdesk.core.dates import Week
from netdesk.core.phones import phone_key
from netdesk.core.text import fold
from netdesk.models import Relationship, Status, bulk_cache, database
from netdesk.models.bulk import bulk_insert

# (given names, family names, family-name-first without a space?)
_CULTURES: list[tuple[list[str], list[str], bool]] = [
    (
        ["Sara", "John", "Emily", "Michael", "Olivia", "David", "Grace", "James", "Chloe", "Ryan"],
        ["Smith", "Public", "Johnson", "Brown", "O'Neil", "Taylor", "Walker", "Hughes", "Reed"],
        False,
    ),
    (
        ["Jürgen", "Anna", "Lena", "Matthias", "Sören", "Käthe", "Uwe", "Greta"],
        ["Müller", "Schröder", "Weiß", "Köhler", "Groß", "Bäcker", "Hoffmann"],
        False,
    ),
    (
        ["Zoé", "Hélène", "François", "Amélie", "Loïc", "Céline", "Jérôme"],
        ["Lefèvre", "Dubois", "Garçon", "Fontaine", "Béranger", "Moreau"],
        False,
    ),
    (
        ["José", "María", "Iñigo", "Lucía", "Andrés", "Sofía"],
        ["Peña", "García", "Núñez", "Ibáñez", "Martínez"],
        False,
    ),
    (
        ["Łukasz", "Agnieszka", "Paweł", "Zofia", "Bjørn", "Åsa", "Søren", "Ingrid"],
        ["Wójcik", "Kowalczyk", "Nowak", "Ødegård", "Åberg", "Lindström"],
        False,
    ),
    (["太郎", "花子", "健", "陽菜", "翔"], ["山田", "佐藤", "鈴木", "高橋", "田中"], True),
    (["伟", "芳", "娜", "磊", "静"], ["王", "李", "张", "刘", "陈"], True),
    (["민준", "서연", "지훈", "하은"], ["김", "이", "박", "최"], True),
    (["Дмитрий", "Анна", "Ольга", "Сергей"], ["Иванов", "Смирнова", "Кузнецов", "Попова"], False),
    (["Νίκος", "Ελένη", "Γιώργος", "Μαρία"], ["Παπαδόπουλος", "Γεωργίου", "Νικολάου"], False),
    (["Aarav", "Priya", "Rohan", "Ananya", "Vikram"], ["Sharma", "Patel", "Iyer", "Reddy"], False),
    (["Chinedu", "Amara", "Kwame", "Zainab"], ["Okafor", "Mensah", "Abubakar", "Adeyemi"], False),
]

_COMPANY_STEMS = [
    "Northwind",
    "Contoso",
    "Fabrikam",
    "Globex",
    "Initech",
    "Umbrella",
    "Stark",
    "Wayne",
    "Acme",
    "Blue Harbor",
    "Crescent",
    "Evergreen",
    "Lakeside",
    "Summit",
    "Riverbend",
    "Keystone",
    "Pioneer",
    "Redwood",
    "Silverline",
    "Brightpath",
    "Zürich Analytik",
    "Société Générale de Logiciel",
    "Nordlicht",
    "株式会社ミライ",
    "华信科技",
    "Ωmega Systems",
]
_COMPANY_SUFFIXES = ["", " Labs", " Health", " Logistics", " Bank", " Media", " Energy", " Foods"]
_TITLES = [
    "Engineering Manager",
    "Data Analyst",
    "Product Manager",
    "Recruiter",
    "HR Business Partner",
    "Software Engineer",
    "Director of Operations",
    "Marketing Lead",
    "Account Executive",
    "Nurse Practitioner",
    "Financial Analyst",
    "Head of Talent",
    "UX Researcher",
    "CTO",
    "Project Coordinator",
    "Teacher",
    "Consultant",
    "Owner",
    "Plant Manager",
    "",
]
_REASONS = [
    "he knows everyone in town",
    "she hires for the data team",
    "used to work there for ten years",
    "runs the local chamber of commerce",
    "knows the hiring manager personally",
    "can tell you what the job is really like",
    "is on the board of the alumni association",
    "just moved into product management",
    "",
]
_PURPOSES = [
    "Learn how their team hires analysts",
    "Ask about the move from teaching into training and development",
    "Get advice on breaking into healthcare administration",
    "Understand the local logistics market",
    "Hear how they changed careers at 45",
]
_AGENDA = (
    "Who I am (30 seconds)\nWhat I am exploring\nMy three questions\n"
    "Ask for two names\nAsk whether they will call ahead"
)
_HOW_MET = [
    "Neighbours on Elm Street",
    "Worked together at Globex",
    "Class of 2012",
    "Church choir",
    "Volunteer at the food bank",
    "Tennis club",
    "Former client",
    "Supplier for 5 years",
    "Met at a meetup",
    "Referred by a friend",
    "",
]
_TAGS = ["priority", "tech", "healthcare", "finance", "alumni-network", "local", "remote-ok"]
_WARM_RELATIONSHIPS = [
    Relationship.FAMILY,
    Relationship.FRIEND,
    Relationship.NEIGHBOUR,
    Relationship.COWORKER,
    Relationship.FORMER_COWORKER,
    Relationship.ALUMNI,
    Relationship.CLIENT,
    Relationship.SUPPLIER,
    Relationship.CLUB,
    Relationship.VOLUNTEER,
    Relationship.ACQUAINTANCE,
]
_REFERRED_RELATIONSHIPS = [Relationship.PROFESSIONAL, Relationship.RECRUITER, Relationship.OTHER]
_ASCII = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "ł": "l", "'": "", " ": "."})

_CONTACT_COLUMNS = [
    "uid",
    "display_name",
    "given_name",
    "family_name",
    "sort_name",
    "company_id",
    "title",
    "notes",
    "relationship",
    "lead",
    "status",
    "how_met",
    "date_added",
    "last_contact",
    "next_follow_up",
    "org_sort",
    "primary_email",
    "primary_phone",
]

MAX_CHILDREN = 4
MAX_DEPTH = 12


@dataclass(frozen=True)
class DemoSummary:
    contacts: int
    roots: int
    referrals: int
    max_depth: int
    meetings: int
    companies: int
    postings: int
    seconds: float


def _slug(name: str) -> str:
    ascii_name = fold(name).translate(_ASCII)
    return "".join(ch for ch in ascii_name if ch.isascii() and (ch.isalnum() or ch == "."))


def generate_demo(
    contacts: int = 60,
    *,
    seed: int = 2026,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill the open database with a demo network of ``contacts`` people (one transaction)."""
    started = datetime.now()
    rng = random.Random(seed)
    today = today or date.today()
    week = Week.containing(today)
    conn: sqlite3.Connection = database.connection()
    n = max(1, contacts)

    company_count = max(8, n // 20)
    companies: list[tuple[str, str]] = []
    seen: set[str] = set()
    i = 0
    while len(companies) < company_count:
        stem = _COMPANY_STEMS[i % len(_COMPANY_STEMS)]
        suffix = _COMPANY_SUFFIXES[(i // len(_COMPANY_STEMS)) % len(_COMPANY_SUFFIXES)]
        number = i // (len(_COMPANY_STEMS) * len(_COMPANY_SUFFIXES))
        name = f"{stem}{suffix}" + (f" {number + 1}" if number else "")
        i += 1
        if fold(name) not in seen:
            seen.add(fold(name))
            companies.append((name, fold(name)))

    with bulk_cache(conn), database.atomic():
        first_company = _next_id(conn, "company")
        bulk_insert(conn, "company", ["name", "sort_name"], companies)
        company_ids = list(range(first_company, first_company + len(companies)))
        postings = []
        for cid, (name, _) in zip(company_ids, companies, strict=True):
            if rng.random() < 0.35:
                for _ in range(rng.randint(1, 3)):
                    seen_on = today - timedelta(days=rng.randint(0, 40))
                    postings.append(
                        (
                            cid,
                            rng.choice(_TITLES) or "Operations Specialist",
                            f"https://jobs.example.com/{_slug(name)}/{rng.randint(1000, 9999)}",
                            seen_on.isoformat(),
                            rng.choice(["seen", "seen", "interested", "applied", "interviewing"]),
                        )
                    )
        bulk_insert(
            conn, "job_posting", ["company_id", "title", "url", "date_seen", "status"], postings
        )

        first_id = _next_id(conn, "contact")
        roots = max(1, round(n * 0.22)) if n > 5 else 1
        depth: list[int] = []
        children: list[int] = []
        open_slots: list[int] = []  # indexes of contacts that may still refer someone
        referrer_of: list[int | None] = []
        rows: list[tuple[object, ...]] = []
        emails = []
        phones = []
        tags = []
        for k in range(n):
            given_names, family_names, family_first = rng.choice(_CULTURES)
            given, family = rng.choice(given_names), rng.choice(family_names)
            display = f"{family}{given}" if family_first else f"{given} {family}"
            if k < roots or not open_slots:
                parent = None
                depth.append(0)
                relationship = rng.choice(_WARM_RELATIONSHIPS)
                lead = "warm"
            else:
                slot = rng.randrange(len(open_slots))
                parent = open_slots[slot]
                children[parent] += 1
                if children[parent] >= MAX_CHILDREN:
                    open_slots[slot] = open_slots[-1]
                    open_slots.pop()
                depth.append(depth[parent] + 1)
                relationship = rng.choice(_REFERRED_RELATIONSHIPS)
                lead = "cold" if rng.random() < 0.3 else "warm"  # a referral warms a lead up
            children.append(0)
            referrer_of.append(parent)
            if depth[k] < MAX_DEPTH - 1 and rng.random() < 0.8:
                open_slots.append(k)
            status = _status(rng, depth[k], k < roots)
            company = rng.choice(company_ids) if rng.random() < 0.85 else None
            added = today - timedelta(days=rng.randint(0, 120))
            last_contact = (
                None
                if status == Status.TO_CONTACT.value
                else (today - timedelta(days=rng.randint(1, 60))).isoformat()
            )
            follow = _follow_up(rng, today, week)
            rows.append(
                (
                    str(uuid.UUID(int=rng.getrandbits(128))),
                    display,
                    given,
                    family,
                    fold(display),
                    company,
                    rng.choice(_TITLES),
                    _notes(rng, k),
                    relationship.value,
                    lead,
                    status,
                    rng.choice(_HOW_MET) if parent is None else "",
                    added.isoformat(),
                    last_contact,
                    follow,
                )
            )
            contact_id = first_id + k
            email = phone = ""
            if rng.random() < 0.9:
                domain = "example.com"
                if company is not None:
                    domain = f"{_slug(companies[company - first_company][0])}.example"
                email = f"{_slug(given)}.{_slug(family)}{k}@{domain}".strip(".")
                emails.append((contact_id, email, "work", 0))
            if rng.random() < 0.8:
                phone = f"+1 555 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
                phones.append((contact_id, phone, "mobile", 0, phone_key(phone)))
            if rng.random() < 0.25:
                tags.append((contact_id, rng.choice(_TAGS)))
            org_sort = companies[company - first_company][1] if company is not None else ""
            rows[-1] = (*rows[-1], org_sort, email, phone)
            if progress is not None and k % 5000 == 0:
                progress(k, n)
        for name in _TAGS:
            conn.execute("INSERT OR IGNORE INTO tag (name) VALUES (?)", (name,))
        tag_ids = dict(conn.execute("SELECT name, id FROM tag"))
        # Children first, contacts last: each contact's full-text row is then written once.
        conn.execute("PRAGMA defer_foreign_keys = ON")
        bulk_insert(conn, "contact_email", ["contact_id", "address", "label", "position"], emails)
        bulk_insert(
            conn, "contact_phone", ["contact_id", "number", "label", "position", "e164"], phones
        )
        bulk_insert(
            conn,
            "contact_tag",
            ["contact_id", "tag_id"],
            [(cid, tag_ids[name]) for cid, name in tags],
            verb="INSERT OR IGNORE",
        )
        bulk_insert(conn, "contact", _CONTACT_COLUMNS, rows)

        meetings, referrals = _meetings_and_referrals(
            conn, rng, today, week, first_id, rows, referrer_of
        )
        _activity(conn, rng, today, week, first_id, rows)
    return DemoSummary(
        contacts=n,
        roots=sum(1 for p in referrer_of if p is None),
        referrals=referrals,
        max_depth=max(depth),
        meetings=meetings,
        companies=len(companies),
        postings=len(postings),
        seconds=(datetime.now() - started).total_seconds(),
    )


def _next_id(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


def _status(rng: random.Random, depth: int, root: bool) -> str:
    if root:
        return rng.choice(["met", "met", "keep_in_touch", "contacted", "meeting_set", "dormant"])
    weights = {
        "to_contact": 3 + depth,
        "contacted": 3,
        "meeting_set": 2,
        "met": 4,
        "keep_in_touch": 2,
        "dormant": 1,
    }
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _follow_up(rng: random.Random, today: date, week: Week) -> str | None:
    roll = rng.random()
    if roll < 0.12:
        return (week.monday + timedelta(days=rng.randint(0, 6))).isoformat()
    if roll < 0.18:
        return (today - timedelta(days=rng.randint(1, 20))).isoformat()
    if roll < 0.45:
        return (week.sunday + timedelta(days=rng.randint(1, 45))).isoformat()
    return None


def _notes(rng: random.Random, k: int) -> str:
    if rng.random() < 0.6:
        return ""
    return rng.choice(
        [
            "Prefers e-mail before a call.",
            "Mentioned a reorganisation coming in spring.",
            "Coffee lover: suggest the café near the station.",
            "Volunteers at the food bank on Saturdays; offered to help with their newsletter.",
            "Met briefly at the job fair; remembers my portfolio.",
        ]
    )


def _meetings_and_referrals(
    conn: sqlite3.Connection,
    rng: random.Random,
    today: date,
    week: Week,
    first_id: int,
    rows: list[tuple[object, ...]],
    referrer_of: list[int | None],
) -> tuple[int, int]:
    """Past meetings for people you met (the source of their referrals), upcoming ones too."""
    meeting_of: dict[int, int] = {}
    next_meeting = _next_id(conn, "meeting")
    meetings = []
    tasks = []
    for k, row in enumerate(rows):
        status = row[10]
        cid = first_id + k
        if status in ("met", "keep_in_touch"):
            when = datetime.combine(
                today - timedelta(days=rng.randint(1, 30)), time(rng.choice([8, 9, 12, 16]), 30)
            )
            due = when.date() + timedelta(days=2)
            sent = due - timedelta(days=rng.randint(0, 2)) if rng.random() < 0.7 else None
            follow = when.date() + timedelta(days=rng.randint(7, 21))
        elif status == "meeting_set":
            when = datetime.combine(
                week.monday + timedelta(days=rng.randint(0, 11)), time(rng.choice([9, 10, 14]), 0)
            )
            due, sent, follow = when.date() + timedelta(days=2), None, None
        else:
            continue
        held = when.date() < today
        meetings.append(
            (
                next_meeting,
                cid,
                when.isoformat(sep=" "),
                rng.choice(["networking", "networking", "informational", "event"]),
                rng.choice(_PURPOSES),
                _AGENDA,
                15,
                rng.choice([12, 15, 15, 20]) if held else None,
                "Friendly; suggested two people to call." if held else "",
                1 if held else 0,
                1 if held and rng.random() < 0.6 else 0,
                1 if held and rng.random() < 0.3 else 0,
                1 if held else 0,
                due.isoformat(),
                sent.isoformat() if sent else None,
                follow.isoformat() if follow else None,
            )
        )
        meeting_of[k] = next_meeting
        if held and sent is None:
            tasks.append(
                (cid, next_meeting, "thank_you", f"Thank-you note to {row[1]}", due.isoformat())
            )
        if follow is not None:
            tasks.append(
                (cid, next_meeting, "follow_up", f"Follow up with {row[1]}", follow.isoformat())
            )
        next_meeting += 1
    bulk_insert(
        conn,
        "meeting",
        [
            "id",
            "contact_id",
            "starts_at",
            "kind",
            "purpose",
            "agenda",
            "planned_minutes",
            "actual_minutes",
            "notes",
            "help_information",
            "help_contacts",
            "help_connections",
            "help_referrals",
            "thank_you_due",
            "thank_you_sent",
            "follow_up",
        ],
        meetings,
    )
    bulk_insert(conn, "task", ["contact_id", "meeting_id", "kind", "title", "due"], tasks)
    referrals = []
    for k, parent in enumerate(referrer_of):
        if parent is None:
            continue
        referred_on = today - timedelta(days=rng.randint(0, 60))
        referrals.append(
            (
                first_id + k,
                first_id + parent,
                referred_on.isoformat(),
                meeting_of.get(parent),
                rng.choice(_REASONS),
                1 if rng.random() < 0.4 else 0,
            )
        )
    bulk_insert(
        conn,
        "referral",
        ["referred_id", "referrer_id", "referred_on", "meeting_id", "reason", "calls_ahead"],
        referrals,
    )
    return len(meetings), len(referrals)


def _activity(
    conn: sqlite3.Connection,
    rng: random.Random,
    today: date,
    week: Week,
    first_id: int,
    rows: list[tuple[object, ...]],
) -> None:
    interactions = []
    favours = []
    tasks = []
    for k, row in enumerate(rows):
        cid = first_id + k
        if row[10] != "to_contact" and rng.random() < 0.5:
            when = datetime.combine(today - timedelta(days=rng.randint(1, 50)), time(11, 0))
            kind = rng.choice(["call", "email", "email", "message", "letter"])
            interactions.append(
                (cid, kind, when.isoformat(sep=" "), f"{kind.title()} about next steps")
            )
        if rng.random() < 0.05:
            direction = rng.choice(["given", "received"])
            text = (
                "Shared a job lead for their nephew"
                if direction == "given"
                else "Reviewed my résumé"
            )
            favours.append(
                (cid, direction, text, (today - timedelta(days=rng.randint(1, 90))).isoformat())
            )
        if row[14] is not None and rng.random() < 0.5:
            tasks.append((cid, "call", f"Call {row[1]}", row[14]))
    bulk_insert(conn, "interaction", ["contact_id", "kind", "happened_at", "summary"], interactions)
    bulk_insert(conn, "favour", ["contact_id", "direction", "description", "happened_on"], favours)
    bulk_insert(conn, "task", ["contact_id", "kind", "title", "due"], tasks)
