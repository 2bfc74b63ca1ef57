"""The user's message templates as the settings file keeps them: their edits of the built-in
templates and the ones they added, as one JSON text.

What is kept is the text as typed (:class:`TemplateText`), not only what parses: a template the
user saved that an update no longer reads (a placeholder renamed) stays in the file and in
Settings, shown with its errors, instead of vanishing. Only what parses is used
(:func:`usable`); a built-in template whose edit no longer parses is used as shipped.

A built-in template is stored only while its text differs from the original in the user's
language, so one left alone follows the language NetDesk speaks. Its fits, task kind and
recipient are the shipped ones, never the file's. The format::

    {"version": 1,
     "builtin": {"thank_you": {"name": "...", "subject": "...", "body": "..."}},
     "own": [{"id": "own-1", "name": "...", "subject": "...", "body": "...",
              "fits": ["contact"], "task_kind": null, "to": "contact"}]}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from netdesk.core.messages.builtin import BUILTIN_SPECS, BUILTIN_TEXTS, Fit, To
from netdesk.core.messages.engine import Problem, Severity, TemplateError
from netdesk.core.messages.templates import Template, builtin_template, user_template
from netdesk.core.messages.templates import validate_template as _validate
from netdesk.core.messages.translation import Translate, untranslated

SAVED_VERSION = 1
OWN_PREFIX = "own-"


@dataclass(frozen=True)
class TemplateText:
    """One template as the user edits it; its text may have errors (it is then not used)."""

    id: str
    name: str
    subject: str
    body: str
    fits: tuple[Fit, ...] = (Fit.CONTACT,)
    task_kind: str | None = None
    to: To = To.CONTACT
    builtin: bool = False

    def problems(self) -> list[Problem]:
        """Everything wrong with the text (errors stop it being used), and a missing name."""
        found = _validate(self.subject, self.body)
        if not self.name.strip():
            found.insert(0, Problem("A template needs a name.", 1, 1, 0, 0, 0, "name"))
        return found

    def errors(self) -> list[Problem]:
        return [p for p in self.problems() if p.severity is Severity.ERROR]

    def template(self) -> Template | None:
        """The usable template, or None while the text has errors."""
        if self.errors():
            return None
        try:
            if self.builtin:
                spec = BUILTIN_SPECS[self.id]
                return Template(
                    id=self.id,
                    name=" ".join(self.name.split()),
                    subject=self.subject,
                    body=self.body,
                    fits=spec.fits,
                    task_kind=spec.task_kind,
                    short=spec.short,
                    builtin=True,
                    to=spec.to,
                )
            return user_template(
                self.id, self.name, self.subject, self.body, self.fits, self.task_kind, to=self.to
            )
        except (TemplateError, ValueError):
            return None


def original(template_id: str, translate: Translate = untranslated) -> TemplateText:
    """A built-in template's shipped text in the user's language (what "Reset" brings back)."""
    shipped = builtin_template(template_id, translate)
    return TemplateText(
        shipped.id,
        shipped.name,
        shipped.subject,
        shipped.body,
        shipped.fits,
        shipped.task_kind,
        shipped.to,
        builtin=True,
    )


def is_edited(text: TemplateText, translate: Translate = untranslated) -> bool:
    """Whether a built-in template's text differs from the shipped one."""
    if not text.builtin:
        return False
    shipped = original(text.id, translate)
    return (text.name, text.subject, text.body) != (shipped.name, shipped.subject, shipped.body)


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _fits(value: object) -> tuple[Fit, ...]:
    known = {f.value: f for f in Fit}
    items = value if isinstance(value, list) else []
    fits = tuple(dict.fromkeys(known[v] for v in items if isinstance(v, str) and v in known))
    return fits or (Fit.CONTACT,)


def _read(saved: str | None) -> dict[str, object]:
    if not saved:
        return {}
    try:
        data = json.loads(saved)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def template_texts(saved: str | None, translate: Translate = untranslated) -> list[TemplateText]:
    """Every template the user has: each built-in one (their edit, or as shipped) in the
    shipped order, then their own in the order they added them. Unreadable parts are left
    out; ``saved`` None or empty is a user who changed nothing."""
    data = _read(saved)
    edits = data.get("builtin")
    edits = edits if isinstance(edits, dict) else {}
    texts: list[TemplateText] = []
    for template_id in BUILTIN_TEXTS:
        text = original(template_id, translate)
        edit = edits.get(template_id)
        if isinstance(edit, dict):
            text = replace(
                text,
                name=_str(edit.get("name")) or text.name,
                subject=_str(edit.get("subject")),
                body=_str(edit.get("body")),
            )
        texts.append(text)
    own = data.get("own")
    seen = set(BUILTIN_TEXTS)
    for item in own if isinstance(own, list) else []:
        if not isinstance(item, dict):
            continue
        template_id = _str(item.get("id")).strip()
        if not template_id or template_id in seen:
            continue
        seen.add(template_id)
        to = _str(item.get("to"))
        task_kind = item.get("task_kind")
        texts.append(
            TemplateText(
                template_id,
                _str(item.get("name")),
                _str(item.get("subject")),
                _str(item.get("body")),
                _fits(item.get("fits")),
                task_kind if isinstance(task_kind, str) and task_kind else None,
                To(to) if to in {t.value for t in To} else To.CONTACT,
            )
        )
    return texts


def dumps(texts: Iterable[TemplateText], translate: Translate = untranslated) -> str:
    """The JSON text the settings keep for ``texts`` (see the module docstring)."""
    edits: dict[str, dict[str, str]] = {}
    own: list[dict[str, object]] = []
    for text in texts:
        if text.builtin:
            if is_edited(text, translate):
                edits[text.id] = {"name": text.name, "subject": text.subject, "body": text.body}
        else:
            own.append(
                {
                    "id": text.id,
                    "name": text.name,
                    "subject": text.subject,
                    "body": text.body,
                    "fits": [f.value for f in text.fits],
                    "task_kind": text.task_kind,
                    "to": text.to.value,
                }
            )
    return json.dumps(
        {"version": SAVED_VERSION, "builtin": edits, "own": own}, ensure_ascii=False, indent=1
    )


def usable(texts: Iterable[TemplateText], translate: Translate = untranslated) -> list[Template]:
    """The templates Compose offers: each text that parses; a built-in one whose edit does not
    is used as shipped, an own one that does not is left out until it is mended."""
    templates: list[Template] = []
    for text in texts:
        template = text.template()
        if template is None and text.builtin:
            template = builtin_template(text.id, translate)
        if template is not None:
            templates.append(template)
    return templates


def new_template(texts: Sequence[TemplateText], name: str, body: str = "") -> TemplateText:
    """A template of the user's own, with an id none of ``texts`` has."""
    taken = {t.id for t in texts}
    number = 1
    while f"{OWN_PREFIX}{number}" in taken:
        number += 1
    return TemplateText(f"{OWN_PREFIX}{number}", name, "", body)
