"""The task board: one column per phase (or status), cards that can be dragged across."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from gala_manager.core.tasks.rows import TaskRow
from gala_manager.ui.tasks.task_card import LINES, paint_card

COLUMN_WIDTH = 185
GAP = 8
HEADER = 40


@dataclass
class BoardColumn:
    """A column's key (a Phase or TaskStatus), its title and its cards in order."""

    key: object
    title: str
    rows: list[TaskRow]


class TaskBoardWidget(QWidget):
    """Painted columns of task cards; drag a card to another column or position.

    The drag is done with the mouse events of this widget itself (no QDrag),
    so it works the same offscreen, and a press without a move is a click.
    Signals carry task ids; the page turns them into undoable verbs.
    """

    task_dropped = Signal(int, object, object)  # task id, column key, id of card after it
    task_activated = Signal(int)                # double click or Enter
    selection_changed = Signal(object)          # task id or None
    context_requested = Signal(int, QPoint)     # task id, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[BoardColumn] = []
        self.selected_id: int | None = None
        self.overdue_ids: set[int] = set()
        self.colours: dict[int, str] = {}        # department id → colour
        self.describe_due = lambda row: ""       # set by the page (translated dates)
        self.status_text = lambda status: str(status)
        self.empty_text = ""                      # shown when no column has a card
        self._press: tuple[int, QPoint] | None = None
        self._dragging = False
        self._drop: tuple[int, int] | None = None  # column index, position
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- data -------------------------------------------------------------------

    def set_columns(self, columns: list[BoardColumn], overdue_ids: set[int]) -> None:
        """Show new columns; the selection stays if its task is still there."""
        self.columns = columns
        self.overdue_ids = set(overdue_ids)
        if self.selected_id is not None and self.card_rect(self.selected_id) is None:
            self.select(None)
        self.updateGeometry()
        self.update()

    def select(self, task_id: int | None) -> None:
        """Select a card (None clears) and tell the page."""
        if task_id != self.selected_id:
            self.selected_id = task_id
            self.selection_changed.emit(task_id)
            self.update()

    # -- geometry ---------------------------------------------------------------

    def card_height(self) -> int:
        """`LINES` lines of text and a margin, in the widget's font."""
        return LINES * (QFontMetrics(self.font()).height() + 2) + 10

    def _column_width(self) -> int:
        count = max(1, len(self.columns))
        return max(COLUMN_WIDTH, (self.width() - GAP * (count + 1)) // count)

    def column_rect(self, index: int) -> QRect:
        """The rectangle of column `index`, header included."""
        width = self._column_width()
        return QRect(GAP + index * (width + GAP), GAP, width, self.height() - 2 * GAP)

    def _card_rect(self, column: int, position: int) -> QRect:
        col = self.column_rect(column)
        height = self.card_height()
        return QRect(col.x() + 6, col.y() + HEADER + position * (height + 6), col.width() - 12,
                     height)

    def card_rect(self, task_id: int) -> QRect | None:
        """Where a task's card is drawn, or None when it is not on the board."""
        for c, column in enumerate(self.columns):
            for p, row in enumerate(column.rows):
                if row.id == task_id:
                    return self._card_rect(c, p)
        return None

    def task_at(self, pos: QPoint) -> int | None:
        """The task whose card is under `pos`."""
        for c, column in enumerate(self.columns):
            for p, row in enumerate(column.rows):
                if self._card_rect(c, p).contains(pos):
                    return row.id
        return None

    def _drop_place(self, pos: QPoint) -> tuple[int, int] | None:
        for c, column in enumerate(self.columns):
            rect = self.column_rect(c)
            if rect.left() <= pos.x() <= rect.right():
                offset = pos.y() - rect.y() - HEADER + self.card_height() // 2
                return c, max(0, min(len(column.rows), offset // (self.card_height() + 6)))
        return None

    def sizeHint(self) -> QSize:
        tallest = max((len(c.rows) for c in self.columns), default=0)
        count = max(1, len(self.columns))
        return QSize(GAP + count * (COLUMN_WIDTH + GAP),
                     2 * GAP + HEADER + tallest * (self.card_height() + 6) + self.card_height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # -- mouse and keys -----------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        pos = event.position().toPoint()
        task_id = self.task_at(pos)
        self.setFocus()
        self.select(task_id)
        if event.button() == Qt.MouseButton.LeftButton and task_id is not None:
            self._press = (task_id, pos)
        elif event.button() == Qt.MouseButton.RightButton and task_id is not None:
            self.context_requested.emit(task_id, event.globalPosition().toPoint())

    def mouseMoveEvent(self, event) -> None:
        pos = event.position().toPoint()
        if self._press is None:
            return
        if not self._dragging:
            distance = (pos - self._press[1]).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            self._dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self._drop = self._drop_place(pos)
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        press, dragging, drop = self._press, self._dragging, self._drop
        self._press, self._dragging, self._drop = None, False, None
        self.unsetCursor()
        self.update()
        if press is None or not dragging:
            return
        drop = self._drop_place(event.position().toPoint()) or drop
        if drop is None:
            return
        column = self.columns[drop[0]]
        others = [r.id for r in column.rows if r.id != press[0]]
        # The position counted with the dragged card still in place, if it was here.
        before_rows = column.rows[:drop[1]]
        index = len([r for r in before_rows if r.id != press[0]])
        after = others[index] if index < len(others) else None
        self.task_dropped.emit(press[0], column.key, after)

    def mouseDoubleClickEvent(self, event) -> None:
        task_id = self.task_at(event.position().toPoint())
        if task_id is not None:
            self.task_activated.emit(task_id)

    def keyPressEvent(self, event) -> None:
        ids = [r.id for c in self.columns for r in c.rows]
        key = event.key()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id is not None:
            self.task_activated.emit(self.selected_id)
        elif alt and self.selected_id is not None and key in (
                Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move_by_key(key)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and ids:
            step = 1 if key == Qt.Key.Key_Down else -1
            current = ids.index(self.selected_id) if self.selected_id in ids else -step
            self.select(ids[max(0, min(len(ids) - 1, current + step))])
        else:
            super().keyPressEvent(event)

    def _move_by_key(self, key) -> None:
        """Alt+arrows: the same moves as a drag, for the keyboard."""
        c, p = next((c, p) for c, col in enumerate(self.columns)
                    for p, row in enumerate(col.rows) if row.id == self.selected_id)
        rows = self.columns[c].rows
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            target = c + (1 if key == Qt.Key.Key_Right else -1)
            if 0 <= target < len(self.columns):
                self.task_dropped.emit(self.selected_id, self.columns[target].key, None)
        elif key == Qt.Key.Key_Up and p > 0:
            self.task_dropped.emit(self.selected_id, self.columns[c].key, rows[p - 1].id)
        elif key == Qt.Key.Key_Down and p < len(rows) - 1:
            after = rows[p + 2].id if p + 2 < len(rows) else None
            self.task_dropped.emit(self.selected_id, self.columns[c].key, after)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            task_id = self.task_at(event.position().toPoint())
            row = self._row(task_id)
            if row is not None:
                lines = [row.title, row.person_name or row.department_name,
                         self.describe_due(row)] + [f"→ {link.label}" for link in row.links]
                QToolTip.showText(event.globalPosition().toPoint(),
                                  "\n".join(line for line in lines if line), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _row(self, task_id: int | None) -> TaskRow | None:
        for column in self.columns:
            for row in column.rows:
                if row.id == task_id:
                    return row
        return None

    # -- painting ---------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        for c, column in enumerate(self.columns):
            rect = self.column_rect(c)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(rect, 6, 6)
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            header = QRect(rect.x() + 8, rect.y(), rect.width() - 16, HEADER)
            done = sum(1 for r in column.rows if r.status.value == "done")
            painter.drawText(header, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             column.title)
            painter.setFont(self.font())
            painter.drawText(header, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             f"{done}/{len(column.rows)}")
            for p, row in enumerate(column.rows):
                lifted = self._dragging and self._press is not None and self._press[0] == row.id
                paint_card(painter, self._card_rect(c, p), row, font=self.font(),
                           palette=self.palette(), overdue=row.id in self.overdue_ids,
                           selected=row.id == self.selected_id, lifted=lifted,
                           colour=self.colours.get(row.fields.department_id or 0, ""),
                           status=self.status_text(row.status), due=self.describe_due(row))
        if self.columns and not any(c.rows for c in self.columns) and self.empty_text:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect().adjusted(GAP * 4, HEADER * 2, -GAP * 4, 0),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, self.empty_text)
        if self._dragging and self._drop is not None:
            c, p = self._drop
            card = self._card_rect(c, p)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
            painter.drawLine(card.left(), card.top() - 4, card.right(), card.top() - 4)
        painter.end()


def overdue_ids(rows: list[TaskRow], gala_date: dt.date | None, now: dt.datetime) -> set[int]:
    """Ids of the rows overdue at `now`."""
    return {r.id for r in rows if r.overdue(gala_date, now)}
