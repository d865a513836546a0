"""The console's panels: the top bar, the stage, and the queue backstage with the log."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.show.board_text import (
    contact_text,
    delta_text,
    host_line,
    run_label,
    schedule_text,
    stage_info,
    stage_time,
    stage_title,
)
from gala_manager.app.show.wording import phase_label
from gala_manager.core.show.board import Board
from gala_manager.core.show.state import PlannedAct
from gala_manager.ui.console.fit_label import FitLabel, Scaler
from gala_manager.ui.theme import STAGE

BOLD = QFont.Weight.Bold
TONES = {"ok": STAGE["good"], "behind": STAGE["bad"], "ahead": STAGE["info"], "": STAGE["muted"]}
CAPTION = f"color: {STAGE['muted']};"


def fit(scaler: Scaler, name: str, pixels: int, weight=QFont.Weight.Normal,
        style: str = "", min_ratio: float = 0.75) -> FitLabel:
    """A `FitLabel` registered with the window's scaler."""
    label = FitLabel(name, min_ratio=min_ratio)
    if style:
        label.setStyleSheet(style)
    scaler.add(label, pixels, weight)
    return label


class TopBar(QWidget):
    """The clock, the run (rehearsal or show), the phase, the plan and ahead/behind."""

    def __init__(self, scaler: Scaler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = fit(scaler, "clockLabel", 44, BOLD, min_ratio=1.0)
        self.run = fit(scaler, "runLabel", 16, BOLD)
        self.phase = fit(scaler, "phaseLabel", 20)
        self.schedule = fit(scaler, "scheduleLabel", 17, min_ratio=0.7)
        self.delta = fit(scaler, "deltaLabel", 26, BOLD)
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("consoleMenu")
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setStyleSheet(f"QToolButton {{ color: {STAGE['text']}; "
                                       f"background: {STAGE['button']}; "
                                       "border-radius: 4px; padding: 4px 10px; }")
        scaler.add(self.menu_button, 15)
        self.run.setContentsMargins(8, 0, 8, 0)
        for label in (self.clock, self.run, self.phase, self.delta, self.menu_button):
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.schedule.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.row = QHBoxLayout(self)
        layout = self.row
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.clock)
        layout.addWidget(self.run)
        layout.addWidget(self.phase)
        layout.addWidget(self.schedule, 1)
        layout.addWidget(self.delta)
        layout.addWidget(self.menu_button)

    def show_board(self, board: Board) -> None:
        """Fill the bar in from the board."""
        self.clock.set_full_text(board.now.strftime("%H:%M:%S"))
        self.run.set_full_text(run_label(board.run))
        badge = STAGE["highlight"] if board.run is not None else STAGE["alarm"]
        self.run.setStyleSheet(f"color: {STAGE['background']}; border-radius: 4px; "
                               f"background: {badge};")
        self.phase.set_full_text(phase_label(board.phase))
        self.schedule.set_full_text(schedule_text(board))
        text, tone = delta_text(board)
        self.delta.set_full_text(text)
        self.delta.setStyleSheet(f"color: {TONES[tone]};")
        # Before the start the stage says so; ahead/behind has no meaning yet.
        self.delta.setVisible(board.started is not None)
        for label in (self.clock, self.run, self.phase, self.delta):
            label.updateGeometry()


class StagePanel(QWidget):
    """The act on stage: its title, its time against the plan, and what to do next."""

    def __init__(self, scaler: Scaler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = fit(scaler, "stageCaption", 15, style=CAPTION)
        self.title = fit(scaler, "stageTitle", 46, QFont.Weight.ExtraBold, min_ratio=0.6)
        self.time = fit(scaler, "stageTime", 42, BOLD, min_ratio=1.0)
        self.info = fit(scaler, "stageInfo", 19, min_ratio=0.7)
        self.next_caption = fit(scaler, "nextCaption", 15, style=CAPTION)
        self.next_title = fit(scaler, "nextTitle", 24, BOLD)
        self.next_link = fit(scaler, "nextLink", 17, min_ratio=0.8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.caption, self.title, self.time, self.info):
            layout.addWidget(widget)
        layout.addStretch(1)
        for widget in (self.next_caption, self.next_title, self.next_link):
            layout.addWidget(widget)

    def retranslate_ui(self) -> None:
        self.caption.set_full_text(self.tr("ON STAGE"))
        self.next_caption.set_full_text(self.tr("NEXT, AND THE HOST'S LINK"))

    def show_board(self, board: Board, scheduled_start: dt.datetime | None) -> None:
        """Fill the panel in from the board."""
        self.title.set_full_text(stage_title(board))
        self.time.set_full_text(stage_time(board))
        colour = STAGE["highlight"] if board.paused else STAGE["bad"] if board.over_seconds \
            else STAGE["text"]
        self.time.setStyleSheet(f"color: {colour};")
        self.info.set_full_text(stage_info(board, scheduled_start))
        upcoming = board.next_act
        self.next_title.set_full_text(upcoming.title if upcoming else "—")
        self.next_link.set_full_text(host_line(upcoming) if upcoming else "")


class ActRow(QWidget):
    """One waiting act: its title (elided when long) and its contact (never cut)."""

    def __init__(self, scaler: Scaler, pixels: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = fit(scaler, "actTitle", pixels)
        self.contact = QLabel()
        self.contact.setObjectName("actContact")
        self.contact.setStyleSheet(f"color: {STAGE['soft']};")
        scaler.add(self.contact, max(12, pixels - 6))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.contact)

    def set_act(self, act: PlannedAct | None) -> None:
        """Show an act, or a dash for none."""
        self.title.set_full_text(act.title if act else "—")
        self.contact.setText(contact_text(act) if act else "")
        self.contact.setVisible(bool(self.contact.text()))


class QueuePanel(QWidget):
    """Who stands by backstage, who is to be called, and the run's log."""

    def __init__(self, scaler: Scaler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scaler = scaler
        self.standby_caption = fit(scaler, "standbyCaption", 15, style=CAPTION)
        self.call_caption = fit(scaler, "callCaption", 15, style=CAPTION)
        self.standby_rows: list[ActRow] = []
        self.standby_box = QVBoxLayout()
        self.standby_box.setSpacing(0)
        self.call_row = ActRow(scaler, 20)
        self.log_list = QListWidget()
        self.log_list.setObjectName("logList")
        self.log_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.log_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.log_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.log_list.setStyleSheet(f"background: {STAGE['panel']}; color: {STAGE['soft']}; "
                                    "border: none;")
        self.log_list.setMinimumHeight(1)
        scaler.add(self.log_list, 14)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.standby_caption)
        layout.addLayout(self.standby_box)
        layout.addWidget(self.call_caption)
        layout.addWidget(self.call_row)
        layout.addWidget(self.log_list, 1)

    def retranslate_ui(self) -> None:
        self.standby_caption.set_full_text(self.tr("STANDING BY (backstage, ready)"))
        self.call_caption.set_full_text(self.tr("TO CALL"))

    def show_board(self, board: Board) -> None:
        """List the acts standing by and the one to call."""
        wanted = max(1, len(board.standby))
        while len(self.standby_rows) < wanted:
            row = ActRow(self.scaler, 23)
            self.standby_rows.append(row)
            self.standby_box.addWidget(row)
        for index, row in enumerate(self.standby_rows):
            row.setVisible(index < wanted)
            row.set_act(board.standby[index] if index < len(board.standby) else None)
        self.call_row.set_act(board.to_call[0] if board.to_call else None)

    def set_log(self, lines: list[str]) -> None:
        """The log, newest first (each line's full text on hover)."""
        self.log_list.clear()
        for line in lines:
            item = QListWidgetItem(line)
            item.setToolTip(line)
            self.log_list.addItem(item)
