"""The big-screen draw: names or numbers roll, Space stops them, the winners stand in huge type.

The winners shown are those the core verb returned after its transaction was
committed: the file holds every winner before the hall sees one. The rolling
before that is only a show for the hall (plain `random`); the draw itself
uses `secrets`, in the core.
"""

from __future__ import annotations

import random
from enum import Enum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from gala_manager.app.draws.wording import describe_draw_error
from gala_manager.core import clock
from gala_manager.core.draws.drawing import (
    check_can_draw,
    redraw_absent,
    run_draw,
    trial_draw,
)
from gala_manager.core.draws.setup import get_draw
from gala_manager.ui import theme
from gala_manager.ui.console.fit_label import FitLabel, Scaler, window_scale
from gala_manager.ui.console.screens import fit_on_screen, toggle_full_screen

ROLL_INTERVAL_MS = 60
# A rehearsal run the console has not started writing yet (its NEW_REHEARSAL): a trial
# draw then writes nowhere.
NO_RUN_YET = 0


class Stage(Enum):
    """Where the draw on screen stands."""

    READY = "ready"
    ROLLING = "rolling"
    SHOWN = "shown"
    STOPPED = "stopped"  # the draw could not be made; the reason is on screen


def winner_pixels(count: int) -> int:
    """The winners' type size at 1280×720: as large as the number of winners allows."""
    for most, pixels in ((1, 190), (3, 130), (6, 96), (12, 68), (24, 48)):
        if count <= most:
            return pixels
    return 34


def grid_columns(count: int) -> int:
    """Winners per row: one for one, then rows of up to five."""
    return 1 if count == 1 else min(5, 2 if count == 4 else 3 if count <= 9 else 5)


class BigScreenWindow(QWidget):
    """One draw (or the redraw of one absent winner) on the big screen, from the keyboard:
    Space starts and stops, F11 toggles full screen, Esc closes.

    `run` is None for the real draw, or the console's rehearsal run: a trial, logged in
    that run (or nowhere before the run's first action), whose winners win nothing.
    """

    drawn = Signal(object)  # the DrawResult, once committed and shown

    def __init__(self, controller, draw_id: int, *, redraw_of: int | None = None,
                 run: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("bigScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.controller = controller
        self.draw_id = draw_id
        self.redraw_of = redraw_of
        self.run = run
        self.stage = Stage.READY
        self.result = None
        self._entries: tuple[str, ...] = ()
        self._shuffle = random.Random()
        self._timer = QTimer(self)
        self._timer.setInterval(ROLL_INTERVAL_MS)
        self._timer.timeout.connect(self._roll)
        self.scaler = Scaler()

        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, theme.stage("background"))
        palette.setColor(QPalette.ColorRole.WindowText, theme.stage("text"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.title_label = self.scaler.add(FitLabel("drawTitle"), 44, QFont.Weight.Bold)
        self.prize_label = self.scaler.add(FitLabel("drawPrize"), 26)
        self.message = self.scaler.add(QLabel(), 26)
        self.message.setObjectName("drawMessage")
        self.message.setWordWrap(True)
        self.hint = self.scaler.add(FitLabel("drawHint"), 20)
        for label in (self.title_label, self.prize_label, self.message, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._colour(self.prize_label, "muted")
        self._colour(self.hint, "muted")
        self._colour(self.message, "alarm")
        self.grid = QGridLayout()
        self.grid.setSpacing(24)
        self.winner_labels: list[FitLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 28)
        layout.addWidget(self.title_label)
        layout.addWidget(self.prize_label)
        layout.addStretch(1)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        self._prepare()
        fit_on_screen(self, None, 1280, 720)

    # -- the draw ------------------------------------------------------------------

    def _prepare(self) -> None:
        row = self.controller.read(get_draw, draw_id=self.draw_id)
        self.row = row
        count = 1 if self.redraw_of is not None else row.data.winners
        if self.redraw_of is not None:
            absent = next((w.entry for w in row.winners if w.id == self.redraw_of), "")
            self.title_label.set_full_text(self.tr("{draw}: redraw for {absent}").format(
                draw=row.data.name, absent=absent))
        else:
            self.title_label.set_full_text(row.data.name)
        prize = row.prize_name or self.tr("no prize set")
        self.prize_label.set_full_text(self.tr("Prize: {prize} · %n winner(s)", "", count)
                                       .format(prize=prize))
        self._make_labels(count)
        if row.has_run and self.redraw_of is None and self.run is None:
            # Drawn before: show its winners again, as recorded.
            self._show([w.entry for w in row.winners], Stage.SHOWN)
            return
        for label in self.winner_labels:
            label.set_full_text("?")
        self._set_hint()

    def _make_labels(self, count: int) -> None:
        columns = grid_columns(count)
        for number in range(count):
            label = self.scaler.add(FitLabel(f"winner{number + 1}", min_ratio=0.5),
                                    winner_pixels(count), QFont.Weight.Bold)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._colour(label, "highlight")
            self.grid.addWidget(label, number // columns, number % columns)
            self.winner_labels.append(label)

    def _colour(self, label: QLabel, name: str) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, theme.stage(name))
        label.setPalette(palette)

    def start(self) -> None:
        """Space in READY: check the draw can be made, then roll."""
        if self.stage != Stage.READY:
            return
        if self.controller.read_only:
            self._stop_with(self.tr("The gala is open read-only: nothing can be drawn."))
            return
        count = 1 if self.redraw_of is not None else None
        try:
            pool = self.controller.read(check_can_draw, draw_id=self.draw_id, count=count)
        except Exception as exc:  # noqa: BLE001 - every reason is told on the screen
            self._stop_with(describe_draw_error(exc))
            return
        self._entries = pool.entries
        self.stage = Stage.ROLLING
        self._timer.start()
        self._set_hint()

    def stop(self) -> None:
        """Space while rolling: draw for real (committed), then show who won."""
        if self.stage != Stage.ROLLING:
            return
        self._timer.stop()
        try:
            if self.redraw_of is not None:
                result = self.controller.run(redraw_absent, winner_id=self.redraw_of,
                                             at=clock.now())
            elif self.run == NO_RUN_YET:
                result = self.controller.read(trial_draw, draw_id=self.draw_id)
            else:
                result = self.controller.run(run_draw, draw_id=self.draw_id, at=clock.now(),
                                             run=self.run)
        except Exception as exc:  # noqa: BLE001 - nothing was drawn; say why
            self._stop_with(describe_draw_error(exc))
            return
        self.result = result
        self.show_winners(result.winners)
        self.drawn.emit(result)

    def show_winners(self, winners) -> None:
        """Put the committed winners on the screen."""
        self._show(list(winners), Stage.SHOWN)

    def _show(self, winners: list[str], stage: Stage) -> None:
        if len(winners) != len(self.winner_labels):
            while self.winner_labels:
                self.grid.removeWidget(label := self.winner_labels.pop())
                label.deleteLater()
            self._make_labels(len(winners))
        for label, entry in zip(self.winner_labels, winners, strict=True):
            label.set_full_text(entry)
        self.stage = stage
        self._set_hint()

    def _roll(self) -> None:
        count = len(self.winner_labels)
        picks = (self._shuffle.sample(self._entries, count) if len(self._entries) >= count
                 else [self._shuffle.choice(self._entries) for _ in range(count)])
        for label, entry in zip(self.winner_labels, picks, strict=True):
            label.set_full_text(entry)

    def _stop_with(self, message: str) -> None:
        self.stage = Stage.STOPPED
        self.message.setText(message)
        self._set_hint()

    def _set_hint(self) -> None:
        hints = {Stage.READY: self.tr("Space: start   ·   F11: full screen   ·   Esc: close"),
                 Stage.ROLLING: self.tr("Space: stop"),
                 Stage.SHOWN: self.tr("Congratulations!   ·   Esc: close"),
                 Stage.STOPPED: self.tr("Esc: close")}
        if self.run is not None and self.stage != Stage.STOPPED:
            hints[self.stage] += self.tr("   ·   rehearsal: nothing is recorded as won")
        self.hint.set_full_text(hints[self.stage])

    # -- Qt ----------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.start() if self.stage == Stage.READY else self.stop()
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_F11:
            toggle_full_screen(self, "stage")
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.scaler.set_scale(window_scale(self.size()))

    def closeEvent(self, event) -> None:
        self._timer.stop()
        super().closeEvent(event)
