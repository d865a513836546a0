"""The stage display (舞台提示屏): a second window for a monitor facing the stage or the hosts.

Very large type: the act on stage and its time left, amber in the last minute and
red once over; the next act and the host's link to it. Between acts (before the
start, in the intermission, after the end), while the audience's view is open,
its QR code for the hall to scan. It follows the console's board live and lays
itself out for any size, like the console.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFont, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from gala_manager.app.live.addresses import qr_png
from gala_manager.app.show.board_text import host_line, run_label, stage_title
from gala_manager.app.show.wording import clock_text, phase_label
from gala_manager.core.show.board import Board
from gala_manager.ui.console.fit_label import FitLabel, Scaler, window_scale
from gala_manager.ui.console.screens import toggle_full_screen
from gala_manager.ui.theme import STAGE

# The time left turns amber in the act's last minute and red once it is over.
WARN_SECONDS = 60


def time_left(board: Board) -> tuple[str, str]:
    """(text, tone) of the big clock: "03:12" left, "+00:35" over; tone "", "warn", "over",
    "paused"."""
    if board.on_stage is None:
        if board.intermission_since is not None:
            return clock_text(int((board.now - board.intermission_since).total_seconds())), ""
        return "", ""
    if board.paused:
        return clock_text(max(0, board.remaining)), "paused"
    if board.remaining < 0:
        return "+" + clock_text(-board.remaining), "over"
    return clock_text(board.remaining), "warn" if board.remaining <= WARN_SECONDS else ""


TONE_COLOURS = {"": STAGE["text"], "warn": STAGE["highlight"], "over": STAGE["bad"],
                "paused": STAGE["highlight"]}


class QrCode(QWidget):
    """A QR code filling the largest square that fits, its modules kept sharp."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("displayQr")
        self.pixmap = QPixmap()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str) -> None:
        self.pixmap = QPixmap()
        if text:
            self.pixmap.loadFromData(qr_png(text, scale=1), "PNG")
        self.update()

    def paintEvent(self, event) -> None:
        if self.pixmap.isNull():
            return
        side = min(self.width(), self.height())
        side -= side % self.pixmap.width()  # whole pixels per module: no blurred edges
        painter = QPainter(self)
        # Against the right edge: the words beside it start where the code ends.
        painter.drawPixmap(QRect(self.width() - side, (self.height() - side) // 2, side, side),
                           self.pixmap)


class StageDisplayWindow(QWidget):
    """Shows the boards the console sends (`show_board`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("stageDisplay")
        self.setStyleSheet(f"#stageDisplay {{ background: {STAGE['background']}; }} "
                           f"QLabel {{ color: {STAGE['text']}; }}")
        self.setMinimumSize(480, 270)
        self.board: Board | None = None
        self.tone = ""
        self.scaler = Scaler()
        s = self.scaler
        self.clock = s.add(FitLabel("displayClock", min_ratio=1.0), 30, QFont.Weight.Bold)
        self.phase = s.add(FitLabel("displayPhase"), 24)
        self.caption = s.add(FitLabel("displayCaption"), 22)
        self.caption.setStyleSheet(f"color: {STAGE['muted']};")
        self.title = s.add(FitLabel("displayTitle", min_ratio=0.5), 64, QFont.Weight.Bold)
        self.time = s.add(FitLabel("displayTime", min_ratio=1.0), 190, QFont.Weight.Bold)
        self.state = s.add(FitLabel("displayState", min_ratio=0.7), 30, QFont.Weight.Bold)
        self.next_caption = s.add(FitLabel("displayNextCaption"), 22)
        self.next_caption.setStyleSheet(f"color: {STAGE['muted']};")
        self.next_title = s.add(FitLabel("displayNextTitle", min_ratio=0.6), 40,
                                QFont.Weight.Bold)
        self.next_link = s.add(QLabel(), 26)
        self.next_link.setObjectName("displayNextLink")
        self.next_link.setWordWrap(True)
        self.next_link.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.next_link.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.audience_url = ""
        self.qr = QrCode()
        self.qr_caption = s.add(FitLabel("displayQrCaption", min_ratio=0.5), 40,
                                QFont.Weight.Bold)
        self.qr_url = s.add(FitLabel("displayQrUrl", min_ratio=0.5), 30)
        self.qr_url.setStyleSheet(f"color: {STAGE['highlight']};")
        self.audience_panel = QWidget()
        self.audience_panel.setObjectName("displayAudience")
        words = QVBoxLayout()
        words.addStretch(1)
        words.addWidget(self.qr_caption)
        words.addWidget(self.qr_url)
        words.addStretch(1)
        panel = QHBoxLayout(self.audience_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.setSpacing(self.scaler.px(40))
        panel.addWidget(self.qr, 1)
        panel.addLayout(words, 1)
        self.audience_panel.hide()
        for label in (self.title, self.time, self.state):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(self.phase, 1)
        top.addWidget(self.clock)
        self.body = QVBoxLayout(self)
        self.body.addLayout(top)
        self.body.addWidget(self.caption)
        self.body.addWidget(self.title)
        self.body.addWidget(self.time, 1)
        self.body.addWidget(self.audience_panel, 2)
        self.body.addWidget(self.state)
        self.body.addWidget(self.next_caption)
        self.body.addWidget(self.next_title)
        self.body.addWidget(self.next_link, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Stage display"))
        self.caption.set_full_text(self.tr("ON STAGE"))
        self.next_caption.set_full_text(self.tr("NEXT, AND THE HOST'S LINK"))
        self.qr_caption.set_full_text(self.tr("Scan for the live programme"))
        if self.board is not None:
            self.show_board(self.board)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif event.key() == Qt.Key.Key_F11:
            toggle_full_screen(self, "stage")
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.scaler.set_scale(window_scale(self.size(), low=0.4))
        px = self.scaler.px
        self.body.setContentsMargins(px(24), px(12), px(24), px(16))
        self.body.setSpacing(px(6))

    def show_board(self, board: Board) -> None:
        """Show where the run stands."""
        self.board = board
        self.clock.set_full_text(board.now.strftime("%H:%M"))
        self.phase.set_full_text(f"{run_label(board.run)} · {phase_label(board.phase)}")
        self.title.set_full_text(stage_title(board))
        text, self.tone = time_left(board)
        self.time.set_full_text(text)
        self.time.setStyleSheet(f"color: {TONE_COLOURS[self.tone]};")
        self.time.setVisible(bool(text))
        state = {"paused": self.tr("PAUSED: power failure"), "over": self.tr("OVER TIME"),
                 "warn": self.tr("Last minute")}.get(self.tone, "")
        self.state.set_full_text(state)
        self.state.setStyleSheet(f"color: {TONE_COLOURS[self.tone]};")
        upcoming = board.next_act
        self.next_title.set_full_text(upcoming.title if upcoming else "—")
        self.next_link.setText(host_line(upcoming) if upcoming else "")
        self._show_audience_code()

    def set_audience_url(self, url: str) -> None:
        """The audience's view opened at `url` ("" closed): its code shows between acts."""
        self.audience_url = url
        self.qr.set_text(url)
        self.qr_url.set_full_text(url)
        self._show_audience_code()

    def _show_audience_code(self) -> None:
        between = self.board is None or self.board.on_stage is None
        self.audience_panel.setVisible(bool(self.audience_url) and between)
