"""Composing from the data: which template comes first for a contact, a referral, a task and a
meeting, what it is filled with, whom it goes to, and logging it as sent (undoable)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from netdesk.core.card import set_next_step
from netdesk.core.compose import (
    CHAIN_RECIPIENTS,
    ComposeFor,
    Draft,
    fill,
    for_plan_item,
    mark_sent_with_undo,
    offer,
    read_draft,
    recipient,
    recipients,
    sent_marks,
)
from netdesk.core.contacts import create_contact
from netdesk.core.errors import NotFoundError
from netdesk.core.meetings import MeetingData, load_meeting, save_meeting, timeline
from netdesk.core.messages import (
    BUILTIN_TEXTS,
    Fit,
    To,
    builtin_template,
    builtin_templates,
    template_texts,
    usable,
)
from netdesk.core.messages.saved import dumps, is_edited, new_template, original
from netdesk.core.postings import PostingInput, add_posting, link_person
from netdesk.core.week_plan import CallItem, Suggestion, ThankYouItem
from netdesk.models import Contact, Interaction, InteractionKind, Meeting, PostingStage, Task
from netdesk.models.enums import MeetingKind, PostingRole, TaskKind
from netdesk.models.records import ContactData, Email, ReferralInfo

NOW = datetime(2026, 11, 25, 17, 5)
LEARNING = next(k for k in MeetingKind if k.value in {"informational", "learn_about"})
"""The "learn about a career or company" kind (named either way around issue 17's rename)."""


@pytest.fixture
def chain(db: Path) -> dict[str, int]:
    """Sara (known) referred John, who referred Mike; Ana is known and nobody referred her."""
    sara = create_contact(
        ContactData(display_name="Sara Smith", emails=[Email("sara@example.org")])
    )
    john = create_contact(
        ContactData(
            display_name="John Public",
            emails=[Email("john@example.org")],
            referral=ReferralInfo(sara, reason="she told me you know everyone in logistics"),
        )
    )
    mike = create_contact(
        ContactData(
            given_name="Mike",
            family_name="Lee",
            organization="Contoso",
            title="Head of Operations",
            emails=[Email("mike@contoso.example")],
            referral=ReferralInfo(john, reason="he knows everyone in logistics"),
        )
    )
    ana = create_contact(ContactData(given_name="Ana", family_name="Ruiz", organization="Acme"))
    return {"sara": sara, "john": john, "mike": mike, "ana": ana}


def _meeting(contact_id: int, starts_at: datetime, **fields: object) -> int:
    data = MeetingData(contact_id=contact_id, starts_at=starts_at, **fields)  # type: ignore[arg-type]
    return save_meeting(data, confirmed=True, now=NOW).meeting_id


def _draft(request: ComposeFor, my_name: str = "Maria Gonzalez") -> Draft:
    return read_draft(request, my_name=my_name, now=NOW)


def _first(request: ComposeFor) -> str:
    fitting, _others = offer(_draft(request), builtin_templates())
    return fitting[0].id


# --- What is filled in ------------------------------------------------------------------------


def test_a_referred_contact_s_draft_names_the_referrer_and_the_reason(
    chain: dict[str, int],
) -> None:
    draft = _draft(ComposeFor(Fit.CONTACT, chain["mike"]))
    assert draft.values["first_name"] == "Mike" and draft.values["company"] == "Contoso"
    assert draft.values["referrer_name"] == "John Public"
    assert draft.values["referral_reason"] == "he knows everyone in logistics"
    assert draft.values["my_name"] == "Maria Gonzalez"
    assert draft.referrer is not None and draft.referrer.contact_id == chain["john"]
    assert [p.name for p in draft.chain] == ["Sara Smith", "John Public", "Mike Lee"]
    assert draft.values["helpers"] == ["Sara Smith", "John Public", "Mike Lee"]
    assert draft.addresses[chain["mike"]] == "mike@contoso.example"
    assert draft.addresses[chain["john"]] == "john@example.org"
    assert _draft(ComposeFor(Fit.CONTACT, chain["ana"])).addresses == {chain["ana"]: None}


def _reads_well(text: str) -> None:
    assert "{" not in text and "[[" not in text and "None" not in text
    assert "interview" not in text.casefold()
    assert "  " not in text and "\n\n\n" not in text
    assert not re.search(r" [,.;:!?]|[,:;]\.|\.\.", text), text


@pytest.mark.parametrize("template_id", list(BUILTIN_TEXTS))
@pytest.mark.parametrize("referred", [True, False])
def test_every_built_in_template_is_filled_from_the_database(
    chain: dict[str, int], template_id: str, referred: bool
) -> None:
    contact = chain["mike"] if referred else chain["ana"]
    draft = _draft(ComposeFor(Fit.CONTACT, contact))
    template = builtin_template(template_id)
    message = fill(draft, template, to=recipient(draft, template))
    needs_referrer = template_id in ("referral_opening", "ask_call_ahead")
    if needs_referrer and not referred:
        # Nobody referred Ana: it has holes, and Compose lists it after the ones that fit.
        assert message.missing
        fitting, _others = offer(draft, builtin_templates())
        if template in fitting:
            assert all(not t.missing(draft.values) for t in fitting[: fitting.index(template)])
        return
    assert message.missing == ()
    for text in (message.subject, message.body):
        _reads_well(text)
    assert message.body.startswith("Hi John" if template_id == "ask_call_ahead" else "Hi ")
    if referred and template_id in ("referral_opening", "meeting_request_leads"):
        assert "John Public suggested I" in message.body
        assert "he knows everyone in logistics" in message.body
    if not referred:
        assert "suggested" not in message.subject + message.body
        assert "Hi Ana" in message.body
    if template_id not in ("referral_opening", "ask_call_ahead"):
        assert message.body.rstrip().endswith("Maria Gonzalez")


def test_a_gone_contact_cannot_be_written_to(chain: dict[str, int]) -> None:
    with pytest.raises(NotFoundError):
        _draft(ComposeFor(Fit.CONTACT, 10_000))


# --- Which template fits ----------------------------------------------------------------------


def test_a_referral_opens_with_the_referrer_s_name(chain: dict[str, int]) -> None:
    assert _first(ComposeFor(Fit.REFERRAL, chain["mike"])) == "referral_opening"
    assert _first(ComposeFor(Fit.CONTACT, chain["mike"])) == "referral_opening"
    # A "referral" nobody referred is written to as a contact.
    draft = _draft(ComposeFor(Fit.REFERRAL, chain["ana"]))
    assert draft.fit is Fit.CONTACT
    assert _first(ComposeFor(Fit.REFERRAL, chain["ana"])) == "meeting_request_leads"
    fitting, others = offer(_draft(ComposeFor(Fit.CONTACT, chain["mike"])), builtin_templates())
    ids = [t.id for t in fitting]
    assert "ask_call_ahead" in ids and "found_job" in ids and "reciprocity" in ids
    assert sorted(ids + [t.id for t in others]) == sorted(BUILTIN_TEXTS)


def test_a_meeting_picks_thank_you_then_follow_up_and_a_planned_one_the_request(
    chain: dict[str, int],
) -> None:
    held = _meeting(
        chain["ana"],
        NOW - timedelta(days=1),
        thank_you_due=NOW.date() + timedelta(days=1),
        help_information=True,
        help_referrals=True,
        planned_minutes=20,
    )
    meeting = ComposeFor(Fit.MEETING, chain["ana"], meeting_id=held)
    assert _first(meeting) == "thank_you"
    draft = _draft(meeting)
    assert draft.meeting is not None and draft.meeting.thank_you_owed
    body = fill(draft, builtin_template("thank_you")).body
    assert "the information you shared and the referrals" in body
    assert "Tuesday 24 November 2026" in body
    # The contact's card offers the note owed too.
    assert _first(ComposeFor(Fit.CONTACT, chain["ana"])) == "thank_you"

    Meeting.update(thank_you_sent=NOW.date()).where(Meeting.id == held).execute()
    assert _first(meeting) == "follow_up"
    assert (
        "Thank you again for talking with me on"
        in fill(_draft(meeting), builtin_template("follow_up")).body
    )

    planned = _meeting(chain["sara"], NOW + timedelta(days=3), kind=LEARNING, purpose="ports")
    ahead = ComposeFor(Fit.MEETING, chain["sara"], meeting_id=planned)
    assert _first(ahead) == "meeting_request_learn"
    draft = _draft(ahead)
    assert "meeting_date" not in draft.values  # not thanked for before it happens
    assert "ports" in fill(draft, builtin_template("meeting_request_learn")).body
    other = _meeting(chain["sara"], NOW + timedelta(days=4))
    assert _first(ComposeFor(Fit.MEETING, chain["sara"], meeting_id=other)) == (
        "meeting_request_leads"
    )


def test_a_task_picks_the_template_that_does_it(chain: dict[str, int]) -> None:
    set_next_step(chain["ana"], "Follow up with Ana", NOW.date())
    task_id = int(Task.get(Task.contact == chain["ana"]).id)
    assert _first(ComposeFor(Fit.TASK, chain["ana"], task_id=task_id)) == "follow_up"
    call = Task.create(
        contact=chain["sara"], kind=TaskKind.CALL.value, title="Call Sara", due=NOW.date()
    )
    assert _first(ComposeFor(Fit.TASK, chain["sara"], task_id=int(call.id))) == (
        "meeting_request_leads"
    )
    by_date = ComposeFor(Fit.TASK, chain["ana"], task_kind="follow_up")
    assert _first(by_date) == "follow_up"
    with pytest.raises(NotFoundError):
        _draft(ComposeFor(Fit.TASK, chain["ana"], task_id=99_999))


def test_the_week_s_items_say_what_they_are_about(chain: dict[str, int]) -> None:
    def call(**fields: object) -> CallItem:
        values: dict[str, object] = {
            "contact_id": chain["mike"],
            "name": "Mike Lee",
            "organization": "",
            "phone": "",
            "email": "",
            "referrer": "",
            "reason": "",
            "calls_ahead": False,
            "due": None,
            "task_id": None,
            "is_referral": False,
        }
        return CallItem(**(values | fields))  # type: ignore[arg-type]

    thanks = ThankYouItem(7, chain["ana"], "Ana Ruiz", NOW.date(), NOW.date(), "", "")
    assert for_plan_item(thanks) == ComposeFor(Fit.MEETING, chain["ana"], meeting_id=7)
    assert for_plan_item(call(task_id=3)) == ComposeFor(Fit.TASK, chain["mike"], task_id=3)
    assert for_plan_item(call(due=NOW.date())) == ComposeFor(
        Fit.TASK, chain["mike"], task_kind="follow_up"
    )
    assert for_plan_item(call(is_referral=True)) == ComposeFor(Fit.REFERRAL, chain["mike"])
    lead = Suggestion(chain["sara"], "Sara Smith", "", "friend", None, "", "")
    assert for_plan_item(lead) == ComposeFor(Fit.CONTACT, chain["sara"])
    assert for_plan_item(object()) is None


# --- Whom it goes to --------------------------------------------------------------------------


def test_asking_to_call_ahead_goes_to_the_referrer(chain: dict[str, int]) -> None:
    draft = _draft(ComposeFor(Fit.REFERRAL, chain["mike"]))
    ask = builtin_template("ask_call_ahead")
    assert ask.to is To.REFERRER
    to = recipient(draft, ask)
    assert to is not None and to.contact_id == chain["john"]
    body = fill(draft, ask, to=to).body
    assert body.startswith("Hi John,") and "talk to Mike Lee at Contoso" in body
    assert recipients(_draft(ComposeFor(Fit.CONTACT, chain["ana"])), ask) == []


def test_the_found_a_job_note_goes_to_everyone_along_the_chain(chain: dict[str, int]) -> None:
    posting = add_posting(
        PostingInput("Contoso Freight", "Supply Chain Analyst", stage=PostingStage.ACCEPTED)
    )
    link_person(posting, chain["mike"], PostingRole.REFERRED_ME)
    draft = _draft(ComposeFor(Fit.CONTACT, chain["mike"]))
    note = builtin_template("found_job")
    people = recipients(draft, note)
    assert [p.name for p in people] == ["Mike Lee", "John Public", "Sara Smith"]
    for person, hello in zip(people, ("Hi Mike,", "Hi John,", "Hi Sara,"), strict=True):
        body = fill(draft, note, to=person).body
        assert body.startswith(hello)
        assert "accepted a position as Supply Chain Analyst at Contoso Freight." in body
        assert "the next: Sara Smith, John Public and Mike Lee." in body
        assert body.endswith("Maria Gonzalez")
    alone = _draft(ComposeFor(Fit.CONTACT, chain["ana"]))
    assert [p.name for p in recipients(alone, note)] == ["Ana Ruiz"]
    assert "part of how it happened" in fill(alone, note).body


def test_a_long_chain_offers_its_nearest_people(db: Path) -> None:
    people = [create_contact(ContactData(display_name="Person 0"))]
    for number in range(1, CHAIN_RECIPIENTS + 10):
        referral = ReferralInfo(people[-1])
        people.append(
            create_contact(ContactData(display_name=f"Person {number}", referral=referral))
        )
    draft = _draft(ComposeFor(Fit.CONTACT, people[-1]))
    found = recipients(draft, builtin_template("found_job"))
    assert len(found) == CHAIN_RECIPIENTS
    assert [p.contact_id for p in found[:2]] == [people[-1], people[-2]]


# --- Sent ---------------------------------------------------------------------------------------


def test_a_thank_you_sent_is_logged_dates_the_note_and_undoes(chain: dict[str, int]) -> None:
    held = _meeting(chain["ana"], NOW - timedelta(days=1), thank_you_due=NOW.date())
    draft = _draft(ComposeFor(Fit.MEETING, chain["ana"], meeting_id=held))
    thank_you = builtin_template("thank_you")
    marks = sent_marks(draft, thank_you, recipient(draft, thank_you))
    assert marks.thank_you_meeting is not None and marks.thank_you_meeting.meeting_id == held
    assert (
        sent_marks(draft, builtin_template("reciprocity"), draft.contact).thank_you_meeting is None
    )
    new_id, change = mark_sent_with_undo(
        chain["ana"], InteractionKind.EMAIL, thank_you.name, NOW, thank_you_meeting=held
    )
    logged = Interaction.get_by_id(new_id)
    assert (logged.kind, logged.summary) == ("email", "Thank-you note after a meeting")
    assert load_meeting(held).thank_you_sent == NOW.date()
    assert Task.get(Task.meeting == held, Task.kind == "thank_you").done
    assert Contact.get_by_id(chain["ana"]).last_contact == NOW.date()
    assert timeline(chain["ana"])[0].summary == "Thank-you note after a meeting"

    change.undo()
    assert Interaction.get_or_none(Interaction.id == new_id) is None
    assert load_meeting(held).thank_you_sent is None
    assert not Task.get(Task.meeting == held, Task.kind == "thank_you").done
    change.redo()
    assert Interaction.get_by_id(new_id).kind == "email"
    assert load_meeting(held).thank_you_sent == NOW.date()


def test_a_message_for_a_task_ticks_it_off(chain: dict[str, int]) -> None:
    call = int(
        Task.create(
            contact=chain["sara"], kind=TaskKind.CALL.value, title="Call Sara", due=NOW.date()
        ).id
    )
    draft = _draft(ComposeFor(Fit.TASK, chain["sara"], task_id=call))
    request = builtin_template("meeting_request_leads")
    marks = sent_marks(draft, request, draft.contact)
    assert marks.task is not None and marks.task.task_id == call
    assert sent_marks(draft, builtin_template("follow_up"), draft.contact).task is None
    _new, change = mark_sent_with_undo(
        chain["sara"], InteractionKind.MESSAGE, request.name, NOW, task_id=call
    )
    assert Task.get_by_id(call).done and Task.get_by_id(call).done_on == NOW.date()
    change.undo()
    assert not Task.get_by_id(call).done
    with pytest.raises(ValueError, match="e-mail or a message"):
        mark_sent_with_undo(chain["sara"], InteractionKind.CALL, "x", NOW)


# --- The user's templates as the settings keep them ---------------------------------------------


def test_edits_and_own_templates_survive_the_settings_file(db: Path) -> None:
    texts = template_texts(None)
    assert [t.id for t in texts] == list(BUILTIN_TEXTS) and not any(map(is_edited, texts))
    assert json.loads(dumps(texts)) == {"version": 1, "builtin": {}, "own": []}
    texts[4] = replace(original("thank_you"), body="Thanks, {first_name}!")
    assert is_edited(texts[4])
    mine = new_template(texts, "Coffee", "Coffee, {first_name}?")
    texts.append(mine)
    again = template_texts(dumps(texts))
    assert again == texts and mine.id == "own-1"
    assert new_template(again, "Second").id == "own-2"
    templates = {t.id: t for t in usable(again)}
    assert templates["thank_you"].fill({"first_name": "Jo"}).body == "Thanks, Jo!"
    assert templates["thank_you"].task_kind == "thank_you"  # what it is for stays shipped
    assert templates["own-1"].fill({"first_name": "Jo"}).body == "Coffee, Jo?"
    assert templates["own-1"].fits == (Fit.CONTACT,)


def test_a_template_that_no_longer_parses_is_kept_but_not_used() -> None:
    saved = json.dumps(
        {
            "version": 1,
            "builtin": {"follow_up": {"name": "Nudge", "subject": "Hi", "body": "{gone}"}},
            "own": [
                {"id": "own-1", "name": "Broken", "subject": "", "body": "[[if x]]", "fits": []},
                {"id": "thank_you", "name": "Clash", "subject": "", "body": ""},
                {"id": "own-2", "name": "Fine", "subject": "s", "body": "b",
                 "fits": ["meeting", "nonsense"], "to": "referrer", "task_kind": "call"},
            ],
        }
    )  # fmt: skip
    texts = template_texts(saved)
    assert [t.id for t in texts][-2:] == ["own-1", "own-2"]  # a clashing id is dropped
    assert texts[-2].errors() and texts[-2].fits == (Fit.CONTACT,)
    assert json.loads(dumps(texts))["own"][0]["body"] == "[[if x]]"  # kept as typed
    used = {t.id: t for t in usable(texts)}
    assert "own-1" not in used
    assert used["follow_up"] == builtin_template("follow_up")  # the shipped text, meanwhile
    assert (used["own-2"].fits, used["own-2"].to, used["own-2"].task_kind) == (
        (Fit.MEETING,),
        To.REFERRER,
        "call",
    )
    assert template_texts("not json") == template_texts(None)
