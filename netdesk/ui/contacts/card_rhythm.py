"""The card's "Keep in touch" section: what the person is good at and needs (give before
getting), their rhythm and where it comes from, and when they are due; and, for a name someone
gave you that you have not contacted yet, how long it has waited ("Sara Smith gave you John
Lee's name 9 days ago.", shown under How you know them).

The rhythm and the due day are read on a worker whenever the card shows a contact and whenever
the store reports a touch (an interaction, a meeting, a favour) or a rule changed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from netdesk.core.card import CardData
from netdesk.core.errors import NetDeskError
from netdesk.core.query import fetch_rows
from netdesk.core.rhythms import Rhythm, rhythm_of, rhythm_words, waiting_sentence
from netdesk.models.enums import Lead, Relationship, Status
from netdesk.models.store import Changes, Topic
from netdesk.ui import labels
from netdesk.ui.contacts.card_parts import secondary, section
from netdesk.ui.shell.store_signals import ChangeWatch, StoreSignals
from netdesk.ui.shell.tasks import run_task
from netdesk.ui.theme import meaning_colours
from netdesk.ui.widgets import to_qdate

TOPICS = (Topic.INTERACTIONS, Topic.MEETINGS, Topic.SETTINGS, Topic.CONTACTS)


def _label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CardKeepInTouch(QWidget):
    """Good at, needs, rhythm and due day of the card's contact."""

    def __init__(self, signals: StoreSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact_id: int | None = None
        self._generation = 0
        self._loading = False
        self.header = section(self.tr("Keep in touch"))
        self.good_at_label = _label()
        self.needs_label = _label()
        self.rhythm_label = _label()
        self.due_label = _label()
        self.waiting_label = _label()
        """Not in this widget's layout: the card shows it under How you know them."""
        self.waiting_label.setAccessibleName(self.tr("Name waiting for a call"))
        secondary(self.rhythm_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for label in (self.good_at_label, self.needs_label, self.rhythm_label, self.due_label):
            layout.addWidget(label)
        self._watch = ChangeWatch(signals, TOPICS, self._changed, self)

    def is_loading(self) -> bool:
        return self._loading

    def show_card(self, card: CardData | None, today: date | None = None) -> None:
        """Show ``card``'s contact (None: nobody); its rhythm follows from a worker."""
        today = today or date.today()
        if card is None:
            self._contact_id = None
            self._generation += 1
            self.waiting_label.hide()
            return
        data = card.contact
        self._contact_id = card.contact_id
        self._set(self.good_at_label, self.tr("Good at: {text}"), data.good_at)
        self._set(self.needs_label, self.tr("Needs: {text}"), data.needs)
        referrer = card.referrer
        waiting = data.status == Status.TO_CONTACT and data.referral is not None and referrer
        if waiting and data.referral is not None and referrer is not None:
            given = data.referral.referred_on or data.date_added or today
            self.waiting_label.setText(
                waiting_sentence(referrer.display_name, data.name, (today - given).days)
            )
        self.waiting_label.setVisible(bool(waiting))
        self._load()

    @staticmethod
    def _set(label: QLabel, template: str, text: str) -> None:
        text = " ".join(text.split())
        label.setText(template.format(text=text) if text else "")
        label.setVisible(bool(text))

    def _changed(self, changes: Changes) -> None:
        if self._contact_id is None:
            return
        ids = changes.ids(Topic.CONTACTS)
        if (
            Topic.INTERACTIONS in changes
            or Topic.MEETINGS in changes
            or Topic.SETTINGS in changes
            or (Topic.CONTACTS in changes and (ids is None or self._contact_id in ids))
        ):
            self._load()

    def _load(self) -> None:
        self._watch.cancel()
        self._generation += 1
        generation, contact_id = self._generation, self._contact_id
        if contact_id is None:
            return
        self._loading = True

        def work(_progress: object) -> tuple[Rhythm, date | None]:
            row = fetch_rows([contact_id]).get(contact_id)
            return rhythm_of(contact_id), None if row is None else row.keep_in_touch_due

        def done(result: tuple[Rhythm, date | None] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            self._loading = False
            if error is not None and not isinstance(error, NetDeskError):
                raise error
            if result is None:
                self.rhythm_label.setText("")
                self.due_label.setText("")
                return
            self._show_rhythm(*result)

        run_task(work, done, owner=self)

    def _show_rhythm(self, rhythm: Rhythm, due: date | None) -> None:
        if rhythm.days is None:
            self.rhythm_label.setText(self.tr("No rhythm: never due to keep in touch"))
            self.due_label.hide()
            return
        every = rhythm_words(rhythm.days)
        self.rhythm_label.setText(
            self.tr("Keep in touch {every} ({source})").format(
                every=every, source=self._source(rhythm)
            )
            if rhythm.source != "contact"
            else self.tr("Keep in touch {every} (set for this person)").format(every=every)
        )
        self.due_label.setVisible(due is not None)
        if due is None:
            return
        late = (date.today() - due).days
        colour = ""
        if late > 0:
            text = (
                self.tr("Overdue by 1 day")
                if late == 1
                else self.tr("Overdue by {count} days").format(count=f"{late:,}")
            )
            colour = meaning_colours().error
        elif late == 0:
            text = self.tr("Due today")
        else:
            day = QLocale().toString(to_qdate(due), QLocale.FormatType.LongFormat)
            text = self.tr("Due on {day}").format(day=day)
        self.due_label.setText(text)
        self.due_label.setStyleSheet(f"color: {colour};" if colour else "")

    def _source(self, rhythm: Rhythm) -> str:
        if rhythm.source == "tag":
            return self.tr('the default for the tag "{name}"').format(name=rhythm.key)
        if rhythm.source == "lead":
            if rhythm.key == Lead.WARM.value:
                return self.tr("the default for warm leads")
            return self.tr("the default for cold leads")
        value = Status(rhythm.key) if rhythm.source == "status" else Relationship(rhythm.key)
        return self.tr("the default for {name}").format(name=labels.label(value))
