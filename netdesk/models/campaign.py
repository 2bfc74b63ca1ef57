"""The job search in numbers: what happened between two days, counted in SQL.

The counts (:func:`campaign_counts`) are one statement over the contact, interaction, meeting,
referral and posting tables, so that they stay fast on a large network: a week's numbers use
the date indexes, the whole campaign's read each table once. What each number means is said
here, once, and shown to the user by the core (``netdesk.core.campaign``) and the window:

- contacts added: contacts whose ``date_added`` falls in the period;
- reached: people you called, e-mailed, wrote to, messaged or met in it (everyone at a meeting;
  a note is not reaching someone), each once;
- met: meetings held in it (begun before ``held_before``);
- referrals: names obtained in those meetings, or (without a meeting) referred in the period;
- introductions, applications, interviews, offers: postings that first reached, in the period,
  "introduced", "applied" (or any stage only an application leads to), "interviewing" (or an
  offer) and "offer" (accepted and declined ones included);
- applications with an introduction: of those applications, the ones introduced on or before
  the day of the application, or with someone linked as having referred you.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from netdesk.models.sql import connection

_APPLIED = ("applied", "interviewing", "offer", "accepted", "declined", "rejected")
_INTERVIEWING = ("interviewing", "offer", "accepted", "declined")
_OFFER = ("offer", "accepted", "declined")


def _stages(stages: tuple[str, ...]) -> str:
    return ", ".join(f"'{s}'" for s in stages)


_COUNTS = f"""
    WITH firsts AS (
        SELECT posting_id,
               min(CASE WHEN stage = 'introduced' THEN changed_on END) AS introduced,
               min(CASE WHEN stage IN ({_stages(_APPLIED)}) THEN changed_on END) AS applied,
               min(CASE WHEN stage IN ({_stages(_INTERVIEWING)}) THEN changed_on END)
                   AS interviewing,
               min(CASE WHEN stage IN ({_stages(_OFFER)}) THEN changed_on END) AS offer
        FROM posting_stage GROUP BY posting_id
    ),
    applications AS (
        SELECT f.posting_id,
               (f.introduced IS NOT NULL AND f.introduced <= f.applied)
               OR EXISTS (SELECT 1 FROM posting_person pp WHERE pp.posting_id = f.posting_id
                          AND pp.role = 'referred_me') AS introduced
        FROM firsts f WHERE f.applied >= :lo AND f.applied < :hi
    )
    SELECT
      (SELECT count(*) FROM contact WHERE date_added >= :lo AND date_added < :hi),
      (SELECT count(*) FROM (
          SELECT contact_id FROM interaction
          WHERE kind != 'note' AND happened_at >= :lo AND happened_at < :held
          UNION
          SELECT a.contact_id FROM meeting m JOIN meeting_attendee a ON a.meeting_id = m.id
          WHERE m.starts_at >= :lo AND m.starts_at < :held)),
      (SELECT count(*) FROM meeting WHERE starts_at >= :lo AND starts_at < :held),
      (SELECT count(*) FROM meeting m JOIN referral r ON r.meeting_id = m.id
         WHERE m.starts_at >= :lo AND m.starts_at < :held)
      + (SELECT count(*) FROM referral r
         WHERE r.meeting_id IS NULL AND r.referred_on >= :lo AND r.referred_on < :hi),
      (SELECT count(*) FROM firsts WHERE introduced >= :lo AND introduced < :hi),
      (SELECT count(*) FROM applications),
      (SELECT count(*) FROM firsts WHERE interviewing >= :lo AND interviewing < :hi),
      (SELECT count(*) FROM firsts WHERE offer >= :lo AND offer < :hi),
      (SELECT count(*) FROM applications WHERE introduced)
"""


class Counts(NamedTuple):
    contacts_added: int
    reached: int
    met: int
    referrals: int
    introductions: int
    applications: int
    interviews: int
    offers: int
    applications_introduced: int


def campaign_counts(start: date | None, end: date, held_before: date) -> Counts:
    """What happened from ``start`` (the beginning, when None; included) to ``end`` (excluded);
    meetings count as held when they began before ``held_before``. See the module docstring."""
    row = (
        connection()
        .execute(
            _COUNTS,
            {
                "lo": start.isoformat() if start is not None else "0000-01-01",
                "hi": end.isoformat(),
                "held": min(end, held_before).isoformat(),
            },
        )
        .fetchone()
    )
    return Counts(*(int(v or 0) for v in row))
