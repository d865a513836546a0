"""The committee's contact list, grouped by department, as PDF and Excel (internal use)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gala_manager.export.kit import xlsx as xlsx_kit
from gala_manager.export.kit.pdf import (
    Column,
    PageHeader,
    PageLabels,
    PdfDocument,
    Row,
    section_row,
)


@dataclass(frozen=True)
class ContactLine:
    """One person as the list prints them; texts already in the reader's language."""

    department: str
    name: str
    roles: str
    phone: str
    other_contact: str
    posts: str  # where they stand on the night, e.g. "18:00–19:00 观众入口"


@dataclass(frozen=True)
class ContactLabels:
    """Translated words of the contact list."""

    document_title: str
    department: str
    name: str
    roles: str
    phone: str
    other_contact: str
    posts: str
    summary: str  # e.g. "28 people in 6 departments"
    confidential: str  # the personal-data note under the title
    empty: str


def _groups(lines: Sequence[ContactLine]) -> list[tuple[str, list[ContactLine]]]:
    groups: list[tuple[str, list[ContactLine]]] = []
    for line in lines:
        if not groups or groups[-1][0] != line.department:
            groups.append((line.department, []))
        groups[-1][1].append(line)
    return groups


def build_contact_pdf(lines: Sequence[ContactLine], header: PageHeader,
                      page_labels: PageLabels, labels: ContactLabels,
                      printed_at: dt.datetime | None = None) -> PdfDocument:
    """A4 portrait: a shaded section per department, one row per person."""
    doc = PdfDocument(header, page_labels, title_meta=labels.document_title,
                      printed_at=printed_at)
    doc.title(labels.document_title)
    doc.subtitle(labels.summary)
    doc.note(labels.confidential)
    if not lines:
        doc.paragraph(labels.empty)
        return doc
    columns = [Column(labels.name, 1.0), Column(labels.roles, 1.5),
               Column(labels.phone, 1.25), Column(labels.other_contact, 1.25),
               Column(labels.posts, 2.4)]
    rows: list[Row] = []
    for department, group in _groups(lines):
        rows.append(section_row(department))
        for line in group:
            rows.append(Row([line.name, line.roles, line.phone, line.other_contact,
                             line.posts]))
    doc.table(columns, rows)
    return doc


def write_contact_pdf(path: Path, lines: Sequence[ContactLine], header: PageHeader,
                      page_labels: PageLabels, labels: ContactLabels,
                      printed_at: dt.datetime | None = None) -> Path:
    """Write the contact list PDF atomically."""
    return build_contact_pdf(lines, header, page_labels, labels, printed_at).build(path)


def write_contact_xlsx(path: Path, lines: Sequence[ContactLine], labels: ContactLabels, *,
                       gala_name: str, page_label: str) -> list[xlsx_kit.CellWarning]:
    """One sheet with a filter; phone numbers are text so no digit is lost."""
    warnings: list[xlsx_kit.CellWarning] = []
    wb = xlsx_kit.new_workbook(title=labels.document_title)
    ws = xlsx_kit.add_sheet(wb, labels.document_title)
    heads = [labels.department, labels.name, labels.roles, labels.phone,
             labels.other_contact, labels.posts]
    xlsx_kit.write_title(ws, f"{gala_name} · {labels.document_title}")
    xlsx_kit.write_cell(ws, 2, 1, f"{labels.summary} · {labels.confidential}",
                        warnings=warnings)
    xlsx_kit.write_header(ws, 3, heads, autofilter_to_row=3 + len(lines))
    # "@": the phone column is text, so Excel keeps 11 digits and leading zeros.
    formats = [None, None, None, "@", None, None]
    for offset, line in enumerate(lines, start=4):
        xlsx_kit.write_row(ws, offset, [line.department, line.name, line.roles, line.phone,
                                        line.other_contact, line.posts],
                           formats=formats, warnings=warnings)
    xlsx_kit.fit_columns(ws, from_row=3)
    xlsx_kit.setup_print(ws, header_row=3, header_text=gala_name,
                         page_label=page_label)
    xlsx_kit.save_workbook(wb, path)
    return warnings
