"""The main window's stack of area pages, each imported and built when first shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from gala_manager.ui.areas import PageSpec
from gala_manager.ui.controller import GalaController
from gala_manager.ui.page import Page


class PageStack(QStackedWidget):
    """One slot per page of `specs`: an empty placeholder until the page is wanted.

    A page's module brings its area's widgets and wording; start-up only pays
    for the page shown first. `page_built(page)` lets the window wire a page up.
    """

    page_built = Signal(object)

    def __init__(self, controller: GalaController, specs: Sequence[PageSpec],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.specs = list(specs)
        self._pages: dict[str, Page] = {}
        for _spec in self.specs:
            self.addWidget(QWidget())

    def page(self, key: str) -> Page | None:
        """The page of an area, built now if it was not yet (None for an unknown key)."""
        if key in self._pages:
            return self._pages[key]
        index = next((i for i, spec in enumerate(self.specs) if spec.key == key), -1)
        if index < 0:
            return None
        page = self.specs[index].load()(self.controller)
        current = self.currentIndex()
        placeholder = self.widget(index)
        self.removeWidget(placeholder)
        placeholder.deleteLater()
        self.insertWidget(index, page)
        self.setCurrentIndex(current)
        self._pages[key] = page
        self.page_built.emit(page)
        return page

    def built(self) -> list[Page]:
        """The pages built so far, in navigation order."""
        return [self._pages[s.key] for s in self.specs if s.key in self._pages]

    def show_row(self, row: int) -> Page | None:
        """Show the page in a row of the navigation (building it first)."""
        if not 0 <= row < len(self.specs):
            return None
        page = self.page(self.specs[row].key)
        self.setCurrentIndex(row)
        return page
