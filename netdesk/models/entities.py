"""Peewee models mirroring the schema the migrations build (a test compares the two)."""

from __future__ import annotations

import peewee as pw

from netdesk.models.db import BaseModel


class Company(BaseModel):
    name = pw.TextField()
    sort_name = pw.TextField(unique=True)
    website = pw.TextField(default="")
    notes = pw.TextField(default="")


class Contact(BaseModel):
    uid = pw.TextField(unique=True)
    display_name = pw.TextField()
    given_name = pw.TextField(default="")
    family_name = pw.TextField(default="")
    sort_name = pw.TextField(index=True)
    company = pw.ForeignKeyField(Company, null=True, on_delete="SET NULL", backref="contacts")
    title = pw.TextField(default="")
    notes = pw.TextField(default="")
    photo = pw.BlobField(null=True)
    photo_mime = pw.TextField(default="")
    relationship = pw.TextField(default="other")
    lead = pw.TextField(default="cold")
    status = pw.TextField(default="to_contact")
    how_met = pw.TextField(default="")
    date_added = pw.DateField()
    last_contact = pw.DateField(null=True)
    next_follow_up = pw.DateField(null=True)
    # Migration 4. The birthday is ISO text: "1985-04-15", or "--04-15" without the year.
    nickname = pw.TextField(default="")
    department = pw.TextField(default="")
    birthday = pw.TextField(default="")
    # Sort keys maintained by triggers (see migration 2); never written by the application.
    org_sort = pw.TextField(default="")
    referrer_sort = pw.TextField(default="")
    primary_email = pw.TextField(default="")
    primary_phone = pw.TextField(default="")
    # Migration 11: give before getting, and the keep-in-touch rhythm set on the contact.
    good_at = pw.TextField(default="")
    needs = pw.TextField(default="")
    rhythm_days = pw.IntegerField(null=True)
    # Kept by the triggers of migration 11 (the last touch, the rhythm that applies, the day
    # the contact is due); never written by the application.
    last_touch = pw.TextField(default="")
    keep_in_touch_days = pw.IntegerField(null=True)
    keep_in_touch_due = pw.DateField(null=True)


class ContactEmail(BaseModel):
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="emails")
    address = pw.TextField()
    label = pw.TextField(default="")
    position = pw.IntegerField(default=0)


class ContactPhone(BaseModel):
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="phones")
    number = pw.TextField()
    label = pw.TextField(default="")
    position = pw.IntegerField(default=0)
    # E.164 form for matching (migration 3): "" not computed yet, "-" not a phone number.
    e164 = pw.TextField(default="")


class ContactAddress(BaseModel):
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="addresses")
    label = pw.TextField(default="")
    street = pw.TextField(default="")
    locality = pw.TextField(default="")
    region = pw.TextField(default="")
    postal_code = pw.TextField(default="")
    country = pw.TextField(default="")
    position = pw.IntegerField(default=0)


class ContactLink(BaseModel):
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="links")
    url = pw.TextField()
    label = pw.TextField(default="")
    position = pw.IntegerField(default=0)


class Tag(BaseModel):
    name = pw.TextField(unique=True)


class ContactTag(BaseModel):
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="tag_links")
    tag = pw.ForeignKeyField(Tag, on_delete="CASCADE", backref="contact_links")

    class Meta:
        primary_key = pw.CompositeKey("contact", "tag")


class CompanyAlias(BaseModel):
    """Another name of a company (migration 8): ``sort_name`` folded like the company's,
    ``match_key`` without the legal form (``core.company_key``)."""

    company = pw.ForeignKeyField(Company, on_delete="CASCADE", backref="aliases")
    name = pw.TextField()
    sort_name = pw.TextField(unique=True)
    match_key = pw.TextField(default="")


class ContactPastEmployer(BaseModel):
    """A company the contact used to work for (migration 8)."""

    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="past_employers")
    company = pw.ForeignKeyField(Company, on_delete="CASCADE", backref="former_staff")
    position = pw.IntegerField(default=0)


class JobPosting(BaseModel):
    company = pw.ForeignKeyField(Company, on_delete="CASCADE", backref="postings")
    title = pw.TextField()
    url = pw.TextField(default="")
    location = pw.TextField(default="")
    date_seen = pw.DateField()
    date_posted = pw.DateField(null=True)
    valid_through = pw.DateField(null=True)
    deadline = pw.DateField(null=True)
    stage = pw.TextField(default="seen")
    notes = pw.TextField(default="")


class PostingStageChange(BaseModel):
    """One step of a posting's history: the stage it reached, and when (migration 8)."""

    posting = pw.ForeignKeyField(JobPosting, on_delete="CASCADE", backref="history")
    stage = pw.TextField()
    changed_on = pw.DateField()

    class Meta:
        table_name = "posting_stage"


class PostingPerson(BaseModel):
    """A person's part in a posting: told me, referred me, hiring manager, met about it."""

    posting = pw.ForeignKeyField(JobPosting, on_delete="CASCADE", backref="people")
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="posting_roles")
    role = pw.TextField()


class Meeting(BaseModel):
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="meetings")
    starts_at = pw.DateTimeField()
    kind = pw.TextField(default="look_for_leads")
    purpose = pw.TextField(default="")
    agenda = pw.TextField(default="")
    planned_minutes = pw.IntegerField(default=15)
    actual_minutes = pw.IntegerField(null=True)
    notes = pw.TextField(default="")
    outcome = pw.TextField(default="")
    help_information = pw.BooleanField(default=False)
    help_contacts = pw.BooleanField(default=False)
    help_connections = pw.BooleanField(default=False)
    help_referrals = pw.BooleanField(default=False)
    thank_you_due = pw.DateField(null=True)
    thank_you_sent = pw.DateField(null=True)
    follow_up = pw.DateField(null=True)
    # Migration 8: the posting this meeting turned into "interview country" for.
    posting = pw.ForeignKeyField(JobPosting, null=True, on_delete="SET NULL", backref="meetings")


class MeetingAttendee(BaseModel):
    """Someone at a meeting (migration 11); the meeting's ``contact`` is its first attendee."""

    meeting = pw.ForeignKeyField(Meeting, on_delete="CASCADE", backref="attendees")
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="attended")
    position = pw.IntegerField(default=0)

    class Meta:
        table_name = "meeting_attendee"
        primary_key = pw.CompositeKey("meeting", "contact")


class Referral(BaseModel):
    """``referrer`` suggested that you meet ``referred``; each contact has at most one referrer."""

    referred = pw.ForeignKeyField(Contact, unique=True, on_delete="CASCADE", backref="referral")
    referrer = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="referrals_given")
    referred_on = pw.DateField(null=True)
    meeting = pw.ForeignKeyField(
        Meeting, null=True, on_delete="SET NULL", backref="referrals_obtained"
    )
    reason = pw.TextField(default="")
    calls_ahead = pw.BooleanField(default=False)


class Interaction(BaseModel):
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="interactions")
    kind = pw.TextField()
    happened_at = pw.DateTimeField()
    summary = pw.TextField(default="")


class Task(BaseModel):
    contact = pw.ForeignKeyField(Contact, null=True, on_delete="CASCADE", backref="tasks")
    meeting = pw.ForeignKeyField(Meeting, null=True, on_delete="CASCADE", backref="tasks")
    kind = pw.TextField(default="follow_up")
    title = pw.TextField()
    due = pw.DateField()
    done = pw.BooleanField(default=False)
    done_on = pw.DateField(null=True)


class Favour(BaseModel):
    """Reciprocity: what you gave and what you received."""

    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE", backref="favours")
    direction = pw.TextField()
    description = pw.TextField()
    happened_on = pw.DateField()


class RhythmRule(BaseModel):
    """A keep-in-touch rhythm by default (migration 11): ``days`` for the contacts of a
    relationship, status, warm or cold mark, or tag (``key``: the value, or the tag's name)."""

    kind = pw.TextField()
    key = pw.TextField()
    days = pw.IntegerField()

    class Meta:
        table_name = "rhythm_rule"
        primary_key = pw.CompositeKey("kind", "key")


class CampaignSetting(BaseModel):
    """A setting of the campaign kept with the network (migration 11): the week's capacity."""

    key = pw.TextField(primary_key=True)
    value = pw.IntegerField()

    class Meta:
        table_name = "campaign_setting"


class NotDuplicate(BaseModel):
    """Two contacts the user said are different people (``contact_a`` has the lower id)."""

    contact_a = pw.ForeignKeyField(
        Contact, column_name="contact_a", on_delete="CASCADE", backref="+"
    )
    contact_b = pw.ForeignKeyField(
        Contact, column_name="contact_b", on_delete="CASCADE", backref="+"
    )

    class Meta:
        primary_key = pw.CompositeKey("contact_a", "contact_b")


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Company,
    Contact,
    ContactEmail,
    ContactPhone,
    ContactAddress,
    ContactLink,
    Tag,
    ContactTag,
    CompanyAlias,
    ContactPastEmployer,
    JobPosting,
    PostingStageChange,
    PostingPerson,
    Meeting,
    MeetingAttendee,
    Referral,
    Interaction,
    Task,
    Favour,
    RhythmRule,
    CampaignSetting,
    NotDuplicate,
)
