"""One task card of the board, painted: title, who and status, due date; late ones in red."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen

from gala_manager.core.tasks.rows import TaskRow
from gala_manager.ui import theme
from gala_manager.ui.theme import Tone

TITLE_LINES = 2
LINES = TITLE_LINES + 2  # the title, who and status, the due date


def title_text(title: str, metrics: QFontMetrics, width: int) -> str:
    """The title as it fits on `TITLE_LINES` lines of `width`, "…" at the end if cut."""
    if metrics.horizontalAdvance(title) <= width * TITLE_LINES:
        return title
    # Wrapping loses part of a line at its end: leave a few characters' room.
    room = width * TITLE_LINES - metrics.horizontalAdvance("……")
    return metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)


def paint_card(painter: QPainter, rect: QRect, row: TaskRow, *, font: QFont,
               palette: QPalette, overdue: bool, selected: bool, lifted: bool, colour: str,
               status: str, due: str) -> None:
    """Draw `row` in `rect`: a department stripe, `LINES` lines of text, a red frame if late."""
    closed = row.status.value in ("done", "dropped")
    late = theme.colour(Tone.ERROR)
    background = theme.colour(Tone.TINT_ERROR) if overdue else palette.color(
        QPalette.ColorRole.Base)
    if lifted:  # the card being dragged stays as a grey placeholder
        background = palette.color(QPalette.ColorRole.Midlight)
    border = palette.color(QPalette.ColorRole.Highlight) if selected else \
        late if overdue else palette.color(QPalette.ColorRole.Mid)
    painter.setBrush(background)
    painter.setPen(QPen(border, 2 if overdue or selected else 1))
    painter.drawRoundedRect(rect, 4, 4)
    if colour:
        painter.fillRect(QRect(rect.x() + 1, rect.y() + 4, 4, rect.height() - 8),
                         theme.department_colour(colour))
    inner = rect.adjusted(10, 4, -6, -4)
    metrics = QFontMetrics(font)
    line = metrics.height() + 2
    grey = theme.colour(Tone.MUTED)

    title_font = QFont(font)
    title_font.setBold(not closed)
    title_font.setStrikeOut(row.status.value == "dropped")
    painter.setFont(title_font)
    painter.setPen(grey if closed else palette.color(QPalette.ColorRole.Text))
    # The whole title on up to two lines (cut with "…" only beyond them).
    painter.drawText(QRect(inner.x(), inner.y(), inner.width(), TITLE_LINES * line),
                     Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWrapAnywhere,
                     title_text(row.title, QFontMetrics(title_font), inner.width()))
    painter.setFont(font)
    if row.fields.steps:
        status = f"{row.steps_done}/{len(row.fields.steps)} · {status}"
    second = QRect(inner.x(), inner.y() + TITLE_LINES * line, inner.width(), line)
    painter.setPen(grey)
    painter.drawText(second, Qt.AlignmentFlag.AlignRight, status)
    room = inner.width() - metrics.horizontalAdvance(status) - 8
    painter.drawText(second, Qt.AlignmentFlag.AlignLeft,
                     metrics.elidedText(row.person_name or row.department_name,
                                        Qt.TextElideMode.ElideRight, room))
    painter.setPen(late if overdue else grey)
    painter.drawText(QRect(inner.x(), inner.y() + (TITLE_LINES + 1) * line, inner.width(), line),
                     Qt.AlignmentFlag.AlignLeft,
                     metrics.elidedText(due, Qt.TextElideMode.ElideRight, inner.width()))
