"""The "Network" part of the tree panel: referrals per meeting against the goal, and generations.

Counting the generations walks every referral, so it runs on a worker; a newer count cancels
the one in flight.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from netdesk.core import tree
from netdesk.ui.formatting import format_decimal, format_number
from netdesk.ui.shell.tasks import Progress, Task, run_task


class NetworkNumbers(QWidget):
    """The network's numbers under the tree, counted again on every refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: Task[object] | None = None
        self._numbers: tree.NetworkNumbers | None = None
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setObjectName("networkNumbers")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Network</b>")))
        layout.addWidget(self.label)

    def text(self) -> str:
        return self.label.text()

    def forget(self) -> None:
        """Another database is open: the old numbers are not shown while the new ones count."""
        self._numbers = None

    def refresh(self) -> None:
        """Count the network's generations off the GUI thread (it walks every referral)."""
        if self._task is not None:
            self._task.cancel()
        if self._numbers is None:
            self.label.setText(self.tr("Counting..."))

        def work(_progress: Progress) -> object:
            return tree.network_numbers()

        def done(result: object, error: BaseException | None) -> None:
            if task is not self._task:
                return
            self._task = None
            if error is not None or not isinstance(result, tree.NetworkNumbers):
                self.label.setText(self.tr("Numbers unavailable: {error}").format(error=error))
                return
            self._numbers = result
            self.label.setText(self.numbers_text(result))

        task = run_task(work, done, owner=self)
        self._task = task

    def numbers_text(self, numbers: tree.NetworkNumbers) -> str:
        per_meeting = numbers.referrals_per_meeting
        if per_meeting is None:
            first = self.tr("No meetings held yet: each one should bring {goal} new names.").format(
                goal=numbers.goal
            )
        else:
            verdict = (
                self.tr("on target") if per_meeting >= numbers.goal else self.tr("below target")
            )
            first = self.tr(
                "{per} referrals per meeting (goal {goal}, {verdict}): "
                "{referrals} from {meetings} meetings."
            ).format(
                per=format_decimal(per_meeting),
                goal=numbers.goal,
                verdict=verdict,
                referrals=format_number(numbers.referrals_from_meetings),
                meetings=format_number(numbers.meetings_held),
            )
        sizes = numbers.generations
        shown = ", ".join(format_number(n) for n in sizes[:8])
        if len(sizes) > 8:
            shown += self.tr(", ... (%Ln more generations)", "", len(sizes) - 8)
        generations = self.tr(
            "%Ln generations below the people you knew; people per generation: {sizes}.",
            "",
            numbers.depth,
        ).format(sizes=shown)
        return f"{first}\n{generations}"
