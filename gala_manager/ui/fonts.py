"""Font sizes relative to the user's own font, so headings scale with the system's setting."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QWidget


def sized(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Give a widget the application's font scaled by `factor` (1.0: as the system sets it)."""
    font = QFont(QGuiApplication.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:  # a font set in pixels
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    widget.setFont(font)


def text_lines(widget: QWidget, lines: float) -> int:
    """The height that shows `lines` lines of a text box's font, frame and margins included."""
    metrics = widget.fontMetrics()
    frame = 2 * getattr(widget, "frameWidth", lambda: 1)()
    # QPlainTextEdit's document margin (4 px) on both sides.
    return round(metrics.lineSpacing() * lines) + frame + 8


def line_height(widget: QWidget, lines: float = 1.0) -> int:
    """`lines` lines of a widget's font, for rows and bars drawn by hand."""
    return round(widget.fontMetrics().lineSpacing() * lines)
