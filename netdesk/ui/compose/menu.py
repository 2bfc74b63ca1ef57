"""The Compose button's menu of templates (the contact card's): the templates that fit the
contact, the best first, each opening the Compose dialog with it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtWidgets import QMenu

from netdesk.core.messages import Fit, Template, Value, suggest
from netdesk.ui.icons import icon


def contact_templates(
    templates: Sequence[Template], values: Mapping[str, Value], *, has_referrer: bool
) -> list[Template]:
    """The templates for a message to a contact, the most fitting first; for someone referred,
    the referral's ones too (asking the referrer to call ahead)."""
    fitting = suggest(templates, Fit.CONTACT, values=values)
    if has_referrer:
        fitting += [t for t in suggest(templates, Fit.REFERRAL, values=values) if t not in fitting]
    return fitting


def fill_compose_menu(
    menu: QMenu, templates: Sequence[Template], pick: Callable[[str], object]
) -> None:
    """Make ``menu`` list ``templates``; choosing one calls ``pick(template_id)``."""
    menu.clear()
    for template in templates:
        action = menu.addAction(icon("template"), template.name)
        action.triggered.connect(lambda _=False, t=template.id: pick(t))
