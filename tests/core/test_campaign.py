"""The campaign's numbers: a week's beside the whole campaign's, each counting what it says."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from netdesk.core.campaign import campaign_numbers
from netdesk.core.contacts import create_contact
from netdesk.core.dates import Week
from netdesk.core.meetings import log_interaction
from netdesk.core.postings import PostingInput, add_posting, link_person, move
from netdesk.models import InteractionKind, Lead, Meeting, Referral
from netdesk.models.enums import PostingRole, PostingStage
from netdesk.models.records import ContactData, ReferralInfo

TODAY = date(2026, 11, 25)  # a Wednesday
LAST_WEEK = Week.containing(TODAY).previous()  # 16 to 22 November


def test_last_weeks_numbers_and_the_whole_campaigns(db: Path) -> None:
    early = create_contact(ContactData(display_name="Early Bird", date_added=date(2026, 10, 1)))
    sara = create_contact(
        ContactData(display_name="Sara Smith", lead=Lead.WARM, date_added=date(2026, 11, 17))
    )
    create_contact(ContactData(display_name="This Week", date_added=date(2026, 11, 24)))
    log_interaction(sara, InteractionKind.CALL, when=datetime(2026, 11, 16, 9))
    log_interaction(sara, InteractionKind.EMAIL, when=datetime(2026, 11, 18, 9))  # same person
    log_interaction(early, InteractionKind.NOTE, when=datetime(2026, 11, 18, 9))  # not reached
    log_interaction(early, InteractionKind.CALL, when=datetime(2026, 10, 5, 9))  # before
    met = Meeting.create(contact=sara, starts_at=datetime(2026, 11, 19, 10))
    Meeting.create(contact=early, starts_at=datetime(2026, 10, 6, 10))
    for name in ("John Public", "Ann Other", "Third Name"):
        named = create_contact(
            ContactData(
                display_name=name, referral=ReferralInfo(sara), date_added=date(2026, 11, 19)
            )
        )
        Referral.update(meeting=met).where(Referral.referred == named).execute()

    introduced = add_posting(PostingInput("Globex", "Analyst"), on=date(2026, 11, 2))
    move(introduced, PostingStage.INTRODUCED, on=date(2026, 11, 17))
    move(introduced, PostingStage.APPLIED, on=date(2026, 11, 18))
    referred = add_posting(PostingInput("Initech", "Tester"), on=date(2026, 11, 2))
    link_person(referred, sara, PostingRole.REFERRED_ME)
    move(referred, PostingStage.APPLIED, on=date(2026, 11, 20))
    move(referred, PostingStage.INTERVIEWING, on=date(2026, 11, 21))
    cold = add_posting(PostingInput("Umbrella", "Clerk"), on=date(2026, 10, 2))
    move(cold, PostingStage.APPLIED, on=date(2026, 10, 3))
    move(cold, PostingStage.INTERVIEWING, on=date(2026, 10, 10))
    move(cold, PostingStage.OFFER, on=date(2026, 10, 20))
    # Straight to an interview (a meeting raised the ante): an application all the same.
    direct = add_posting(PostingInput("Wayne", "Driver"), on=date(2026, 11, 16))
    move(direct, PostingStage.INTERVIEWING, on=date(2026, 11, 22))

    numbers = campaign_numbers(today=TODAY)

    assert numbers.week == LAST_WEEK
    week = numbers.in_week
    assert week.contacts_added == 1 + 3  # Sara and the three names she gave
    assert week.reached == 1  # Sara, called, e-mailed and met: once
    assert week.met == 1
    assert week.referrals == 3
    assert week.referrals_per_meeting == 3.0 and week.goal_reached
    assert week.introductions == 1
    assert week.applications == 3
    assert week.interviews == 2
    assert week.offers == 0
    assert (week.applications_introduced, week.applications_without) == (2, 1)
    total = numbers.total
    assert total.contacts_added == 6
    assert total.reached == 2
    assert total.met == 2
    assert total.referrals_per_meeting == 1.5 and not total.goal_reached
    assert (total.applications, total.interviews, total.offers) == (4, 3, 1)
    assert (total.applications_introduced, total.applications_without) == (2, 2)


def test_a_meeting_not_yet_held_is_not_counted_and_an_empty_week_has_no_ratio(db: Path) -> None:
    sara = create_contact(ContactData(display_name="Sara Smith", date_added=date(2026, 11, 1)))
    Meeting.create(contact=sara, starts_at=datetime(2026, 11, 27, 10))  # Friday, to come

    this_week = campaign_numbers(Week.containing(TODAY), today=TODAY)

    assert this_week.in_week.met == 0 and this_week.in_week.reached == 0
    assert this_week.in_week.referrals_per_meeting is None
    assert this_week.total.met == 0
