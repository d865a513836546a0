"""Small PDF layout blocks around the tables: label–value facts, warning banners, pairs."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from gala_manager.export.kit.pdf_rows import continued_rows, padded
from gala_manager.export.kit.pdf_table import MUTED, WARN_BG, WARN_LINE, cell_flowable


def facts_table(
    pairs: Sequence[tuple[str, object]],
    width: float,
    label_width: float,
    styles: dict[str, ParagraphStyle],
    room: float = 10_000.0,
) -> Flowable:
    """Two columns, grey labels and wrapped values, no lines (see PdfDocument.facts);
    a value taller than `room` continues in the rows below it."""
    if not pairs:
        return Spacer(1, 0)
    label = ParagraphStyle("factlabel", styles["body"], textColor=MUTED, spaceAfter=0)
    value = ParagraphStyle("factvalue", styles["body"], spaceAfter=0)
    widths = [width * label_width, width * (1 - label_width)]
    data = []
    heights: list[float | None] = []
    for k, v in pairs:
        parts, measured = continued_rows([k, v], [label, value],
                                         [widths[0] - 6, widths[1] - 6], room - 3,
                                         cell_flowable)
        data += [[cell_flowable(part[0], label), cell_flowable(part[1], value)]
                 for part in parts]
        heights += padded(measured, 3)
    table = Table(data, colWidths=widths, rowHeights=heights, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return KeepTogether([table, Spacer(1, 3 * mm)])


def banner(content: Flowable, width: float) -> Flowable:
    """An amber framed box around `content` (warnings such as the font fallback)."""
    box = Table([[content]], [width])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), WARN_BG),
                ("LINEBEFORE", (0, 0), (0, -1), 3, WARN_LINE),
                ("BOX", (0, 0), (-1, -1), 0.5, WARN_LINE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return KeepTogether([box, Spacer(1, 3 * mm)])


def side_by_side(left: list[Flowable], left_width: float, right: Flowable,
                 right_width: float, gap: float) -> Flowable:
    """`left` (a narrow table) with `right` (its chart) beside it, tops aligned."""
    pair = Table([[left, right]], [left_width + gap, right_width])
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (0, 0), gap),
                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return pair
