"""A small picture of the budget for the budget panel, drawn with QPainter.

The cost as one bar of spent, committed and still to buy, the available funds
as another, a dashed line where the money runs out: the same picture as the
supplies workbook's chart and the supply list PDF's, in the same colours.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from gala_manager.core.money import format_yuan
from gala_manager.core.supplies.totals import BudgetPosition
from gala_manager.ui import theme
from gala_manager.ui.theme import Tone

# theme.CHART indexes: the exports' budget colours are the same hex values.
PART_COLOURS = {"spent": 2, "committed": 1, "planned": 0}
AVAILABLE_COLOUR = 6
PARTS = ("spent", "committed", "planned")


class BudgetChartWidget(QWidget):
    """Cost (spent, committed, to buy) against the available funds, as two bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._position: BudgetPosition | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the words again in the current language."""
        self._words = {"cost": self.tr("Cost"), "available": self.tr("Available"),
                       "spent": self.tr("Spent"), "committed": self.tr("Ordered"),
                       "planned": self.tr("To buy")}
        self._describe()
        self.update()

    def show_position(self, position: BudgetPosition) -> None:
        """Draw where the money stands."""
        self._position = position
        self._describe()
        self.update()

    def _describe(self) -> None:
        """The picture in words, for a tooltip and a screen reader."""
        position = self._position
        if position is None:
            return
        parts = " · ".join(f"{self._words[p]} {format_yuan(getattr(position, p))}"
                           for p in PARTS)
        text = f"{self._words['cost']} {format_yuan(position.cost)} ({parts})"
        if position.budget.available is not None:
            text += f"\n{self._words['available']} {format_yuan(position.budget.available)}"
        self.setToolTip(text)
        self.setAccessibleDescription(text)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(240, 4 * line + 16)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        position = self._position
        if position is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        label_width = max(metrics.horizontalAdvance(self._words[k])
                          for k in ("cost", "available")) + 8
        room = max(20.0, self.width() - label_width - 4)
        available = position.budget.available
        top = max(position.cost, available or Decimal(0), Decimal("0.01"))
        scale = room / float(top)
        bar = line * 0.8
        text = self.palette().windowText().color()
        painter.setPen(text)
        y = 4.0
        painter.drawText(QRectF(0, y, label_width, line), Qt.AlignmentFlag.AlignVCenter,
                         self._words["cost"])
        x = float(label_width)
        for part in PARTS:
            length = float(getattr(position, part)) * scale
            painter.fillRect(QRectF(x, y + (line - bar) / 2, length, bar),
                             theme.chart(PART_COLOURS[part]))
            x += length
        y += line + 4
        if available is not None:
            painter.drawText(QRectF(0, y, label_width, line), Qt.AlignmentFlag.AlignVCenter,
                             self._words["available"])
            length = float(available) * scale
            painter.fillRect(QRectF(label_width, y + (line - bar) / 2, length, bar),
                             theme.chart(AVAILABLE_COLOUR))
            over = position.over_budget
            pen = QPen(theme.colour(Tone.ERROR) if over else text, 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            edge = label_width + length
            painter.drawLine(int(edge), 2, int(edge), int(y + line))
            painter.setPen(text)
        y += line + 6
        x = float(label_width)
        for part in PARTS:
            painter.fillRect(QRectF(x, y + line / 2 - 4, 8, 8), theme.chart(PART_COLOURS[part]))
            word = self._words[part]
            painter.drawText(QRectF(x + 11, y, metrics.horizontalAdvance(word) + 2, line),
                             Qt.AlignmentFlag.AlignVCenter, word)
            x += 11 + metrics.horizontalAdvance(word) + 12
        painter.end()
