"""The job commands of the command line: ``postings add|import|list|move`` and ``who-knows``.

Their options and JSON are fixed (issue 15), so that scripts can rely on them. Bad input (a
stage that is none, an id that is not there, a page without posting data) ends with exit
status 2 and one line on stderr saying what was wrong, like every other command
(:func:`netdesk.cli.run_cli`). The core is imported when a command runs, as in ``cli.py``, so
that ``--help`` stays quick.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from netdesk.core.errors import NetDeskError, ValidationError
from netdesk.models.enums import PostingStage

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from netdesk.core.companies import KnownPerson


def _stage(text: str) -> PostingStage:
    from netdesk.core.postings import parse_stage

    try:
        return parse_stage(text)
    except ValidationError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2026-11-23") from None


def _id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 0 < value < 2**63:  # SQLite's integers
        raise argparse.ArgumentTypeError(f"{text!r} is not a posting id (see `postings list`)")
    return value


def _printable(text: str) -> str:
    """Control characters in names must not drive the terminal."""
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in text)


def _dump(value: object, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=1)
    out.write("\n")


# postings ---------------------------------------------------------------------------------------

STAGES = ", ".join(s.value for s in PostingStage)


def configure_postings(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="record a job posting by hand; prints its id")
    add.add_argument("--company", required=True, metavar="C", help="the employer")
    add.add_argument("--title", required=True, metavar="T", help="the job's title")
    add.add_argument("--url", default="", metavar="U", help="where the posting is")
    add.add_argument(
        "--stage",
        type=_stage,
        default=PostingStage.SEEN,
        metavar="S",
        help=f"where it stands (default seen): {STAGES}",
    )
    add.add_argument("--deadline", type=_day, metavar="YYYY-MM-DD", help="apply by this day")
    add.add_argument("--location", default="", metavar="L", help="where the job is")
    add.add_argument("--notes", default="", metavar="TEXT", help="anything to remember")
    imported = actions.add_parser(
        "import",
        help="read saved job pages (.html, .htm: a browser's 'Save page as') and record the "
        "postings they describe; nothing is fetched from the network",
    )
    imported.add_argument("files", nargs="+", type=Path, metavar="FILE.html")
    imported.add_argument(
        "--json",
        action="store_true",
        help='the postings as one JSON array: [{"id", "title", "company", "location", '
        '"date_posted", "valid_through", "url"}]',
    )
    listed = actions.add_parser("list", help="every posting with its stage, history and people")
    listed.add_argument("--json", action="store_true", help="one JSON array on stdout")
    move = actions.add_parser("move", help="move a posting to another stage (dated today)")
    move.add_argument("id", type=_id, metavar="ID", help="the posting's id")
    move.add_argument("stage", type=_stage, metavar="STAGE", help=STAGES)


def run_postings(args: argparse.Namespace, out: TextIO) -> int:
    run = {"add": _add, "import": _import, "list": _list, "move": _move}[args.action]
    return run(args, out)


def _add(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.postings import PostingInput, add_posting

    posting_id = add_posting(
        PostingInput(
            args.company,
            args.title,
            url=args.url,
            location=args.location,
            deadline=args.deadline,
            notes=args.notes,
            stage=args.stage,
        )
    )
    out.write(f"{posting_id}\n")
    return 0


def _import(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.postings import import_pages, imported_json

    result = import_pages(args.files)
    if args.json:
        _dump(imported_json(result.postings), out)
    else:
        for item in result.postings:
            place = f" ({item.data.location})" if item.data.location else ""
            seen = "" if item.new else "  (recorded already)"
            line = f"{item.id:>6}  {item.data.title} - {item.company}{place}{seen}"
            out.write(_printable(line) + "\n")
        new = sum(1 for item in result.postings if item.new)
        out.write(f"Recorded {new:,} new posting{'s' if new != 1 else ''}.\n")
    for problem in result.problems:
        sys.stderr.write(
            f"netdesk postings: {_printable(problem.file)}:{problem.line}: "
            f"{_printable(problem.reason)}\n"
        )
    for name, why in result.unreadable:
        where = "" if name in why else f"{name}: "  # the reason names the file itself
        sys.stderr.write(f"netdesk postings: {_printable(where + why)}\n")
    for name in result.skipped:
        sys.stderr.write(
            f"netdesk postings: nothing was imported from {_printable(name)}: none of its "
            "postings could be (see above).\n"
        )
    for name in result.empty:
        sys.stderr.write(
            f"netdesk postings: {_printable(name)} holds no posting data (schema.org "
            "JobPosting): nothing was imported from it. Add the posting by hand with "
            "`postings add`.\n"
        )
    return 2 if result.empty or result.unreadable or result.skipped else 0


LIST_KEYS = (
    "id",
    "title",
    "company",
    "stage",
    "url",
    "location",
    "date_posted",
    "valid_through",
    "history",
    "people",
)
"""``postings list --json``'s keys, exactly the issue's."""


def _list(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.postings import all_postings, posting_json

    records = all_postings()
    if args.json:
        _dump([{key: posting_json(r)[key] for key in LIST_KEYS} for r in records], out)
        return 0
    for r in records:
        place = f" ({r.location})" if r.location else ""
        line = f"{r.id:>6}  {r.stage.value:<12}  {r.title} - {r.company}{place}"
        out.write(_printable(line) + "\n")
    out.write(f"{len(records):,} posting{'s' if len(records) != 1 else ''}\n")
    return 0


def _move(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.postings import move, read_posting

    change = move(args.id, args.stage)
    record = read_posting(args.id)
    what = _printable(f"{record.title} at {record.company}")
    if change is None:
        out.write(f"Posting {args.id} ({what}) is at {args.stage.value} already.\n")
    else:
        day = record.history[-1].on.isoformat() if record.history else ""
        out.write(f"Moved posting {args.id} ({what}) to {args.stage.value} on {day}.\n")
    return 0


# who-knows --------------------------------------------------------------------------------------


def configure_who_knows(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "company", metavar="COMPANY", help="the employer (matched by name, alias or legal form)"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help='one JSON array: [{"contact_id", "display_name", "ring", "lead", "path", '
        '"opening_line"}]',
    )


_PAGE = 2000
"""People read (with their paths) at a time: everyone is listed, but a large employer's rings
are never all held at once."""


def _pages(company_id: int) -> Iterator[KnownPerson]:
    from netdesk.core.companies import who_knows

    offset = 0
    while True:
        page = who_knows(company_id, offset, _PAGE)
        yield from page
        if len(page) < _PAGE:
            return
        offset += len(page)


def _json_people(people: Iterable[KnownPerson], out: TextIO) -> None:
    """One JSON array, written as the pages come."""
    out.write("[")
    n = -1
    for n, p in enumerate(people):
        item = {
            "contact_id": p.id,
            "display_name": p.display_name,
            "ring": p.ring,
            "lead": p.lead,
            "path": list(p.path),
            "opening_line": p.opening_line,
        }
        out.write(",\n " if n else "\n ")
        out.write(json.dumps(item, ensure_ascii=False))
    out.write("\n]\n" if n >= 0 else "]\n")


_RINGS = {1: "works there", 2: "used to work there", 3: "one introduction away"}


def run_who_knows(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.companies import company_name, find_company

    company_id = find_company(args.company)
    if company_id is None:
        raise NetDeskError(f"no company called {args.company!r}, by name or alias")
    if args.json:
        _json_people(_pages(company_id), out)
        return 0
    name = _printable(company_name(company_id))
    ring = count = 0
    for p in _pages(company_id):
        count += 1
        if p.ring != ring:
            ring = p.ring
            out.write(f"{_RINGS[ring].capitalize()}:\n")
        path = f"  ({' -> '.join(p.path)})" if p.path != (p.display_name,) else ""
        via = f"  (knows {p.via_name})" if p.via_name else ""
        out.write(_printable(f"{p.id:>8}  {p.lead:<4}  {p.display_name}{path}{via}") + "\n")
        out.write(_printable(f"{'':>16}{p.opening_line}") + "\n")
    out.write(f"{count:,} {'person' if count == 1 else 'people'} you know at {name} or near it.\n")
    return 0
