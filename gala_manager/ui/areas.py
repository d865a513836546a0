"""The pages of the main window's navigation, in order."""

from __future__ import annotations

from gala_manager.ui.page import Page


def page_classes() -> list[type[Page]]:
    """Every area page, in navigation order (imported here to keep start-up lean)."""
    from gala_manager.ui.contingency.contingency_page import ContingencyPage
    from gala_manager.ui.draws.draws_page import DrawsPage
    from gala_manager.ui.guests.guests_page import GuestsPage
    from gala_manager.ui.overview.overview_page import OverviewPage
    from gala_manager.ui.programme.programme_page import ProgrammePage
    from gala_manager.ui.sponsors.sponsors_page import SponsorsPage
    from gala_manager.ui.staff.staff_page import StaffPage
    from gala_manager.ui.supplies.supplies_page import SuppliesPage
    from gala_manager.ui.tasks.tasks_page import TasksPage

    return [OverviewPage, ProgrammePage, StaffPage, GuestsPage, SuppliesPage, SponsorsPage,
            ContingencyPage, DrawsPage, TasksPage]
