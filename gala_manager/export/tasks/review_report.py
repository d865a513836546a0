"""The review PDF (活动总结 / 效果分析): figures, overall notes, incidents, departments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gala_manager.export.kit.pdf import (
    Column,
    Markup,
    PageHeader,
    PageLabels,
    PdfDocument,
    escape_text,
)


@dataclass(frozen=True)
class DepartmentSection:
    """A department's part of the review, as written."""

    name: str
    summary: str
    went_well: str
    to_improve: str


@dataclass(frozen=True)
class ReviewReport:
    """Everything the review prints, already formatted in the reader's language."""

    figures: Sequence[tuple[str, str]]
    summary: str
    effect: str
    incidents: Sequence[tuple[str, str, str]]  # kind, start, length
    departments: Sequence[DepartmentSection]
    awards: Sequence[tuple[str, str]] = ()  # award, winners


@dataclass(frozen=True)
class ReviewLabels:
    """Translated words of the review."""

    document_title: str
    figures: str
    figure: str
    value: str
    summary: str
    effect: str
    incidents: str
    incident: str
    start: str
    length: str
    no_incidents: str
    departments: str
    went_well: str
    to_improve: str
    not_written: str
    awards: str = "Awards"
    award: str = "Award"
    winners: str = "Winners"


def build_review_pdf(report: ReviewReport, header: PageHeader, page_labels: PageLabels,
                     labels: ReviewLabels, printed_at: dt.datetime | None = None
                     ) -> PdfDocument:
    """The review as a PDF document; every user text is escaped by the kit."""
    doc = PdfDocument(header, page_labels, title_meta=labels.document_title,
                      printed_at=printed_at)
    doc.title(labels.document_title)
    doc.subtitle(header.gala_name)
    doc.heading(labels.figures)
    doc.table([Column(labels.figure, 1.2), Column(labels.value, 2.0)],
              [list(pair) for pair in report.figures])
    for title, text in ((labels.summary, report.summary), (labels.effect, report.effect)):
        doc.heading(title)
        if text.strip():
            doc.paragraph(text)
        else:
            doc.note(labels.not_written)
    if report.awards:
        doc.heading(labels.awards)
        doc.table([Column(labels.award, 1.0), Column(labels.winners, 3.0)],
                  [list(pair) for pair in report.awards])
    doc.heading(labels.incidents)
    if report.incidents:
        doc.table([Column(labels.incident, 2.0), Column(labels.start, 1.0),
                   Column(labels.length, 1.0)], [list(i) for i in report.incidents])
    else:
        doc.note(labels.no_incidents)
    doc.heading(labels.departments)
    for section in report.departments:
        with doc.keep_together():
            doc.heading(section.name)
            parts = ((labels.summary, section.summary), (labels.went_well, section.went_well),
                     (labels.to_improve, section.to_improve))
            for title, text in parts:
                body = escape_text(text) if text.strip() else \
                    f"<font color='#616E7C'>{escape_text(labels.not_written)}</font>"
                doc.paragraph(Markup(f"<b>{escape_text(title)}:</b> {body}"))
    return doc


def write_review_pdf(path: Path, report: ReviewReport, header: PageHeader,
                     page_labels: PageLabels, labels: ReviewLabels,
                     printed_at: dt.datetime | None = None) -> Path:
    """Write the review PDF atomically."""
    return build_review_pdf(report, header, page_labels, labels, printed_at).build(path)
