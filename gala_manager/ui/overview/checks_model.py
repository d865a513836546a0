"""A one-column model of the problems the core's checks report, errors first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle

from gala_manager.app.wording import describe_problem
from gala_manager.core.checks import Problem, Severity
from gala_manager.ui.table_model import Column, RowTableModel


class ProblemListModel(RowTableModel[Problem]):
    """Problems, errors first; `RowRole` gives the backing `Problem`."""

    def declare_columns(self) -> list[Column[Problem]]:
        return [Column("problem", self.tr("Problem"), describe_problem,
                       tooltip=lambda _p: self.tr("Double-click to go where this is fixed."))]

    def set_rows(self, rows: Sequence[Problem]) -> None:
        """Replace the list (errors before warnings, otherwise in area order)."""
        super().set_rows(sorted(rows, key=lambda p: p.severity != Severity.ERROR))

    def cell_data(self, problem: Problem, column: Column, role: int):
        if role == Qt.ItemDataRole.DecorationRole:
            icon = (QStyle.StandardPixmap.SP_MessageBoxCritical
                    if problem.severity == Severity.ERROR
                    else QStyle.StandardPixmap.SP_MessageBoxWarning)
            return QApplication.style().standardIcon(icon)
        return None
