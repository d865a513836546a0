"""The look of the gala's formal prints (invitations, certificates, place cards).

Chinese red and gold on cream: a double frame with corner ornaments, wide-spaced
titles, and text drawn by the shared font. Pages are drawn on a canvas, not
flowed: each print is a single composed page per guest or per award.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from gala_manager.export.kit.files import atomic_write_bytes
from gala_manager.export.kit.pdf_fonts import FontChoice, resolve_font
from gala_manager.export.kit.pdf_table import markup

RED = colors.HexColor("#A61B29")
GOLD = colors.HexColor("#C8A45D")
CREAM = colors.HexColor("#FFFCF4")
INK = colors.HexColor("#2B2B2B")
SOFT = colors.HexColor("#6B5B4B")
T = TypeVar("T")
ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


@dataclass(frozen=True)
class Fonts:
    """The regular and the heavy face of the shared font (the same when no bold exists)."""

    regular: str
    bold: str


def background(canvas: Canvas, width: float, height: float) -> None:
    """Cream paper under everything."""
    canvas.saveState()
    canvas.setFillColor(CREAM)
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    canvas.restoreState()


def frame(canvas: Canvas, x: float, y: float, width: float, height: float,
          scale: float = 1.0) -> None:
    """A red outer and a gold inner border with gold diamonds at the corners."""
    canvas.saveState()
    gap = 3.2 * scale * 2.835  # 3.2 mm
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(2.2 * scale)
    canvas.rect(x, y, width, height, stroke=1, fill=0)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.8 * scale)
    canvas.rect(x + gap, y + gap, width - 2 * gap, height - 2 * gap, stroke=1, fill=0)
    size = 4.2 * scale * 2.835
    canvas.setFillColor(GOLD)
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(0.6 * scale)
    for cx, cy in ((x, y), (x + width, y), (x, y + height), (x + width, y + height)):
        path = canvas.beginPath()
        path.moveTo(cx, cy + size)
        path.lineTo(cx + size, cy)
        path.lineTo(cx, cy - size)
        path.lineTo(cx - size, cy)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)
    canvas.restoreState()


def rule(canvas: Canvas, cx: float, y: float, length: float, scale: float = 1.0) -> None:
    """A short gold rule with a red dot in its middle, centred on `cx`."""
    canvas.saveState()
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.9 * scale)
    canvas.line(cx - length / 2, y, cx - 3 * scale, y)
    canvas.line(cx + 3 * scale, y, cx + length / 2, y)
    canvas.setFillColor(RED)
    canvas.circle(cx, y, 1.6 * scale, stroke=0, fill=1)
    canvas.restoreState()


def spaced(canvas: Canvas, text: str, cx: float, y: float, font: str, size: float,
           colour, spacing: float = 0.0) -> None:
    """One line centred on `cx` with extra space between the characters (a title's look)."""
    text = " ".join(str(text).split())
    if not text:
        return
    widths = [stringWidth(ch, font, size) for ch in text]
    total = sum(widths) + spacing * (len(text) - 1)
    canvas.saveState()
    canvas.setFont(font, size)
    canvas.setFillColor(colour)
    x = cx - total / 2
    for ch, width in zip(text, widths, strict=True):
        canvas.drawString(x, y, ch)
        x += width + spacing
    canvas.restoreState()


def fit_size(text: str, font: str, largest: float, smallest: float, room: float,
             spacing_em: float = 0.0) -> float:
    """The largest font size (down to `smallest`) at which `text` fits in `room` points."""
    size = largest
    while size > smallest:
        width = stringWidth(text, font, size) + spacing_em * size * max(0, len(text) - 1)
        if width <= room:
            break
        size -= 0.5
    return size


def paragraph(canvas: Canvas, text: object, x: float, top: float, width: float, *, font: str,
              size: float, leading: float | None = None, colour=INK, align: str = "left",
              indent: float = 0.0) -> float:
    """Wrapped text (user text escaped unless Markup) drawn with its top at `top`;
    returns the y of its bottom."""
    style = ParagraphStyle("ornament", fontName=font, fontSize=size,
                           leading=leading or size * 1.6, textColor=colour,
                           alignment=ALIGN[align], firstLineIndent=indent, wordWrap="CJK")
    para = Paragraph(markup(text), style)
    _w, height = para.wrap(width, 10_000)
    para.drawOn(canvas, x, top - height)
    return top - height


def lines_height(texts: Sequence[str], size: float) -> float:
    """The height of single lines of a given size, one under the other."""
    return len(texts) * size * 1.5


def write_pages(path: Path, items: Sequence[T], draw: Callable[[Canvas, T, Fonts], None], *,
                size: tuple[float, float], title: str, empty: str,
                font: FontChoice | None = None) -> Path:
    """Write a PDF of one composed page per item (a note page when there is none),
    atomically to `path`."""
    font = font or resolve_font()
    fonts = Fonts(font.name, font.bold_name or font.name)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=size, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("Gala Manager")
    if not items:
        paragraph(canvas, empty, 30 * mm, size[1] - 40 * mm, size[0] - 60 * mm,
                  font=fonts.regular, size=12)
        canvas.showPage()
    for item in items:
        draw(canvas, item, fonts)
        canvas.showPage()
    canvas.save()
    return atomic_write_bytes(Path(path), out.getvalue())
