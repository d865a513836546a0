"""A one-column model of the problems the core's checks report, errors first, grouped.

Thousands of problems of one kind (an item list without owners, performers on
twice in a row) would bury the rest and take seconds to lay out: each kind
shows its first few, then one row "… and 5,949 more like these", which leads
to the first one not shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from gala_manager.app.wording import describe_problem
from gala_manager.core.checks import Problem, Severity
from gala_manager.ui.table_model import Column, RowTableModel

# Problems of one kind listed one by one before the rest are summed up.
SHOWN_PER_KIND = 5


@dataclass(frozen=True)
class SimilarProblems:
    """The problems of one kind not listed: how many, and the first of them."""

    count: int
    first: Problem

    @property
    def severity(self) -> Severity:
        return self.first.severity

    @property
    def code(self) -> str:
        return self.first.code

    @property
    def target(self) -> tuple:
        """Where the first problem not listed is fixed."""
        return self.first.target


def grouped(problems: Sequence[Problem]) -> list[Problem | SimilarProblems]:
    """Errors first; each kind (area and code) at most SHOWN_PER_KIND times, then a count."""
    kinds: dict[tuple, list[Problem]] = {}
    for problem in sorted(problems, key=lambda p: p.severity != Severity.ERROR):
        kinds.setdefault((problem.severity, problem.area, problem.code), []).append(problem)
    rows: list[Problem | SimilarProblems] = []
    for kind in kinds.values():
        rows.extend(kind[:SHOWN_PER_KIND])
        if len(kind) > SHOWN_PER_KIND:
            rows.append(SimilarProblems(len(kind) - SHOWN_PER_KIND, kind[SHOWN_PER_KIND]))
    return rows


class ProblemListModel(RowTableModel[Problem | SimilarProblems]):
    """Problems, errors first, grouped by kind; `RowRole` gives the row (it has a `target`)."""

    _icons: dict[Severity, QIcon] = {}

    def declare_columns(self) -> list[Column]:
        return [Column("problem", self.tr("Problem"), self._text,
                       tooltip=lambda _p: self.tr("Double-click to go where this is fixed."))]

    def _text(self, row: Problem | SimilarProblems) -> str:
        if isinstance(row, SimilarProblems):
            count = row.count
            return self.tr("… and %n more like these", "", count)
        return describe_problem(row)

    def set_rows(self, rows: Sequence[Problem]) -> None:
        """Replace the list (errors before warnings, otherwise in area order, grouped)."""
        super().set_rows(grouped(rows))

    def cell_data(self, row: Problem | SimilarProblems, column: Column, role: int):
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row.severity)
        return None

    @classmethod
    def _icon(cls, severity: Severity) -> QIcon:
        # One icon per severity for the whole list, not one per row painted.
        if severity not in cls._icons:
            pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical
                      if severity == Severity.ERROR
                      else QStyle.StandardPixmap.SP_MessageBoxWarning)
            cls._icons[severity] = QApplication.style().standardIcon(pixmap)
        return cls._icons[severity]
