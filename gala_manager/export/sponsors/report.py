"""The sponsor report (赞助回报报告): what each sponsor gave, what was promised, what was done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Image

from gala_manager.export.kit.pdf import Column, PageHeader, PageLabels, PdfDocument, Row

_PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png"}
_THUMB = 28 * mm


@dataclass(frozen=True)
class PromiseLine:
    """One promise as printed: words already in the reader's language."""

    what: str
    where: str
    status: str
    dropped: bool = False
    photo: str = ""


@dataclass(frozen=True)
class SponsorSection:
    """One sponsor's part of the report."""

    company: str
    status: str
    facts: Sequence[tuple[str, str]]  # contact, handled by, cash, notes ...
    goods: Sequence[tuple[str, str, str]]  # description, supply item, value
    promises: Sequence[PromiseLine]


@dataclass(frozen=True)
class SponsorReportLabels:
    """Translated words of the report."""

    document_title: str
    summary: str
    goods: str
    goods_headers: tuple[str, str, str]
    promises: str
    promise_headers: tuple[str, str, str, str]
    no_goods: str
    no_promises: str
    empty: str


def _photo_cell(path: str) -> object:
    """A thumbnail when the photo can be read, else its path (kept for the record)."""
    if not path:
        return ""
    file = Path(path)
    if file.suffix.lower() in _PHOTO_SUFFIXES and file.is_file():
        try:
            image = Image(str(file))
            scale = min(_THUMB / image.imageWidth, _THUMB / image.imageHeight)
            image.drawWidth, image.drawHeight = (image.imageWidth * scale,
                                                 image.imageHeight * scale)
            return image
        except Exception:  # noqa: BLE001 - a damaged photo prints as its path
            return path
    return path


def build_sponsor_report(sections: Sequence[SponsorSection], summary: Sequence[tuple[str, str]],
                         header: PageHeader, page_labels: PageLabels,
                         labels: SponsorReportLabels,
                         printed_at: dt.datetime | None = None) -> PdfDocument:
    """The report as a PDF document; every user text is escaped by the kit."""
    doc = PdfDocument(header, page_labels, title_meta=labels.document_title,
                      printed_at=printed_at)
    doc.title(labels.document_title)
    doc.subtitle(header.gala_name)
    doc.heading(labels.summary)
    doc.facts(summary, label_width=0.3)
    if not sections:
        doc.paragraph(labels.empty)
    for section in sections:
        # Not inside keep_together: facts keep themselves together, and reportlab breaks
        # the page before a KeepTogether nested in another one.
        doc.heading(f"{section.company} · {section.status}")
        doc.facts(section.facts, label_width=0.18)
        if section.goods:
            names = labels.goods_headers
            doc.table([Column(names[0], 3), Column(names[1], 2), Column(names[2], 1, "right")],
                      [list(g) for g in section.goods])
        doc.paragraph(labels.promises, "section")
        if section.promises:
            names = labels.promise_headers
            rows = [Row([p.what, p.where, p.status, _photo_cell(p.photo)],
                        "muted" if p.dropped else "normal") for p in section.promises]
            doc.table([Column(names[0], 3.2), Column(names[1], 1.6), Column(names[2], 0.9),
                       Column(names[3], 1.5)], rows, zebra=False)
        else:
            doc.note(labels.no_promises)
        doc.spacer(3)
    return doc


def write_sponsor_report(path: Path, sections: Sequence[SponsorSection],
                         summary: Sequence[tuple[str, str]], header: PageHeader,
                         page_labels: PageLabels, labels: SponsorReportLabels,
                         printed_at: dt.datetime | None = None) -> Path:
    """Write the sponsor report atomically to `path`."""
    return build_sponsor_report(sections, summary, header, page_labels, labels,
                                printed_at).build(Path(path))
