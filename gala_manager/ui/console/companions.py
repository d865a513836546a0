"""The console's companion windows: the stage display and the phones' live views."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QScreen

from gala_manager.ui.console.crew_dialog import CrewShareDialog
from gala_manager.ui.console.screens import (
    fit_on_screen,
    full_screen_on,
    remember_screen,
    remembered_screen,
)
from gala_manager.ui.console.stage_display import StageDisplayWindow


class Companions(QObject):
    """Opens, feeds and closes the console's stage display and its crew sharing."""

    def __init__(self, console) -> None:
        super().__init__(console)
        self.console = console
        self.stage_display: StageDisplayWindow | None = None
        self.crew_dialog: CrewShareDialog | None = None

    def toggle_stage_display(self) -> None:
        """F10: open the stage display (on its remembered screen), or close it."""
        if self.stage_display is not None and self.stage_display.isVisible():
            self.stage_display.close()
        else:
            self.open_stage_display(remembered_screen("stage"))

    def open_stage_display(self, screen: QScreen | None = None,
                           remember: bool = False) -> StageDisplayWindow:
        """Show the stage display: full screen on `screen` if it is not the console's own,
        else as a window beside the console; it follows the console from now on."""
        if self.stage_display is None:
            self.stage_display = StageDisplayWindow()
            self.console.board_changed.connect(self.stage_display.show_board)
            self.stage_display.destroyed.connect(self._forget_stage_display)
        display = self.stage_display
        if self.crew_dialog is not None:
            display.set_audience_url(self.crew_dialog.audience.url)
        if self.console.board is not None:
            display.show_board(self.console.board)
        if remember and screen is not None:
            remember_screen("stage", screen)
        if screen is not None and screen is not self.console.screen():
            full_screen_on(display, screen)
        else:
            fit_on_screen(display, screen, 960, 540)
            display.showNormal()
        display.raise_()
        return display

    def _forget_stage_display(self) -> None:
        self.stage_display = None

    def show_crew_dialog(self) -> CrewShareDialog:
        """F9: the dialog that starts and stops sharing with the crew's phones and the
        audience's."""
        if self.crew_dialog is None:
            self.crew_dialog = CrewShareDialog(self.console.controller)
            self.crew_dialog.audience.url_changed.connect(self._audience_url)
        self.crew_dialog.show()
        handle, owner = self.crew_dialog.windowHandle(), self.console.windowHandle()
        if handle is not None and owner is not None:
            handle.setTransientParent(owner)  # kept above the console, like a child
        self.crew_dialog.raise_()
        return self.crew_dialog

    def _audience_url(self, url: str) -> None:
        if self.stage_display is not None:
            self.stage_display.set_audience_url(url)

    def close_all(self) -> None:
        """The console closes: stop sharing and close the stage display."""
        if self.crew_dialog is not None:
            self.crew_dialog.stop()
            self.crew_dialog.close()
            self.crew_dialog.deleteLater()
            self.crew_dialog = None
        if self.stage_display is not None:
            self.stage_display.close()
