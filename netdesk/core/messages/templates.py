"""Message templates as the app uses them: built-in or the user's own, validated, filled.

The user can edit a built-in template (it keeps its id, so ``reset`` brings the original back),
and add their own; either is checked with :func:`validate_template` before it is saved, and a
:class:`Template` cannot be made from text with errors. Storing them (settings or database) is
the caller's business (:mod:`.saved`): a template is its id, name, subject, body, fits, task
kind and whom it is written to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from netdesk.core.messages.builtin import BUILTIN_SPECS, BUILTIN_TEXTS, BuiltinText, Fit, To
from netdesk.core.messages.engine import (
    ENGLISH,
    Parsed,
    Placeholder,
    Problem,
    Severity,
    TemplateError,
    Values,
    Wording,
    check,
    parse,
    position,
    render,
    resolve,
)
from netdesk.core.messages.placeholders import PLACEHOLDERS
from netdesk.core.messages.translation import TEMPLATES_CONTEXT, Translate, untranslated


class UnknownTemplate(LookupError):
    """No built-in template has this id."""


@dataclass(frozen=True)
class Template:
    """One message template; making one parses it, so an instance is always usable."""

    id: str
    name: str
    subject: str
    body: str
    fits: tuple[Fit, ...] = (Fit.CONTACT,)
    task_kind: str | None = None
    short: bool = False
    """Meant to fit a LinkedIn invitation note."""
    builtin: bool = False
    """The id is a built-in one: :func:`reset` gives its original text back."""
    to: To = To.CONTACT
    """Whom it is written to: the contact, their referrer, or each person along the chain."""
    parsed_subject: Parsed = field(init=False, repr=False, compare=False)
    parsed_body: Parsed = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        problems = _errors(validate_template(self.subject, self.body))
        if problems:
            raise TemplateError(problems)
        object.__setattr__(
            self, "parsed_subject", parse(self.subject, PLACEHOLDERS, part="subject")
        )
        object.__setattr__(self, "parsed_body", parse(self.body, PLACEHOLDERS, part="body"))

    @property
    def needs(self) -> frozenset[str]:
        """The placeholders the message cannot read well without (used outside a section)."""
        return self.parsed_subject.needs | self.parsed_body.needs

    @property
    def uses(self) -> frozenset[str]:
        return self.parsed_subject.uses | self.parsed_body.uses

    def missing(self, values: Values) -> tuple[str, ...]:
        """The needed placeholders that ``values`` leave empty, in the editor's order."""
        words = resolve(values, PLACEHOLDERS)
        return tuple(name for name in PLACEHOLDERS if name in self.needs and not words[name])

    def fill(self, values: Values, wording: Wording = ENGLISH) -> Message:
        words = resolve(values, PLACEHOLDERS, wording)
        return Message(
            template_id=self.id,
            subject=" ".join(render(self.parsed_subject, words).split()),
            body=render(self.parsed_body, words),
            missing=self.missing(values),
        )


@dataclass(frozen=True, slots=True)
class Message:
    """A filled template, for the Compose dialog to show and the user to edit."""

    template_id: str
    subject: str
    body: str
    missing: tuple[str, ...]
    """Needed placeholders that had no value: the text has a hole where each one goes."""


def _errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]


def validate_template(
    subject: str, body: str, known: Mapping[str, Placeholder] = PLACEHOLDERS
) -> list[Problem]:
    """Every problem in a template the user typed, subject first: errors (an unknown
    placeholder, a section never closed...) that stop it being saved, and warnings."""
    problems = check(subject, known, part="subject")
    line_break = re.search(r"[\r\n]", subject.strip())
    if line_break:
        at = subject.index(line_break.group())
        line, column, utf16 = position(subject, at)
        problems.append(
            Problem(
                "A subject is one line: its line breaks become spaces.",
                line,
                column,
                at,
                1,
                utf16,
                "subject",
                Severity.WARNING,
            )
        )
    return problems + check(body, known, part="body")


def _builtin(template_id: str, text: BuiltinText) -> Template:
    spec = BUILTIN_SPECS[template_id]
    return Template(
        id=template_id,
        name=text.name,
        subject=text.subject,
        body=text.body,
        fits=spec.fits,
        task_kind=spec.task_kind,
        short=spec.short,
        builtin=True,
        to=spec.to,
    )


def builtin_template(template_id: str, translate: Translate = untranslated) -> Template:
    """A built-in template in the user's language.

    A translation that does not parse, or needs other placeholders than the English text (it
    would then be offered for the wrong contacts), is not used: the English text is."""
    try:
        english = BUILTIN_TEXTS[template_id]
    except KeyError:
        raise UnknownTemplate(f"There is no built-in message template {template_id!r}.") from None
    original = _builtin(template_id, english)
    if translate is untranslated:
        return original
    translated = BuiltinText(
        translate(TEMPLATES_CONTEXT, english.name),
        translate(TEMPLATES_CONTEXT, english.subject),
        translate(TEMPLATES_CONTEXT, english.body),
    )
    try:
        candidate = _builtin(template_id, translated)
    except TemplateError:
        return original
    return candidate if candidate.needs == original.needs else original


def builtin_templates(translate: Translate = untranslated) -> list[Template]:
    """Every built-in template, in the order the picker lists them."""
    return [builtin_template(template_id, translate) for template_id in BUILTIN_TEXTS]


def reset(template_id: str, translate: Translate = untranslated) -> Template:
    """The built-in text of ``template_id``, whatever the user made of it.

    Raises :class:`UnknownTemplate` for a template the user added (there is nothing to go back
    to: delete it instead)."""
    if template_id not in BUILTIN_TEXTS:
        raise UnknownTemplate(
            f"{template_id!r} is not a built-in message template, so it has no original text "
            "to reset to."
        )
    return builtin_template(template_id, translate)


def is_modified(template: Template, translate: Translate = untranslated) -> bool:
    """Whether a built-in template's text differs from its original (Settings shows "Reset")."""
    if not template.builtin or template.id not in BUILTIN_TEXTS:
        return False
    original = builtin_template(template.id, translate)
    return (template.name, template.subject, template.body) != (
        original.name,
        original.subject,
        original.body,
    )


def edited(template: Template, *, name: str | None = None, subject: str, body: str) -> Template:
    """``template`` with the user's text: same id, fits and task kind.

    Raises :class:`TemplateError` when the text has errors."""
    return Template(
        id=template.id,
        name=template.name if name is None else name,
        subject=subject,
        body=body,
        fits=template.fits,
        task_kind=template.task_kind,
        short=template.short,
        builtin=template.builtin,
        to=template.to,
    )


def user_template(
    template_id: str,
    name: str,
    subject: str,
    body: str,
    fits: Sequence[Fit] = (Fit.CONTACT,),
    task_kind: str | None = None,
    *,
    short: bool = False,
    to: To = To.CONTACT,
) -> Template:
    """A template the user added. Its id must not be a built-in one (edit that with
    :func:`edited`); a name is needed to list it. Raises :class:`TemplateError` or ValueError."""
    if template_id in BUILTIN_TEXTS:
        raise ValueError(f"{template_id!r} is the id of a built-in template.")
    if not template_id.strip() or not name.strip():
        raise ValueError("A message template needs an id and a name.")
    if not fits:
        raise ValueError(
            "Say what the template is for: a contact, a task, a meeting or a referral."
        )
    return Template(
        id=template_id,
        name=" ".join(name.split()),
        subject=subject,
        body=body,
        fits=tuple(Fit(f) for f in fits),
        task_kind=task_kind,
        short=short,
        to=To(to),
    )


def suggest(
    templates: Iterable[Template],
    fit: Fit,
    *,
    task_kind: str | None = None,
    values: Values | None = None,
) -> list[Template]:
    """The templates a Compose action on ``fit`` can offer, the most fitting first.

    First those that complete the task's kind, then those whose needed values are all there
    (with ``values``), those written to the contact before those to someone else (the referrer
    asked to call ahead), the more specific before the general (a referral's opening line needs
    a referrer, so it comes first for someone who has one); otherwise in the order given."""
    candidates = [t for t in templates if fit in t.fits]

    def rank(indexed: tuple[int, Template]) -> tuple[int, int, int, int, int]:
        index, template = indexed
        answers_task = task_kind is not None and template.task_kind == task_kind
        complete = values is None or not template.missing(values)
        elsewhere = template.to is To.REFERRER
        specific = sum(1 for name in template.needs if not PLACEHOLDERS[name].default)
        return (not answers_task, not complete, elsewhere, -specific, index)

    return [t for _, t in sorted(enumerate(candidates), key=rank)]


def template_json(template: Template, translate: Translate = untranslated) -> dict[str, object]:
    """A template as ``netdesk templates list --json`` prints it."""
    return {
        "id": template.id,
        "name": template.name,
        "subject": template.subject,
        "body": template.body,
        "fits": [str(f) for f in template.fits],
        "task_kind": template.task_kind,
        "needs": [name for name in PLACEHOLDERS if name in template.needs],
        "uses": [name for name in PLACEHOLDERS if name in template.uses],
        "short": template.short,
        "to": str(template.to),
        "builtin": template.builtin,
        "modified": is_modified(template, translate),
    }
