"""Outreach messages: templates with placeholders, the built-in ones, LinkedIn's character count
and ``mailto:`` links. No database and no Qt: the Compose action, Settings and the CLI gather
the values and show the result.

- :mod:`.engine`: the template language (placeholders, sections) and its error messages;
- :mod:`.placeholders`: the placeholders a template can use;
- :mod:`.builtin`: the built-in templates as translatable data;
- :mod:`.templates`: templates as the app uses them (validate, edit, reset, fill, suggest);
- :mod:`.saved`: the user's edits and own templates as the settings keep them;
- :mod:`.length`: counting against a LinkedIn invitation's 300 characters;
- :mod:`.mailto`: RFC 6068 links for the user's mail program.
"""

from netdesk.core.messages.builtin import BUILTIN_SPECS, BUILTIN_TEXTS, Fit, To
from netdesk.core.messages.engine import (
    ENGLISH,
    Kind,
    Placeholder,
    Problem,
    Severity,
    TemplateError,
    Value,
    Values,
    Wording,
    english_date,
)
from netdesk.core.messages.length import LINKEDIN_INVITATION_LIMIT, Count, linkedin_count
from netdesk.core.messages.mailto import (
    MAILTO_SAFE_LENGTH,
    TRUNCATION_MARKER,
    AddressError,
    MailtoLink,
    mailto,
)
from netdesk.core.messages.placeholders import (
    DEFAULT_MINUTES,
    PLACEHOLDERS,
    help_given,
    sample_values,
    translated_placeholders,
    wording,
)
from netdesk.core.messages.saved import TemplateText, template_texts, usable
from netdesk.core.messages.templates import (
    Message,
    Template,
    UnknownTemplate,
    builtin_template,
    builtin_templates,
    edited,
    is_modified,
    reset,
    suggest,
    template_json,
    user_template,
    validate_template,
)

__all__ = [
    "BUILTIN_SPECS",
    "BUILTIN_TEXTS",
    "DEFAULT_MINUTES",
    "ENGLISH",
    "LINKEDIN_INVITATION_LIMIT",
    "MAILTO_SAFE_LENGTH",
    "PLACEHOLDERS",
    "TRUNCATION_MARKER",
    "AddressError",
    "Count",
    "Fit",
    "Kind",
    "MailtoLink",
    "Message",
    "Placeholder",
    "Problem",
    "Severity",
    "Template",
    "TemplateError",
    "TemplateText",
    "To",
    "UnknownTemplate",
    "Value",
    "Values",
    "Wording",
    "builtin_template",
    "builtin_templates",
    "edited",
    "english_date",
    "help_given",
    "is_modified",
    "linkedin_count",
    "mailto",
    "reset",
    "sample_values",
    "suggest",
    "template_json",
    "template_texts",
    "translated_placeholders",
    "usable",
    "user_template",
    "validate_template",
    "wording",
]
