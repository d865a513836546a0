"""Labels and fonts of the console and the stage display: sized by the window, never cut.

The console is laid out for 1280×720 and scales its type with the window
(`Scaler`). A `FitLabel` shows one line: when the text is too wide it first
shrinks its font (down to `min_ratio` of its size), then elides the end, and
the full text is on hover. Its minimum width is small, so a long name can
never widen the window past the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

BASE_SIZE = QSize(1280, 720)


def window_scale(size: QSize, low: float = 0.7, high: float = 4.0) -> float:
    """How much bigger than 1280×720 a window is (the smaller of the two ratios)."""
    ratio = min(size.width() / BASE_SIZE.width(), size.height() / BASE_SIZE.height())
    return max(low, min(high, ratio))


class Scaler:
    """Remembers each widget's type size at 1280×720 and sets it for a window's size."""

    def __init__(self) -> None:
        self._sizes: list[tuple[QWidget, int, QFont.Weight]] = []
        self.scale = 1.0

    def add(self, widget: QWidget, pixels: int,
            weight: QFont.Weight = QFont.Weight.Normal) -> QWidget:
        """Register `widget` with its size in pixels at scale 1; returns it."""
        self._sizes.append((widget, pixels, weight))
        self._apply(widget, pixels, weight)
        return widget

    def px(self, pixels: float) -> int:
        """A length at the current scale."""
        return max(1, round(pixels * self.scale))

    def set_scale(self, scale: float) -> bool:
        """Resize every registered font; False when the scale did not change."""
        if abs(scale - self.scale) < 0.01:
            return False
        self.scale = scale
        for widget, pixels, weight in self._sizes:
            self._apply(widget, pixels, weight)
        return True

    def _apply(self, widget: QWidget, pixels: int, weight: QFont.Weight) -> None:
        font = QFont(widget.font())
        font.setPixelSize(self.px(pixels))
        font.setWeight(weight)
        widget.setFont(font)
        if isinstance(widget, FitLabel):
            widget.refit()


class FitLabel(QLabel):
    """One line of text that shrinks, then elides, to fit its width (full text on hover)."""

    def __init__(self, name: str = "", parent: QWidget | None = None,
                 min_ratio: float = 0.75) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._full = ""
        self._min_ratio = min_ratio
        self._font_size = 0
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def full_text(self) -> str:
        """The text as set, before any eliding."""
        return self._full

    def is_elided(self) -> bool:
        """Whether the end of the text is cut (the full text is then the tool tip)."""
        return self.text() != self._full

    def set_full_text(self, text: str) -> None:
        """Show `text`, fitted to the label's width."""
        if text != self._full:
            self._full = text
            self.refit()

    def setFont(self, font: QFont) -> None:
        self._font_size = font.pixelSize()
        super().setFont(font)

    def refit(self) -> None:
        """Fit the text again (the width or the font changed)."""
        width = self.contentsRect().width()
        font = QFont(self.font())
        if self._font_size > 0:
            font.setPixelSize(self._font_size)
            floor = max(1, int(self._font_size * self._min_ratio))
            while (QFontMetrics(font).horizontalAdvance(self._full) > width
                   and font.pixelSize() > floor):
                font.setPixelSize(font.pixelSize() - 1)
            if font.pixelSize() != self.font().pixelSize():
                super().setFont(font)
        metrics = QFontMetrics(font)
        shown = self._full
        if metrics.horizontalAdvance(shown) > width:
            shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != self.text():
            super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self._natural_font())
        margins = self.contentsMargins()
        return QSize(metrics.horizontalAdvance(self._full) + margins.left() + margins.right()
                     + 2, metrics.height() + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(min(hint.width(), QFontMetrics(self.font()).averageCharWidth() * 4),
                     hint.height())

    def _natural_font(self) -> QFont:
        font = QFont(self.font())
        if self._font_size > 0:
            font.setPixelSize(self._font_size)
        return font

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.refit()
