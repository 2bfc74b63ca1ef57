"""The window's pages in the sidebar, built in one place: This week (home), Contacts (the table
and the card), the referral tree, Companies and Postings.

The window calls :func:`build_pages` once its panels exist and keeps what it returns; a new page
is one ``navigation.add_page`` call here, which also lists it under View > Go to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from netdesk.ui.companies.page import CompaniesPage
from netdesk.ui.contacts.card import ContactCard
from netdesk.ui.postings.page import PostingsPage
from netdesk.ui.shell.contacts_page import ContactsPage
from netdesk.ui.shell.navigation import Navigation

if TYPE_CHECKING:
    from netdesk.ui.shell.main_window import MainWindow


@dataclass(frozen=True)
class Pages:
    navigation: Navigation
    card: ContactCard
    contacts_page: ContactsPage
    companies: CompaniesPage
    postings: PostingsPage


def build_pages(window: MainWindow) -> Pages:
    """The sidebar and its pages, in the window's central area."""
    card = ContactCard(window.context)
    window.meetings.attach_timeline(card.timeline)
    contacts_page = ContactsPage(window.filter_bar, window.table, card, window.empty_panel)
    navigation = Navigation(window.registry)
    navigation.add_page(
        "week",
        QCoreApplication.translate("MainWindow", "This &week"),
        "this-week",
        window.meetings.week_view,
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
        window.referral_tree.panel,
        "Ctrl+3",
    )
    companies = CompaniesPage(window.context)
    navigation.add_page(
        "companies",
        QCoreApplication.translate("MainWindow", "C&ompanies"),
        "companies",
        companies,
        "Ctrl+4",
    )
    postings = PostingsPage(window.context)
    navigation.add_page(
        "postings",
        QCoreApplication.translate("MainWindow", "&Postings"),
        "postings",
        postings,
        "Ctrl+5",
    )
    # Someone chosen in This week is shown where their row is.
    window.meetings.week_view.contact_activated.connect(
        lambda _id: navigation.show_page("contacts")
    )
    window.setCentralWidget(navigation)
    window.setTabOrder(navigation.sidebar, window.search)
    window.setTabOrder(window.clear_filters_button, window.table)
    return Pages(navigation, card, contacts_page, companies, postings)
