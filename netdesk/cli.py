"""The command line: the same executable as the app, no Qt needed.

Errors go to stderr with exit status 2, never as a traceback. Later features add their commands
by appending to ``COMMANDS``.

Why it is long: a dozen commands, each a parser and one short function beside it, sharing the
opening of the database and the error handling; a feature with several commands of its own (jobs,
sync) adds them from a module of its own.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from netdesk import APP_ID, __version__
from netdesk.cli_campaign import (
    configure_compose,
    configure_due,
    configure_templates,
    run_compose,
    run_due,
    run_templates,
)
from netdesk.cli_jobs import configure_postings, configure_who_knows, run_postings, run_who_knows
from netdesk.cli_sync import configure_accounts, configure_sync, run_accounts, run_sync
from netdesk.core.errors import NetDeskError
from netdesk.models.errors import DRIVER_ERRORS, DatabaseError, explain, refuse_special_file
from netdesk.models.store import store


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, TextIO], int]
    needs_db: bool = True


class UsageError(NetDeskError):
    pass


DEMO_MAX = 1_000_000
"""The largest demo network: ten times the benchmarks' 100,000, far beyond a real one (a
billion would run for days and fill the disk)."""


def _configure_demo(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--contacts", type=int, default=60, metavar="N", help="how many people (default 60)"
    )
    parser.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    parser.add_argument(
        "--force",
        action="store_true",
        help="add the demo's made-up people even to a database that holds contacts of your own",
    )


def _run_demo(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.demo import generate_demo, holds_own_contacts
    from netdesk.models.store import store

    if not 1 <= args.contacts <= DEMO_MAX:
        raise UsageError(f"--contacts must be at least 1 and at most {DEMO_MAX:,}")
    if not args.force and holds_own_contacts():
        raise UsageError(
            f"{store.path} holds contacts of your own, so the demo's made-up people were not "
            "added to it (nothing was changed). Give the demo a file of its own with "
            "--db FILE, or add them anyway with --force."
        )
    summary = generate_demo(args.contacts, seed=args.seed)
    out.write(
        f"Added {summary.contacts:,} contacts ({summary.roots:,} people you know, "
        f"{summary.referrals:,} referrals up to {summary.max_depth} introductions deep), "
        f"{summary.meetings:,} meetings and {summary.postings:,} job postings at "
        f"{summary.companies:,} companies in {summary.seconds:.1f} s.\n"
    )
    return 0


def _configure_list(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--search", default="", metavar="Q", help="prefix search, any word")
    parser.add_argument("--json", action="store_true", help="one JSON array on stdout")


def _run_list(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.contact_records import contact_records
    from netdesk.core.query import ContactFilter, contact_ids

    ids = contact_ids(ContactFilter(search=args.search))
    records = contact_records(ids)
    if args.json:
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    for rec in records:
        org = f" - {rec['organization']}" if rec["organization"] else ""
        email = f" <{rec['emails'][0]}>" if rec["emails"] else ""
        out.write(f"{rec['id']:>6}  {_printable(rec['display_name'])}{_printable(org)}{email}\n")
    out.write(f"{len(records):,} contacts\n")
    return 0


def _printable(text: str) -> str:
    """Control characters in names must not drive the terminal."""
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in text)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2026-11-23") from None


def _configure_calendar(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("output", type=Path, help="the .ics file to write")
    parser.add_argument(
        "--from",
        dest="start",
        type=_day,
        metavar="YYYY-MM-DD",
        help="only meetings and follow-ups from this day on",
    )


def _run_calendar(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.formats.ics import export_ics

    summary = export_ics(args.output, start=args.start)
    meetings = "1 meeting" if summary.meetings == 1 else f"{summary.meetings:,} meetings"
    tasks = "1 follow-up" if summary.tasks == 1 else f"{summary.tasks:,} follow-ups"
    what = f"{meetings} and {tasks}"
    out.write(f"Wrote {what} to {args.output}\n")
    return 0


def _configure_sheet(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--week", metavar="YYYY-Www", help="ISO week such as 2026-W48 (default: this week)"
    )
    parser.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar="FILE",
        help="PDF file to write (default: weekly-sheet-YYYY-Www.pdf here)",
    )
    parser.add_argument(
        "--paper", choices=("A4", "Letter"), help="paper size (default: from your locale)"
    )
    parser.add_argument(
        "--include-waiting",
        action="store_true",
        help="after the week's plan, print the first items waiting beyond the weekly capacity "
        "(the sheet always says how many wait)",
    )
    parser.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)


def _run_sheet(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.dates import Week
    from netdesk.core.week_plan import build_week_plan
    from netdesk.core.week_queue import waiting_items

    today = args.today or date.today()
    week = Week.parse(args.week) if args.week else Week.containing(today)
    output = args.output or Path(f"weekly-sheet-{week.iso}.pdf")
    plan = build_week_plan(week, today)
    _ensure_gui_application()
    from netdesk.ui.sheet.layout import layout_sheet
    from netdesk.ui.sheet.measure import default_paper, page_layout
    from netdesk.ui.sheet.paint import write_pdf
    from netdesk.ui.sheet.waiting import PRINTED_WAITING

    waiting = waiting_items(plan, PRINTED_WAITING) if args.include_waiting else []
    sheet = layout_sheet(plan, page_layout(args.paper or default_paper()), waiting)
    write_pdf(sheet, output)
    if sheet.unrenderable:
        sys.stderr.write(
            "netdesk sheet: warning: no installed font can show some characters, they print as "
            "boxes (on Debian or Ubuntu: apt-get install fonts-noto-cjk or fonts-wqy-microhei): "
            + ", ".join(_printable(text[:40]) for text in sheet.unrenderable[:5])
            + "\n"
        )
    pages = sheet.page_count
    rest = plan.waiting - len(waiting)
    printed = f", and the first {len(waiting):,} waiting" if waiting else ""
    more = f"; {rest:,} more waiting, not printed" if rest else ""
    out.write(
        f"Wrote {output}: week {week.iso}, {plan.item_count:,} items{printed} on "
        f"{pages} page{'s' if pages != 1 else ''}{more}.\n"
    )
    return 0


def _ensure_gui_application() -> None:
    """Fonts need a QGuiApplication; without a display, Qt's offscreen platform will do.

    It is a QApplication: a command run inside a process that shows widgets afterwards (the
    tests run commands in-process) leaves the application those need."""
    import os

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    if QCoreApplication.instance() is not None:
        return
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    global _gui_app
    _gui_app = QApplication([sys.argv[0] or "netdesk"])


_gui_app: Any = None  # kept alive for the rest of the process


def _db_file(args: argparse.Namespace) -> Path:
    if args.db is None:
        return store.default_path()
    path = Path(args.db)
    if not str(args.db).strip() or path.name in ("", ".", ".."):
        raise UsageError("--db needs the name of a database file (it was given none)")
    if path.is_dir():
        raise UsageError(f"--db {path} is a folder; name the database file in it")
    return path


def _reads_only(command: Command, args: argparse.Namespace) -> bool:
    """The command only reads the database: it never creates one, and a full disk (which
    stops opening for writing) still lets it read."""
    if command.name == "duplicates":
        return getattr(args, "action", None) != "merge"
    if command.name == "postings":
        return getattr(args, "action", None) == "list"
    return command.name in ("list", "export", "calendar", "sheet", "who-knows")


def _open_for(command: Command, args: argparse.Namespace, db_path: Path, err: TextIO) -> None:
    from netdesk.models.errors import DiskFullError

    reads_only = _reads_only(command, args)
    _prepare(db_path, err)
    if reads_only and not db_path.exists():
        store.open(db_path, read_only="only reading")  # says it is missing; creates nothing
    try:
        store.open(db_path)
    except DiskFullError as exc:
        if not reads_only:
            raise
        store.open(db_path, read_only="the disk is full")
        err.write(f"netdesk: {exc} Opened read-only, to read what is there.\n")


def _configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--list", action="store_true", help="list the backups (newest first) instead of taking one"
    )


def _describe_backup(backup: Any) -> str:
    from netdesk.core.backup import contact_count

    count = contact_count(backup.path)
    contacts = "unreadable" if count is None else f"{count:,} contacts"
    note = "  (taken before a restore)" if backup.kind == "before-restore" else ""
    return f"{backup.taken:%Y-%m-%d %H:%M:%S}  {contacts:>16}  {backup.path}{note}"


def _run_backup(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.backup import BackupError, create_backup, list_backups, unsafe_backup_folder

    db_path = _db_file(args)
    if args.list:
        problem = unsafe_backup_folder(db_path)
        if problem is not None:
            raise BackupError(problem)
        backups = list_backups(db_path)
        for backup in backups:
            out.write(_describe_backup(backup) + "\n")
        out.write(f"{len(backups)} backup{'s' if len(backups) != 1 else ''} of {db_path}\n")
        return 0
    backup = create_backup(db_path)
    out.write(f"Backed up {db_path} to {backup.path}\n")
    return 0


def _configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "backup",
        nargs="?",
        type=Path,
        metavar="BACKUP",
        help="the backup file to restore (default: the newest; see `backup --list`)",
    )


def _run_restore(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.backup import BackupError, newest_backup, restore_backup, unsafe_backup_folder

    db_path = _db_file(args)
    source = args.backup
    problem = unsafe_backup_folder(db_path)
    if problem is not None:
        raise BackupError(problem)
    if source is None:
        newest = newest_backup(db_path)
        if newest is None:
            raise UsageError(f"there is no backup of {db_path} to restore")
        source = newest.path
    result = restore_backup(source, db_path)
    if result.kept is not None:
        out.write(f"Restored {source} to {db_path}; {result.describe()}\n")
    else:
        out.write(f"Restored {source} to {db_path}\n")
    return 0


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help=".vcf, .vcard or .csv files, or folders"
    )
    parser.add_argument(
        "--no-merge",
        dest="merge",
        action="store_false",
        help="import people matching an existing contact as new contacts instead of merging",
    )
    parser.add_argument(
        "--merge-possible",
        action="store_true",
        help="also merge people who are only maybe the same (another UID, and the same name "
        "and organization or phone, or two entries of one file; or the same UID and nothing "
        "else in common); by default they come in as new",
    )
    parser.add_argument(
        "--warm",
        action="store_true",
        help="mark everyone imported (new or merged) as a warm lead: people you know",
    )
    parser.add_argument(
        "--tag",
        default="",
        metavar="TAG",
        help='give everyone imported this tag, e.g. "phone", "LinkedIn" (what the window offers '
        "for a phone's vCard, a LinkedIn or Google CSV; else the file name)",
    )
    parser.add_argument("--json", action="store_true", help="a JSON summary on stdout")


def _run_import(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.importing import Batch, import_files

    if args.merge_possible and not args.merge:
        raise UsageError("--merge-possible and --no-merge contradict each other")
    if args.tag and not args.tag.split():
        raise UsageError("--tag needs a name that is not only spaces")
    # Photos are made what the window's import makes them (a Qt job: QImage).
    _ensure_gui_application()
    from netdesk.ui.contacts.photos import shrink_photo

    summary = import_files(
        args.files,
        merge=args.merge,
        merge_possible=args.merge_possible,
        photos=shrink_photo,
        batch=Batch(warm=args.warm, tag=args.tag),
    )
    if args.json:
        json.dump(summary.as_json(), out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    out.write(
        f"Imported {summary.imported:,} new contacts, merged {summary.merged:,} into existing "
        f"ones, {summary.referrals:,} referral links.\n"
    )
    tag = " ".join(args.tag.split())
    if args.warm or tag:
        marked = "Marked them warm" if args.warm else ""
        tagged = f'tagged them "{_printable(tag)}"' if tag else ""
        said = " and ".join(part for part in (marked, tagged) if part)
        out.write(f"{said[0].upper()}{said[1:]}.\n")
    if summary.kept_apart:
        count = len(summary.kept_apart)
        out.write(
            f"{count:,} of the new contacts may be the same person as someone else: kept "
            "apart; --merge-possible merges them.\n"
        )
    for problem in summary.kept_apart + summary.skipped:
        out.write(f"{_printable(problem.file)}:{problem.line}: {_printable(problem.reason)}\n")
    return 0


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("vcard4", "vcard3", "csv"),
        default="vcard4",
        help="vCard 4.0 (default), vCard 3.0 for older phones, or CSV",
    )
    parser.add_argument(
        "--output", "-o", type=Path, required=True, metavar="FILE", help="the file to write"
    )
    parser.add_argument(
        "--ids", metavar="ID,ID,...", help="only these contact ids (default: everyone)"
    )
    parser.add_argument(
        "--raw",
        action="store_true",
        help="CSV only: write cells beginning with = + - @ as they are (by default they get an "
        "apostrophe in front, so that a spreadsheet cannot run them as formulas)",
    )


def _run_export(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.importing import export_contacts

    if args.raw and args.format != "csv":
        raise UsageError("--raw applies to --format csv only")
    ids = None
    if args.ids:
        try:
            ids = [int(part) for part in args.ids.split(",") if part.strip()]
        except ValueError:
            raise UsageError("--ids takes contact ids separated by commas") from None
    count = export_contacts(args.output, args.format, ids, raw=args.raw)
    out.write(f"Wrote {count:,} contacts to {args.output}\n")
    return 0


def _configure_desktop(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-home",
        type=Path,
        metavar="DIR",
        help="install under DIR instead of $XDG_DATA_HOME (default ~/.local/share)",
    )


def _freedesktop_only() -> None:
    if sys.platform in ("win32", "darwin"):
        raise UsageError(
            "this is for Linux desktops; on Windows and macOS the installer or the .app "
            "bundle adds NetDesk to the system (see the README's Desktop package)"
        )


def _run_install_desktop(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk import desktop

    _freedesktop_only()
    report = desktop.install(args.data_home)
    home = args.data_home or desktop.data_home()
    icons = sum(1 for path in report.written if "icons" in path.parts)
    out.write(
        f"Installed the NetDesk launcher, {icons} icons and the vCard/CSV association "
        f"under {home}.\n"
    )
    _write_tool_notes(report, out)
    if report.vcard_handler and report.vcard_handler != f"{APP_ID}.desktop":
        out.write(
            f"Double-clicked .vcf files still open in {report.vcard_handler}; to open them in "
            f"NetDesk: xdg-mime default {APP_ID}.desktop text/vcard\n"
        )
    return 0


def _run_uninstall_desktop(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk import desktop

    _freedesktop_only()
    report = desktop.uninstall(args.data_home)
    home = args.data_home or desktop.data_home()
    if report.removed:
        out.write(f"Removed {len(report.removed)} NetDesk files and folders from {home}.\n")
    else:
        out.write(f"Nothing to remove: NetDesk is not installed under {home}.\n")
    _write_tool_notes(report, out)
    return 0


def _write_tool_notes(report: Any, out: TextIO) -> None:
    for note in report.tool_errors:
        out.write(f"note: {note}\n")
    if report.tools_missing:
        out.write(
            f"note: {', '.join(report.tools_missing)} not found; menus pick the change up at "
            "the next login (on Debian or Ubuntu: apt-get install desktop-file-utils)\n"
        )


def _configure_duplicates(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON array of groups on stdout")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    merge = actions.add_parser(
        "merge",
        help="merge contacts into one (each field from the most complete of them; every "
        "e-mail, phone, note, meeting and referral kept)",
    )
    merge.add_argument("ids", nargs="+", type=int, metavar="ID", help="contact ids, two or more")
    merge.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="the result as JSON"
    )


_REASON_TEXT = {
    "email": "same e-mail",
    "phone": "same phone",
    "linkedin": "same LinkedIn profile",
    "name": "similar name",
}


def _run_duplicates(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.duplicates import find_duplicates

    if args.action == "merge":
        return _merge_duplicates(args, out)
    groups = find_duplicates()
    if args.json:
        json.dump([g.as_json() for g in groups], out, ensure_ascii=False, indent=1)
        out.write("\n")
        return 0
    for group in groups:
        why = ", ".join(_REASON_TEXT[r] for r in group.reasons)
        out.write(f"{_printable(', '.join(group.display_names))}  ({why})\n")
        for m in group.members:
            org = f" - {m.organization}" if m.organization else ""
            email = f" <{m.email}>" if m.email else ""
            out.write(f"{m.contact_id:>8}  {_printable(m.display_name + org + email)}\n")
    people = sum(len(g.contact_ids) for g in groups)
    out.write(
        f"{len(groups):,} group{'s' if len(groups) != 1 else ''} of possible duplicates "
        f"({people:,} contacts)."
        + (" Merge them in the app (Tools > Find duplicates...) or with `duplicates merge ID ID`."
           if groups else "")
        + "\n"
    )  # fmt: skip
    return 0


def _merge_duplicates(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.merge import merge_contacts, prepare_merge

    ids = list(dict.fromkeys(args.ids))
    if len(ids) < 2:
        raise UsageError("merge needs at least two different contact ids")
    draft = prepare_merge(ids)
    missing = sorted(set(ids) - set(draft.order))
    if missing:
        raise UsageError(f"no contact with id {', '.join(map(str, missing))}")
    snapshot = merge_contacts(draft.plan)
    kept = draft.contacts[draft.plan.keep]
    removed = ", ".join(str(i) for i in snapshot.removed)
    if args.json:
        json.dump({"kept": draft.plan.keep, "removed": snapshot.removed}, out)
        out.write("\n")
        return 0
    out.write(
        f"Merged {len(draft.order)} contacts into {draft.plan.keep} "
        f"{_printable(kept.display_name)} (removed {removed}).\n"
    )
    return 0


COMMANDS: list[Command] = [
    Command("demo", "fill the database with a realistic demo network", _configure_demo, _run_demo),
    Command("list", "list contacts, optionally searched", _configure_list, _run_list),
    Command(
        "calendar",
        "export meetings and follow-ups as an iCalendar (.ics) file",
        _configure_calendar,
        _run_calendar,
    ),
    Command(
        "sheet", "write the printable weekly outreach sheet as PDF", _configure_sheet, _run_sheet
    ),
    Command(
        "import",
        "import contacts from vCard (.vcf) or CSV files, merging matches",
        _configure_import,
        _run_import,
    ),
    Command(
        "export", "export contacts as vCard 4.0, vCard 3.0 or CSV", _configure_export, _run_export
    ),
    Command(
        "install-desktop",
        "add NetDesk to your desktop's menu, with its icon and .vcf/.csv association",
        _configure_desktop,
        _run_install_desktop,
        needs_db=False,
    ),
    Command(
        "uninstall-desktop",
        "remove what install-desktop added",
        _configure_desktop,
        _run_uninstall_desktop,
        needs_db=False,
    ),
    Command(
        "backup",
        "copy the database into its backups folder now (or --list them)",
        _configure_backup,
        _run_backup,
        needs_db=False,
    ),
    Command(
        "restore",
        "replace the database by a backup, keeping the current file aside first",
        _configure_restore,
        _run_restore,
        needs_db=False,
    ),
    Command(
        "duplicates",
        "list contacts that are probably the same person (or merge some)",
        _configure_duplicates,
        _run_duplicates,
    ),
    Command(
        "postings",
        "job postings: add one, import saved job pages, list them, move one to a stage",
        configure_postings,
        run_postings,
    ),
    Command(
        "who-knows",
        "who you know at a company: there now, there before, one introduction away",
        configure_who_knows,
        run_who_knows,
    ),
    Command("accounts", "sync accounts: add, list or remove", configure_accounts, run_accounts),
    Command("sync", "sync contacts with the CardDAV accounts", configure_sync, run_sync),
    Command(
        "due",
        "everything due by a day: thank-you notes, follow-ups, names waiting for a call, "
        "deadlines, people to keep in touch with",
        configure_due,
        run_due,
    ),
    Command(
        "compose",
        "print a message template filled for a contact (and a meeting)",
        configure_compose,
        run_compose,
    ),
    Command(
        "templates",
        "the message templates (list)",
        configure_templates,
        run_templates,
        needs_db=False,
    ),
]


def command_names() -> set[str]:
    return {c.name for c in COMMANDS}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netdesk",
        description="NetDesk: run your job-search networking as a campaign. "
        "Without a command, the app opens.",
    )
    parser.add_argument("--db", type=Path, metavar="PATH", help="database file to use")
    parser.add_argument("--version", action="version", version=f"NetDesk {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen on a temporary database, then exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.configure(sub.add_parser(command.name, help=command.help))
    return parser


def run_cli(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:  # argparse already printed the usage message
        return 0 if exc.code == 0 else 2
    if args.self_test:
        from netdesk.ui.shell.self_test import run_self_test

        return run_self_test(out)
    command = next(c for c in COMMANDS if c.name == args.command)
    try:
        db_path = _db_file(args)
    except UsageError as exc:
        err.write(f"netdesk {command.name}: {exc}\n")
        return 2
    try:
        if command.needs_db or command.name in ("backup", "restore"):
            refuse_special_file(db_path)  # before anything looks beside it or replaces it
        if command.needs_db:
            _open_for(command, args, db_path, err)
        elif command.name in ("backup", "restore"):
            _prepare(db_path, err)
        code = command.run(args, out)
        out.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:  # e.g. piped into `head`, which has read all it wanted
        _silence_stdout(out)
        return 0
    except KeyboardInterrupt:
        err.write(f"netdesk {command.name}: interrupted\n")
        return 2
    except Exception as exc:
        message = _message(exc, db_path)
        if message is None:
            raise
        err.write(f"netdesk {command.name}: {message}\n")
        return 2


def _prepare(db_path: Path, err: TextIO) -> None:
    """Finish or undo an interrupted restore and clear NetDesk's leftovers, saying so."""
    from netdesk.core.backup import prepare_database

    for note in prepare_database(db_path):
        err.write(f"netdesk: {note}\n")


def _message(exc: Exception, db_path: Path) -> str | None:
    """One line for the user, or None for an error NetDesk does not know (a bug: traceback)."""
    known = explain(exc, db_path)
    if known is not None:
        return str(known)
    if isinstance(exc, NetDeskError | DatabaseError | OSError | ValueError):
        return str(exc)
    if isinstance(exc, DRIVER_ERRORS):
        return f"{db_path}: {exc}"
    return None


def _silence_stdout(out: TextIO) -> None:
    """What the Python documentation advises for SIGPIPE: point stdout at devnull, so that the
    interpreter's final flush does not complain about the closed pipe again."""
    if out is not sys.stdout:
        return
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
