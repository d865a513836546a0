"""Opens the one show console of a gala: from any page (F11), or to resume a run after a crash.

Opening asks "rehearsal run or the show?" (the show on the gala's day, else a
rehearsal) unless a run is still going, which the console then resumes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gala_manager.ui.console.clock import SystemClock

if TYPE_CHECKING:
    from gala_manager.ui.console.console_window import ShowConsoleWindow

REHEARSAL, SHOW = "rehearsal", "show"


class ConsoleLauncher(QObject):
    """Owns the console window of a controller's gala (see `console_launcher`)."""

    # Injected by tests: the console's clock (None: the real one).
    clock = None

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.console: ShowConsoleWindow | None = None
        controller.document_changed.connect(self._offer_resume)

    def open_console(self, parent: QWidget | None = None) -> ShowConsoleWindow | None:
        """Open (or raise) the console; None when no gala is open or the user cancels."""
        if self.controller.document is None:
            return None
        if self.console is None:
            from gala_manager.core.show.runs import unfinished_runs

            running = self.controller.read(unfinished_runs)
            if running:
                run = running[0]
            else:
                from gala_manager.ui.console.console_actions import NEW_REHEARSAL

                choice = self.ask_run(parent, self._default_choice())
                if not choice:
                    return None
                run = None if choice == SHOW else NEW_REHEARSAL
            self._create(run)
        self.console.show()
        self.console.raise_()
        self.console.activateWindow()
        return self.console

    def _create(self, run: int | None) -> None:
        # The console's modules load when it first opens: every window makes a launcher
        # (before the storage layer loads: the window shows first).
        from gala_manager.core.programme.rehearsals import list_rehearsals
        from gala_manager.ui.console.console_menu import next_rehearsal_kind
        from gala_manager.ui.console.console_window import ShowConsoleWindow
        from gala_manager.ui.console.screens import fit_on_screen, remembered_screen

        kind = next_rehearsal_kind(self.controller.read(list_rehearsals))
        self.console = ShowConsoleWindow(self.controller, self.clock, run=run,
                                         rehearsal_kind=kind)
        fit_on_screen(self.console, remembered_screen("console"), 1280, 800)
        self.console.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.console.destroyed.connect(self._forget_console)

    def _default_choice(self) -> str:
        """The show on the gala's day, a rehearsal run any other day."""
        from gala_manager.core.gala.facts import get_gala_facts

        day = self.controller.read(get_gala_facts).date
        today = (self.clock or SystemClock()).now().date()
        return SHOW if day == today else REHEARSAL

    def _forget_console(self) -> None:
        self.console = None

    def _offer_resume(self) -> None:
        """A gala opened with a run still going (a crash): offer to resume it."""
        if self.console is not None:
            self.console.close()
        if self.controller.document is None:
            return
        from gala_manager.core.show.runs import unfinished_runs

        running = self.controller.read(unfinished_runs)
        if running and self.ask_resume(running[0]):
            self.open_console()

    # -- questions (tests replace these) ---------------------------------------------

    def ask_run(self, parent: QWidget | None, default: str) -> str:
        """"rehearsal", "show", or "" when cancelled."""
        box = QMessageBox(parent)
        box.setWindowTitle(self.tr("Show console"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(self.tr("A rehearsal run or the show?"))
        box.setInformativeText(self.tr(
            "A rehearsal run records a rehearsal with each act's measured time; the show "
            "log is not touched. The show writes the night's log."))
        rehearsal = box.addButton(self.tr("Rehearsal run"), QMessageBox.ButtonRole.AcceptRole)
        show = box.addButton(self.tr("The show"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(show if default == SHOW else rehearsal)
        box.exec()
        clicked = box.clickedButton()
        return REHEARSAL if clicked is rehearsal else SHOW if clicked is show else ""

    def ask_resume(self, run: int | None) -> bool:
        """Ask whether to resume the run still going (None: the show)."""
        text = (self.tr("The show of this gala was still running. Open the show console to "
                        "resume it?") if run is None else
                self.tr("A rehearsal run of this gala was still going. Open the show console "
                        "to resume it?"))
        return QMessageBox.question(None, self.tr("Resume the show"), text) == \
            QMessageBox.StandardButton.Yes


def console_launcher(controller) -> ConsoleLauncher:
    """The launcher of a controller's console (made once, on first use)."""
    launcher = controller.findChild(ConsoleLauncher)
    return launcher if launcher is not None else ConsoleLauncher(controller)
