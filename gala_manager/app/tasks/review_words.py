"""The review's figures in words, for the Tasks page and the review's PDF."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gala_manager.app.formatting import format_minutes
from gala_manager.core.money import format_yuan
from gala_manager.core.tasks.review_figures import ReviewFigures

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
