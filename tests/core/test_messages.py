"""Outreach message templates: the language, the built-in messages, LinkedIn's count, mailto."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from urllib.parse import parse_qs, unquote, unquote_to_bytes, urlsplit
from xml.etree import ElementTree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.core import messages
from netdesk.core.messages import (
    BUILTIN_SPECS,
    BUILTIN_TEXTS,
    DEFAULT_MINUTES,
    LINKEDIN_INVITATION_LIMIT,
    PLACEHOLDERS,
    TRUNCATION_MARKER,
    AddressError,
    Fit,
    Kind,
    Severity,
    Template,
    TemplateError,
    To,
    UnknownTemplate,
    Values,
    Wording,
    builtin_template,
    builtin_templates,
    edited,
    help_given,
    is_modified,
    linkedin_count,
    mailto,
    reset,
    sample_values,
    suggest,
    template_json,
    user_template,
    validate_template,
)
from netdesk.core.messages.engine import check, parse, render, resolve
from netdesk.core.messages.placeholders import HELP_GIVEN


def fill(text: str, values: Values | None = None, wording: Wording | None = None) -> str:
    parsed = parse(text, PLACEHOLDERS)
    if wording is None:
        return render(parsed, resolve(values or {}, PLACEHOLDERS))
    return render(parsed, resolve(values or {}, PLACEHOLDERS, wording))


def problems(text: str) -> list[str]:
    return [f"{p.line}:{p.column} {p.message}" for p in check(text, PLACEHOLDERS)]


# --- The language --------------------------------------------------------------------------


def test_placeholders_are_replaced_by_their_values() -> None:
    assert fill("Hi {first_name}, from {my_name}.", {"first_name": "John", "my_name": "Ann"}) == (
        "Hi John, from Ann."
    )
    assert fill("Hi { first_name }!", {"first_name": "John"}) == "Hi John!"


def test_an_unknown_placeholder_is_reported_with_its_line_column_and_a_suggestion() -> None:
    found = check("Hi {first_name},\n\nAs {frist_name} said", PLACEHOLDERS)
    assert [(p.line, p.column, p.offset, p.length, p.severity) for p in found] == [
        (3, 4, 21, 12, Severity.ERROR)
    ]
    assert found[0].message.startswith("There is no placeholder {frist_name}. Did you mean")
    assert "{first_name}" in found[0].message
    assert str(found[0]).startswith("Body, line 3, column 4: There is no placeholder")
    with pytest.raises(TemplateError) as raised:
        parse("As {frist_name} said", PLACEHOLDERS)
    assert "line 1, column 4" in str(raised.value)


def test_the_position_is_also_given_in_utf16_units_for_the_editor() -> None:
    (problem,) = check("👍 {nope}", PLACEHOLDERS)
    assert (problem.column, problem.offset, problem.utf16_offset) == (3, 2, 3)


@pytest.mark.parametrize(
    "text",
    [
        "{first_name.__class__}",
        "{first_name.__class__.__mro__}",
        "{0}",
        "{first_name!r}",
        "{first_name:>10}",
        "{__import__('os')}",
        "{FIRST_NAME}",
    ],
)
def test_nothing_but_a_known_name_is_a_placeholder(text: str) -> None:
    with pytest.raises(TemplateError, match="There is no placeholder"):
        parse(text, PLACEHOLDERS)


def test_sections_disappear_when_their_placeholder_is_empty() -> None:
    text = "Hi {first_name}[[if company]] at {company}[[end]]."
    assert fill(text, {"first_name": "John", "company": "Acme"}) == "Hi John at Acme."
    assert fill(text, {"first_name": "John"}) == "Hi John."
    assert fill(text, {"first_name": "John", "company": "   "}) == "Hi John."


def test_else_and_not_give_the_other_wording() -> None:
    text = "[[if company]]at {company}[[else]]in your field[[end]]"
    assert fill(text, {"company": "Acme"}) == "at Acme"
    assert fill(text, {}) == "in your field"
    assert fill("[[if not company]]freelance[[end]]", {}) == "freelance"
    assert fill("[[if not company]]freelance[[else]]{company}[[end]]", {"company": "A"}) == "A"


def test_sections_nest() -> None:
    text = (
        "[[if referrer_name]]{referrer_name} sent me"
        "[[if referral_reason]]: {referral_reason}[[end]].[[end]]"
    )
    both = {"referrer_name": "Sara", "referral_reason": "you know logistics"}
    assert fill(text, both) == "Sara sent me: you know logistics."
    assert fill(text, {"referrer_name": "Sara"}) == "Sara sent me."
    assert fill(text, {"referral_reason": "orphan"}) == ""


def test_a_section_tag_alone_on_its_line_takes_the_line_with_it() -> None:
    text = "Hi,\n\n[[if company]]\nAbout {company}.\n\n  [[end]]  \nBye"
    assert fill(text, {"company": "Acme"}) == "Hi,\n\nAbout Acme.\n\nBye"
    assert fill(text, {}) == "Hi,\n\nBye"
    signed = "Best regards,\n[[if my_name]]\n{my_name}\n[[end]]\nP.S. Coffee is on me."
    assert fill(signed, {"my_name": "Ann"}) == "Best regards,\nAnn\nP.S. Coffee is on me."
    assert fill(signed, {}) == "Best regards,\nP.S. Coffee is on me."


def test_empty_values_leave_no_double_spaces_or_blank_line_runs() -> None:
    text = "Dear {first_name} {title} ,\n\n\n\n{company}\n\nBye "
    assert fill(text, {"first_name": "Jo"}) == "Dear Jo ,\n\nBye"


def test_braces_are_written_doubled() -> None:
    assert fill("{{not a placeholder}} and }}", {}) == "{not a placeholder} and }"
    assert fill("{{{first_name}}}", {"first_name": "Jo"}) == "{Jo}"


def test_a_doubled_placeholder_is_a_warning_not_a_surprise() -> None:
    found = check("Hi {{first_name}},", PLACEHOLDERS)
    assert [(p.severity, p.column) for p in found] == [(Severity.WARNING, 4)]
    assert "for the placeholder write {first_name}" in found[0].message
    assert fill("Hi {{first_name}},") == "Hi {first_name},"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi {first_name", ["1:4 This { is never closed"]),
        ("Hi first_name}", ["1:14 This } has no { before it"]),
        ("Hi {}", ["1:4 {} is empty"]),
        ("[[if company]]at {company}", ["1:1 The section [[if company]] is never closed"]),
        ("at {company}[[end]]", ["1:13 This [[end]] closes no section"]),
        ("a [[else]] b", ["1:3 [[else]] belongs inside a section"]),
        ("[[if company]]a[[else]]b[[else]]c[[end]]", ["1:25 This section already has an [[else]]"]),
        ("[[iff company]]a[[end]]", ["1:1 [[iff company]] is not a section tag"]),
        ("[[if]]a[[end]]", ["1:1 A section names one placeholder"]),
        ("[[if company title]]a[[end]]", ["1:1 A section names one placeholder"]),
        (
            "[[if compnay]]a[[end]]",
            ["1:1 There is no placeholder compnay. Did you mean {company}?"],
        ),
        ("a [[if company\n]]", ["1:3 [[ starts a section tag"]),
    ],
)
def test_template_errors_say_what_is_wrong_and_where(text: str, expected: list[str]) -> None:
    found = problems(text)
    assert len(found) == len(expected), found
    for message, start in zip(found, expected, strict=True):
        assert message.startswith(start), message


def test_every_problem_is_reported_at_once_in_order() -> None:
    found = check("{nope}\n[[if company]]\n{also_nope} }", PLACEHOLDERS)
    assert [(p.line, p.column) for p in found] == [(1, 1), (2, 1), (3, 1), (3, 13)]


def test_a_value_is_inserted_literally_and_never_expanded() -> None:
    values = {
        "company": "{first_name} [[if first_name]]x[[end]] {{ }} %s {0}",
        "first_name": "SECRET",
    }
    assert fill("At {company}.", values) == (
        "At {first_name} [[if first_name]]x[[end]] {{ }} %s {0}."
    )


def test_values_go_on_one_line_without_control_characters() -> None:
    values = {"company": "  Acme\n\tCorp\x00\x1b[31m  ", "first_name": "Jo\r\nAnn"}
    assert fill("{first_name} at {company}!", values) == "Jo Ann at Acme Corp[31m!"


def test_a_name_with_direction_controls_cannot_reorder_the_sentence() -> None:
    assert fill("Hi {first_name},", {"first_name": "\u202eevil"}) == "Hi \u2068\u202eevil\u2069,"


def test_a_value_ending_a_sentence_does_not_double_the_full_stop() -> None:
    assert fill("at {company}.", {"company": "Acme Inc."}) == "at Acme Inc."
    assert fill("{referral_reason}.", {"referral_reason": "really?"}) == "really?"
    assert fill("at {company}.", {"company": "Acme"}) == "at Acme."


def test_lists_are_joined_naturally_in_the_messages_language() -> None:
    text = "for {help_given}"
    assert fill(text, {"help_given": ["advice"]}) == "for advice"
    assert fill(text, {"help_given": ["advice", "names"]}) == "for advice and names"
    assert fill(text, {"help_given": ["a", "", "b", "c"]}) == "for a, b and c"
    french = Wording(last_separator=" et ")
    assert fill(text, {"help_given": ["a", "b", "c"]}, french) == "for a, b et c"
    assert fill("[[if help_given]]x[[end]]", {"help_given": ["", " "]}) == ""


def test_dates_are_written_out_and_the_ui_can_format_them() -> None:
    assert fill("on {meeting_date}", {"meeting_date": date(2026, 3, 3)}) == (
        "on Tuesday 3 March 2026"
    )
    assert fill("on {meeting_date}", {"meeting_date": datetime(2026, 3, 3, 9, 30)}) == (
        "on Tuesday 3 March 2026"
    )
    iso = Wording(format_date=date.isoformat)
    assert fill("on {meeting_date}", {"meeting_date": date(2026, 3, 3)}, iso) == "on 2026-03-03"


def test_the_time_boundary_is_15_minutes_unless_the_meeting_says_otherwise() -> None:
    from netdesk.core.meetings import DEFAULT_PLANNED_MINUTES

    assert DEFAULT_MINUTES == DEFAULT_PLANNED_MINUTES == 15
    assert fill("{minutes} minutes", {}) == "15 minutes"
    assert fill("{minutes} minutes", {"minutes": 20}) == "20 minutes"


def test_a_value_of_the_wrong_type_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        fill("{minutes}", {"minutes": True})
    with pytest.raises(TypeError):
        fill("{helpers}", {"helpers": [1, 2]})  # type: ignore[list-item]


def test_needs_are_the_placeholders_used_outside_their_own_section() -> None:
    parsed = parse(
        "{first_name}[[if company]]{company} {title}[[end]][[if not name]]{my_name}[[end]]",
        PLACEHOLDERS,
    )
    assert parsed.needs == {"first_name", "title", "my_name"}
    assert parsed.uses == {"first_name", "company", "title", "name", "my_name"}


# --- The built-in templates ----------------------------------------------------------------


def test_the_built_in_ids_are_stable() -> None:
    assert list(BUILTIN_TEXTS) == [
        "meeting_request_leads",
        "meeting_request_learn",
        "referral_opening",
        "ask_call_ahead",
        "thank_you",
        "follow_up",
        "reciprocity",
        "found_job",
    ]
    assert list(BUILTIN_SPECS) == list(BUILTIN_TEXTS)
    assert [t.id for t in builtin_templates()] == list(BUILTIN_TEXTS)


@pytest.mark.parametrize("template_id", list(BUILTIN_TEXTS))
def test_each_built_in_declares_exactly_what_it_needs(template_id: str) -> None:
    template = builtin_template(template_id)
    assert template.needs == BUILTIN_SPECS[template_id].needs
    assert validate_template(template.subject, template.body) == []


def test_task_kinds_are_real_task_kinds() -> None:
    from netdesk.models import TaskKind

    kinds = {spec.task_kind for spec in BUILTIN_SPECS.values()} - {None}
    assert kinds <= {k.value for k in TaskKind}


def test_no_template_ever_says_interview() -> None:
    for text in BUILTIN_TEXTS.values():
        for part in (text.name, text.subject, text.body):
            assert "interview" not in part.casefold()


def test_the_two_purposes_are_named_by_what_they_are() -> None:
    names = {builtin_template(i).name for i in BUILTIN_TEXTS}
    assert "Ask for a meeting: look for leads" in names
    assert "Ask for a meeting: learn about a career or company" in names


@pytest.mark.parametrize("template_id", ["meeting_request_leads", "meeting_request_learn"])
def test_a_meeting_request_reassures_states_its_purpose_and_bounds_the_time(
    template_id: str,
) -> None:
    values = dict(sample_values(), minutes=20)
    body = builtin_template(template_id).fill(values).body
    assert re.search(r"not asking you for a job|isn’t a request for a job", body)
    assert "20 minutes" in body
    assert "how planning teams work with carriers" in body
    assert "keep to the time" in body


def test_the_referral_opening_line_names_the_referrer_and_her_reason() -> None:
    message = builtin_template("referral_opening").fill(sample_values())
    assert message.subject == "Sara Smith suggested I get in touch"
    assert message.body == (
        "Hi John, this is Maria Gonzalez. Sara Smith suggested I give you a call: she told me "
        "you know everyone in logistics. Could you spare 15 minutes for a few questions, now or "
        "at a time that suits you better? I’m not asking for a job, only for your advice."
    )


def test_the_thank_you_names_what_they_gave() -> None:
    values: dict[str, object] = {
        "first_name": "John",
        "help_given": help_given(information=True, connections=True, referrals=True),
    }
    body = builtin_template("thank_you").fill(values).body  # type: ignore[arg-type]
    assert (
        "I’m especially grateful for the information you shared, the introductions and the "
        "referrals." in body
    )
    bare = builtin_template("thank_you").fill({"first_name": "John"}).body
    assert "grateful for" not in bare
    assert "clearer picture" in bare


def test_the_reciprocity_check_in_uses_what_they_are_good_at_and_need() -> None:
    template = builtin_template("reciprocity")
    full = template.fill(
        {"first_name": "Jo", "good_at": "carrier contracts", "their_needs": "a driver"}
    )
    assert "You mentioned you were looking for a driver." in full.body
    assert "someone who needs help with carrier contracts" in full.body
    assert "Is there anything I can do for you?" in full.body
    bare = template.fill({"first_name": "Jo"}).body
    assert "mentioned" not in bare and "help with" not in bare
    assert "Is there anything I can do for you?" in bare


def test_the_found_a_job_note_thanks_the_whole_chain() -> None:
    values = {
        "first_name": "Sara",
        "helpers": ["Sara Smith", "John Lee", "Ana Ruiz"],
        "posting_title": "Supply Chain Analyst",
        "posting_company": "Contoso Freight",
    }
    body = builtin_template("found_job").fill(values).body
    assert "accepted a position as Supply Chain Analyst at Contoso Freight." in body
    assert "the next: Sara Smith, John Lee and Ana Ruiz." in body


def test_the_follow_up_after_a_meeting_is_not_a_nudge_for_an_answer() -> None:
    template = builtin_template("follow_up")
    after = template.fill({"first_name": "Jo", "meeting_date": date(2026, 3, 3)})
    assert "talking with me on Tuesday 3 March 2026" in after.body
    assert "I wrote a little while ago" not in after.body
    nudge = template.fill({"first_name": "Jo", "referrer_name": "Sara Smith"})
    assert "I wrote a little while ago, at Sara Smith’s suggestion, to ask" in nudge.body
    assert nudge.subject == "Following up: 15 minutes of your advice?"


_OPTIONAL_TEXT = {
    "title": "Head of Operations",
    "referral_reason": "she told me you know everyone in logistics",
    "my_name": "Maria Gonzalez",
    "purpose": "how planning teams work with carriers",
    "meeting_date": date(2026, 3, 3),
    "help_given": ["the information you shared"],
    "good_at": "carrier contracts",
    "their_needs": "a driver",
    "posting_title": "Analyst",
    "posting_company": "Contoso",
    "helpers": ["Ana Ruiz", "Li Wei"],
}


def _contact_values(referrer: bool, company: bool, optional: bool) -> dict[str, object]:
    values: dict[str, object] = {"first_name": "John", "name": "John Lee"}
    if referrer:
        values |= {"referrer_name": "Sara Smith", "referrer_first_name": "Sara"}
    if company:
        values["company"] = "Northwind"
    if optional:
        values |= _OPTIONAL_TEXT
    else:
        values |= dict.fromkeys(_OPTIONAL_TEXT, "")
        values["minutes"] = None
    return values


def _assert_reads_well(text: str, values: dict[str, object]) -> None:
    assert "{" not in text and "}" not in text
    assert "[[" not in text and "]]" not in text
    assert "None" not in text
    assert "interview" not in text.casefold()
    assert "  " not in text
    assert not re.search(r" [,.;:!?]|[,:;]\.|\.\.|\(\)|:\s*$", text, re.MULTILINE), text
    assert text == text.strip()
    assert "\n\n\n" not in text
    assert all(line == line.strip() for line in text.split("\n"))
    if values.get("referrer_name"):
        assert "suggested I" not in text or "Sara Smith suggested I" in text
    else:
        assert "suggested I" not in text and "Sara" not in text
    if not values.get("company"):
        assert "Northwind" not in text and " at ." not in text


@pytest.mark.parametrize(
    ("template_id", "referrer", "company", "optional"),
    [
        (template_id, *flags)
        for template_id in BUILTIN_TEXTS
        for flags in itertools.product([True, False], repeat=3)
    ],
)
def test_every_template_reads_well_with_and_without_referrer_company_and_optional_fields(
    template_id: str, referrer: bool, company: bool, optional: bool
) -> None:
    template = builtin_template(template_id)
    values = _contact_values(referrer, company, optional)
    message = template.fill(values)  # type: ignore[arg-type]
    empty_needs = {n for n in template.needs if not values.get(n) and n != "minutes"}
    assert set(message.missing) == empty_needs
    if message.missing:
        # Compose does not offer it for this contact (see suggest); it still never breaks.
        assert "{" not in message.body and "None" not in message.body
        return
    for text in (message.subject, message.body):
        _assert_reads_well(text, values)
    assert message.subject and "\n" not in message.subject
    if "company" in template.uses and company:
        assert "Northwind" in message.subject + message.body


def test_only_the_referral_templates_need_a_referrer() -> None:
    cold = _contact_values(referrer=False, company=True, optional=True)
    usable = [t.id for t in builtin_templates() if not t.missing(cold)]  # type: ignore[arg-type]
    assert usable == [
        "meeting_request_leads",
        "meeting_request_learn",
        "thank_you",
        "follow_up",
        "reciprocity",
        "found_job",
    ]


def test_the_short_opening_fits_a_linkedin_invitation() -> None:
    values = dict(
        sample_values(),
        first_name="Alexandra",
        my_name="Maria-Fernanda Gonzalez-Iñárritu",
        referrer_name="Sara Smith-Johnson",
    )
    for template in builtin_templates():
        if template.short:
            count = linkedin_count(template.fill(values).body)
            assert count.fits, (template.id, count)


def test_a_broken_translation_falls_back_to_english() -> None:
    def broken(context: str, text: str) -> str:
        return text.replace("{first_name}", "{prénom}")

    assert builtin_template("thank_you", broken).body == BUILTIN_TEXTS["thank_you"].body


def test_a_translation_that_needs_other_values_falls_back_to_english() -> None:
    def needs_company(context: str, text: str) -> str:
        return text.replace("Hi {first_name},", "Hi {first_name} at {company},")

    assert builtin_template("thank_you", needs_company).body == BUILTIN_TEXTS["thank_you"].body


def test_a_good_translation_is_used() -> None:
    def german(context: str, text: str) -> str:
        assert context == "MessageTemplates"
        return {"Thank you for your time": "Danke für Ihre Zeit"}.get(text, text)

    assert builtin_template("thank_you", german).subject == "Danke für Ihre Zeit"


def test_lupdate_finds_every_translatable_text(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    sources = sorted(str(p) for p in Path(messages.__file__).parent.glob("*.py"))
    ts = tmp_path / "messages.ts"
    subprocess.run([lupdate, *sources, "-ts", ts], check=True, capture_output=True)
    root = ElementTree.parse(ts).getroot()
    found = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
    }
    expected = {
        ("MessageTemplates", text)
        for builtin in BUILTIN_TEXTS.values()
        for text in (builtin.name, builtin.subject, builtin.body)
    }
    expected |= {("MessagePlaceholders", p.description) for p in PLACEHOLDERS.values()}
    expected |= {("MessagePlaceholders", words) for words in HELP_GIVEN.values()}
    expected |= {("MessagePlaceholders", ", "), ("MessagePlaceholders", " and ")}
    assert found == expected


# --- Editing, resetting, adding ------------------------------------------------------------


def test_validation_of_a_user_template_reports_every_problem_clearly() -> None:
    found = validate_template(
        "Hello {frist_name}\nsecond line", "Hi,\n[[if referrer_name]]{referrer_name} said"
    )
    assert [str(p) for p in found] == [
        "Subject, line 1, column 7: There is no placeholder {frist_name}. Did you mean "
        "{first_name}? The placeholders are listed beside the editor.",
        "Subject, line 1, column 19: A subject is one line: its line breaks become spaces.",
        "Body, line 2, column 1: The section [[if referrer_name]] is never closed: add [[end]].",
    ]
    assert [p.severity for p in found] == [Severity.ERROR, Severity.WARNING, Severity.ERROR]


def test_a_template_with_errors_cannot_be_made() -> None:
    with pytest.raises(TemplateError) as raised:
        user_template("my-coffee", "Coffee", "Coffee?", "Hi {frist_name}[[end]]")
    assert len(raised.value.problems) == 2


def test_a_user_template_is_added_filled_and_listed() -> None:
    mine = user_template(
        "my-coffee",
        "  Coffee   chat ",
        "Coffee, {first_name}?",
        "Hi {first_name}[[if company]], how is {company}[[end]]?",
        [Fit.CONTACT, Fit.MEETING],
    )
    assert mine.name == "Coffee chat"
    assert mine.needs == {"first_name"}
    assert mine.fill({"first_name": "Jo"}).body == "Hi Jo?"
    assert mine.fill({"first_name": "Jo", "company": "Acme"}).subject == "Coffee, Jo?"
    assert not is_modified(mine)
    with pytest.raises(UnknownTemplate):
        reset("my-coffee")
    data = template_json(mine)
    assert json.loads(json.dumps(data)) == data
    assert data["fits"] == ["contact", "meeting"] and data["needs"] == ["first_name"]


def test_a_user_template_cannot_take_a_built_in_id_or_go_without_a_name() -> None:
    with pytest.raises(ValueError, match="built-in"):
        user_template("thank_you", "Mine", "s", "b")
    with pytest.raises(ValueError, match="needs an id and a name"):
        user_template("mine", " ", "s", "b")


def test_an_edited_built_in_can_be_reset_to_its_original_text() -> None:
    original = builtin_template("thank_you")
    mine = edited(original, subject="Thanks!", body="Thanks, {first_name}.")
    assert (mine.id, mine.fits, mine.task_kind, mine.builtin) == (
        "thank_you",
        original.fits,
        "thank_you",
        True,
    )
    assert is_modified(mine) and template_json(mine)["modified"] is True
    assert mine.fill({"first_name": "Jo"}).body == "Thanks, Jo."
    back = reset("thank_you")
    assert back == original and not is_modified(back)
    with pytest.raises(TemplateError):
        edited(original, subject="Thanks", body="{oops")


def test_templates_list_json_holds_what_the_cli_prints() -> None:
    rows = [template_json(t) for t in builtin_templates()]
    assert json.loads(json.dumps(rows)) == rows
    opening = next(r for r in rows if r["id"] == "referral_opening")
    assert opening["needs"] == ["first_name", "referrer_name", "minutes"]
    assert opening["short"] is True and opening["builtin"] is True
    assert opening["modified"] is False and opening["task_kind"] == "call"


def test_compose_offers_the_fitting_template_first() -> None:
    templates = builtin_templates()
    referred = {"first_name": "Jo", "referrer_name": "Sara Smith", "referrer_first_name": "Sara"}
    cold = {"first_name": "Jo"}
    assert suggest(templates, Fit.CONTACT, values=referred)[0].id == "referral_opening"
    assert suggest(templates, Fit.CONTACT, values=cold)[0].id == "meeting_request_leads"
    assert suggest(templates, Fit.TASK, task_kind="thank_you", values=cold)[0].id == "thank_you"
    assert suggest(templates, Fit.TASK, task_kind="follow_up", values=cold)[0].id == "follow_up"
    assert suggest(templates, Fit.MEETING, values=cold)[0].id == "thank_you"
    for_referral = [t.id for t in suggest(templates, Fit.REFERRAL)]
    assert "ask_call_ahead" in for_referral and "found_job" not in for_referral
    assert [t.id for t in suggest(templates, Fit.CONTACT, values=cold)][-1] == "referral_opening"


def test_a_referral_is_written_to_before_its_referrer_is_asked_to_call_ahead() -> None:
    referred = {"first_name": "Jo", "referrer_name": "Sara Smith", "referrer_first_name": "Sara"}
    ids = [
        t.id
        for t in suggest(builtin_templates(), Fit.REFERRAL, values=referred | {"name": "Jo Lee"})
    ]
    assert ids[0] == "referral_opening" and "ask_call_ahead" in ids
    ask = builtin_template("ask_call_ahead")
    assert ask.to is To.REFERRER and template_json(ask)["to"] == "referrer"
    assert builtin_template("found_job").to is To.CHAIN
    assert {t.to for t in builtin_templates()} == {To.CONTACT, To.REFERRER, To.CHAIN}
    mine = user_template("own-1", "Mine", "s", "Hi {referrer_first_name}", to=To.REFERRER)
    assert edited(mine, subject="t", body="b").to is To.REFERRER


# --- LinkedIn's character count ------------------------------------------------------------


def test_linkedin_counts_utf16_units_like_the_browser() -> None:
    assert linkedin_count("a" * 300) == linkedin_count("a" * 300, LINKEDIN_INVITATION_LIMIT)
    assert linkedin_count("a" * 300).fits
    over = linkedin_count("a" * 301)
    assert (over.count, over.limit, over.fits, over.remaining) == (301, 300, False, -1)
    assert linkedin_count("👍").count == 2
    assert linkedin_count("👨\u200d👩\u200d👧").count == 8
    assert linkedin_count("Müller").count == 6
    assert linkedin_count("Mu\u0308ller").count == 7  # a combining accent is its own unit
    assert linkedin_count("山田太郎").count == 4
    assert linkedin_count("a\r\nb\rc\n").count == 6  # each line break is one LF
    free = linkedin_count("a" * 250, limit=200)
    assert (free.fits, free.remaining) == (False, -50)


def test_an_emoji_can_push_a_note_over_the_limit() -> None:
    assert linkedin_count("a" * 298 + "👍").fits
    assert not linkedin_count("a" * 299 + "👍").fits


# --- mailto --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("to", "subject", "body", "url"),
    [  # RFC 6068 section 6's examples
        ("chris@example.com", "", "", "mailto:chris@example.com"),
        (
            "infobot@example.com",
            "",
            "send current-issue\r\nsend index",
            "mailto:infobot@example.com?body=send%20current-issue%0D%0Asend%20index",
        ),
        ('"not@me"@example.org', "", "", "mailto:%22not%40me%22@example.org"),
        ("gorby%kremvax@example.com", "", "", "mailto:gorby%25kremvax@example.com"),
        ("unlikely?address@example.com", "", "", "mailto:unlikely%3Faddress@example.com"),
        ("Mike&family@example.org", "", "", "mailto:Mike%26family@example.org"),
        ("user@example.org", "café", "", "mailto:user@example.org?subject=caf%C3%A9"),
        (
            "user@納豆.example.org",
            "Test",
            "NATTO",
            "mailto:user@xn--99zt52a.example.org?subject=Test&body=NATTO",
        ),
        ("", "Hi", "", "mailto:?subject=Hi"),
    ],
)
def test_mailto_matches_the_rfc_examples(to: str, subject: str, body: str, url: str) -> None:
    link = mailto(to, subject, body)
    assert link.url == url and not link.truncated and link.fits


def _parts(url: str) -> tuple[list[str], dict[str, list[str]]]:
    split = urlsplit(url)
    assert split.scheme == "mailto" and not split.fragment
    to = [unquote(a, errors="strict") for a in split.path.split(",")] if split.path else []
    return to, parse_qs(split.query, keep_blank_values=True, strict_parsing=bool(split.query))


TRICKY = [
    "Q&A? 100% sure #1 + more",
    "Müller, Zoë & Søren = 3; a/b\\c",
    "Emoji 👍🏽 and 👨‍👩‍👧 and 🇩🇪",
    "line one\r\nline two\nline three\rline four",
    "%20 is not a space, %0A is not a line break, + is a plus",
    "subject=evil&body=evil&cc=evil@example.com",
]


@pytest.mark.parametrize("text", TRICKY)
def test_mailto_round_trips_tricky_text(text: str) -> None:
    link = mailto(["anna@example.de"], text, text)
    assert link.url.isascii() and " " not in link.url
    assert "+" not in urlsplit(link.url).query  # a bare + would become a space
    to, fields = _parts(link.url)
    assert to == ["anna@example.de"]
    assert set(fields) == {"subject", "body"}
    assert fields["subject"] == [" ".join(text.split())]
    expected_body = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    assert fields["body"] == [expected_body]
    assert unquote(link.url.split("body=")[1]) == expected_body  # + and %20 agree either way


def test_nothing_in_the_subject_can_add_a_header() -> None:
    link = mailto("a@example.com", "Hi\r\nBcc: boss@example.com&cc=x@example.com", "ok")
    _, fields = _parts(link.url)
    assert set(fields) == {"subject", "body"}
    assert fields["subject"] == ["Hi Bcc: boss@example.com&cc=x@example.com"]


def test_mailto_takes_several_addresses_and_names_with_them() -> None:
    link = mailto(
        ["Anna Müller <anna.mueller@example.de>", "bill+jobs@example.org, o'brien@example.ie"],
        "Hallo",
    )
    assert link.url.startswith(
        "mailto:anna.mueller@example.de,bill%2Bjobs@example.org,o%27brien@example.ie?"
    )
    to, _ = _parts(link.url)
    assert to == ["anna.mueller@example.de", "bill+jobs@example.org", "o'brien@example.ie"]
    assert mailto("a@x.org, b@y.org").url == "mailto:a@x.org,b@y.org"
    assert mailto('"Lee, John" <jl@x.org>').url == "mailto:jl@x.org"
    assert mailto('"lee,john"@x.org').url == "mailto:%22lee%2Cjohn%22@x.org"


def test_mailto_encodes_non_ascii_addresses() -> None:
    link = mailto("jürgen@müller.de")
    assert link.url == "mailto:j%C3%BCrgen@xn--mller-kva.de"
    (address,) = _parts(link.url)[0]
    local, domain = address.split("@")
    assert local == "jürgen" and domain.encode("ascii").decode("idna") == "müller.de"


@pytest.mark.parametrize(
    "bad",
    [
        "no-at-sign",
        "a@",
        "@b.org",
        "a b@c.org",
        "a@b.org\r\nBcc: x@y.org",
        "a@b .org",
        "a\x00b@example.org",
        '"a\rb"@example.org',
    ],
)
def test_what_is_not_an_address_is_refused(bad: str) -> None:
    with pytest.raises(AddressError, match="is not an e-mail address"):
        mailto(bad, "s", "b")


def _long_body() -> str:
    words = "Thank you for the information you shared about Müller & Söhne, 100% helpful."
    text = (words + " ") * 30
    return text[:1800]


def test_a_long_body_is_shortened_at_a_word_to_stay_under_the_handlers_limit() -> None:
    body = _long_body()
    assert len(body) == 1800
    full = mailto("anna@example.de", "Thanks", body, max_length=None)
    assert not full.truncated and len(full.url) > 2000
    assert _parts(full.url)[1]["body"] == [body]
    link = mailto("anna@example.de", "Thanks", body)
    assert link.truncated and link.fits and len(link.url) <= 2000
    (sent,) = _parts(link.url)[1]["body"]
    marker = TRUNCATION_MARKER.replace("\n", "\r\n")
    assert sent.endswith(marker)
    kept = sent.removesuffix(marker)
    assert body.startswith(kept) and body[len(kept)] == " "
    assert len(link.url) > 1900  # it keeps as much as fits


def test_a_shortened_body_never_splits_a_character() -> None:
    body = "👨‍👩‍👧" * 400
    link = mailto("a@example.org", "", body, max_length=1000)
    assert link.truncated and len(link.url) <= 1000
    encoded = link.url.split("body=")[1]
    kept = unquote_to_bytes(encoded).decode("utf-8").removesuffix("\r\n[…]")
    assert kept and kept.endswith("👧") and body.startswith(kept)


def test_when_even_the_subject_is_too_long_the_link_says_so() -> None:
    link = mailto("a@example.org", "x" * 3000, "body", max_length=2000)
    assert link.truncated and not link.fits


# --- Fuzz ----------------------------------------------------------------------------------

_TEXT_NAMES = [name for name, p in PLACEHOLDERS.items() if p.kind is Kind.TEXT]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_template_text_gives_problems_or_a_template_never_a_crash(text: str) -> None:
    found = check(text, PLACEHOLDERS)
    errors = [p for p in found if p.severity is Severity.ERROR]
    if errors:
        with pytest.raises(TemplateError):
            parse(text, PLACEHOLDERS)
    else:
        rendered = render(parse(text, PLACEHOLDERS), resolve(sample_values(), PLACEHOLDERS))
        assert "  " not in rendered


_values = st.fixed_dictionaries(
    {},
    optional={
        **{name: st.one_of(st.none(), st.text()) for name in _TEXT_NAMES},
        "help_given": st.lists(st.text(), max_size=4),
        "helpers": st.lists(st.text(), max_size=4),
        "minutes": st.integers(min_value=0, max_value=600),
        "meeting_date": st.dates(),
    },
)


@settings(max_examples=150, deadline=None)
@given(_values, st.sampled_from(list(BUILTIN_TEXTS)))
def test_any_values_fill_any_template_without_breaking_or_injecting(
    values: dict[str, object], template_id: str
) -> None:
    message = builtin_template(template_id).fill(values)  # type: ignore[arg-type]
    given_text = " ".join(resolve(values, PLACEHOLDERS).values())  # type: ignore[arg-type]
    for text in (message.subject, message.body):
        assert "  " not in text
        for marker in ("[[if", "[[end]]", "[[else]]", "{first_name}", "{company}"):
            assert marker not in text or marker in given_text
    assert "\n" not in message.subject


@settings(max_examples=150, deadline=None)
@given(st.text(), st.text())
def test_a_value_is_never_read_as_a_template(company: str, first_name: str) -> None:
    text = "<[[if company]]{company}[[else]]-[[end]]|{first_name}>"
    out = fill(text, {"company": company, "first_name": first_name})
    words = resolve({"company": company, "first_name": first_name}, PLACEHOLDERS)
    assert out == f"<{words['company'] or '-'}|{words['first_name']}>".replace("  ", " ")


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text())
def test_any_subject_and_body_round_trip_through_a_mailto_link(subject: str, body: str) -> None:
    link = mailto("a@example.org", subject, body, max_length=None)
    assert link.url.isascii() and " " not in link.url
    _, fields = _parts(link.url)
    from netdesk.core.formats.escaping import clean_text

    assert fields.get("subject", [""]) == [" ".join(clean_text(subject).split())]
    clean = clean_text(body)
    assert fields.get("body", [""]) == [clean.replace("\r\n", "\n").replace("\n", "\r\n")]


@settings(max_examples=200, deadline=None)
@given(st.text().map(lambda s: s.replace("\r", "")))
def test_the_count_is_javascripts_string_length(text: str) -> None:
    assert linkedin_count(text).count == len(text.encode("utf-16-le", "surrogatepass")) // 2


def test_template_instances_are_checked_when_made() -> None:
    with pytest.raises(TemplateError):
        Template("x", "X", "s", "{nope}")
