"""The frame of every PDF page: the gala's header band and the footer's "page N of M"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from gala_manager.export.kit.pdf_table import INK, MUTED, RULE


@dataclass(frozen=True)
class PageHeader:
    """What every page's header shows; all already-formatted, translated text."""

    gala_name: str
    date: str = ""
    venue: str = ""


@dataclass(frozen=True)
class PageLabels:
    """Translated labels; `{page}`, `{pages}` and `{time}` are filled in per page.

    `font_warning`: banner text put on page 1 when the font fell back to the
    non-embedded STSong-Light (empty: no banner). `continued` marks the rows that
    continue a row too tall for one page.
    """

    page: str = "Page {page} of {pages}"
    printed: str = "Printed {time}"
    font_warning: str = ""
    continued: str = "(continued)"


@dataclass(frozen=True)
class PageFrame:
    """What the header band and the footer need to draw one page."""

    pagesize: tuple[float, float]
    margin: float
    font: str
    header: PageHeader
    labels: PageLabels
    printed_at: datetime

    def canvas_class(self) -> type[Canvas]:
        """A canvas that holds every page until the end, so the footer can say "of N"."""
        frame = self

        class NumberedCanvas(Canvas):
            def __init__(self, *args, **kwargs) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict] = []

            def showPage(self) -> None:
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                for state in self._pages:
                    self.__dict__.update(state)
                    frame.draw(self, self._pageNumber, len(self._pages))
                    Canvas.showPage(self)
                Canvas.save(self)

        return NumberedCanvas

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        """Draw the header band and the footer on one page."""
        width, height = self.pagesize
        left, right, font = self.margin, width - self.margin, self.font
        usable = width - 2 * self.margin
        canvas.saveState()
        y = height - self.margin
        facts = " · ".join(p for p in (self.header.date, self.header.venue) if p)
        facts = fit_line(facts, font, 8.5, usable * 0.45)
        canvas.setFont(font, 10)
        canvas.setFillColor(INK)
        room = usable - stringWidth(facts, font, 8.5) - 6 * mm
        canvas.drawString(left, y, fit_line(self.header.gala_name, font, 10, room))
        canvas.setFont(font, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(right, y, facts)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, y - 2.5 * mm, right, y - 2.5 * mm)
        y = self.margin
        canvas.line(left, y + 3.5 * mm, right, y + 3.5 * mm)
        canvas.setFont(font, 8)
        when = self.printed_at.strftime("%Y-%m-%d %H:%M")
        canvas.drawString(left, y, self.labels.printed.format(time=when))
        canvas.drawRightString(right, y, self.labels.page.format(page=page, pages=pages))
        canvas.restoreState()


@lru_cache(maxsize=64)  # the same header on every page
def fit_line(text: str, font: str, size: float, room: float) -> str:
    """One line of `text` no wider than `room` points, cut with "…" if needed."""
    text = " ".join(str(text).split())  # newlines would overprint the line
    if stringWidth(text, font, size) <= room:
        return text
    # The longest prefix that fits with its "…", found by halving: a gala's name may
    # be thousands of characters, and measuring is linear in the text.
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low] + "…"
