"""The referral forest: who led to whom, the path back to someone you knew, the opening line."""

from __future__ import annotations

from dataclasses import dataclass

from netdesk.core.text import isolate_bidi
from netdesk.core.wording import translate
from netdesk.models import referrals as referrals_data


@dataclass(frozen=True)
class ChainLink:
    id: int
    display_name: str
    reason: str = ""
    calls_ahead: bool = False


def path_to_me(contact_id: int) -> list[ChainLink]:
    """The chain of introductions from someone you already knew down to ``contact_id``.

    The first link is a root (nobody referred them); the last is the contact itself. Iterative,
    so a chain thousands of levels deep is no problem.
    """
    return [ChainLink(*row) for row in referrals_data.path_rows(contact_id)]


def describe_path(chain: list[ChainLink], max_links: int | None = None) -> str:
    """ "You know Sara Smith -> she introduced John Public -> ..." as plain text.

    With ``max_links`` a longer chain keeps its first and last links and says how many
    introductions lie between them.
    """
    if not chain:
        return ""
    first = isolate_bidi(chain[0].display_name)
    if len(chain) == 1:
        return translate("Referrals", "You know {name} directly.").format(name=first)
    parts = [translate("Referrals", "You know {name}").format(name=first)]
    middle = chain[1:]
    introduced = translate("Referrals", "who introduced {name}")
    if max_links is not None and len(chain) > max(max_links, 3):
        head = max(1, (max_links - 1) // 2)
        tail = max(1, max_links - 1 - head)
        skipped = len(middle) - head - tail
        parts.extend(
            introduced.format(name=isolate_bidi(link.display_name)) for link in middle[:head]
        )
        parts.append(
            translate("Referrals", "... {count} more introductions ...").format(
                count=f"{skipped:,}"
            )
        )
        middle = middle[-tail:]
    parts.extend(introduced.format(name=isolate_bidi(link.display_name)) for link in middle)
    return " -> ".join(parts)


def opening_sentence(referrer: str) -> str:
    """The opening line for someone ``referrer`` sent you to (one wording for the window, the
    This week page and the printed sheet)."""
    return translate("Referrals", "{name} suggested I give you a call.").format(
        name=isolate_bidi(referrer)
    )


def opening_line(contact_id: int) -> str | None:
    """What to say first on a call or in an e-mail: "Sara Smith suggested I give you a call.\""""
    name = referrals_data.referrer_name(contact_id)
    if name is None:
        return None
    return opening_sentence(name)


def referrer_of(contact_id: int) -> int | None:
    return referrals_data.referrer_of(contact_id)


def referred_by(contact_id: int) -> list[int]:
    """Ids of the people ``contact_id`` referred, by name."""
    return referrals_data.referred_by(contact_id)


def generation_sizes() -> list[int]:
    """How many people each generation holds: [people you knew, their referrals, ...]."""
    return referrals_data.generation_sizes()
