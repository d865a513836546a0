"""The review's PDF export (GUI and CLI)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.awards.announce import review_lines as award_lines
from gala_manager.app.contingency.wording import kind_label
from gala_manager.app.draws.review import review_lines as draw_lines
from gala_manager.app.formatting import format_minutes
from gala_manager.app.pdf_page import page_header, page_labels
from gala_manager.app.tasks.review_words import figure_lines
from gala_manager.core.tasks.review import get_review_overall, list_department_reviews
from gala_manager.core.tasks.review_figures import review_figures
from gala_manager.export.tasks.review_report import (
    DepartmentSection,
    ReviewLabels,
    ReviewReport,
    write_review_pdf,
)

translate = QCoreApplication.translate


def review_labels() -> ReviewLabels:
    """The review's words, translated."""
    return ReviewLabels(
        document_title=translate("Review", "Review of the gala"),
        figures=translate("Review", "Figures"), figure=translate("Review", "Item"),
        value=translate("Review", "Value"), summary=translate("Review", "Summary"),
        effect=translate("Review", "Effect analysis"),
        incidents=translate("Review", "Incidents of the night"),
        incident=translate("Review", "Incident"), start=translate("Review", "Began"),
        length=translate("Review", "Lasted"),
        no_incidents=translate("Review", "No incident was logged."),
        departments=translate("Review", "Departments"),
        went_well=translate("Review", "Went well"), to_improve=translate("Review", "To improve"),
        not_written=translate("Review", "(not written yet)"),
        awards=translate("Review", "Awards"), award=translate("Review", "Award"),
        winners=translate("Review", "Winners"))


def review_report(read) -> ReviewReport:
    """Everything the review PDF prints, read from the gala."""
    figures = read(review_figures)
    overall = read(get_review_overall)
    incidents = [(kind_label(i.kind), i.start.strftime("%H:%M"),
                  translate("Review", "still open") if i.minutes is None
                  else format_minutes(i.minutes)) for i in figures.incidents]
    departments = [DepartmentSection(r.department_name, r.notes.summary, r.notes.went_well,
                                     r.notes.to_improve)
                   for r in read(list_department_reviews)]
    return ReviewReport(figure_lines(figures) + draw_lines(read), overall.summary,
                        overall.effect, incidents, departments, award_lines(read))


def export_review_pdf(source, path: Path, printed_at: dt.datetime | None = None) -> Path:
    """Write the review of the gala `source` (a controller or document) reads."""
    return write_review_pdf(Path(path), review_report(source.read), page_header(source.read),
                            page_labels(), review_labels(), printed_at)
