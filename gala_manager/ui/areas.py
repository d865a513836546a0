"""The pages of the main window's navigation, in order, loaded when first shown.

Each page is named here with its module and its title, so the window can list
every page at start-up and import and build one only when it is first shown:
a page's module brings its area's widgets, verbs and wording with it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.ui.page import Page


@dataclass(frozen=True)
class PageSpec:
    """A page of the navigation: its key, where its class lives and its title.

    The title is translated in the context of the page's class, so the class
    name is also the context of `title`.
    """

    key: str
    module: str
    name: str
    title: str

    def load(self) -> type[Page]:
        """The page's class (importing its module the first time)."""
        return getattr(importlib.import_module(self.module), self.name)

    def translated_title(self) -> str:
        """The page's name in the navigation, in the current language."""
        return QCoreApplication.translate(self.name, self.title)


PAGES = [
    PageSpec("gala", "gala_manager.ui.overview.overview_page", "OverviewPage",
             QT_TRANSLATE_NOOP("OverviewPage", "Overview")),
    PageSpec("programme", "gala_manager.ui.programme.programme_page", "ProgrammePage",
             QT_TRANSLATE_NOOP("ProgrammePage", "Programme")),
    PageSpec("staff", "gala_manager.ui.staff.staff_page", "StaffPage",
             QT_TRANSLATE_NOOP("StaffPage", "Staff")),
    PageSpec("guests", "gala_manager.ui.guests.guests_page", "GuestsPage",
             QT_TRANSLATE_NOOP("GuestsPage", "Guests")),
    PageSpec("awards", "gala_manager.ui.awards.awards_page", "AwardsPage",
             QT_TRANSLATE_NOOP("AwardsPage", "Awards")),
    PageSpec("quiz", "gala_manager.ui.quiz.quiz_page", "QuizPage",
             QT_TRANSLATE_NOOP("QuizPage", "Quiz")),
    PageSpec("supplies", "gala_manager.ui.supplies.supplies_page", "SuppliesPage",
             QT_TRANSLATE_NOOP("SuppliesPage", "Supplies")),
    PageSpec("sponsors", "gala_manager.ui.sponsors.sponsors_page", "SponsorsPage",
             QT_TRANSLATE_NOOP("SponsorsPage", "Sponsors")),
    PageSpec("contingency", "gala_manager.ui.contingency.contingency_page", "ContingencyPage",
             QT_TRANSLATE_NOOP("ContingencyPage", "Contingency")),
    PageSpec("draws", "gala_manager.ui.draws.draws_page", "DrawsPage",
             QT_TRANSLATE_NOOP("DrawsPage", "Lucky draw")),
    PageSpec("tasks", "gala_manager.ui.tasks.tasks_page", "TasksPage",
             QT_TRANSLATE_NOOP("TasksPage", "Tasks")),
]


def page_classes() -> list[type[Page]]:
    """Every area page's class, in navigation order (imports every page module)."""
    return [spec.load() for spec in PAGES]


def spec_of(key: str) -> PageSpec | None:
    """The page with this key."""
    return next((spec for spec in PAGES if spec.key == key), None)
