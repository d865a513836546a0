"""The console's menu: the screens to go full screen on, and the run's other commands."""

from __future__ import annotations

from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from gala_manager.core.models import RehearsalKind
from gala_manager.core.programme.rehearsals import list_rehearsals
from gala_manager.core.show.runs import show_has_log
from gala_manager.ui.console.console_actions import NEW_REHEARSAL
from gala_manager.ui.console.screens import (
    full_screen_on,
    remember_screen,
    remembered_screen,
    screen_label,
)


def next_rehearsal_kind(rehearsals) -> RehearsalKind:
    """A first rehearsal until one is recorded, then the final (dress) rehearsal."""
    done = {r.kind for r in rehearsals}
    return RehearsalKind.FINAL if RehearsalKind.FIRST in done else RehearsalKind.FIRST


class ConsoleMenu(QMenu):
    """Rebuilt each time it opens, so it lists the screens connected now."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("consoleMenuPopup")
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """List the commands for the console's current state."""
        self.clear()
        window = self.window
        rehearsal = self.addAction(self.tr("Rehearsal run (the show log is not touched)"))
        rehearsal.setObjectName("runRehearsal")
        rehearsal.setCheckable(True)
        rehearsal.setChecked(window.run is not None)
        rehearsal.triggered.connect(lambda: window.switch_run(NEW_REHEARSAL,
                                                              self.next_rehearsal_kind()))
        show = self.addAction(self.tr("The show"))
        show.setObjectName("runShow")
        show.setCheckable(True)
        show.setChecked(window.run is None)
        show.triggered.connect(lambda: window.switch_run(None))
        reset = self.addAction(self.tr("Reset the show…"))
        reset.setObjectName("resetShow")
        reset.setEnabled(window.controller.document is not None and not
                         window.controller.read_only and window.controller.read(show_has_log))
        reset.triggered.connect(window.reset_show)
        self.addSeparator()
        self.addMenu(self._draws_menu())
        self.addMenu(self._screens_menu(self.tr("Full screen on"), "console", self.window))
        stage = self._screens_menu(self.tr("Stage display on"), "stage", None)
        self.addMenu(stage)
        self.addMenu(window.music.outputs_menu(self))
        crew = self.addAction(self.tr("Share with phones (crew, audience)… (F9)"))
        crew.setObjectName("shareCrew")
        crew.triggered.connect(window.companions.show_crew_dialog)
        self.addSeparator()
        close = self.addAction(self.tr("Close the console"))
        close.setObjectName("closeConsole")
        close.triggered.connect(self.window.close)

    def next_rehearsal_kind(self) -> RehearsalKind:
        """The kind of the rehearsal a new run records."""
        return next_rehearsal_kind(self.window.controller.read(list_rehearsals))

    def _draws_menu(self) -> QMenu:
        """The evening's lucky draws; one opens on the big screen (a trial in a rehearsal)."""
        from gala_manager.core.draws import list_draws
        from gala_manager.ui.draws.big_screen import BigScreenWindow

        menu = QMenu(self.tr("Lucky draw"), self)
        menu.setObjectName("consoleDraws")
        controller = self.window.controller
        draws = controller.read(list_draws) if controller.document is not None else []
        for row in draws:
            text = row.data.name if not row.has_run else self.tr("{draw} (drawn)").format(
                draw=row.data.name)
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, d=row.id: BigScreenWindow(
                controller, d, run=self.window.run, parent=self.window).show())
        menu.setEnabled(bool(draws))
        return menu

    def _screens_menu(self, title: str, key: str, window: QWidget | None) -> QMenu:
        """A submenu of the connected screens; choosing one goes full screen there (the
        console itself, or the stage display when `window` is None)."""
        menu = QMenu(title, self)
        menu.setObjectName(f"{key}Screens")
        chosen = remembered_screen(key) or (window.screen() if window else None)
        for screen in QGuiApplication.screens():
            action = QAction(screen_label(screen), menu)
            action.setCheckable(True)
            action.setChecked(screen is chosen)
            action.triggered.connect(
                lambda _=False, s=screen: self._full_screen(key, window, s))
            menu.addAction(action)
        return menu

    def _full_screen(self, key: str, window: QWidget | None, screen) -> None:
        if window is None:
            self.window.companions.open_stage_display(screen, remember=True)
            return
        remember_screen(key, screen)
        full_screen_on(window, screen)
