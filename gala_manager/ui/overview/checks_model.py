"""A list model of the problems the core's checks report."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from gala_manager.app.wording import describe_problem
from gala_manager.core.checks import Problem, Severity

ProblemRole = Qt.ItemDataRole.UserRole + 1


class ProblemListModel(QAbstractListModel):
    """Problems, errors first; `ProblemRole` gives the backing `Problem`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        """Replace the list (errors before warnings, otherwise in area order)."""
        self.beginResetModel()
        self._problems = sorted(problems, key=lambda p: p.severity != Severity.ERROR)
        self.endResetModel()

    def problems(self) -> list[Problem]:
        """The problems shown, in display order."""
        return list(self._problems)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return describe_problem(problem)
        if role == Qt.ItemDataRole.DecorationRole:
            icon = (QStyle.StandardPixmap.SP_MessageBoxCritical
                    if problem.severity == Severity.ERROR
                    else QStyle.StandardPixmap.SP_MessageBoxWarning)
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Double-click to go where this is fixed.")
        if role == ProblemRole:
            return problem
        return None
