"""The host's result card (颁奖结果卡): the awards in the order they are announced, large."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from gala_manager.export.kit.pdf import Markup, PageHeader, PageLabels, PdfDocument, escape_text


@dataclass(frozen=True)
class Announcement:
    """One award as the host reads it out: the award, then each winner and performers."""

    award: str
    winners: Sequence[tuple[str, str]]  # (act, performers)
    warning: str = ""  # e.g. a tie the committee has not decided


@dataclass(frozen=True)
class ResultCardLabels:
    """Translated words of the card."""

    document_title: str
    intro: str
    empty: str


def build_result_card(items: Sequence[Announcement], header: PageHeader,
                      page_labels: PageLabels, labels: ResultCardLabels) -> PdfDocument:
    """Large type, one award after the other, nothing else to read on stage."""
    doc = PdfDocument(header, page_labels, title_meta=labels.document_title)
    award = ParagraphStyle("award", doc.styles["heading"], fontSize=20, leading=26,
                           textColor="#A61B29", spaceBefore=6 * mm, spaceAfter=2 * mm)
    winner = ParagraphStyle("winner", doc.styles["body"], fontSize=17, leading=24,
                            leftIndent=8 * mm, spaceAfter=0)
    performers = ParagraphStyle("performers", doc.styles["note"], fontSize=12, leading=16,
                                leftIndent=8 * mm, spaceAfter=3 * mm)
    doc.styles.update(award=award, winner=winner, performers=performers)
    doc.title(labels.document_title)
    doc.note(labels.intro)
    if not items:
        doc.paragraph(labels.empty)
    for item in items:
        with doc.keep_together():
            doc.paragraph(item.award, "award")
            if item.warning:
                doc.warning(item.warning)
            for act, people in item.winners:
                doc.paragraph(Markup(f"<b>{escape_text(act)}</b>"), "winner")
                doc.paragraph(people or " ", "performers")
    return doc


def write_result_card(path: Path, items: Sequence[Announcement], header: PageHeader,
                      page_labels: PageLabels, labels: ResultCardLabels) -> Path:
    """Write the host's result card atomically."""
    return build_result_card(items, header, page_labels, labels).build(path)
