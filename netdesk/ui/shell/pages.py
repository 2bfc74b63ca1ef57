"""The window's pages in the sidebar, built in one place: This week (home), Contacts (the table
and the card), the referral tree, Companies, Postings, the Network map and the Dashboard.

The window calls :func:`build_pages` once its panels exist and keeps what it returns (it
never comes here itself); a new page
is one ``navigation.add_page`` call here, which also lists it under View > Go to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from netdesk.ui.companies.page import CompaniesPage
from netdesk.ui.contacts.card import ContactCard
from netdesk.ui.dashboard.page import DashboardPage
from netdesk.ui.map.page import MapPage
from netdesk.ui.meetings.panel import MeetingsIntegration
from netdesk.ui.postings.editor import edit_posting
from netdesk.ui.postings.page import PostingsPage
from netdesk.ui.postings.page_import import import_job_pages
from netdesk.ui.postings.paste import paste_posting
from netdesk.ui.reminders.panel import Reminders
from netdesk.ui.rhythms.neglected import Neglected
from netdesk.ui.shell.contacts_page import ContactsPage
from netdesk.ui.shell.context import PanelContext
from netdesk.ui.shell.navigation import Navigation
from netdesk.ui.tree.panel import ReferralTreeIntegration


@dataclass(frozen=True)
class Pages:
    navigation: Navigation
    card: ContactCard
    contacts_page: ContactsPage
    companies: CompaniesPage
    postings: PostingsPage
    network_map: MapPage
    dashboard: DashboardPage
    reminders: Reminders
    neglected: Neglected
    """Tools > Who have I neglected? (its Show in Contacts goes to the Contacts page)."""
    searches: dict[str, Callable[[], None]] = field(default_factory=dict)
    """Edit > Find on a page with a search of its own, by page key (the Contacts page's search
    is the window's)."""

    def stop(self) -> None:
        """The window closes: nothing of the pages runs on by itself any more (the reminders'
        timer and tray icon, the map's reading and replay, the dashboard's reading)."""
        self.reminders.stop()
        self.network_map.stop()
        self.dashboard.stop()


def _focus(field: QLineEdit) -> Callable[[], None]:
    def focus() -> None:
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

    return focus


def build_pages(
    context: PanelContext,
    meetings: MeetingsIntegration,
    referral_tree: ReferralTreeIntegration,
    contacts: tuple[QWidget, QWidget, QWidget],
) -> Pages:
    """The sidebar and its pages; ``contacts`` are the Contacts page's filter bar, table and
    empty state, which the window keeps."""
    card = ContactCard(context)
    meetings.attach_timeline(card.timeline)
    filter_bar, table, empty_panel = contacts
    contacts_page = ContactsPage(filter_bar, table, card, empty_panel)
    navigation = Navigation(context.actions)
    navigation.add_page(
        "week",
        QCoreApplication.translate("MainWindow", "This &week"),
        "this-week",
        meetings.week_view,
        "Ctrl+1",
    )
    navigation.add_page(
        "contacts",
        QCoreApplication.translate("MainWindow", "&Contacts"),
        "contacts",
        contacts_page,
        "Ctrl+2",
    )
    navigation.add_page(
        "tree",
        QCoreApplication.translate("MainWindow", "&Referral tree"),
        "referral-tree",
        referral_tree.panel,
        "Ctrl+3",
    )
    companies = CompaniesPage(context)
    navigation.add_page(
        "companies",
        QCoreApplication.translate("MainWindow", "C&ompanies"),
        "companies",
        companies,
        "Ctrl+4",
    )
    postings = PostingsPage(context)
    navigation.add_page(
        "postings",
        QCoreApplication.translate("MainWindow", "&Postings"),
        "postings",
        postings,
        "Ctrl+5",
    )
    network_map = MapPage(context)
    navigation.add_page(
        "map",
        QCoreApplication.translate("MainWindow", "Network &map"),
        "network-map",
        network_map,
        "Ctrl+6",
    )
    dashboard = DashboardPage(context)
    navigation.add_page(
        "dashboard",
        QCoreApplication.translate("MainWindow", "&Dashboard"),
        "dashboard",
        dashboard,
        "Ctrl+7",
    )
    dashboard.contact_activated.connect(lambda _id: navigation.show_page("contacts"))
    # Someone chosen in This week is shown where their row is.
    meetings.week_view.contact_activated.connect(lambda _id: navigation.show_page("contacts"))
    _connect_postings(context, navigation, card, companies, postings)
    meetings.week_view.posting_activated.connect(
        lambda posting_id: edit_posting(context, posting_id)
    )
    # The tray icon and notifications; a click on one opens This week.
    reminders = Reminders(context, lambda: navigation.show_page("week"))
    neglected = Neglected(context)
    searches = {
        "tree": referral_tree.panel.focus_filter,
        "companies": _focus(companies.search),
        "postings": _focus(postings.search),
        "map": network_map.focus_search,
    }
    return Pages(
        navigation,
        card,
        contacts_page,
        companies,
        postings,
        network_map,
        dashboard,
        reminders,
        neglected,
        searches,
    )


def _connect_postings(
    context: PanelContext,
    navigation: Navigation,
    card: ContactCard,
    companies: CompaniesPage,
    postings: PostingsPage,
) -> None:
    """The ways into a posting's dialogs from every page that shows postings."""
    postings.new_requested.connect(lambda: edit_posting(context))
    postings.edit_requested.connect(lambda posting_id: edit_posting(context, posting_id))
    postings.open_pages_requested.connect(lambda paths: import_job_pages(context, list(paths)))
    postings.paste_requested.connect(lambda: paste_posting(context))
    card.posting_activated.connect(lambda posting_id: edit_posting(context, posting_id))

    def show_company(company_id: int) -> None:
        navigation.show_page("companies")
        companies.show_company(company_id)

    postings.company_requested.connect(show_company)
