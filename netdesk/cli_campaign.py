"""The campaign's commands of the command line: ``due``, ``compose`` and ``templates list``.

Their options and JSON are fixed (issue 17), so that scripts can rely on them:

- ``netdesk --db PATH due [--json] [--by YYYY-MM-DD]``: everything due by a day (today by
  default), as ``[{"kind", "contact_id", "display_name", "due", "overdue_days", "reason"}]``
  with the kinds of :mod:`netdesk.core.due`;
- ``netdesk --db PATH compose TEMPLATE --contact ID [--meeting ID]``: a built-in message
  template filled for the contact as Compose fills it (:mod:`netdesk.core.compose`: the meeting
  given, which they must have attended, else their last one held), printed as its subject line
  and body; refused when the contact lacks a value the template cannot read well without (the
  opening line to a referral for someone nobody referred);
- ``netdesk templates list [--json]``: the built-in templates (no database needed).

Bad input ends with exit status 2 and one line on stderr, like every other command
(:func:`netdesk.cli.run_cli`). The core is imported when a command runs, so that ``--help``
stays quick.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TextIO

from netdesk.core.errors import NetDeskError, NotFoundError

__all__ = [
    "DUE_KEYS",
    "configure_compose",
    "configure_due",
    "configure_templates",
    "run_compose",
    "run_due",
    "run_templates",
]

DUE_KEYS = ("kind", "contact_id", "display_name", "due", "overdue_days", "reason")
"""``due --json``'s keys, exactly the issue's."""


class CampaignUsageError(NetDeskError):
    """Input the command cannot act on (an unknown template, a contact that is not there)."""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2026-11-23") from None


def _id(what: str) -> type[int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if not 0 < value < 2**63:  # SQLite's integers
            raise argparse.ArgumentTypeError(f"{text!r} is not a {what} id")
        return value

    return parse  # type: ignore[return-value]


def _printable(text: str) -> str:
    """Control characters must not drive the terminal (line breaks and tabs are text here)."""
    return "".join(ch if ch.isprintable() or ch in "\n\t" else "\ufffd" for ch in text)


def _dump(value: object, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=1)
    out.write("\n")


# due ----------------------------------------------------------------------------------------------


def configure_due(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--by",
        type=_day,
        metavar="YYYY-MM-DD",
        help="what is due by this day, overdue included (default today)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='one JSON array: [{"kind", "contact_id", "display_name", "due", "overdue_days", '
        '"reason"}]; kinds: thank_you, follow_up, referral_waiting, posting, keep_in_touch',
    )


def run_due(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.due import due_items, due_json

    by = args.by or date.today()
    items = due_items(by)
    if args.json:
        _dump([due_json(item) for item in items], out)
        return 0
    for item in items:
        days = item.overdue_days
        late = f" ({days:,} day{'s' if days != 1 else ''} overdue)" if days > 0 else ""
        line = f"{item.due.isoformat()}  {item.kind.value:<16}  {item.display_name}{late}"
        out.write(_printable(line) + "\n")
        out.write(_printable(f"{'':12}{item.reason}") + "\n")
    out.write(f"{len(items):,} due by {by.isoformat()}\n")
    return 0


# compose ------------------------------------------------------------------------------------------


def configure_compose(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("template", metavar="TEMPLATE", help="a template's id (templates list)")
    parser.add_argument(
        "--contact", type=_id("contact"), required=True, metavar="ID", help="whom it is for"
    )
    parser.add_argument(
        "--meeting",
        type=_id("meeting"),
        metavar="ID",
        help="a meeting they attended (its purpose, length, day and the help it brought)",
    )


def run_compose(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.compose import ComposeFor, fill, read_draft
    from netdesk.core.contacts import contact_exists, display_names
    from netdesk.core.meetings import load_meeting
    from netdesk.core.messages import Fit, UnknownTemplate, builtin_template, builtin_templates

    try:
        template = builtin_template(args.template)
    except UnknownTemplate:
        known = ", ".join(t.id for t in builtin_templates())
        raise CampaignUsageError(
            f"there is no message template {args.template!r} (there are: {known})"
        ) from None
    if not contact_exists(args.contact):
        raise CampaignUsageError(f"there is no contact {args.contact}")
    fit = Fit.CONTACT
    if args.meeting is not None:
        try:
            attendees = load_meeting(args.meeting).attendees
        except NotFoundError:
            raise CampaignUsageError(f"there is no meeting {args.meeting}") from None
        if args.contact not in attendees:
            name = display_names([args.contact])[args.contact]
            raise CampaignUsageError(f"{name} was not at meeting {args.meeting}")
        fit = Fit.MEETING
    draft = read_draft(ComposeFor(fit, args.contact, meeting_id=args.meeting))
    message = fill(draft, template)
    if message.missing:
        needed = ", ".join(f"{{{name}}}" for name in message.missing)
        raise CampaignUsageError(
            f"{args.template} needs {needed}, which contact {args.contact} does not have "
            "(nothing was printed: choose another template, or fill it in first)"
        )
    if message.subject:
        out.write(_printable(f"Subject: {message.subject}") + "\n\n")
    out.write(_printable(message.body) + "\n")
    return 0


# templates ---------------------------------------------------------------------------------------


def configure_templates(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listed = actions.add_parser("list", help="the built-in message templates")
    listed.add_argument(
        "--json",
        action="store_true",
        help='one JSON array: [{"id", "name", "subject", "body", "fits", "task_kind", "needs", '
        '"uses", "short", "builtin", "modified"}]',
    )


def run_templates(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.messages import builtin_templates, template_json

    templates = builtin_templates()
    if args.json:
        _dump([template_json(t) for t in templates], out)
        return 0
    for template in templates:
        fits = ", ".join(str(f) for f in template.fits)
        out.write(_printable(f"{template.id:<24}  {template.name}  ({fits})") + "\n")
    return 0
