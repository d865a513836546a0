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
# A day's width: the plan's whole span fills the width it is given, between these.
MIN_DAY_WIDTH, MAX_DAY_WIDTH = 8, 24
RIGHT_MARGIN = 20
# Space above, between and below the axis's two rows of labels.
AXIS_GAP = 4
MARGIN_DAYS = 3
TODAY_REACH = dt.timedelta(days=14)


class TimelineWidget(QWidget):
    """One line per task by phase, each task a diamond on its due date.

    A phase's header line carries a bar from its first to its last due date;
    the gala day and today are vertical lines. Tasks without a date are
    listed at the end of their phase without a mark. The axis above the lines
    has two rows: the today and gala labels, then each Monday's date, so the
    labels never cover a date (`day_label_rects`, `date_label_rects`).
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

    def axis_height(self) -> int:
        """The height above the first line: the day labels' row, then the dates' row."""
        return 2 * QFontMetrics(self.font()).height() + 3 * AXIS_GAP

    def date_label_rects(self) -> list[tuple[str, QRect]]:
        """Each Monday's date and where it is written, in the axis's lower row."""
        metrics = QFontMetrics(self.font())
        top = 2 * AXIS_GAP + metrics.height()
        first, last = self.date_range()
        day = first + dt.timedelta(days=-first.weekday() % 7)
        labels = []
        while day <= last:
            text = f"{day.month}/{day.day}"
            x = self.x_of(day) - self.day_width() // 2
            labels.append((text, QRect(x + 2, top, metrics.horizontalAdvance(text),
                                       metrics.height())))
            day += dt.timedelta(days=7)
        return labels

    def day_lines(self) -> list[tuple[str, dt.date]]:
        """The days marked by a vertical line and drawn: ("today", day), ("gala", day)."""
        first, last = self.date_range()
        return [(kind, day) for kind, day in (("today", self.today), ("gala", self.gala_date))
                if day is not None and first <= day <= last]

    def day_label_rects(self) -> dict[str, tuple[str, QRect]]:
        """The today and gala labels and where they are written, in the axis's upper row:
        right of their line; where the two would meet, the earlier one left of its line."""
        metrics = QFontMetrics(self.font())
        texts = dict(zip(("today", "gala"), self.day_texts, strict=True))
        lines = sorted(self.day_lines(), key=lambda line: line[1])
        rects = {kind: QRect(self.x_of(day) + 3, AXIS_GAP, metrics.horizontalAdvance(texts[kind]),
                             metrics.height()) for kind, day in lines}
        if len(lines) == 2 and rects[lines[0][0]].intersects(rects[lines[1][0]]):
            rects[lines[0][0]].moveRight(self.x_of(lines[0][1]) - 3)
        for kind, day in lines:
            if rects[kind].right() >= self.width():
                rects[kind].moveRight(self.x_of(day) - 3)
        return {kind: (texts[kind], rect) for kind, rect in rects.items()}

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

    def day_width(self) -> int:
        """Pixels a day: the whole span in the widget's width (a laptop's window shows the
        plan to its review without scrolling sideways), within MIN and MAX_DAY_WIDTH."""
        first, last = self.date_range()
        fitting = (self.width() - LABEL_WIDTH - RIGHT_MARGIN) // ((last - first).days + 1)
        return max(MIN_DAY_WIDTH, min(MAX_DAY_WIDTH, fitting))

    def x_of(self, day: dt.date) -> int:
        """The x of the middle of `day`."""
        first, _ = self.date_range()
        width = self.day_width()
        return LABEL_WIDTH + (day - first).days * width + width // 2

    def line_rect(self, line: int) -> QRect:
        return QRect(0, self.axis_height() + line * self.line_height(), self.width(),
                     self.line_height())

    def task_at(self, pos: QPoint) -> int | None:
        axis = self.axis_height()
        line = (pos.y() - axis) // self.line_height()
        if pos.y() >= axis and 0 <= line < len(self._lines):
            row = self._lines[line][1]
            return row.id if row else None
        return None

    def sizeHint(self) -> QSize:
        return self._size(MAX_DAY_WIDTH)

    def minimumSizeHint(self) -> QSize:
        return self._size(MIN_DAY_WIDTH)

    def _size(self, day_width: int) -> QSize:
        first, last = self.date_range()
        return QSize(LABEL_WIDTH + ((last - first).days + 1) * day_width + RIGHT_MARGIN,
                     self.axis_height() + len(self._lines) * self.line_height() + 10)

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
        self._paint_day_lines(painter)
        painter.end()

    def _paint_axis(self, painter: QPainter, first: dt.date, last: dt.date) -> None:
        palette = self.palette()
        grid = palette.color(QPalette.ColorRole.Midlight)
        top = self.axis_height() - AXIS_GAP - QFontMetrics(self.font()).height()
        day = first + dt.timedelta(days=-first.weekday() % 7)
        painter.setPen(QPen(grid, 1))
        while day <= last:
            x = self.x_of(day) - self.day_width() // 2
            painter.drawLine(x, top, x, self.height())
            day += dt.timedelta(days=7)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for text, rect in self.date_label_rects():
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             text)

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

    def _paint_day_lines(self, painter: QPainter) -> None:
        colours = {"today": theme.colour(Tone.INFO), "gala": theme.colour(Tone.ACCENT)}
        labels = self.day_label_rects()
        axis = self.axis_height()
        for kind, day in self.day_lines():
            x, colour = self.x_of(day), colours[kind]
            painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
            # Down through the lines and beside its label, not across the dates' row.
            painter.drawLine(x, axis - AXIS_GAP, x, self.height())
            text, rect = labels[kind]
            painter.drawLine(x, rect.top(), x, rect.bottom())
            painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             text)

    @staticmethod
    def _diamond(painter: QPainter, x: int, y: int, colour: QColor) -> None:
        size = 6
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(x, y - size), QPointF(x + size, y),
                                       QPointF(x, y + size), QPointF(x - size, y)]))
