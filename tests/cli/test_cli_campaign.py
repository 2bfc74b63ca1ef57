"""The campaign's commands as a script uses them, each a process of its own: ``due`` (every
kind, in order, as the issue's JSON), ``compose`` (every template, for a contact with and
without a referrer) and ``templates list``; exit status 2 with one clear line for bad input."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from netdesk.cli_campaign import DUE_KEYS
from netdesk.core.contacts import create_contact
from netdesk.core.meetings import MeetingData, ReferralEntry, log_interaction, save_meeting
from netdesk.core.messages import builtin_templates
from netdesk.core.postings import PostingInput, add_posting
from netdesk.core.week_plan import mark_contacted
from netdesk.models import InteractionKind, Lead, Relationship, close_db, init_db
from netdesk.models.records import ContactData, Email, ReferralInfo
from tests.helpers.file_conditions import cli

BY = "2026-03-20"


def _ok(*args: str) -> str:
    code, out, err = cli(*args)
    assert code == 0, err
    assert "Traceback" not in err
    return out


def _refused(*args: str) -> str:
    code, out, err = cli(*args)
    assert code == 2, out + err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert out == ""
    return err


def _network(path: Path) -> dict[str, int]:
    """One thing due of every kind by 2026-03-20, and people with nothing due."""
    init_db(path)
    try:
        added = date(2026, 2, 1)
        sara = create_contact(
            ContactData(
                display_name="Sara Smith",
                given_name="Sara",
                lead=Lead.WARM,
                date_added=added,
                emails=[Email("sara@example.org")],
                good_at="carrier contracts",
                needs="a warehouse manager",
            )
        )
        john = create_contact(
            ContactData(
                display_name="John Lee",
                given_name="John",
                organization="Northwind Logistics",
                date_added=added,
                referral=ReferralInfo(
                    sara, referred_on=date(2026, 3, 11), reason="he knows everyone in logistics"
                ),
            )
        )
        rick = create_contact(
            ContactData(
                display_name="Rick Recruiter",
                relationship=Relationship.RECRUITER,
                date_added=added,
            )
        )
        quiet = create_contact(ContactData(display_name="Quinn Quiet", date_added=added))
        log_interaction(rick, InteractionKind.CALL, "", datetime(2026, 3, 1, 9))  # due 3-15
        meeting = save_meeting(
            MeetingData(
                contact_id=sara,
                starts_at=datetime(2026, 3, 16, 10),
                purpose="how planning teams work with carriers",
                planned_minutes=20,
                help_information=True,
                help_contacts=True,
                thank_you_due=date(2026, 3, 18),
                follow_up=date(2026, 3, 19),
                referrals=[ReferralEntry(name="Nina New", reason="she runs the guild")],
            ),
            now=datetime(2026, 3, 16, 11),
        )
        [nina] = meeting.created_contact_ids
        mark_contacted(nina, date(2026, 3, 17))  # called already: no longer waiting
        add_posting(
            PostingInput("Contoso Freight", "Supply Chain Analyst", deadline=date(2026, 3, 19)),
            on=date(2026, 3, 1),
        )
        return {
            "sara": sara,
            "john": john,
            "rick": rick,
            "quiet": quiet,
            "nina": nina,
            "meeting": meeting.meeting_id,
        }
    finally:
        close_db()


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, int]]:
    path = tmp_path_factory.mktemp("campaign") / "campaign.sqlite"
    return str(path), _network(path)


def test_due_lists_every_kind_by_a_day_in_the_issues_json(
    network: tuple[str, dict[str, int]],
) -> None:
    db, ids = network
    items = json.loads(_ok("--db", db, "due", "--json", "--by", BY))
    assert all(tuple(item) == DUE_KEYS for item in items)
    assert [(i["kind"], i["contact_id"], i["due"], i["overdue_days"]) for i in items] == [
        ("referral_waiting", ids["john"], "2026-03-11", 9),
        ("keep_in_touch", ids["rick"], "2026-03-15", 5),
        ("thank_you", ids["sara"], "2026-03-18", 2),
        ("follow_up", ids["sara"], "2026-03-19", 1),
        ("posting", None, "2026-03-19", 1),
    ]
    reasons = {i["kind"]: (i["display_name"], i["reason"]) for i in items}
    assert reasons["referral_waiting"] == (
        "John Lee",
        "Sara Smith gave you John Lee's name 9 days ago.",
    )
    assert reasons["keep_in_touch"] == (
        "Rick Recruiter",
        "Keep in touch every 2 weeks: last in touch on 2026-03-01.",
    )
    assert reasons["thank_you"] == ("Sara Smith", "Thank-you note for the meeting on 2026-03-16.")
    assert reasons["follow_up"] == ("Sara Smith", "Follow up with Sara Smith")
    assert reasons["posting"] == (
        "Supply Chain Analyst at Contoso Freight",
        "Apply by 2026-03-19: not applied for yet.",
    )
    earlier = json.loads(_ok("--db", db, "due", "--json", "--by", "2026-03-14"))
    assert [i["kind"] for i in earlier] == ["referral_waiting"]
    later = json.loads(_ok("--db", db, "due", "--json", "--by", "2026-04-05"))
    assert ("keep_in_touch", ids["quiet"]) not in {(i["kind"], i["contact_id"]) for i in later}
    text = _ok("--db", db, "due", "--by", BY)
    assert text.splitlines()[-1] == f"5 due by {BY}"
    assert "John Lee (9 days overdue)" in text and "Sara Smith (1 day overdue)" in text
    assert json.loads(_ok("--db", db, "due", "--json")) is not None  # today, by default


def test_due_refuses_a_day_that_is_none(network: tuple[str, dict[str, int]]) -> None:
    db, _ids = network
    assert "is not a date such as" in _bad_usage("--db", db, "due", "--by", "next friday")


def _bad_usage(*args: str) -> str:
    """argparse's refusal: the usage line, then what was wrong."""
    code, out, err = cli(*args)
    assert code == 2 and out == "" and "Traceback" not in err, out + err
    assert err.startswith("usage: netdesk ") and len(err.strip().splitlines()) == 2, err
    return err


def _compose(db: str, template: str, contact: int, meeting: int | None = None) -> tuple[int, str]:
    args = ["--db", db, "compose", template, "--contact", str(contact)]
    if meeting is not None:
        args += ["--meeting", str(meeting)]
    code, out, err = cli(*args)
    assert "Traceback" not in err
    return code, out if code == 0 else err


def test_every_template_is_filled_for_a_contact_with_and_without_a_referrer(
    network: tuple[str, dict[str, int]],
) -> None:
    """With a referrer every template reads whole and names them; without one, those that
    cannot read well without a referrer are refused with one line, the others read whole."""
    db, ids = network
    for template in builtin_templates():
        code, text = _compose(db, template.id, ids["john"])
        assert code == 0, (template.id, text)
        assert text.strip() and "{" not in text and "[[" not in text, (template.id, text)
        if "referrer_name" in template.uses or "referrer_first_name" in template.uses:
            assert "Sara" in text, template.id
        code, text = _compose(db, template.id, ids["quiet"])
        needs_referrer = template.needs & {"referrer_name", "referrer_first_name"}
        if needs_referrer:
            assert code == 2 and "Quinn" not in text, (template.id, text)
            assert text.startswith(f"netdesk compose: {template.id} needs {{referrer")
            assert len(text.strip().splitlines()) == 1
        else:
            assert code == 0, (template.id, text)
            assert "Sara" not in text and "suggested" not in text, (template.id, text)
            assert "{" not in text and text.startswith("Subject: "), (template.id, text)


def test_a_meeting_fills_the_thank_you_and_the_reciprocity_uses_good_at_and_needs(
    network: tuple[str, dict[str, int]],
) -> None:
    db, ids = network
    code, thanks = _compose(db, "thank_you", ids["sara"], ids["meeting"])
    assert code == 0, thanks
    assert thanks.startswith("Subject: ")
    assert "on Monday 16 March 2026" in thanks
    assert "the information you shared and the names you suggested" in thanks
    code, request = _compose(db, "meeting_request_leads", ids["sara"], ids["meeting"])
    assert code == 0 and "20 minutes" in request and "carriers" in request, request
    code, check_in = _compose(db, "reciprocity", ids["sara"])
    assert code == 0 and "carrier contracts" in check_in and "a warehouse manager" in check_in


def test_compose_refuses_what_it_cannot_fill_with_one_line(
    network: tuple[str, dict[str, int]],
) -> None:
    db, ids = network
    unknown = _refused("--db", db, "compose", "thank_you_note", "--contact", str(ids["sara"]))
    assert "there is no message template 'thank_you_note'" in unknown and "thank_you," in unknown
    assert "no contact 999" in _refused("--db", db, "compose", "thank_you", "--contact", "999")
    absent = _refused(
        "--db", db, "compose", "thank_you", "--contact", str(ids["rick"]),
        "--meeting", str(ids["meeting"]),
    )  # fmt: skip
    assert "Rick Recruiter was not at meeting" in absent
    assert "no meeting 999" in _refused(
        "--db", db, "compose", "thank_you", "--contact", str(ids["sara"]), "--meeting", "999"
    )
    assert "is not a contact id" in _bad_usage("--db", db, "compose", "thank_you", "--contact", "x")


def test_templates_list_needs_no_database(tmp_path: Path) -> None:
    home = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    code, out, err = cli("templates", "list", "--json", env=home)
    assert code == 0, err
    templates = json.loads(out)
    assert [t["id"] for t in templates] == [t.id for t in builtin_templates()]
    assert {"id", "name", "subject", "body", "fits", "needs", "builtin"} <= set(templates[0])
    assert not (tmp_path / "data").exists()  # no database was made or opened
    code, out, _err = cli("templates", "list", env=home)
    assert code == 0 and out.splitlines()[0].startswith("meeting_request_leads")
