"""The card's "Postings" section: the job postings the person is linked to (told you about it,
referred you, hiring manager, met you about it), open ones first, each with its stage.

Read on a worker whenever the card's contact changes or the store reports a change to postings,
companies or contacts; hidden, heading included, while the person is linked to none. A posting's
title is a link: activating it (click, or Tab and Enter) emits :attr:`CardPostings.activated`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from netdesk.core.errors import NetDeskError
from netdesk.core.posting_links import ContactPosting, contact_postings
from netdesk.models.store import Changes, Topic
from netdesk.ui import labels
from netdesk.ui.contacts.card_parts import secondary, section
from netdesk.ui.shell.store_signals import ChangeWatch, StoreSignals
from netdesk.ui.shell.tasks import run_task

TOPICS = (Topic.POSTINGS, Topic.COMPANIES, Topic.CONTACTS)
_SCHEME = "posting:"


class CardPostings(QWidget):
    """The postings one contact is linked to."""

    activated = Signal(int)
    """A posting's title was activated: the owner opens it (a posting id)."""
    loaded = Signal()

    def __init__(self, signals: StoreSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact_id: int | None = None
        self._generation = 0
        self._loading = False
        self._postings: list[ContactPosting] = []
        self.header = section(self.tr("Postings"))
        self.rows: list[tuple[QLabel, QLabel]] = []
        self._boxes: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 10, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.header)
        self.hide()
        self._watch = ChangeWatch(signals, TOPICS, self._changed, self)

    def set_contact(self, contact_id: int | None) -> None:
        self._contact_id = contact_id
        self._load()

    def postings(self) -> list[ContactPosting]:
        return list(self._postings)

    def is_loading(self) -> bool:
        return self._loading

    def _changed(self, changes: Changes) -> None:
        contact_id = self._contact_id
        ids = changes.ids(Topic.CONTACTS)
        if contact_id is None:
            return
        if (
            Topic.POSTINGS in changes
            or Topic.COMPANIES in changes
            or (Topic.CONTACTS in changes and (ids is None or contact_id in ids))
        ):
            self._load()

    def _load(self) -> None:
        self._watch.cancel()
        self._generation += 1
        generation, contact_id = self._generation, self._contact_id
        if contact_id is None:
            self._loading = False
            self._show([])
            return
        self._loading = True

        def done(found: list[ContactPosting] | None, error: BaseException | None) -> None:
            if generation != self._generation:
                return
            self._loading = False
            if error is not None and not isinstance(error, NetDeskError):
                raise error
            self._show(found or [])

        run_task(lambda _progress: contact_postings(contact_id), done, owner=self)

    def _show(self, postings: list[ContactPosting]) -> None:
        self._postings = postings
        for box in self._boxes:
            self._layout.removeWidget(box)
            box.deleteLater()
        self._boxes = []
        self.rows = []
        for posting in postings:
            title = QLabel(
                self.tr("{title} at {company}").format(
                    title=f'<a href="{_SCHEME}{posting.posting_id}">'
                    f"{html.escape(posting.title)}</a>",
                    company=html.escape(posting.company),
                )
            )
            title.setTextFormat(Qt.TextFormat.RichText)
            title.setWordWrap(True)
            title.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            title.setToolTip(self.tr("Open this posting"))
            title.linkActivated.connect(self._link_activated)
            roles = ", ".join(labels.label(role) for role in posting.roles)
            detail = secondary(
                QLabel(
                    self.tr("{stage} · {roles}").format(
                        stage=labels.label(posting.stage), roles=roles
                    )
                )
            )
            detail.setTextFormat(Qt.TextFormat.PlainText)
            detail.setWordWrap(True)
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 2, 0, 2)
            box_layout.setSpacing(0)
            box_layout.addWidget(title)
            box_layout.addWidget(detail)
            self._layout.addWidget(box)
            self._boxes.append(box)
            self.rows.append((title, detail))
        self.setVisible(bool(postings))
        self.loaded.emit()

    def _link_activated(self, link: str) -> None:
        if link.startswith(_SCHEME) and link[len(_SCHEME) :].isdigit():
            self.activated.emit(int(link[len(_SCHEME) :]))
