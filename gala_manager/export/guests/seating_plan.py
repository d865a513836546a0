"""The seating plan of the front rows as a drawn map, then the guests seat by seat."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from gala_manager.export.kit.pdf import Column, PageHeader, PageLabels, PdfDocument
from gala_manager.export.kit.pdf_page import fit_line

# A colour per kind of guest, so that judges or leaders are found at a glance.
KIND_COLOURS = {"leader": "#F4D6D9", "judge": "#F6E7C1", "sponsor": "#D7E8F7",
                "media": "#DDEFD9", "alumnus": "#E8DDF3", "other": "#ECEFF1"}


@dataclass(frozen=True)
class SeatingPlanPrint:
    """What the plan prints: rows, the seat order of a row, who sits where, the list."""

    rows: int
    seat_order: Sequence[int]  # seat numbers from left to right, facing the stage
    occupants: dict[tuple[int, int], tuple[str, str, str]]  # seat → (name, title, kind)
    lines: Sequence[Sequence[str]] = ()   # seat, name, title, kind, arrives, met by
    unseated: Sequence[str] = field(default_factory=tuple)


@dataclass(frozen=True)
class SeatingLabels:
    """Translated words of the plan."""

    title: str
    stage: str
    rows: dict[int, str]
    kinds: dict[str, str]
    headers: Sequence[str]
    unseated: str
    empty_seat: str


class SeatMap(Flowable):
    """The stage at the top and the rows of seats below it, each seat a labelled box."""

    def __init__(self, plan: SeatingPlanPrint, labels: SeatingLabels, font: str, bold: str,
                 width: float) -> None:
        super().__init__()
        self.plan, self.labels, self.font, self.bold = plan, labels, font, bold
        self.width = width
        self.label_width = 18 * mm
        self.seat_width = (width - self.label_width) / max(1, len(plan.seat_order))
        self.seat_height = min(19 * mm, max(12 * mm, self.seat_width * 0.75))
        self.height = 16 * mm + plan.rows * (self.seat_height + 2.5 * mm) + 12 * mm

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        c, plan = self.canv, self.plan
        top = self.height
        stage_left = self.label_width + (self.width - self.label_width) * 0.2
        stage_width = (self.width - self.label_width) * 0.6
        c.setFillColor(colors.HexColor("#A61B29"))
        c.roundRect(stage_left, top - 10 * mm, stage_width, 9 * mm, 2 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.bold, 12)
        c.drawCentredString(stage_left + stage_width / 2, top - 7 * mm, self.labels.stage)
        y = top - 16 * mm
        for row in range(1, plan.rows + 1):
            y -= self.seat_height
            c.setFillColor(colors.HexColor("#2F3E4E"))
            c.setFont(self.bold, 10)
            c.drawString(0, y + self.seat_height / 2 - 3.5, self.labels.rows.get(row, str(row)))
            for position, number in enumerate(plan.seat_order):
                x = self.label_width + position * self.seat_width
                self._seat(x + 0.8 * mm, y, self.seat_width - 1.6 * mm, row, number)
            y -= 2.5 * mm
        self._legend(y - 6 * mm)

    def _legend(self, y: float) -> None:
        c, x = self.canv, self.label_width
        c.setFont(self.font, 8.5)
        for kind, name in self.labels.kinds.items():
            c.setFillColor(colors.HexColor(KIND_COLOURS.get(kind, "#ECEFF1")))
            c.setStrokeColor(colors.HexColor("#8A6D3B"))
            c.rect(x, y, 4 * mm, 3 * mm, stroke=1, fill=1)
            c.setFillColor(colors.HexColor("#1F2933"))
            c.drawString(x + 5.5 * mm, y + 0.4 * mm, name)
            x += 8 * mm + stringWidth(name, self.font, 8.5)

    def _seat(self, x: float, y: float, width: float, row: int, number: int) -> None:
        c = self.canv
        who = self.plan.occupants.get((row, number))
        fill = KIND_COLOURS.get(who[2], "#ECEFF1") if who else "#FAFAFA"
        c.setFillColor(colors.HexColor(fill))
        c.setStrokeColor(colors.HexColor("#CBD2D9" if who is None else "#8A6D3B"))
        c.setLineWidth(0.6)
        c.roundRect(x, y, width, self.seat_height, 1.5 * mm, stroke=1, fill=1)
        c.setFillColor(colors.HexColor("#616E7C"))
        c.setFont(self.font, 6.5)
        c.drawString(x + 1.2 * mm, y + self.seat_height - 3 * mm, str(number))
        if who is None:
            c.drawCentredString(x + width / 2, y + self.seat_height / 2 - 2,
                                fit_line(self.labels.empty_seat, self.font, 6.5, width - 2))
            return
        name, title, _kind = who
        size = 10 if width > 18 * mm else 8
        c.setFillColor(colors.HexColor("#1F2933"))
        c.setFont(self.bold, size)
        c.drawCentredString(x + width / 2, y + self.seat_height / 2 - 1,
                            fit_line(name, self.bold, size, width - 2))
        c.setFillColor(colors.HexColor("#616E7C"))
        c.setFont(self.font, 6)
        c.drawCentredString(x + width / 2, y + 2 * mm, fit_line(title, self.font, 6,
                                                                 width - 2))


def build_seating_plan(plan: SeatingPlanPrint, header: PageHeader, page_labels: PageLabels,
                       labels: SeatingLabels) -> PdfDocument:
    """The plan as a landscape PDF: the map, the legend, then the guests by seat."""
    doc = PdfDocument(header, page_labels, landscape=True, title_meta=labels.title)
    doc.title(labels.title)
    bold = doc.font.bold_name or doc.font.name
    doc.add(SeatMap(plan, labels, doc.font.name, bold, doc.width))
    if plan.unseated:
        doc.warning(labels.unseated.format(names="、".join(plan.unseated)))
    if plan.lines:
        doc.table([Column(labels.headers[0], 1.2), Column(labels.headers[1], 1.2),
                   Column(labels.headers[2], 2.2), Column(labels.headers[3], 1.2),
                   Column(labels.headers[4], 0.8, "center"), Column(labels.headers[5], 1.4)],
                  [list(line) for line in plan.lines])
    return doc


def write_seating_plan(path: Path, plan: SeatingPlanPrint, header: PageHeader,
                       page_labels: PageLabels, labels: SeatingLabels) -> Path:
    """Write the seating plan PDF atomically to `path`."""
    return build_seating_plan(plan, header, page_labels, labels).build(Path(path))
