"""The timeline: tasks as milestones on a date axis, phases as spanning bars (Gantt-style)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from gala_manager.core.models import Phase
from gala_manager.core.tasks.rows import PHASES, TaskRow
from gala_manager.ui import theme
from gala_manager.ui.theme import Tone

LABEL_WIDTH = 280
DAY_WIDTH = 12
AXIS = 34
MARGIN_DAYS = 3
TODAY_REACH = dt.timedelta(days=14)


class TimelineWidget(QWidget):
    """One line per task by phase, each task a diamond on its due date.

    A phase's header line carries a bar from its first to its last due date;
    the gala day and today are vertical lines. Tasks without a date are
    listed at the end of their phase without a mark.
    """

    task_activated = Signal(int)
    selection_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TaskRow] = []
        self.gala_date: dt.date | None = None
        self.today: dt.date = dt.date.today()
        self.overdue_ids: set[int] = set()
        self.selected_id: int | None = None
        self.phase_text = lambda phase: str(phase)
        self.describe_due = lambda row: ""
        self.empty_text = ""
        self.day_texts = ("", "")  # labels of the today and gala lines, set by the page
        self._lines: list[tuple[Phase, TaskRow | None]] = []
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_rows(self, rows: list[TaskRow], gala_date: dt.date | None, today: dt.date,
                 overdue_ids: set[int]) -> None:
        """Show these tasks; dates are laid out around the gala date and today."""
        self.rows, self.gala_date, self.today = rows, gala_date, today
        self.overdue_ids = set(overdue_ids)
        order = {p: i for i, p in enumerate(PHASES)}
        self._lines = []
        for phase in sorted({r.phase for r in rows}, key=order.get):
            self._lines.append((phase, None))
            tasks = [r for r in rows if r.phase == phase]
            tasks.sort(key=lambda r: (r.due_on is None, r.due_on or dt.date.max,
                                      r.due.time or dt.time(23, 59), r.sort_order))
            self._lines.extend((phase, r) for r in tasks)
        self.updateGeometry()
        self.update()

    # -- geometry ---------------------------------------------------------------

    def line_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def date_range(self) -> tuple[dt.date, dt.date]:
        """The first and last day drawn."""
        days = [r.due_on for r in self.rows if r.due_on is not None]
        days += [self.gala_date] if self.gala_date else []
        pad = dt.timedelta(days=MARGIN_DAYS)
        # Today widens the span only when it is near the plan: months ahead of the first
        # deadline it would open the timeline on an empty stretch of weeks.
        if not days or min(days) - TODAY_REACH <= self.today <= max(days) + TODAY_REACH:
            days.append(self.today)
        return min(days) - pad, max(days) + pad

    def x_of(self, day: dt.date) -> int:
        """The x of the middle of `day`."""
        first, _ = self.date_range()
        return LABEL_WIDTH + (day - first).days * DAY_WIDTH + DAY_WIDTH // 2

    def line_rect(self, line: int) -> QRect:
        return QRect(0, AXIS + line * self.line_height(), self.width(), self.line_height())

    def task_at(self, pos: QPoint) -> int | None:
        line = (pos.y() - AXIS) // self.line_height()
        if pos.y() >= AXIS and 0 <= line < len(self._lines):
            row = self._lines[line][1]
            return row.id if row else None
        return None

    def sizeHint(self) -> QSize:
        first, last = self.date_range()
        return QSize(LABEL_WIDTH + ((last - first).days + 1) * DAY_WIDTH + 20,
                     AXIS + len(self._lines) * self.line_height() + 10)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # -- interaction -------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        task_id = self.task_at(event.position().toPoint())
        self.selected_id = task_id
        self.selection_changed.emit(task_id)
        self.update()

    def mouseDoubleClickEvent(self, event) -> None:
        task_id = self.task_at(event.position().toPoint())
        if task_id is not None:
            self.task_activated.emit(task_id)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            task_id = self.task_at(event.position().toPoint())
            row = next((r for r in self.rows if r.id == task_id), None)
            if row is None:
                QToolTip.hideText()
            else:
                text = "\n".join(t for t in (row.title, row.person_name or row.department_name,
                                             self.describe_due(row)) if t)
                QToolTip.showText(event.globalPosition().toPoint(), text, self)
            return True
        return super().event(event)

    # -- painting ---------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if not self._lines:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect().adjusted(20, 20, -20, -20),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, self.empty_text)
            painter.end()
            return
        first, last = self.date_range()
        self._paint_axis(painter, first, last)
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        for i, (phase, row) in enumerate(self._lines):
            rect = self.line_rect(i)
            if row is None:
                self._paint_phase(painter, rect, phase, bold)
                continue
            if row.id == self.selected_id:
                painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight).lighter(170))
            overdue = row.id in self.overdue_ids
            closed = row.status.value in ("done", "dropped")
            painter.setFont(self.font())
            painter.setPen(theme.colour(Tone.ERROR) if overdue else
                           theme.colour(Tone.MUTED) if closed
                           else palette.color(QPalette.ColorRole.Text))
            label = QRect(16, rect.y(), LABEL_WIDTH - 24, rect.height())
            painter.drawText(label, Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(row.title, Qt.TextElideMode.ElideRight,
                                                label.width()))
            if row.due_on is not None:
                colour = theme.colour(Tone.ERROR) if overdue else \
                    theme.colour(Tone.SUCCESS) if closed else \
                    palette.color(QPalette.ColorRole.Highlight)
                self._diamond(painter, self.x_of(row.due_on), rect.center().y(), colour)
        self._paint_day_lines(painter, first, last)
        painter.end()

    def _paint_axis(self, painter: QPainter, first: dt.date, last: dt.date) -> None:
        palette = self.palette()
        grid = palette.color(QPalette.ColorRole.Midlight)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        day = first
        while day <= last:
            x = self.x_of(day) - DAY_WIDTH // 2
            if day.weekday() == 0:
                painter.setPen(QPen(grid, 1))
                painter.drawLine(x, AXIS - 6, x, self.height())
                painter.setPen(palette.color(QPalette.ColorRole.Text))
                painter.drawText(QRect(x + 2, 4, 7 * DAY_WIDTH, AXIS - 10),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 f"{day.month}/{day.day}")
            day += dt.timedelta(days=1)

    def _paint_phase(self, painter: QPainter, rect: QRect, phase: Phase, bold: QFont) -> None:
        palette = self.palette()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(QRect(6, rect.y(), LABEL_WIDTH - 10, rect.height()),
                         Qt.AlignmentFlag.AlignVCenter, self.phase_text(phase))
        days = [r.due_on for r in self.rows if r.phase == phase and r.due_on is not None]
        if days:
            left, right = self.x_of(min(days)), self.x_of(max(days))
            bar = QRect(left - 4, rect.y() + rect.height() // 3, right - left + 8,
                        rect.height() // 3)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Mid))
            painter.drawRoundedRect(bar, 3, 3)

    def _paint_day_lines(self, painter: QPainter, first: dt.date, last: dt.date) -> None:
        lines = ((self.today, theme.colour(Tone.INFO), self.day_texts[0]),
                 (self.gala_date, theme.colour(Tone.ACCENT), self.day_texts[1]))
        for day, colour, text in lines:
            if day is not None and first <= day <= last:
                painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
                x = self.x_of(day)
                painter.drawLine(x, AXIS - 4, x, self.height())
                painter.setPen(colour)
                painter.drawText(QRect(x + 3, AXIS - 18, 80, 16),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    @staticmethod
    def _diamond(painter: QPainter, x: int, y: int, colour: QColor) -> None:
        size = 6
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(x, y - size), QPointF(x + size, y),
                                       QPointF(x, y + size), QPointF(x - size, y)]))
