"""The editor's give-before-getting and keep-in-touch fields: what the contact is good at and
needs, and their own rhythm ("Keep in touch every [2] [weeks]"), or the default rule's, shown
while none is set."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from netdesk.core.rhythms import MAX_RHYTHM_DAYS, RhythmRule, rhythm_rules, rhythm_words
from netdesk.models.enums import Lead, Relationship, Status
from netdesk.ui import labels

WEEKS = "weeks"
DAYS = "days"
SHORT_TEXT_LINES = 3
"""The height of the good at / needs boxes, in lines: a few words, not an essay."""


def short_text(name: str, placeholder: str) -> QPlainTextEdit:
    """A few lines of plain text (Tab moves on, as in the form's other fields)."""
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * SHORT_TEXT_LINES + 12)
    return edit


def applying_rule(
    rules: list[RhythmRule],
    *,
    tags: list[str],
    status: Status,
    relationship: Relationship,
    lead: Lead,
) -> RhythmRule | None:
    """The default rule that applies to a contact with these values, in ``core.rhythms``' order
    (the tightest tag rule, else status, else relationship, else warm or cold): the editor asks
    for the values being typed, before they are saved."""
    wanted = {t.casefold() for t in tags}
    tag_rules = [r for r in rules if r.kind == "tag" and r.key.casefold() in wanted]
    if tag_rules:
        return min(tag_rules, key=lambda r: r.days)
    for kind, value in (("status", status), ("relationship", relationship), ("lead", lead)):
        for rule in rules:
            if rule.kind == kind and rule.key == value.value:
                return rule
    return None


class RhythmField(QWidget):
    """The contact's own rhythm, or none (the default rules decide; the hint says which)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules = rhythm_rules()
        self.own = QCheckBox(self.tr("Keep in touch every"))
        self.own.setToolTip(self.tr("Set a rhythm for this person, whatever the default rules say"))
        self.count = QSpinBox()
        self.count.setAccessibleName(self.tr("Keep in touch every, number"))
        self.count.setRange(1, MAX_RHYTHM_DAYS)
        self.count.setValue(2)
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Keep in touch every, unit"))
        self.unit.addItem(self.tr("weeks"), WEEKS)
        self.unit.addItem(self.tr("days"), DAYS)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.default_hint = QLabel()
        self.default_hint.setWordWrap(True)
        self.own.toggled.connect(self._own_toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.own)
        layout.addWidget(self.count)
        layout.addWidget(self.unit)
        layout.addWidget(self.default_hint, 1)
        self._unit_changed()
        self._own_toggled(False)

    def _unit_changed(self) -> None:
        weeks = self.unit.currentData() == WEEKS
        self.count.setMaximum(MAX_RHYTHM_DAYS // 7 if weeks else MAX_RHYTHM_DAYS)

    def _own_toggled(self, on: bool) -> None:
        self.count.setEnabled(on)
        self.unit.setEnabled(on)
        self.default_hint.setVisible(not on)

    def set_days(self, days: int | None) -> None:
        self.own.setChecked(days is not None)
        if days is None:
            return
        weeks = days % 7 == 0
        self.unit.setCurrentIndex(self.unit.findData(WEEKS if weeks else DAYS))
        self.count.setValue(days // 7 if weeks else days)

    def days(self) -> int | None:
        """The rhythm set on the contact, in days (None: the default rules')."""
        if not self.own.isChecked():
            return None
        return self.count.value() * (7 if self.unit.currentData() == WEEKS else 1)

    def show_default(
        self, *, tags: list[str], status: Status, relationship: Relationship, lead: Lead
    ) -> None:
        """Say which default applies to the contact as the form describes it now."""
        rule = applying_rule(
            self._rules, tags=tags, status=status, relationship=relationship, lead=lead
        )
        self.default_hint.setText(self.default_text(rule))

    def default_text(self, rule: RhythmRule | None) -> str:
        if rule is None:
            return self.tr("none: no default rule applies, so they are never due")
        every = rhythm_words(rule.days)
        if rule.kind == "tag":
            text = self.tr('the default for the tag "{name}": {every}')
            return text.format(name=rule.key, every=every)
        if rule.kind == "lead":
            if rule.key == Lead.WARM.value:
                return self.tr("the default for warm leads: {every}").format(every=every)
            return self.tr("the default for cold leads: {every}").format(every=every)
        value = Status(rule.key) if rule.kind == "status" else Relationship(rule.key)
        return self.tr("the default for {name}: {every}").format(
            name=labels.label(value), every=every
        )
