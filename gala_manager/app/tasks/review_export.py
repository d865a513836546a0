"""The review's figures in words, and its PDF export (GUI and CLI)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.contingency.wording import kind_label
from gala_manager.app.draws.review import review_lines
from gala_manager.app.formatting import format_minutes
from gala_manager.app.pdf_page import page_header, page_labels
from gala_manager.core.money import format_yuan
from gala_manager.core.tasks.review import get_review_overall, list_department_reviews
from gala_manager.core.tasks.review_figures import ReviewFigures, review_figures
from gala_manager.export.tasks.review_report import (
    DepartmentSection,
    ReviewLabels,
    ReviewReport,
    write_review_pdf,
)

translate = QCoreApplication.translate


def figure_lines(figures: ReviewFigures) -> list[tuple[str, str]]:
    """(label, value) for each figure, in the reader's language."""
    unknown = translate("Review", "not recorded")
    audience = figures.audience_count
    lines = [(translate("Review", "Audience"),
              translate("Review", "%n people", "", audience)
              if audience is not None else unknown)]
    if figures.cost is None:
        lines.append((translate("Review", "Spend vs budget"),
                      translate("Review", "no supply list")))
    else:
        budget = format_yuan(figures.budget_available) if figures.budget_available is not None \
            else translate("Review", "no budget set")
        text = translate("Review", "{cost} planned and bought ({spent} paid) of {budget}").format(
            cost=format_yuan(figures.cost), spent=format_yuan(figures.spent), budget=budget)
        if figures.over_budget:
            text += " " + translate("Review", "(over budget)")
        lines.append((translate("Review", "Spend vs budget"), text))
    planned = format_minutes(figures.planned_minutes)
    if figures.run_minutes is None:
        run = translate("Review", "no show log; planned {planned}").format(planned=planned)
    else:
        over = figures.overrun_minutes or 0
        under = -over
        if over == 0:
            diff = translate("Review", "as planned")
        elif over > 0:
            diff = translate("Review", "%n min over", "", over)
        else:
            diff = translate("Review", "%n min under", "", under)
        run = translate("Review", "{run} of {planned} planned ({diff})").format(
            run=format_minutes(figures.run_minutes), planned=planned, diff=diff)
    lines.append((translate("Review", "Run time vs plan"), run))
    lines.append((translate("Review", "Incidents"), str(len(figures.incidents))))
    lines.append((translate("Review", "Tasks done"), translate(
        "Review", "{done} of {total}").format(done=figures.tasks_done,
                                             total=figures.tasks_total)))
    return lines


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
        not_written=translate("Review", "(not written yet)"))


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
    return ReviewReport(figure_lines(figures) + review_lines(read), overall.summary,
                        overall.effect, incidents, departments)


def export_review_pdf(source, path: Path, printed_at: dt.datetime | None = None) -> Path:
    """Write the review of the gala `source` (a controller or document) reads."""
    return write_review_pdf(Path(path), review_report(source.read), page_header(source.read),
                            page_labels(), review_labels(), printed_at)
