"""The act submission form on paper: one act per A4 portrait page, labelled boxes to
write in, the kinds as tick boxes, the duration formats explained, and the gala's
name and deadline on top. Departments print it, fill it in by hand and hand it back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from gala_manager.export.kit.pdf import PageHeader, PageLabels, PdfDocument
from gala_manager.export.kit.pdf_table import INK, MUTED, RULE, escape_text, make_style

TICK_BOX = "□"  # every CJK font has it, as the supply list's tick column
# Each field and how many handwritten lines its box holds (8.5 mm a line).
FIELDS = (("title", 1), ("kind", 1), ("performers", 2), ("head_count", 1),
          ("submitted_by", 1), ("contact_name", 1), ("contact_phone", 1), ("duration", 1),
          ("mic_count", 1), ("props", 2), ("music_file", 1), ("lighting_notes", 2),
          ("sound_notes", 2), ("notes", 3))
LINE = 8.5 * mm


@dataclass(frozen=True)
class PaperFormLabels:
    """Translated words of the paper form."""

    title: str                    # "Act submission form"
    gala_line: str                # the gala's name (and date), on top
    deadline: str                 # "Hand in by 2027年3月26日 星期五" ("" when unknown)
    headers: dict[str, str]       # field → label, as the workbook's columns
    kinds: Sequence[str]          # the tick boxes
    other_kind: str               # "Other: ____"
    duration_hint: str            # "as 3:30, 3分30秒, 210秒 or 4分钟"
    head_count_unit: str          # "people"
    one_act: str                  # "One act per page; copy this page for more acts."
    received: str                 # "Received by / on" (the committee's corner)


def _box_rows(labels: PaperFormLabels, styles: dict) -> tuple[list[list], list[float]]:
    cell, hint = styles["cell"], styles["hint"]
    rows, heights = [], []
    for field, lines in FIELDS:
        label = Paragraph(escape_text(labels.headers[field]), styles["label"])
        value: object = ""
        if field == "kind":
            # A box stays with its word (no line break between them).
            ticks = "　".join(f"{TICK_BOX}&nbsp;{escape_text(k)}"
                             for k in [*labels.kinds, labels.other_kind])
            value = Paragraph(ticks, cell)
            lines = max(lines, 1 + len(labels.kinds) // 7)
        elif field == "duration":
            value = Paragraph(f"<br/><font size=8 color='#616e7c'>"
                              f"{escape_text(labels.duration_hint)}</font>", hint)
        elif field == "head_count":
            value = Paragraph(f"<para alignment='right'>{escape_text(labels.head_count_unit)}"
                              "</para>", cell)
        rows.append([label, value])
        heights.append(lines * LINE + 2 * mm)
    return rows, heights


def build_paper_form(header: PageHeader, page_labels: PageLabels,
                     labels: PaperFormLabels) -> PdfDocument:
    """The form as a one-page A4 portrait PDF document."""
    doc = PdfDocument(header, page_labels, landscape=False, title_meta=labels.title)
    doc.title(labels.title)
    doc.subtitle(labels.gala_line)
    if labels.deadline:
        doc.paragraph(labels.deadline, "heading")
    styles = {
        "label": make_style("label", doc.font.bold_name or doc.font.name, 10, leading=13),
        "cell": make_style("cell", doc.font.name, 10.5, leading=16),
        "hint": make_style("hint", doc.font.name, 10, leading=13, textColor=MUTED),
    }
    rows, heights = _box_rows(labels, styles)
    label_width = 32 * mm
    table = Table(rows, colWidths=[label_width, doc.width - label_width], rowHeights=heights)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.7, INK),
        ("BACKGROUND", (0, 0), (0, -1), "#EEF1F5"),
        ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
        ("VALIGN", (1, 0), (1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
    ]))
    doc.add(table)
    doc.spacer(3)
    corner = Table([[Paragraph(escape_text(labels.one_act), styles["hint"]),
                     Paragraph(escape_text(labels.received), styles["hint"])]],
                   colWidths=[doc.width * 0.6, doc.width * 0.4], rowHeights=[12 * mm])
    corner.setStyle(TableStyle([("BOX", (1, 0), (1, 0), 0.5, RULE),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc.add(corner)
    return doc


def write_paper_form(path: Path, header: PageHeader, page_labels: PageLabels,
                     labels: PaperFormLabels) -> Path:
    """Write the paper form PDF atomically."""
    return build_paper_form(header, page_labels, labels).build(Path(path))
