"""The supply list's picture of the budget (reportlab graphics): the cost as spent,
committed and still to buy against the available funds, and the cost by category."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from gala_manager.core.money import format_yuan
from gala_manager.core.supplies.totals import BudgetPosition
from gala_manager.export.supplies.budget_charts import COLOURS

INK, MUTED, RULE = HexColor("#1f2933"), HexColor("#616e7c"), HexColor("#9aa5b1")
SIZE = 9  # points, as the tables' text
BAR = 12
ROW = 20


@dataclass(frozen=True)
class BudgetPicture:
    """The words of the picture (translated) and its figures."""

    title: str                             # "Spending against the available funds"
    by_category_title: str                 # "Cost by category"
    lines: dict[str, str]                  # cost, spent, committed, planned, available
    position: BudgetPosition
    categories: Sequence[tuple[str, Decimal]]  # (label, cost of bought items)


def _text(x: float, y: float, text: str, font: str, *, bold_font: str = "", size: float = SIZE,
          colour=INK, anchor: str = "start") -> String:
    return String(x, y, text, fontName=bold_font or font, fontSize=size, fillColor=colour,
                  textAnchor=anchor)


def budget_drawing(picture: BudgetPicture, width: float, font: str,
                   bold_font: str = "") -> Drawing:
    """Both charts, one under the other, `width` points wide."""
    position = picture.position
    available = position.budget.available
    label_width = max(stringWidth(picture.lines[k], font, SIZE)
                      for k in ("cost", "available")) + 12
    label_width = max([label_width] + [stringWidth(label, font, SIZE) + 12
                                       for label, _cost in picture.categories])
    amount_width = stringWidth("¥000,000.00", font, SIZE) + 8
    bar_room = max(60.0, width - label_width - amount_width)
    rows = [r for r in picture.categories if r[1] > 0]
    height = 26 + 2 * ROW + 22 + 30 + len(rows) * ROW + 6
    drawing = Drawing(width, height)
    y = height - 12
    drawing.add(_text(0, y, picture.title, font, bold_font=bold_font, size=10.5))
    top = max(position.cost, available or Decimal(0), Decimal("0.01"))
    scale = bar_room / float(top)
    y -= 22
    bars_top = y + BAR + 4
    drawing.add(_text(0, y + 3, picture.lines["cost"], font))
    x = label_width
    for part in ("spent", "committed", "planned"):
        length = float(getattr(position, part)) * scale
        if length > 0:
            drawing.add(Rect(x, y, length, BAR, fillColor=HexColor(COLOURS[part]),
                             strokeColor=None))
        x += length
    drawing.add(_text(x + 4, y + 3, format_yuan(position.cost), font))
    y -= ROW
    if available is not None:
        drawing.add(_text(0, y + 3, picture.lines["available"], font))
        length = float(available) * scale
        drawing.add(Rect(label_width, y, length, BAR, fillColor=HexColor(COLOURS["available"]),
                         strokeColor=None))
        drawing.add(_text(label_width + length + 4, y + 3, format_yuan(available), font))
        # Where the money runs out, through the cost bar.
        drawing.add(Line(label_width + length, y - 2, label_width + length, y + ROW + BAR,
                         strokeColor=INK, strokeWidth=0.8, strokeDashArray=[2, 2]))
    drawing.add(Line(label_width, y + ROW - 4 if available is None else y - 4, label_width,
                     bars_top, strokeColor=RULE, strokeWidth=0.5))
    y -= 18
    x = label_width
    for part in ("spent", "committed", "planned"):
        drawing.add(Rect(x, y, 8, 8, fillColor=HexColor(COLOURS[part]), strokeColor=None))
        text = f"{picture.lines[part]} {format_yuan(getattr(position, part))}"
        drawing.add(_text(x + 11, y + 0.5, text, font, size=8, colour=MUTED))
        x += 11 + stringWidth(text, font, 8) + 16
    y -= 30
    drawing.add(_text(0, y + 6, picture.by_category_title, font, bold_font=bold_font,
                      size=10.5))
    largest = max((float(cost) for _label, cost in rows), default=1.0)
    rows_top = y - ROW + BAR + 4
    for label, cost in rows:
        y -= ROW
        drawing.add(_text(0, y + 3, label, font))
        length = float(cost) / largest * bar_room
        drawing.add(Rect(label_width, y, length, BAR, fillColor=HexColor(COLOURS["planned"]),
                         strokeColor=None))
        drawing.add(_text(label_width + length + 4, y + 3, format_yuan(cost), font))
    if rows:
        drawing.add(Line(label_width, y - 4, label_width, rows_top, strokeColor=RULE,
                         strokeWidth=0.5))
    return drawing
