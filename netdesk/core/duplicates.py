"""Contacts already in the database that are probably the same person, grouped, with the reason.

Two contacts are offered as one person when they share

- an e-mail address (any case),
- a phone number (the same E.164 number, however it was written),
- a LinkedIn profile (any spelling of its URL), or
- a name, by one of two rules:

  1. the same full name of at least two words (accents, case, word order, punctuation and
     titles such as "Dr." ignored: "Müller, Jürgen" is "Jurgen Muller"), or a name written
     without spaces (Chinese, Japanese, Korean) of at least two characters, when their
     organizations do not differ. Someone without an organization joins the same name only
     when those who have one all work at the same place;
  2. a shortened form of the other's name ("J. Smith" for "John Smith", "Anna Müller" for
     "Anna Maria Müller"), when both work at the same organization or share an e-mail domain
     that is not a public mail provider, and the short form stands for one name only there
     (with a John Smith and a Jane Smith at Globex, "J. Smith" joins neither).

  A first name alone never matches: the Johns are not one person.

A key that more than :data:`SHARED_KEY_LIMIT` contacts share (a switchboard number, a team
address, a common name in a large company) is not a person and is not offered. Groups are
transitive (A and B share an e-mail, B and C a phone: one group of three), except across a pair
the user marked "Not duplicates" (table ``not_duplicate``).

Everything exact is grouped by SQLite on indexed, normalised keys; names are blocked on their
folded words, so the work grows with the number of contacts, never with its square.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from netdesk.core.errors import NetDeskError
from netdesk.core.importing.planning import fill_phone_keys, linkedin_key
from netdesk.core.phones import default_region
from netdesk.core.text import fold
from netdesk.models import duplicates as duplicates_data
from netdesk.models import matching

SHARED_KEY_LIMIT = 5
"""A key (e-mail, phone, profile, name in one place) shared by more contacts is not a person."""

REASONS = ("email", "phone", "linkedin", "name")
"""What can make two contacts one person, in the order groups list them."""

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]


class FindCancelled(NetDeskError):
    def __init__(self) -> None:
        super().__init__("The search for duplicates was cancelled.")


@dataclass(frozen=True)
class Member:
    """One contact of a group, with what a person needs to recognise them."""

    contact_id: int
    display_name: str
    organization: str
    email: str
    phone: str


@dataclass
class DuplicateGroup:
    contact_ids: list[int]
    reasons: list[str]
    """Which of :data:`REASONS` joined them, in that order."""
    evidence: list[tuple[str, str]] = field(default_factory=list)
    """(reason, the shared value): ("email", "sara@globex.example"), ("name", "Sara Smith")."""
    members: list[Member] = field(default_factory=list)

    @property
    def display_names(self) -> list[str]:
        return [m.display_name for m in self.members]

    def as_json(self) -> dict[str, object]:
        return {
            "contact_ids": self.contact_ids,
            "display_names": self.display_names,
            "reasons": self.reasons,
        }


# Names -------------------------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = str.maketrans("", "", "'’ʼ`")
_TITLES = _words(
    "mr mrs ms miss mx dr prof sir dame jr sr ii iii iv phd md mba msc bsc dipl ing herr frau "
    "mme mlle"
)
# Scripts written without spaces between given and family name (after fold(): Hangul as jamo).
_UNSPACED = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+"
)
_MAX_WORDS = 5
"""Names with more words are compared whole only (their shortened forms would be too many)."""

NameForm = tuple[tuple[str, ...], tuple[str, ...]]
"""(full words, initials), each sorted: "Smith, J." and "J. Smith" are (("smith",), ("j",))."""


def name_words(name: str) -> list[str]:
    """The words of a name as matching sees them: folded, without titles and apostrophes."""
    text = name.lower() if name.isascii() else fold(name)  # the same words, faster
    return [w for w in _WORD.findall(text.translate(_APOSTROPHES)) if w not in _TITLES]


def _form(words: Iterable[str]) -> NameForm:
    full = sorted(w for w in words if len(w) > 1)
    initials = sorted(w for w in words if len(w) == 1)
    return (tuple(full), tuple(initials))


def name_form(name: str) -> NameForm | None:
    """The comparable form of a name, or None when it cannot identify anyone (one word)."""
    words = name_words(name)
    if not name.isascii() and words and all(_UNSPACED.fullmatch(w) for w in words):
        joined = "".join(words)  # "山田 太郎" is "山田太郎"
        return ((joined,), ()) if len(joined) >= 2 else None
    if len(words) < 2:
        return None
    form = _form(words)
    return form if form[0] else None


def shortened_forms(form: NameForm) -> set[NameForm]:
    """Every shorter way of writing a full name: a word as its initial, or a word left out,
    keeping at least two words of which one is whole. "John Smith" gives "J. Smith" and
    "John S."; the form itself is not included."""
    full, initials = form
    if len(full) + len(initials) > _MAX_WORDS or (len(full) == 1 and not initials):
        return set()
    found: set[NameForm] = set()
    # For each whole word: keep it (0), write its initial (1) or leave it out (2).
    for plan in itertools.product((0, 1, 2), repeat=len(full)):
        if not any(plan):
            continue
        kept = [w for w, p in zip(full, plan, strict=True) if p == 0]
        short = list(initials) + [w[0] for w, p in zip(full, plan, strict=True) if p == 1]
        if kept and len(kept) + len(short) >= 2:
            found.add((tuple(sorted(kept)), tuple(sorted(short))))
    found.discard(form)
    return found


# Public mail providers (a shared domain there says nothing about who someone is), and the
# domains reserved for examples (RFC 2606), which are nobody's organization.
_PUBLIC_DOMAINS = _words(
    """gmail.com googlemail.com yahoo.com ymail.com rocketmail.com hotmail.com outlook.com
    live.com msn.com passport.com icloud.com me.com mac.com aol.com aim.com gmx.com gmx.net
    gmx.de gmx.at gmx.ch web.de t-online.de freenet.de posteo.de mailbox.org proton.me
    protonmail.com protonmail.ch pm.me tutanota.com tuta.io zoho.com yandex.com yandex.ru
    mail.ru bk.ru inbox.ru list.ru rambler.ru qq.com foxmail.com 163.com 126.com yeah.net
    sina.com sohu.com naver.com daum.net hanmail.net orange.fr wanadoo.fr free.fr laposte.net
    sfr.fr libero.it virgilio.it tiscali.it alice.it bluewin.ch seznam.cz wp.pl o2.pl
    onet.pl interia.pl btinternet.com sky.com virginmedia.com comcast.net verizon.net
    att.net sbcglobal.net bellsouth.net cox.net charter.net earthlink.net rediffmail.com
    example.com example.org example.net"""
)
_PUBLIC_STEMS = ("yahoo.", "hotmail.", "outlook.", "live.", "gmx.", "aol.", "yandex.")


def is_public_domain(domain: str) -> bool:
    domain = domain.casefold().strip(".")
    return domain in _PUBLIC_DOMAINS or domain.startswith(_PUBLIC_STEMS)


# Finding ----------------------------------------------------------------------------------------


class _Groups:
    """Union-find over contact ids, remembering which evidence joined each pair."""

    def __init__(self, dismissed: set[tuple[int, int]]) -> None:
        self.parent: dict[int, int] = {}
        self.dismissed = dismissed
        self.evidence: list[tuple[int, str, str]] = []  # (a contact of the pair, reason, value)

    def find(self, x: int) -> int:
        root = self.parent.setdefault(x, x)
        while root != self.parent[root]:
            root = self.parent[root]
        while x != root:  # path compression, iteratively
            self.parent[x], x = root, self.parent[x]
        return root

    def join_all(self, ids: Sequence[int], reason: str, value: str) -> None:
        """Join every pair of ``ids`` the user did not mark as two people."""
        for a, b in itertools.combinations(sorted(set(ids)), 2):
            if (a, b) in self.dismissed:
                continue
            ra, rb = self.find(a), self.find(b)
            if ra != rb:
                self.parent[max(ra, rb)] = min(ra, rb)
            self.evidence.append((a, reason, value))

    def groups(self) -> dict[int, list[int]]:
        found: dict[int, list[int]] = defaultdict(list)
        for x in self.parent:
            found[self.find(x)].append(x)
        return {root: sorted(ids) for root, ids in found.items() if len(ids) > 1}


def find_duplicates(
    *,
    progress: Progress | None = None,
    should_cancel: ShouldCancel | None = None,
    region: str | None = None,
) -> list[DuplicateGroup]:
    """Groups of contacts that are probably the same person (see the module's rules)."""
    steps = 6

    def step(done: int) -> None:
        if should_cancel is not None and should_cancel():
            raise FindCancelled()
        if progress is not None:
            progress(done, steps)

    step(0)
    groups = _Groups(dismissed_pairs())
    limit = SHARED_KEY_LIMIT

    for address, ids in duplicates_data.shared_emails(limit):
        groups.join_all(ids, "email", address)
    _non_ascii_emails(groups)
    step(1)

    fill_phone_keys(region or default_region())
    for e164, ids in duplicates_data.shared_phones(limit):
        groups.join_all(ids, "phone", e164)
    step(2)

    profiles: dict[str, set[int]] = defaultdict(set)
    for url, contact_id in matching.linkedin_urls():
        key = linkedin_key(url)
        if key:
            profiles[key].add(contact_id)
    for key, id_set in profiles.items():
        if 2 <= len(id_set) <= limit:
            groups.join_all(sorted(id_set), "linkedin", f"linkedin.com/{key}")
    step(3)

    _names(groups, lambda: step(4))
    step(5)
    result = _build(groups)
    step(6)
    return result


def _non_ascii_emails(groups: _Groups) -> None:
    """SQLite's NOCASE folds ASCII only: "JÖRG@x.de" and "jörg@x.de" are compared here."""
    rows = duplicates_data.non_ascii_emails()
    if not rows:
        return
    rows.extend(duplicates_data.emails_equal_to(sorted({a.casefold() for _, a in rows})))
    by_key: dict[str, set[int]] = defaultdict(set)
    for contact_id, address in rows:
        by_key[address.casefold()].add(contact_id)
    for key, id_set in by_key.items():
        if 2 <= len(id_set) <= SHARED_KEY_LIMIT:
            groups.join_all(sorted(id_set), "email", key)


def _names(groups: _Groups, tick: Callable[[], None]) -> None:
    """Both name rules, blocked: exact forms by the form itself, shortened forms by the
    (organization or e-mail domain, form) they would have to equal."""
    domains: dict[int, set[str]] = defaultdict(set)
    for contact_id, domain in duplicates_data.email_domains():
        if not is_public_domain(domain):
            domains[contact_id].add("@" + domain)
    forms: dict[int, NameForm] = {}
    names: dict[int, str] = {}
    places: dict[int, list[str]] = {}
    exact: dict[NameForm, list[tuple[int, str]]] = defaultdict(list)
    own: dict[tuple[str, NameForm], list[int]] = defaultdict(list)
    for count, (contact_id, name, org) in enumerate(duplicates_data.names_and_places()):
        if count % 5000 == 0:
            tick()
        form = name_form(name)
        if form is None:
            continue
        forms[contact_id] = form
        names[contact_id] = name
        if not form[1]:  # rule 1 needs whole words
            exact[form].append((contact_id, org))
        where = ([f"org:{org}"] if org else []) + sorted(domains.get(contact_id, ()))
        places[contact_id] = where
        for place in where:
            own[(place, form)].append(contact_id)

    # Rule 1: the same full name, organizations not differing.
    for people in exact.values():
        if len(people) < 2:
            continue
        label = names[people[0][0]]
        by_org: dict[str, list[int]] = defaultdict(list)
        for contact_id, org in people:
            by_org[org].append(contact_id)
        orgs = [org for org in by_org if org]
        if len(orgs) <= 1:
            if len(people) <= SHARED_KEY_LIMIT:
                groups.join_all([i for i, _ in people], "name", label)
            continue
        for org in orgs:
            if 2 <= len(by_org[org]) <= SHARED_KEY_LIMIT:
                groups.join_all(by_org[org], "name", label)

    # Rule 2: initials and shortened names in one place; the same form with initials too.
    for (_place, form), ids in own.items():
        if form[1] and 2 <= len(ids) <= SHARED_KEY_LIMIT:
            groups.join_all(ids, "name", names[ids[0]])
    # A two-word name shortens only to a form with an initial: where nobody's name has one,
    # there is nothing to look up (the common case, which keeps this pass cheap).
    with_initials = {place for (place, form) in own if form[1]}
    fuller: dict[int, dict[NameForm, set[int]]] = defaultdict(lambda: defaultdict(set))
    for count, (contact_id, form) in enumerate(forms.items()):
        if count % 5000 == 0:
            tick()
        where = places[contact_id]
        if len(form[0]) + len(form[1]) <= 2:
            where = [place for place in where if place in with_initials]
        if not where:
            continue
        for short in shortened_forms(form):
            for place in where:
                shorter = own.get((place, short), ())
                if len(shorter) > SHARED_KEY_LIMIT:
                    continue
                for other in shorter:
                    fuller[other][form].add(contact_id)
    for short_id, longer in fuller.items():
        if len(longer) != 1:
            continue  # "J. Smith" beside a John and a Jane Smith: could be either
        (long_ids,) = longer.values()
        if len(long_ids) <= SHARED_KEY_LIMIT:
            label = f"{names[short_id]} ~ {names[min(long_ids)]}"
            groups.join_all([short_id, *long_ids], "name", label)


def _build(groups: _Groups) -> list[DuplicateGroup]:
    found = groups.groups()
    if not found:
        return []
    ids = sorted(i for members in found.values() for i in members)
    people = {
        cid: (Member(cid, *row[:4]), row[4]) for cid, row in duplicates_data.members(ids).items()
    }
    evidence: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for contact_id, reason, value in groups.evidence:
        root = groups.find(contact_id)
        if (reason, value) not in evidence[root]:
            evidence[root].append((reason, value))
    result = []
    for root, members in found.items():
        shown = sorted(evidence[root], key=lambda e: REASONS.index(e[0]))
        result.append(
            DuplicateGroup(
                contact_ids=members,
                reasons=[r for r in REASONS if any(e[0] == r for e in shown)],
                evidence=shown,
                members=[people[i][0] for i in members if i in people],
            )
        )
    result.sort(key=lambda g: (min(people[i][1] for i in g.contact_ids), g.contact_ids))
    return result


# Not duplicates -------------------------------------------------------------------------------


def dismissed_pairs() -> set[tuple[int, int]]:
    return duplicates_data.dismissed_pairs()


def dismiss(ids: Iterable[int]) -> list[tuple[int, int]]:
    """Remember that these contacts are all different people; returns the pairs newly recorded
    (what :func:`undismiss` takes back)."""
    return duplicates_data.dismiss(ids)


def undismiss(pairs: Iterable[tuple[int, int]]) -> None:
    duplicates_data.undismiss(pairs)
