"""Score sheets (评分表): one per judge, the acts in running order with empty boxes to fill."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from gala_manager.export.kit.pdf import Column, PageHeader, PageLabels, PdfDocument

# More criteria than this leave no room to write a score in each box: the sheet then
# has one score box per act, and its criteria are listed above the table only.
MAX_CRITERIA_COLUMNS = 8


@dataclass(frozen=True)
class SheetAct:
    """One line of the sheet: the act's number, title and performers."""

    number: str
    title: str
    performers: str


@dataclass(frozen=True)
class ScoreSheetLabels:
    """Translated words of the sheets."""

    document_title: str
    judge: str            # "Judge: {name} {title}"
    rule: str             # the rule in a sentence
    criteria: str         # "Criteria: …; full marks {max}"
    number: str
    act: str
    performers: str
    total: str
    remarks: str
    signature: str        # "Signature: ________   Date: ________"
    empty: str


def build_score_sheets(judges: Sequence[tuple[str, str]], acts: Sequence[SheetAct],
                       criteria: Sequence[tuple[str, str]], header: PageHeader,
                       page_labels: PageLabels, labels: ScoreSheetLabels) -> PdfDocument:
    """One sheet per judge (name, title); a column per criterion, then the total."""
    if len(criteria) > MAX_CRITERIA_COLUMNS:
        criteria = []
    landscape = len(criteria) > 3
    doc = PdfDocument(header, page_labels, landscape=landscape,
                      title_meta=labels.document_title)
    columns = [Column(labels.number, 0.45, "center"), Column(labels.act, 2.3),
               Column(labels.performers, 2.8)]
    columns += [Column(f"{name}\n{points}" if points else name, 0.8, "center")
                for name, points in criteria]
    columns += [Column(labels.total, 0.9, "center"), Column(labels.remarks, 1.3)]
    # An empty box tall enough to write a score in by hand.
    blank = [Spacer(1, 7 * mm)] + [""] * (len(columns) - 4)
    if not judges:
        doc.title(labels.document_title)
        doc.paragraph(labels.empty)
    for number, (name, title) in enumerate(judges):
        if number:
            doc.page_break()
        doc.title(labels.document_title)
        doc.subtitle(labels.judge.format(name=name, title=title).strip())
        doc.paragraph(labels.rule)
        doc.paragraph(labels.criteria)
        doc.table(columns, [[a.number, a.title, a.performers, *blank] for a in acts],
                  zebra=False, font_size=10, grid=True)
        doc.spacer(6)
        doc.paragraph(labels.signature)
    return doc


def write_score_sheets(path: Path, judges: Sequence[tuple[str, str]], acts: Sequence[SheetAct],
                       criteria: Sequence[tuple[str, str]], header: PageHeader,
                       page_labels: PageLabels, labels: ScoreSheetLabels) -> Path:
    """Write the score sheets PDF atomically."""
    return build_score_sheets(judges, acts, criteria, header, page_labels, labels).build(path)
