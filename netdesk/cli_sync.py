"""The sync commands of the command line: ``accounts add|list|remove`` and ``sync``.

Their options and JSON are fixed (issue 16). ``accounts add`` finds the address book and
calendar (or makes NetDesk's); the password is asked for on the terminal and kept in the system
keyring, or printed each time by ``--password-command`` (for machines without a keyring), never
stored by NetDesk. ``sync`` syncs every account (its contacts, then its follow-ups and meetings
with the calendar) and exits 0 when each sync completed, 2 with a
message when one could not (offline: the local changes wait for the next run). A first sync
merges the server's cards the way ``import`` does; conflicts keep the local value and are
reported.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO


def _dump(value: object, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=1)
    out.write("\n")


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in text)


def configure_accounts(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a CardDAV/CalDAV account")
    add.add_argument("url", metavar="URL", help="the server, or one address book's address")
    add.add_argument("--user", default="", metavar="U", help="user name on the server")
    add.add_argument(
        "--password-command",
        default="",
        metavar="CMD",
        help="a command printing the password (instead of the system keyring)",
    )
    add.add_argument("--no-password", action="store_true", help="the server needs no password")
    add.add_argument(
        "--fingerprint",
        default="",
        metavar="SHA256",
        help="trust the server's own certificate with this SHA-256 fingerprint",
    )
    add.add_argument(
        "--allow-insecure",
        action="store_true",
        help="allow plain http to another computer (the password travels unencrypted)",
    )
    listing = actions.add_parser("list", help="the accounts")
    listing.add_argument(
        "--json",
        action="store_true",
        help='one JSON array: [{"id", "url", "user", "addressbook", "calendar", "last_sync", '
        '"last_result"}]',
    )
    remove = actions.add_parser("remove", help="forget an account (the contacts stay)")
    remove.add_argument("id", type=int, metavar="ID")


def run_accounts(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.errors import NetDeskError
    from netdesk.core.sync.accounts import AccountInput, accounts, add_account, remove_account
    from netdesk.core.sync.credentials import Secret

    if args.action == "add":
        password = None
        if args.user and not args.password_command and not args.no_password:
            import getpass

            if not sys.stdin.isatty():
                raise NetDeskError(
                    "no terminal to ask the password on: use --password-command (or --no-password)"
                )
            password = Secret(getpass.getpass(f"Password for {args.user}: "))
        account_id = add_account(
            AccountInput(
                args.url,
                args.user,
                password,
                args.password_command,
                args.fingerprint,
                args.allow_insecure,
            )
        )
        out.write(f"{account_id}\n")
        return 0
    if args.action == "remove":
        if not remove_account(args.id):
            raise NetDeskError(f"there is no account {args.id} (see `accounts list`)")
        return 0
    found = accounts()
    if args.json:
        _dump(
            [
                {
                    "id": a.id,
                    "url": a.url,
                    "user": a.username,
                    "addressbook": a.addressbook_url,
                    "calendar": a.calendar_url,
                    "last_sync": a.last_sync,
                    "last_result": a.last_result,
                }
                for a in found
            ],
            out,
        )
        return 0
    for a in found:
        who = f" as {a.username}" if a.username else ""
        out.write(_printable(f"{a.id:>4}  {a.url}{who}  ({a.addressbook_url})") + "\n")
    return 0


def configure_sync(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        help='one JSON object: {"uploaded", "downloaded", "deleted_local", "deleted_remote", '
        '"merged", "conflicts"}',
    )


def run_sync(args: argparse.Namespace, out: TextIO) -> int:
    from netdesk.core.errors import NetDeskError
    from netdesk.core.sync.accounts import accounts
    from netdesk.core.sync.calendar import sync_calendar_account
    from netdesk.core.sync.contacts import SyncSummary, sync_account
    from netdesk.core.sync.runs import combined

    found = accounts()
    if not found:
        raise NetDeskError("no sync account: add one with `netdesk accounts add URL`")
    summaries: list[SyncSummary] = []
    for account in found:
        # The contacts first: a follow-up or meeting from another device names its person.
        summaries.append(sync_account(account.id))
        summaries.append(sync_calendar_account(account.id))
    total = combined(summaries)
    if args.json:
        _dump(total.as_json(), out)
        return 0
    out.write(
        f"{total.uploaded} uploaded, {total.downloaded} downloaded, "
        f"{total.deleted_local} deleted here, {total.deleted_remote} deleted on the server, "
        f"{total.merged} merged, {len(total.conflicts)} conflicts.\n"
    )
    for c in total.conflicts:
        out.write(
            _printable(
                f"  {c.display_name}: {c.field} kept {c.local!r} (the server has {c.remote!r})"
            )
            + "\n"
        )
    return 0
