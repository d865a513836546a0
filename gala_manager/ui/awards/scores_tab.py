"""The score grid: acts × judges typed in from the keyboard, the final score following."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.awards.wording import describe_awards_error, rule_text
from gala_manager.core.awards.results import award_results
from gala_manager.core.errors import ValidationError
from gala_manager.core.money import to_decimal
from gala_manager.ui.awards.award_commands import score_command, votes_command
from gala_manager.ui.awards.award_models import ScoreTableModel
from gala_manager.ui.widgets.column_chooser import ColumnChooser


class ScoresTab(QWidget):
    """Type a score and press Enter: it is saved (undoable) and the next act is selected."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = ScoreTableModel(self)
        self.model.score_edited = self.enter
        self.view = QTableView()
        self.view.setObjectName("scoreGrid")
        self.view.setModel(self.model)
        ColumnChooser(self.view)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint_label)

    def retranslate_ui(self) -> None:
        self.hint_label.setText(self.tr("Type a score and press Enter; the cell below is next. "
                                        "Delete a score to leave it missing: a judge who did "
                                        "not score an act is reported, never counted as 0."))
        self.model.retranslate()
        if self.controller.document is not None:
            self.reload()

    def reload(self) -> None:
        current = self.view.currentIndex()
        cell = (current.row(), current.column()) if current.isValid() else None
        results = self.controller.read(award_results)
        self.rule_label.setText(rule_text(results.settings.rule))
        self.model.set_results(results)
        self.view.resizeColumnsToContents()
        if cell is not None:
            self.view.setCurrentIndex(self.model.index(*cell))

    def enter(self, act_id: int, judge_id: int | None, text: str) -> bool:
        """Save what was typed in a cell, then move to the cell below."""
        number = self.model.row_of(act_id)
        act = self.model.row_at(number)
        text = text.strip()
        if judge_id is None:
            value = None if not text else (int(text) if text.isdigit() else -1)
            if value == -1:
                self._refuse(ValidationError("votes", "out_of_range", text))
                return False
            command = votes_command(self.controller, act_id, value, act.title)
        else:
            value = None if not text else to_decimal(text)
            if text and value is None:
                self._refuse(ValidationError("score", "not_a_number", text))
                return False
            judge = next(j.name for j in self.model.judges if j.id == judge_id)
            command = score_command(self.controller, act_id, judge_id, value, act.title, judge)
        column = self.view.currentIndex().column()
        if not self.controller.push(command, self):
            return False
        # After the grid reloads, the cell below is the next to type into.
        below = min(number + 1, self.model.rowCount() - 1)
        QTimer.singleShot(0, lambda: self.view.setCurrentIndex(self.model.index(below, column)))
        return True

    def _refuse(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Scores"), describe_awards_error(exc))

    def select_act(self, act_id: int) -> None:
        """Put the cursor on an act's row (a problem points at it)."""
        number = self.model.row_of(act_id)
        if number >= 0:
            self.view.setCurrentIndex(self.model.index(number, self.model.column_of("title")))
            self.view.scrollTo(self.view.currentIndex(), QAbstractItemView.ScrollHint.EnsureVisible)

    def current_cell(self) -> QModelIndex:
        """The cell with the cursor."""
        return self.view.currentIndex()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.view.hasFocus():
            index = self.view.currentIndex()
            if index.isValid() and self.model.columns[index.column()].editable:
                self.model.setData(index, "")
                return
        super().keyPressEvent(event)
