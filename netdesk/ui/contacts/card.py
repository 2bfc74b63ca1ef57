"""The contact card beside the contact table: who someone is, how to reach them, how you came
to know them, what to do next, and what happened so far.

It follows the current contact (``context.selection``) and reads it on a worker; it reads again
when the store says the contact, the referrals or the tasks changed, whoever wrote them. Status,
warm or cold, the next step, the follow-up day, tags and notes are edited right on the card:
each edit is written on the window's writer and is one undo step, like a save in the editor
(which "Edit all..." opens for everything else). A field being typed in is not overwritten by a
re-read; it is saved when it loses the focus.
"""

from __future__ import annotations

import itertools

import shiboken6
from PySide6.QtCore import QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.card import CardData, message_values, read_card, tel_url
from netdesk.core.compose import ComposeFor
from netdesk.core.errors import NetDeskError
from netdesk.core.messages import Fit
from netdesk.core.messages.mailto import mailto
from netdesk.core.text import isolate_bidi
from netdesk.models.enums import Lead, Status
from netdesk.models.records import ContactData
from netdesk.models.store import Changes, Topic
from netdesk.ui import labels
from netdesk.ui.compose.menu import contact_templates, fill_compose_menu
from netdesk.ui.compose.saved import saved_templates
from netdesk.ui.contacts.card_edits import CardEdits
from netdesk.ui.contacts.card_parts import (
    LEAD_COLOURS,
    STATUS_COLOURS,
    Avatar,
    Chip,
    ReachRow,
    secondary,
    section,
)
from netdesk.ui.contacts.card_postings import CardPostings
from netdesk.ui.contacts.card_rhythm import CardKeepInTouch
from netdesk.ui.icons import icon
from netdesk.ui.meetings.timeline import TimelineWidget
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.store_signals import ChangeWatch
from netdesk.ui.shell.tasks import run_task
from netdesk.ui.widgets import ErrorLabel, opening_line_label

CARD_TOPICS = (Topic.CONTACTS, Topic.REFERRALS, Topic.TASKS)
MIN_WIDTH, MAX_WIDTH = 320, 600
PATH_NAMES_SHOWN = 5
"""A longer chain of introductions shows its first and last names and how many lie between."""


class ContactCard(QWidget):
    """The current contact, as a card (see the module docstring)."""

    loaded = Signal(object)
    """The card shows this contact (an id), or nothing (None), as read just now."""
    meeting_activated = Signal(int)
    """A meeting in the history was opened (double-click): the owner opens its form."""
    posting_activated = Signal(int)
    """A posting the person is linked to was opened: the owner opens it (a posting id)."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._contact_id: int | None = None
        self._card: CardData | None = None
        self._shown: dict[str, object] = {}
        self._generation = 0
        self._loading = False
        self._filling = False
        self._reach_key: tuple[object, ...] | None = None
        self._reach_rows: list[ReachRow] = []
        self.setMinimumWidth(MIN_WIDTH)
        self.setMaximumWidth(MAX_WIDTH)
        self.setAccessibleName(self.tr("Contact card"))

        self.stack = QStackedWidget()
        self.empty_page = self._build_empty()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.scroll_area.setWidget(body)
        self._build_body(body)
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.scroll_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        # Never narrower than its rows of buttons in the running language (Spanish's History
        # buttons need 440 px where English's need 330): the splitter then narrows the table,
        # and nothing on the card is cut off at its right edge.
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        needed = body.minimumSizeHint().width() + scroll_bar + 4
        self.setMinimumWidth(min(max(MIN_WIDTH, needed), MAX_WIDTH))

        self._watch = ChangeWatch(context.signals, CARD_TOPICS, self._store_changed, self)
        context.selection.current_changed.connect(self._current_changed)
        context.signals.switched.connect(lambda _path: self.set_contact(self._contact_id))
        context.signals.closed.connect(lambda: self.set_contact(None))
        self.set_contact(context.selection.current())

    # Building ------------------------------------------------------------------------------------

    def _build_empty(self) -> QWidget:
        page = QWidget()
        picture = QLabel()
        picture.setPixmap(icon("no-contact").pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("No contact selected"))
        title.setProperty("role", "section")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = secondary(
            QLabel(
                self.tr(
                    "Choose someone in the list to see how to reach them, how you came to know "
                    "them and what to do next."
                )
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title = title
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addWidget(picture)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addStretch(2)
        return page

    def _build_body(self, body: QWidget) -> None:
        self.error = ErrorLabel()
        self.edits = CardEdits(self._context)
        self.edits.failed.connect(self.error.show_message)
        self.edits.reload_requested.connect(self._load)
        # Who: avatar, name, title at company, chips, Edit all.
        self.avatar = Avatar()
        self.name_label = QLabel()
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.role_label = secondary(QLabel())
        self.role_label.setTextFormat(Qt.TextFormat.PlainText)
        self.role_label.setWordWrap(True)
        self.past_label = secondary(QLabel())
        self.past_label.setTextFormat(Qt.TextFormat.PlainText)
        self.past_label.setWordWrap(True)
        self.lead_chip = Chip()
        lead_menu = QMenu(self.lead_chip)
        for lead in Lead:
            action = lead_menu.addAction(self._lead_icon(lead), labels.label(lead))
            action.triggered.connect(lambda _=False, v=lead: self.edits.save_fields({"lead": v}))
        self.lead_chip.setMenu(lead_menu)
        self.status_chip = Chip()
        status_menu = QMenu(self.status_chip)
        for status in Status:
            action = status_menu.addAction(icon(f"status-{status.value}"), labels.label(status))
            action.triggered.connect(
                lambda _=False, v=status: self.edits.save_fields({"status": v})
            )
        self.status_chip.setMenu(status_menu)
        self.edit_button = QPushButton(icon("edit-contact"), self.tr("Edit all..."))
        self.edit_button.setAccessibleName(self.tr("Edit all details"))
        self.edit_button.setAccessibleDescription(
            self.tr("Opens the full editor for everything the card does not change in place")
        )
        self.edit_button.clicked.connect(self._open_editor)
        chips = QHBoxLayout()
        chips.setSpacing(6)
        chips.addWidget(self.lead_chip)
        chips.addWidget(self.status_chip)
        chips.addStretch(1)
        who_text = QVBoxLayout()
        who_text.setSpacing(2)
        who_text.addWidget(self.name_label)
        who_text.addWidget(self.role_label)
        who_text.addWidget(self.past_label)
        who_text.addLayout(chips)
        who = QHBoxLayout()
        who.setSpacing(12)
        who.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        who.addLayout(who_text, 1)

        # How to reach them.
        self.reach_header = section(self.tr("How to reach them"))
        self.reach_box = QVBoxLayout()
        self.reach_box.setSpacing(0)
        self.no_reach = secondary(QLabel(self.tr("No e-mail address or phone number yet.")))
        self.no_reach.setWordWrap(True)

        # How you know them.
        self.path_header = section(self.tr("How you know them"))
        self.path_label = QLabel()
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chain_label = secondary(QLabel())
        self.chain_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chain_label.setWordWrap(True)
        self.chain_label.setAccessibleName(self.tr("Path to you"))
        self.reason_label = secondary(QLabel())
        self.reason_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_label.setWordWrap(True)
        self.opening_label = opening_line_label()
        self.copy_opening_button = QToolButton()
        self.copy_opening_button.setIcon(icon("copy"))
        self.copy_opening_button.setAutoRaise(True)
        self.copy_opening_button.setToolTip(self.tr("Copy opening line"))
        self.copy_opening_button.setAccessibleName(self.tr("Copy opening line"))
        self.copy_opening_button.clicked.connect(self.copy_opening_line)
        self.opening_copied = secondary(QLabel(self.tr("Copied")))
        self.opening_copied.hide()
        opening = QHBoxLayout()
        opening.addWidget(self.opening_label, 1)
        opening.addWidget(self.opening_copied, 0, Qt.AlignmentFlag.AlignTop)
        opening.addWidget(self.copy_opening_button, 0, Qt.AlignmentFlag.AlignTop)
        self.postings = CardPostings(self._context.signals)
        self.postings.activated.connect(self.posting_activated)
        self.keep_in_touch = CardKeepInTouch(self._context.signals)

        # History.
        self.history_header = section(self.tr("History"))
        self.log_meeting_button = QToolButton()
        self.log_meeting_button.setIcon(icon("log-meeting"))
        self.log_meeting_button.setText(self.tr("Log a meeting..."))
        self.log_meeting_button.setAccessibleName(self.tr("Log a meeting"))
        self.log_meeting_button.clicked.connect(self._log_meeting)
        self.compose_button = QToolButton()
        self.compose_button.setIcon(icon("compose"))
        self.compose_button.setText(self.tr("Compose"))
        self.compose_button.setAccessibleName(self.tr("Compose a message"))
        self.compose_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.compose_button.setMenu(QMenu(self.compose_button))
        self.compose_button.clicked.connect(lambda: self.compose_with(None))
        for button in (self.log_meeting_button, self.compose_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(self.log_meeting_button)
        history_buttons.addWidget(self.compose_button)
        history_buttons.addStretch(1)
        context = self._context
        self.timeline = TimelineWidget(
            writer=context.writer, after_undo=self._undone, signals=context.signals
        )
        self.timeline.title.hide()  # the card's own header says whose history it is
        timeline_layout = self.timeline.layout()
        if timeline_layout is not None:
            timeline_layout.setContentsMargins(0, 0, 0, 0)
        self.timeline.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.view.setMinimumHeight(200)
        self.timeline.summary.setAccessibleName(self.tr("What was said"))
        self.timeline.call_button.setAccessibleName(self.tr("Log a call"))
        self.timeline.email_button.setAccessibleName(self.tr("Log an e-mail"))
        self.timeline.more_button.setAccessibleName(self.tr("More things to log"))
        self.timeline.view.setAccessibleName(self.tr("History"))
        self.timeline.meeting_activated.connect(self.meeting_activated)
        self.timeline.compose_requested.connect(self._compose_about_meeting)
        self.timeline.log_meeting_requested.connect(
            lambda cid: self._context.actions.log_meeting(cid)
        )

        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(6)
        layout.addLayout(who)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        sections: list[tuple[QLabel | None, list[QWidget | QLayout]]] = [
            (self.reach_header, [self.reach_box, self.no_reach]),
            (
                self.path_header,
                [
                    self.path_label,
                    self.chain_label,
                    self.reason_label,
                    self.keep_in_touch.waiting_label,
                    opening,
                    self.postings,
                ],
            ),
            (self.keep_in_touch.header, [self.keep_in_touch]),
            (None, [self.edits]),
            (self.history_header, [history_buttons, self.timeline]),
        ]
        for header, parts in sections:
            layout.addSpacing(10)
            if header is not None:
                layout.addWidget(header)
            for part in parts:
                if isinstance(part, QWidget):
                    layout.addWidget(part)
                else:
                    layout.addLayout(part)
        layout.addStretch(1)

    # Following the selection and the store -------------------------------------------------------

    def contact_id(self) -> int | None:
        return self._contact_id

    def card(self) -> CardData | None:
        return self._card

    def is_loading(self) -> bool:
        return self._loading

    def _current_changed(self, contact_id: object) -> None:
        self.set_contact(contact_id if isinstance(contact_id, int) else None)

    def set_contact(self, contact_id: int | None) -> None:
        """Show ``contact_id`` (None: nothing); what was being typed for the last one is saved."""
        if self._card is not None and contact_id != self._card.contact_id:
            self.edits.save_edits()
        self._contact_id = contact_id
        self.timeline.set_contact(contact_id)
        self.postings.set_contact(contact_id)
        self.error.show_message(None)
        self._load()

    def _store_changed(self, changes: Changes) -> None:
        contact_id = self._contact_id
        if contact_id is None:
            return
        ids = changes.ids(Topic.CONTACTS)
        chain = {link.id for link in self._card.chain} if self._card else set()
        if (
            Topic.REFERRALS in changes
            or Topic.TASKS in changes
            or (Topic.CONTACTS in changes and (ids is None or contact_id in ids or ids & chain))
        ):
            self._load()

    def refresh(self) -> None:
        self._load()

    def _load(self) -> None:
        self._watch.cancel()
        self._generation += 1
        generation, contact_id = self._generation, self._contact_id
        if contact_id is None:
            self._loading = False
            self._show(None)
            return
        self._loading = True

        def done(card: CardData | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return  # another contact, or a newer read, is on its way
            self._loading = False
            if error is not None:
                if not isinstance(error, NetDeskError | ValueError | TypeError):
                    raise error
                self._show(None)
                self.empty_title.setText(self.tr("This contact cannot be shown"))
                self.loaded.emit(None)
                return
            if card is None:  # deleted meanwhile
                self._contact_id = None
                self.timeline.set_contact(None)
            self._show(card)

        run_task(lambda _progress: read_card(contact_id), done, owner=self)

    # Showing -------------------------------------------------------------------------------------

    def _show(self, card: CardData | None) -> None:
        self._card = card
        if card is None:
            self.empty_title.setText(self.tr("No contact selected"))
            self.stack.setCurrentWidget(self.empty_page)
            self._shown = {}
            self._reach_key = None
            self.loaded.emit(None)
            return
        data = card.contact
        self._filling = True
        try:
            self.avatar.set_person(data.name, data.photo)
            self.avatar.setAccessibleName(self.tr("Photo of {name}").format(name=data.name))
            self.name_label.setText(data.name)
            self.role_label.setText(self._role_text(data))
            self.role_label.setVisible(bool(self.role_label.text()))
            past = QLocale().createSeparatedList(data.past_employers)
            self.past_label.setText(self.tr("Used to work at {companies}").format(companies=past))
            self.past_label.setVisible(bool(past))
            self._show_chips(data)
            self._show_reach(data)
            self._show_path(card)
            self.keep_in_touch.show_card(card)
            self.edits.show_card(card)
            self._fill_compose_menu(card)
        finally:
            self._filling = False
        self.stack.setCurrentWidget(self.scroll_area)
        self._order_focus()
        self.loaded.emit(card.contact_id)

    def _role_text(self, data: ContactData) -> str:
        title, company = data.title.strip(), data.organization.strip()
        if title and company:
            return self.tr("{title} at {company}").format(title=title, company=company)
        return title or company

    def _lead_icon(self, lead: Lead) -> QIcon:
        return icon("warm-lead" if lead is Lead.WARM else "cold-lead")

    def _show_chips(self, data: ContactData) -> None:
        lead, status = Lead(data.lead), Status(data.status)
        self.lead_chip.setText(labels.label(lead))
        self.lead_chip.setIcon(self._lead_icon(lead))
        self.lead_chip.set_colour(LEAD_COLOURS[lead])
        self.lead_chip.setAccessibleName(self.tr("Lead: {value}").format(value=labels.label(lead)))
        self.lead_chip.setAccessibleDescription(self.tr("Choose warm or cold"))
        self.lead_chip.setToolTip(self.tr("Warm or cold lead: click to change"))
        self.status_chip.setText(labels.label(status))
        self.status_chip.setIcon(icon(f"status-{status.value}"))
        self.status_chip.set_colour(STATUS_COLOURS[status])
        self.status_chip.setAccessibleName(
            self.tr("Status: {value}").format(value=labels.label(status))
        )
        self.status_chip.setAccessibleDescription(self.tr("Choose where this contact stands"))
        self.status_chip.setToolTip(self.tr("Status: click to change"))

    def _show_reach(self, data: ContactData) -> None:
        key = (
            tuple((e.address, e.label) for e in data.emails),
            tuple((p.number, p.label) for p in data.phones),
            tuple((lk.url, lk.label) for lk in data.links),
            tuple(a.one_line() for a in data.addresses),
        )
        if key == self._reach_key:
            return
        self._reach_key = key
        for row in self._reach_rows:
            row.deleteLater()
        self._reach_rows = []
        for email in data.emails:
            address = email.address
            self._add_reach(
                "email",
                address,
                email.label,
                self.tr("Copy e-mail address {value}").format(value=address),
                ("email", self.tr("Write to {value}").format(value=address), self._mailer(address)),
            )
        for phone in data.phones:
            number = phone.number
            url = tel_url(number)
            action = (
                ("call", self.tr("Call {value}").format(value=number), self._opener(url))
                if url
                else None
            )
            copy = self.tr("Copy phone number {value}").format(value=number)
            self._add_reach("call", number, phone.label, copy, action)
        for link in data.links:
            web = QUrl.fromUserInput(link.url)
            action = (
                ("open-link", self.tr("Open {value}").format(value=link.url), self._opener(web))
                if web.scheme() in ("http", "https")
                else None
            )
            copy = self.tr("Copy link {value}").format(value=link.url)
            self._add_reach("link", link.url, link.label, copy, action)
        for place in data.addresses:
            text = place.one_line()
            copy = self.tr("Copy address {value}").format(value=text)
            self._add_reach("address", text, place.label, copy, None)
        self.no_reach.setVisible(not self._reach_rows)

    def _add_reach(
        self, meaning: str, value: str, label: str, copy_name: str, action: object
    ) -> None:
        shown = labels.reach_label(label)  # "work" stored, "geschäftlich" shown
        row = ReachRow(meaning, value, shown, copy_name, action)  # type: ignore[arg-type]
        row.copied.connect(
            lambda text: self._context.show_status(
                self.tr("Copied {value}").format(value=isolate_bidi(text)), 3000
            )
        )
        self.reach_box.addWidget(row)
        self._reach_rows.append(row)

    def _mailer(self, address: str) -> object:
        def write() -> None:
            try:
                url = mailto(address).url
            except ValueError:
                self.error.show_message(
                    self.tr("“{value}” is not an e-mail address a mail program can take.").format(
                        value=address
                    )
                )
                return
            self.open_url(QUrl.fromEncoded(url.encode("ascii")))

        return write

    def _opener(self, url: str | QUrl | None) -> object:
        target = QUrl.fromEncoded(url.encode("ascii")) if isinstance(url, str) else url
        return lambda: self.open_url(target) if target is not None else None

    def open_url(self, url: QUrl) -> bool:
        """Hand ``url`` to the desktop's handler for it (mail program, dialler, browser)."""
        if QDesktopServices.openUrl(url):
            return True
        self._context.show_status(
            self.tr("No program on this computer opens {kind} links.").format(kind=url.scheme()),
            6000,
        )
        return False

    def _show_path(self, card: CardData) -> None:
        up = card.path_up()
        referrer = card.referrer
        relationship = labels.label(card.contact.relationship)
        if referrer is None:
            self.path_label.setText(
                self.tr("You know {name} directly: {relationship}.").format(
                    name=isolate_bidi(card.contact.name), relationship=relationship
                )
            )
            how_met = card.contact.how_met.strip()
            self.reason_label.setText(
                self.tr("How you met: {how}").format(how=how_met) if how_met else ""
            )
            self.chain_label.hide()
            self.opening_label.setText("")
            self.opening_label.hide()
            self.copy_opening_button.hide()
        else:
            names = [isolate_bidi(link.display_name) for link in up]
            if len(names) > PATH_NAMES_SHOWN:
                skipped = len(names) - (PATH_NAMES_SHOWN - 1)
                more = self.tr("%Ln more introductions", "", skipped)
                names = [*names[: PATH_NAMES_SHOWN - 2], f"… {more} …", names[-1]]
            self.path_label.setText(
                self.tr("Referred by {name}").format(name=isolate_bidi(referrer.display_name))
            )
            self.chain_label.setText(" → ".join([*names, self.tr("you")]))
            self.chain_label.show()
            reason = card.contact.referral.reason.strip() if card.contact.referral else ""
            self.reason_label.setText(
                self.tr("Why: {reason}").format(reason=reason) if reason else ""
            )
            self.opening_label.setText(f"“{self.opening_line()}”")
            self.opening_label.show()
            self.copy_opening_button.show()
        self.reason_label.setVisible(bool(self.reason_label.text()))

    def opening_line(self) -> str:
        """What to say first: "Sara Smith suggested I give you a call." ("" without a referrer)."""
        referrer = self._card.referrer if self._card is not None else None
        if referrer is None:
            return ""
        return self.tr("{name} suggested I give you a call.").format(
            name=isolate_bidi(referrer.display_name)
        )

    def copy_opening_line(self) -> None:
        line = self.opening_line()
        if line:
            QGuiApplication.clipboard().setText(line)
            self.opening_copied.show()
            QTimer.singleShot(1500, self._opening_copied_over)
            self._context.show_status(self.tr("Opening line copied"), 3000)

    def _opening_copied_over(self) -> None:
        if shiboken6.isValid(self):
            self.opening_copied.hide()

    def _fill_compose_menu(self, card: CardData) -> None:
        templates = contact_templates(
            saved_templates(self._context.settings),
            message_values(card),
            has_referrer=card.referrer is not None,
        )
        fill_compose_menu(self.compose_button.menu(), templates, self.compose_with)
        self.compose_button.setToolTip(
            self.tr("Write to {name} from a template").format(name=isolate_bidi(card.contact.name))
        )

    def _order_focus(self) -> None:
        chain: list[QWidget] = [self.lead_chip, self.status_chip, self.edit_button]
        for row in self._reach_rows:
            chain += row.focus_chain()
        chain += [self.copy_opening_button, *self.edits.focus_chain()]
        chain += [
            self.log_meeting_button,
            self.compose_button,
            self.timeline.summary,
            self.timeline.call_button,
            self.timeline.email_button,
            self.timeline.more_button,
            self.timeline.view,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _undone(self, error: str | None) -> None:
        if error:
            self._context.show_status(error, 8000)

    # Commands ----------------------------------------------------------------------------------

    def _open_editor(self) -> None:
        if self._contact_id is not None:
            self.edits.save_edits()
            self._context.actions.open_editor(self._contact_id)

    def _log_meeting(self) -> None:
        if self._contact_id is not None:
            self._context.actions.log_meeting(self._contact_id)

    def compose_with(self, template_id: str | None) -> QDialog | None:
        """The Compose dialog for the contact, with ``template_id`` (None: the best fit)."""
        card = self._card
        if card is None:
            return None
        return self._context.actions.compose(ComposeFor(Fit.CONTACT, card.contact_id), template_id)

    def _compose_about_meeting(self, meeting_id: int) -> None:
        if self._contact_id is not None:
            request = ComposeFor(Fit.MEETING, self._contact_id, meeting_id=meeting_id)
            self._context.actions.compose(request)
