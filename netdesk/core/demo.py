"""A realistic demo network: warm-lead roots, referral chains, meetings, follow-ups, and a job
search (postings at every stage, past employers, introductions: :mod:`netdesk.core.demo_jobs`).

Written with bulk inserts in one transaction, so 100,000 contacts take seconds. Deterministic for a
given seed and day, which keeps screenshots and benchmarks comparable.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from netdesk.core import demo_jobs
from netdesk.core.dates import Week
from netdesk.core.phones import phone_key
from netdesk.core.text import fold
from netdesk.models import Lead, Relationship, Status
from netdesk.models import demo as demo_data
from netdesk.models.contacts import Keys, NewContact, insert_contacts
from netdesk.models.postings import NewPosting, insert_postings
from netdesk.models.records import ContactData, Email, Phone
from netdesk.models.sql import bulk_transaction

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
_HIRING_FIRST = 6
"""The first companies always have postings: a small demo's board is never nearly empty."""
_LOCATIONS = ["Berlin", "London", "Remote", "Austin, TX", "Lyon", "Madrid", "Toronto", ""]
_TAGS = ["priority", "tech", "healthcare", "finance", "alumni-network", "local", "remote-ok"]
_GOOD_AT = [
    "carrier contracts",
    "data platform hiring",
    "negotiating salaries",
    "the local start-up scene",
    "grant applications",
    "warehouse automation",
    "public speaking",
]
_NEEDS = [
    "a warehouse manager for the new site",
    "speakers for her meetup",
    "a good accountant",
    "beta testers for his app",
    "a flat in Lyon",
    "volunteers for the food bank",
]
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

MAX_CHILDREN = 4
MAX_DEPTH = 12


class _Person(NamedTuple):
    """What the meetings and the history of the demo need to know of a contact."""

    name: str
    status: str
    follow_up: date | None


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


_DEMO_UID_TAG = int(demo_data.DEMO_UID_PREFIX.rstrip("-"), 16)


def _demo_uid(bits: int) -> str:
    """A UUID that says it was made by the demo (:data:`~netdesk.models.demo.DEMO_UID_PREFIX`)."""
    return str(uuid.UUID(int=(_DEMO_UID_TAG << 96) | (bits & ((1 << 96) - 1))))


def holds_contacts() -> bool:
    """Whether the open database holds anyone at all."""
    return demo_data.has_contacts()


def holds_own_contacts() -> bool:
    """Whether the open database holds someone the demo did not make: the user's own."""
    return demo_data.has_contacts_not_from_demo()


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
    giving = random.Random(seed ^ 0x6001)  # good at / needs: the other draws stay as they were
    today = today or date.today()
    week = Week.containing(today)
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

    with bulk_transaction(check_integrity=False):
        company_ids = demo_data.add_companies(companies)
        company_of = dict(zip(company_ids, companies, strict=True))
        jobs = demo_jobs.job_rng(seed)
        postings: list[NewPosting] = []
        posting_companies = []
        for index, (cid, (name, key)) in enumerate(zip(company_ids, companies, strict=True)):
            if jobs.random() < 0.35 or index < _HIRING_FIRST:
                for _ in range(jobs.randint(1, 3)):
                    seen_on = today - timedelta(days=jobs.randint(0, 40))
                    steps = demo_jobs.history(jobs, seen_on, today, len(postings))
                    postings.append(
                        NewPosting(
                            (name, key),
                            jobs.choice(_TITLES) or "Operations Specialist",
                            f"https://jobs.example.com/{_slug(name)}/{jobs.randint(1000, 9999)}",
                            location=jobs.choice(_LOCATIONS),
                            date_seen=seen_on,
                            deadline=seen_on + timedelta(days=jobs.randint(14, 45))
                            if jobs.random() < 0.5
                            else None,
                            stage=steps[-1][0],
                            history=steps,
                        )
                    )
                    posting_companies.append(cid)
        posting_ids = insert_postings(postings, today)

        first_id = demo_data.next_id("contact")
        roots = max(1, round(n * 0.22)) if n > 5 else 1
        depth: list[int] = []
        children: list[int] = []
        open_slots: list[int] = []  # indexes of contacts that may still refer someone
        referrer_of: list[int | None] = []
        people: list[_Person] = []
        employer_of: list[int | None] = []
        new: list[NewContact] = []
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
            employer_of.append(company)
            added = today - timedelta(days=rng.randint(0, 120))
            last_contact = (
                None
                if status == Status.TO_CONTACT.value
                else today - timedelta(days=rng.randint(1, 60))
            )
            follow = _follow_up(rng, today, week)
            # The same seed gives the same people; a second network in one file other UIDs.
            uid = _demo_uid(rng.getrandbits(128) ^ (first_id - 1))
            data = ContactData(
                display_name=display,
                given_name=given,
                family_name=family,
                organization=company_of[company][0] if company is not None else "",
                title=rng.choice(_TITLES),
                notes=_notes(rng, k),
                relationship=relationship,
                lead=Lead(lead),
                status=Status(status),
                how_met=rng.choice(_HOW_MET) if parent is None else "",
                date_added=added,
                last_contact=last_contact,
                next_follow_up=follow,
                good_at=giving.choice(_GOOD_AT) if giving.random() < 0.3 else "",
                needs=giving.choice(_NEEDS) if giving.random() < 0.2 else "",
            )
            if rng.random() < 0.9:
                domain = "example.com"
                if company is not None:
                    domain = f"{_slug(company_of[company][0])}.example"
                email = f"{_slug(given)}.{_slug(family)}{k}@{domain}".strip(".")
                data.emails.append(Email(email, "work"))
            if rng.random() < 0.8:
                phone = f"+1 555 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
                data.phones.append(Phone(phone, "mobile"))
            if rng.random() < 0.25:
                data.tags.append(rng.choice(_TAGS))
            keys = Keys(
                sort_name=fold(display),
                company=company_of[company] if company is not None else None,
                phone_keys=[phone_key(p.number) for p in data.phones],
            )
            new.append(NewContact(data, keys, uid, first_id + k))
            people.append(_Person(display, status, follow))
            if progress is not None and k % 5000 == 0:
                progress(k, n)
        demo_data.add_tags(_TAGS)
        insert_contacts(demo_jobs.with_past_employers(jobs, new, companies), today=today)
        staff: dict[int, list[int]] = {}
        for k, company in enumerate(employer_of):
            if company is not None:
                staff.setdefault(company, []).append(first_id + k)
        warm = [first_id + k for k, n in enumerate(new) if n.data.lead is Lead.WARM]
        demo_jobs.link_people(
            jobs,
            list(zip(posting_ids, posting_companies, postings, strict=True)),
            staff,
            warm,
        )

        meetings, referrals = _meetings_and_referrals(
            rng, today, week, first_id, people, referrer_of
        )
        _activity(rng, today, week, first_id, people)
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


def _follow_up(rng: random.Random, today: date, week: Week) -> date | None:
    roll = rng.random()
    if roll < 0.12:
        return week.monday + timedelta(days=rng.randint(0, 6))
    if roll < 0.18:
        return today - timedelta(days=rng.randint(1, 20))
    if roll < 0.45:
        return week.sunday + timedelta(days=rng.randint(1, 45))
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
    rng: random.Random,
    today: date,
    week: Week,
    first_id: int,
    people: list[_Person],
    referrer_of: list[int | None],
) -> tuple[int, int]:
    """Past meetings for people you met (the source of their referrals), upcoming ones too."""
    meeting_of: dict[int, int] = {}
    next_meeting = demo_data.next_id("meeting")
    meetings = []
    tasks: list[tuple[object, ...]] = []
    for k, person in enumerate(people):
        status = person.status
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
                rng.choice(["look_for_leads", "look_for_leads", "learn_about", "event"]),
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
                (
                    cid,
                    next_meeting,
                    "thank_you",
                    f"Thank-you note to {person.name}",
                    due.isoformat(),
                )
            )
        if follow is not None:
            tasks.append(
                (
                    cid,
                    next_meeting,
                    "follow_up",
                    f"Follow up with {person.name}",
                    follow.isoformat(),
                )
            )
        next_meeting += 1
    demo_data.add_meetings(meetings)
    demo_data.add_tasks(tasks)
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
    demo_data.add_referrals(referrals)
    return len(meetings), len(referrals)


def _activity(
    rng: random.Random,
    today: date,
    week: Week,
    first_id: int,
    people: list[_Person],
) -> None:
    interactions = []
    favours = []
    tasks: list[tuple[object, ...]] = []
    for k, person in enumerate(people):
        cid = first_id + k
        if person.status != "to_contact" and rng.random() < 0.5:
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
        if person.follow_up is not None and rng.random() < 0.5:
            tasks.append((cid, None, "call", f"Call {person.name}", person.follow_up.isoformat()))
    demo_data.add_interactions(interactions)
    demo_data.add_favours(favours)
    demo_data.add_tasks(tasks)
