"""Errors the core raises; every message is written for the person using NetDesk."""

from __future__ import annotations

from dataclasses import dataclass


class NetDeskError(Exception):
    """Base of the errors a user can act on."""


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


class ValidationError(NetDeskError):
    """One or more fields are wrong; ``errors`` says which, so a form can show them inline."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(e.message for e in errors))

    def for_field(self, field: str) -> str | None:
        return next((e.message for e in self.errors if e.field == field), None)


class ReferralCycleError(ValidationError):
    """Setting this referrer would make someone their own (indirect) referrer."""

    def __init__(self, message: str) -> None:
        super().__init__([FieldError("referrer", message)])


class NotFoundError(NetDeskError):
    pass
