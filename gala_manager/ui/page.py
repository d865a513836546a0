"""The base of every area page in the main window's navigation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from gala_manager.core.operations import Area, check_areas
from gala_manager.ui.controller import GalaController
from gala_manager.ui.long_lived import settle
from gala_manager.ui.table_model import RowTableModel


class Page(QWidget):
    """An area of the gala (Overview, Programme ...), shown from the navigation.

    Subclasses set `key` and `areas` (`Area` members: anything else fails when
    the class is defined), build their widgets in `__init__`, and implement
    `reload` and `retranslate_ui`; `ui/areas.py` names them and their title,
    and the window builds each when it is first shown. The page reloads when a
    change touches one of its `areas` and it is visible, or when it is next
    shown (`_stale`), so hidden pages cost nothing. A visible page reloads once the
    event that changed the gala is over (a zero-delay timer): never inside a
    model's `setData` or `dropMimeData`, and once for several changes. Its
    grids should `update_rows`, so views keep selection and scroll; a new
    document empties them first.
    """

    key = ""
    areas: frozenset[Area] = frozenset()
    # Kinds of problem targets this page can show, e.g. {"act"} for ("act", 12).
    target_kinds: frozenset[str] = frozenset()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        cls.areas = check_areas(cls.areas, f"{cls.__name__}.areas")

    def __init__(self, controller: GalaController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._stale = True
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.refresh_if_stale)
        controller.changed.connect(self._on_changed)
        controller.document_changed.connect(self._on_document_changed)

    def title(self) -> str:
        """The page's name in the navigation, translated (named in `ui/areas.py`)."""
        from gala_manager.ui.areas import spec_of

        spec = spec_of(self.key)
        return spec.translated_title() if spec is not None else self.key

    def reload(self) -> None:
        """Read what the page shows from the controller."""
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        """Set every visible text again (the language changed)."""
        raise NotImplementedError

    @classmethod
    def handles(cls, target: tuple) -> bool:
        """Whether a problem's target is shown on this page (asked before it is built)."""
        return bool(target) and (target[0] == cls.key or target[0] in cls.target_kinds)

    def show_target(self, target: tuple) -> None:
        """Select what a problem's target names; pages override where they can."""

    def menu_actions(self) -> dict[str, list[QAction]]:
        """Actions the main window adds to its menus while this page shows."""
        return {}

    # -- plumbing ---------------------------------------------------------------

    def refresh_if_stale(self) -> None:
        """Reload now if a change arrived since the last reload."""
        self._reload_timer.stop()
        if self._stale and self.controller.document is not None:
            self._stale = False
            self.reload()
            # The page's module, widgets and the gala's kept rows stay: out of full GC passes.
            settle(type(self))

    @property
    def reload_pending(self) -> bool:
        """Whether a change is waiting for the page to reload."""
        return self._stale

    def _on_changed(self, areas: frozenset[Area]) -> None:
        if self.areas & set(areas):
            self._stale = True
            if self.isVisible():
                self._reload_timer.start()

    def _on_document_changed(self) -> None:
        self._stale = True
        # Rows of another gala share ids with this one's: start the grids afresh.
        for model in self.findChildren(RowTableModel):
            model.set_rows([])
        if self.isVisible():
            self._reload_timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_if_stale()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
