"""The task list by phase, as a PDF and as an Excel workbook (labels come translated)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gala_manager.export.kit import xlsx as xlsx_kit
from gala_manager.export.kit.pdf import (
    Column,
    Markup,
    PageHeader,
    PageLabels,
    PdfDocument,
    Row,
    escape_text,
    section_row,
)


@dataclass(frozen=True)
class TaskLine:
    """One task ready to print: every text already in the reader's language."""

    phase: str
    title: str
    department: str
    person: str
    due_day: dt.date | None
    due_text: str
    status: str
    steps: str
    notes: str
    overdue: bool = False
    closed: bool = False
    due_words: str = ""  # the time and the days to the gala, without the date


@dataclass(frozen=True)
class TaskListLabels:
    """Translated words of the task list."""

    document_title: str
    phase: str
    task: str
    department: str
    person: str
    due: str
    due_detail: str  # the workbook's column beside the date: "19:00（晚会前 7 天）"
    status: str
    steps: str
    notes: str
    overdue: str
    summary: str  # e.g. "33 tasks, 14 done, 2 overdue"
    empty: str


def _phases(lines: Sequence[TaskLine]) -> list[tuple[str, list[TaskLine]]]:
    groups: list[tuple[str, list[TaskLine]]] = []
    for line in lines:
        if not groups or groups[-1][0] != line.phase:
            groups.append((line.phase, []))
        groups[-1][1].append(line)
    return groups


def build_task_pdf(lines: Sequence[TaskLine], header: PageHeader, page_labels: PageLabels,
                   labels: TaskListLabels, printed_at: dt.datetime | None = None
                   ) -> PdfDocument:
    """The task list: one shaded section per phase, overdue tasks in red."""
    doc = PdfDocument(header, page_labels, landscape=True, title_meta=labels.document_title,
                      printed_at=printed_at)
    doc.title(labels.document_title)
    doc.subtitle(labels.summary)
    if not lines:
        doc.paragraph(labels.empty)
        return doc
    columns = [Column(labels.task, 3.2), Column(labels.department, 1.1),
               Column(labels.person, 1.1), Column(labels.due, 2.0), Column(labels.status, 1.0),
               Column(labels.steps, 0.8, "center"), Column(labels.notes, 2.6)]
    rows: list[Row] = []
    for phase, group in _phases(lines):
        rows.append(section_row(phase))
        for line in group:
            due = line.due_text
            if line.overdue:
                due = Markup(f"<font color='#C92A2A'>{escape_text(labels.overdue)} "
                             f"{escape_text(line.due_text)}</font>")
            rows.append(Row([line.title, line.department, line.person, due, line.status,
                             line.steps, line.notes], "muted" if line.closed else "normal"))
    doc.table(columns, rows)
    return doc


def write_task_pdf(path: Path, lines: Sequence[TaskLine], header: PageHeader,
                   page_labels: PageLabels, labels: TaskListLabels,
                   printed_at: dt.datetime | None = None) -> Path:
    """Write the task list PDF atomically."""
    return build_task_pdf(lines, header, page_labels, labels, printed_at).build(path)


def write_task_xlsx(path: Path, lines: Sequence[TaskLine], labels: TaskListLabels, *,
                    gala_name: str, page_label: str) -> list[xlsx_kit.CellWarning]:
    """Write the task list as one sheet with a filter; returns what had to change in cells."""
    warnings: list[xlsx_kit.CellWarning] = []
    wb = xlsx_kit.new_workbook(title=labels.document_title)
    ws = xlsx_kit.add_sheet(wb, labels.document_title)
    heads = [labels.phase, labels.task, labels.department, labels.person, labels.due,
             labels.due_detail, labels.status, labels.steps, labels.notes]
    xlsx_kit.write_title(ws, f"{gala_name} · {labels.document_title}")
    xlsx_kit.write_cell(ws, 2, 1, labels.summary, warnings=warnings)
    xlsx_kit.write_header(ws, 3, heads, autofilter_to_row=3 + len(lines))
    formats = [None, None, None, None, xlsx_kit.DATE]
    for offset, line in enumerate(lines, start=4):
        due_text = f"{labels.overdue} {line.due_words}" if line.overdue else line.due_words
        xlsx_kit.write_row(ws, offset, [line.phase, line.title, line.department, line.person,
                                        line.due_day, due_text, line.status, line.steps,
                                        line.notes], formats=formats, warnings=warnings)
        if line.overdue:
            ws.cell(offset, 6).set(font_color="#C92A2A", bold=True)
    xlsx_kit.fit_columns(ws, from_row=3)
    xlsx_kit.setup_print(ws, header_row=3, header_text=gala_name,
                         page_label=page_label)
    xlsx_kit.save_workbook(wb, path)
    return warnings
