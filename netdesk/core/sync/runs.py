"""One sync of every account, as the window runs it: each account in turn (its address book,
then its calendar), an account that cannot be reached not stopping the others, and the first
sync of an account told apart (its matches are shown to the user before anything is written).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from netdesk.core.errors import NetDeskError
from netdesk.models import sync_state
from netdesk.models.sync_state import AccountRecord as AccountRecord

from .calendar import sync_calendar_account
from .contacts import ChoosePlan, SyncConflict, SyncSummary, sync_account
from .errors import ServerUnreachable


@dataclass(frozen=True)
class AccountResult:
    account_id: int
    url: str
    summary: SyncSummary | None = None
    error: str = ""
    """What went wrong, for the user (never with the password); empty when it synced."""
    offline: bool = False
    """The server did not answer: normal when offline, tried again next time."""
    cancelled: bool = False
    """The user closed the first sync's preview: nothing was written on either side."""


class PreviewCancelled(NetDeskError):
    """Raised by ``choose_first`` when the user closed the first sync's preview."""


@dataclass
class SyncRun:
    accounts: list[AccountResult] = field(default_factory=list)

    @property
    def total(self) -> SyncSummary:
        return combined(r.summary for r in self.accounts if r.summary is not None)

    @property
    def conflicts(self) -> list[SyncConflict]:
        return self.total.conflicts

    @property
    def failed(self) -> list[AccountResult]:
        return [r for r in self.accounts if r.error and not (r.offline or r.cancelled)]

    @property
    def offline(self) -> list[AccountResult]:
        return [r for r in self.accounts if r.offline]


def combined(summaries: Iterable[SyncSummary]) -> SyncSummary:
    """The counts of several syncs added up, their conflicts one after another."""
    total = SyncSummary()
    for s in summaries:
        total.uploaded += s.uploaded
        total.downloaded += s.downloaded
        total.deleted_local += s.deleted_local
        total.deleted_remote += s.deleted_remote
        total.merged += s.merged
        total.conflicts.extend(s.conflicts)
    return total


def accounts() -> list[AccountRecord]:
    return sync_state.accounts()


def is_first_sync(account: AccountRecord) -> bool:
    """Nothing shared with the server yet: its cards are matched with the contacts here, and the
    user sees the matches before they are merged."""
    return not account.sync_token and not sync_state.cards(account.id)


def sync_all(
    choose_first: ChoosePlan | None = None,
    *,
    starting: Callable[[int, int, AccountRecord], None] | None = None,
) -> SyncRun:
    """Sync every account in turn; ``choose_first`` previews an account's first sync (raising
    a `NetDeskError` there leaves that account as it was); ``starting(index, count, account)``
    is told before each one."""
    run = SyncRun()
    found = accounts()
    for index, account in enumerate(found):
        if starting is not None:
            starting(index, len(found), account)
        choose = choose_first if is_first_sync(account) else None
        try:
            contacts = sync_account(account.id, choose=choose)
            summary = combined((contacts, sync_calendar_account(account.id)))
        except PreviewCancelled as exc:
            run.accounts.append(
                AccountResult(account.id, account.url, error=str(exc), cancelled=True)
            )
        except ServerUnreachable as exc:
            run.accounts.append(
                AccountResult(account.id, account.url, error=str(exc), offline=True)
            )
        except NetDeskError as exc:
            run.accounts.append(AccountResult(account.id, account.url, error=str(exc)))
        else:
            run.accounts.append(AccountResult(account.id, account.url, summary))
    return run
