"""Calendar weeks as job seekers plan them: Monday to Sunday, ISO week numbers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Week:
    monday: date

    @classmethod
    def containing(cls, day: date) -> Week:
        return cls(day - timedelta(days=day.weekday()))

    @classmethod
    def parse(cls, text: str) -> Week:
        """Parse ``2026-W48`` (ISO week); raises ValueError with a readable message."""
        try:
            year_part, week_part = text.strip().upper().split("-W")
            return cls(date.fromisocalendar(int(year_part), int(week_part), 1))
        except ValueError as exc:
            raise ValueError(f"{text!r} is not an ISO week such as 2026-W48") from exc

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def iso(self) -> str:
        year, week, _ = self.monday.isocalendar()
        return f"{year}-W{week:02d}"

    def previous(self) -> Week:
        return Week(self.monday - timedelta(days=7))

    def next(self) -> Week:
        return Week(self.monday + timedelta(days=7))

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.monday <= day <= self.sunday
