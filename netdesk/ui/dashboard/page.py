"""The Dashboard page: is my networking working?

Seven charts (``netdesk.ui.dashboard.charts``) over the span chosen at the top (the last 12
or 26 weeks, or the whole campaign): meetings per week; names obtained per meeting against the
goal of two; the network's growth by generation beside the steady two-per-meeting curve; warm
and cold leads met; thank-you notes sent on time; the opportunity funnel; who introduced the
most people (a click selects them). The figures (``netdesk.core.dashboard``) are read on a
worker, again when the store says meetings, people, referrals, tasks or postings changed (in
this window or another process); while the page is hidden it only notes that.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.dashboard import (
    DEEPEST_GENERATION,
    Dashboard,
    FunnelStep,
    Span,
    read_dashboard,
)
from netdesk.core.dates import Week
from netdesk.core.text import one_line
from netdesk.models.enums import Lead
from netdesk.models.store import Changes, Topic
from netdesk.ui.dashboard.charts import BarChart, HBar, HBarChart, LineChart, Series
from netdesk.ui.formatting import format_date, format_decimal, format_number
from netdesk.ui.labels import label
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.shown_page import ShownPage
from netdesk.ui.shell.store_signals import ChangeWatch
from netdesk.ui.shell.tasks import Task, run_task
from netdesk.ui.theme import page_title, secondary
from netdesk.ui.widgets import to_qdate

TOPICS = (Topic.MEETINGS, Topic.CONTACTS, Topic.REFERRALS, Topic.TASKS, Topic.POSTINGS)
"""What the figures depend on."""

SPAN_SETTING = "dashboard/span"


def _percent(share: float | None) -> str:
    if share is None:
        return "–"
    return QCoreApplication.translate("Dashboard", "{value} %").format(
        value=format_decimal(100 * share, 0)
    )


class DashboardPage(ShownPage):
    """The page the sidebar's "Dashboard" shows."""

    figures_shown = Signal()
    """The charts show the figures read last (or the read failed)."""
    contact_activated = Signal(int)
    """A top introducer was clicked (and selected): their contact id."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._task: Task[Dashboard] | None = None
        self.figures: Dashboard | None = None
        self.title = page_title(self.tr("Dashboard"), self)
        self.span = QComboBox(self)
        self.span.setAccessibleName(self.tr("Span shown"))
        for span, text in (
            (Span.WEEKS_12, self.tr("Last 12 weeks")),
            (Span.WEEKS_26, self.tr("Last 26 weeks")),
            (Span.WHOLE, self.tr("Whole campaign")),
        ):
            self.span.addItem(text, span.value)
        saved = str(context.settings.value(SPAN_SETTING, Span.WEEKS_12.value))
        self.span.setCurrentIndex(max(0, self.span.findData(saved)))
        self.span.currentIndexChanged.connect(self._span_changed)
        self.span.setToolTip(self.tr("How far back the charts look"))
        span_label = QLabel(self.tr("&Show:"), self)
        span_label.setBuddy(self.span)
        self.summary = secondary(QLabel(self))
        self.summary.setWordWrap(True)

        self.meetings = BarChart(self.tr("Meetings per week"))
        self.meetings.set_empty_text(self.tr("No meeting held yet in this span."))
        self.ratio = BarChart(self.tr("Names obtained per meeting"))
        self.ratio.set_empty_text(
            self.tr("No meeting held yet: ask for two names in every meeting.")
        )
        self.growth = LineChart(self.tr("People in the network, by generation"))
        self.growth.set_empty_text(self.tr("Nobody in the network yet."))
        self.growth.note = self.tr(
            "Two per meeting: the people you knew directly, plus two for every meeting held."
        )
        self.growth.setToolTip(self.growth.note)
        self.growth.setMinimumHeight(300)
        self.leads = HBarChart(self.tr("Leads that led to a meeting"))
        self.leads.set_empty_text(self.tr("Nobody added in this span."))
        self.thank_yous = HBarChart(self.tr("Thank-you notes"))
        self.thank_yous.set_empty_text(self.tr("No thank-you note was due in this span."))
        self.funnel = HBarChart(self.tr("Opportunity funnel"))
        self.funnel.set_empty_text(self.tr("Nothing in the funnel yet."))
        self.introducers = HBarChart(self.tr("Who introduced the most people"))
        self.introducers.set_empty_text(self.tr("Nobody has introduced anyone yet."))
        self.introducers.activated.connect(self._introducer_clicked)
        self.charts = (
            self.meetings,
            self.ratio,
            self.growth,
            self.leads,
            self.thank_yous,
            self.funnel,
            self.introducers,
        )

        grid = QGridLayout()
        grid.addWidget(self.meetings, 0, 0)
        grid.addWidget(self.ratio, 0, 1)
        grid.addWidget(self.growth, 1, 0, 1, 2)
        grid.addWidget(self.leads, 2, 0)
        grid.addWidget(self.thank_yous, 2, 1)
        grid.addWidget(self.funnel, 3, 0)
        grid.addWidget(self.introducers, 3, 1)
        inside = QWidget()
        inside.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Charts"))
        scroll.setWidget(inside)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(span_label)
        top.addWidget(self.span)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self._watch = ChangeWatch(context.signals, TOPICS, self._store_changed, self)
        context.signals.switched.connect(lambda _path: self._store_changed(Changes({})))

    # Reading ----------------------------------------------------------------------------------

    @property
    def current_span(self) -> Span:
        return Span(str(self.span.currentData()))

    @property
    def is_reading(self) -> bool:
        return self._task is not None

    def refresh(self, today: date | None = None) -> None:
        """Read the figures again on a worker (the charts shown stay until it answers)."""
        self._stale = False
        if self._task is not None:
            self._task.cancel()
        span = self.current_span
        task: Task[Dashboard] | None = None

        def finished(result: Dashboard | None, error: BaseException | None) -> None:
            if task is not self._task:
                return  # a newer read replaced this one
            self._task = None
            if error is not None or result is None:
                self._context.show_status(
                    self.tr("The dashboard could not be read: {error}").format(error=error), 8000
                )
            else:
                self.show_figures(result)
            self.figures_shown.emit()

        task = run_task(lambda _p: read_dashboard(span, today), finished, owner=self)
        self._task = task

    def stop(self) -> None:
        """The window closes: a read under way is dropped."""
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _span_changed(self) -> None:
        self._context.settings.setValue(SPAN_SETTING, self.current_span.value)
        self.refresh()

    def _introducer_clicked(self, contact_id: int) -> None:
        self._context.selection.select(contact_id)
        self.contact_activated.emit(contact_id)

    # Showing ----------------------------------------------------------------------------------

    def show_figures(self, figures: Dashboard) -> None:
        """Put ``figures`` in the charts."""
        self.figures = figures
        locale = QLocale()
        short = [locale.toString(to_qdate(w.week.monday), "d MMM") for w in figures.weeks]
        long = [self._week_name(w.week) for w in figures.weeks]
        self._show_summary(figures)
        self.meetings.set_data(
            short,
            [Series(self.tr("Meetings held"), [w.meetings for w in figures.weeks])],
            tip_labels=long,
        )
        self.ratio.value_text = lambda v: format_decimal(float(v), 1)
        self.ratio.set_data(
            short,
            [
                Series(
                    self.tr("Names per meeting"),
                    [w.referrals_per_meeting for w in figures.weeks],
                )
            ],
            goal=figures.goal,
            goal_name=self.tr("Goal: {goal} per meeting").format(goal=figures.goal),
            tip_labels=long,
        )
        self.ratio.tip_text = lambda _s, i: self._ratio_tip(figures, i, long[i])
        self._show_growth(figures, short, long)
        self._show_leads(figures)
        self._show_thank_yous(figures)
        self._show_funnel(figures)
        self.introducers.set_data(
            [
                HBar(
                    one_line(i.name, 60).strip(),  # one line of text, whatever the name holds
                    i.introductions,
                    format_number(i.introductions),
                    self.tr(
                        "%Ln people introduced; click to show them in Contacts", "", i.introductions
                    ),
                    key=i.contact_id,
                )
                for i in figures.introducers
            ]
        )

    def _week_name(self, week: Week) -> str:
        return self.tr("Week of {day} ({week})").format(day=format_date(week.monday), week=week.iso)

    def _ratio_tip(self, figures: Dashboard, index: int, week: str) -> str:
        w = figures.weeks[index]
        return self.tr(
            "{week}\n{names} names from {meetings} meetings: {ratio} per meeting (goal {goal})"
        ).format(
            week=week,
            names=format_number(w.referrals),
            meetings=format_number(w.meetings),
            ratio=format_decimal(w.referrals_per_meeting or 0.0, 1),
            goal=figures.goal,
        )

    def _show_summary(self, figures: Dashboard) -> None:
        ratio = figures.referrals_per_meeting
        if ratio is None:
            self.summary.setText(self.tr("No meeting held in this span yet."))
            return
        self.summary.setText(
            self.tr(
                "%Ln meetings held, {ratio} names per meeting (goal {goal}).", "", figures.meetings
            ).format(ratio=format_decimal(ratio, 1), goal=figures.goal)
        )

    def _show_growth(self, figures: Dashboard, short: list[str], long: list[str]) -> None:
        growth = figures.growth
        series = [
            Series(
                self.tr("Generation {n}").format(n=g + 1)
                if g + 1 < DEEPEST_GENERATION
                else self.tr("Generation {n} and beyond").format(n=g + 1),
                growth.generations[g],
            )
            for g in range(DEEPEST_GENERATION)
        ]
        series.append(Series(self.tr("Everyone"), growth.everyone))
        series.append(Series(self.tr("Two per meeting"), growth.steady, dashed=True))
        self.growth.set_data(short, series, tip_labels=long)

    def _show_leads(self, figures: Dashboard) -> None:
        rows = []
        for share in sorted(figures.leads, key=lambda s: s.lead != Lead.WARM.value):
            try:
                name = label(Lead(share.lead))
            except ValueError:
                name = share.lead
            text = _percent(share.share)
            tip = self.tr("{lead}: {met} of {people} met ({share})").format(
                lead=name,
                met=format_number(share.met),
                people=format_number(share.people),
                share=text,
            )
            rows.append(HBar(name, share.share or 0.0, text, tip))
        self.leads.set_data(rows if any(s.people for s in figures.leads) else [], scale=1.0)

    def _show_thank_yous(self, figures: Dashboard) -> None:
        t = figures.thank_yous
        if not t.due:
            self.thank_yous.set_data([])
            return
        rows = [
            (self.tr("Sent on time"), t.on_time, self.tr("by the day they were due")),
            (self.tr("Sent late"), t.late, self.tr("after the day they were due")),
            (self.tr("Not sent, overdue"), t.owed, self.tr("past the day they were due")),
            (self.tr("Not sent yet"), t.waiting, self.tr("still within their window")),
        ]
        self.thank_yous.set_data(
            [
                HBar(
                    name,
                    n,
                    self.tr("{count} ({share})").format(
                        count=format_number(n), share=_percent(n / t.due)
                    ),
                    self.tr("{name}: {count} of {due} notes, {what}").format(
                        name=name, count=format_number(n), due=format_number(t.due), what=what
                    ),
                )
                for name, n, what in rows
            ],
            scale=float(t.due),
        )

    def _show_funnel(self, figures: Dashboard) -> None:
        names = {
            FunnelStep.CONTACTS: (self.tr("Contacts"), self.tr("people added")),
            FunnelStep.MET: (self.tr("Met"), self.tr("people met at least once")),
            FunnelStep.INTRODUCED: (
                self.tr("Introduced"),
                self.tr("postings with an introduction"),
            ),
            FunnelStep.APPLIED: (self.tr("Applied"), self.tr("postings applied for")),
            FunnelStep.INTERVIEWING: (
                self.tr("Interviewing"),
                self.tr("postings with an interview"),
            ),
            FunnelStep.OFFER: (self.tr("Offer"), self.tr("postings with an offer")),
        }
        rows = [
            HBar(
                names[step][0],
                n,
                format_number(n),
                self.tr("{step}: {count} {what}").format(
                    step=names[step][0], count=format_number(n), what=names[step][1]
                ),
            )
            for step, n in figures.funnel
        ]
        self.funnel.set_data(rows if any(n for _s, n in figures.funnel) else [])
