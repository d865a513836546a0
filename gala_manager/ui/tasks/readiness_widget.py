"""The Overview's readiness panel: figures and bars per area, overdue tasks, next deadlines."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.tasks.wording import due_text, phase_label
from gala_manager.core import clock
from gala_manager.core.money import format_yuan
from gala_manager.core.tasks.readiness import Measure, Readiness, readiness
from gala_manager.core.tasks.rows import PHASES, TaskRow
from gala_manager.ui import theme
from gala_manager.ui.table_model import Column, KeyRole, RowTableModel
from gala_manager.ui.theme import Tone


class TaskListModel(RowTableModel[TaskRow]):
    """Tasks as one line each: title, who, when; overdue ones in red."""

    def __init__(self, overdue: bool, parent=None) -> None:
        super().__init__(parent)
        self.overdue = overdue

    def declare_columns(self) -> list[Column[TaskRow]]:
        return [Column("task", self.tr("Task"), self._line)]

    def _line(self, row: TaskRow) -> str:
        who = row.person_name or row.department_name
        return " · ".join(p for p in (row.title, who, due_text(row, self.overdue)) if p)

    def cell_data(self, row: TaskRow, column: Column, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and self.overdue:
            return theme.colour(Tone.ERROR)
        return None


class ReadinessWidget(QWidget):
    """How ready the gala is; clicking a task shows it on the Tasks page."""

    # Tests replace the clock so "overdue" and "this week" never depend on the real date.
    now = staticmethod(clock.now)

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.areas_box = QGroupBox()
        grid = QGridLayout(self.areas_box)
        self.labels: dict[str, QLabel] = {}
        self.bars: dict[str, QProgressBar] = {}
        self.figures: dict[str, QLabel] = {}
        keys = ["acts", "supplies", "duties", "budget"] + [p.value for p in PHASES]
        for row, key in enumerate(keys):
            self.labels[key], self.bars[key], self.figures[key] = QLabel(), QProgressBar(), \
                QLabel()
            self.bars[key].setTextVisible(False)
            self.bars[key].setMaximumHeight(12)
            self.bars[key].setObjectName(f"readiness_{key}")
            grid.addWidget(self.labels[key], row, 0)
            grid.addWidget(self.bars[key], row, 1)
            grid.addWidget(self.figures[key], row, 2)
        grid.setColumnStretch(1, 1)
        self.overdue_box, self.soon_box = QGroupBox(), QGroupBox()
        self.overdue_model, self.soon_model = TaskListModel(True, self), TaskListModel(False, self)
        self.overdue_view, self.soon_view = QListView(), QListView()
        for box, view, model in ((self.overdue_box, self.overdue_view, self.overdue_model),
                                 (self.soon_box, self.soon_view, self.soon_model)):
            view.setModel(model)
            view.activated.connect(self._on_activated)
            view.clicked.connect(self._on_activated)
            QVBoxLayout(box).addWidget(view)
        lists = QHBoxLayout()
        lists.addWidget(self.overdue_box)
        lists.addWidget(self.soon_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.areas_box)
        layout.addLayout(lists, 1)
        self.state: Readiness | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.areas_box.setTitle(self.tr("Readiness"))
        self.overdue_box.setTitle(self.tr("Overdue tasks"))
        self.soon_box.setTitle(self.tr("Next deadlines"))
        names = {"acts": self.tr("Acts confirmed"), "supplies": self.tr("Supplies in hand"),
                 "duties": self.tr("Posts staffed"), "budget": self.tr("Budget used")}
        names.update({p.value: self.tr("Tasks: {phase}").format(phase=phase_label(p))
                      for p in PHASES})
        for key, text in names.items():
            self.labels[key].setText(text)
        if self.state is not None:
            self._show(self.state)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def reload(self) -> None:
        """Read the figures again (the Overview calls this on every change)."""
        if self.controller.document is None:
            return
        self.state = self.controller.read(readiness, now=self.now())
        self._show(self.state)

    def _measure(self, key: str, measure: Measure) -> None:
        bar = self.bars[key]
        bar.setRange(0, max(1, measure.total))
        bar.setValue(measure.done)
        self.figures[key].setText(self.tr("{done} of {total}").format(
            done=measure.done, total=measure.total) if measure.total else self.tr("none yet"))

    def _show(self, state: Readiness) -> None:
        self._measure("acts", state.acts)
        self._measure("supplies", state.supplies)
        self._measure("duties", state.duties)
        for progress in state.phases:
            self._measure(progress.phase.value, Measure(progress.done, progress.total))
        bar, figure = self.bars["budget"], self.figures["budget"]
        ratio = state.budget.ratio if state.budget else None
        bar.setRange(0, 100)
        bar.setValue(min(100, round((ratio or 0) * 100)))
        over = ratio is not None and ratio > 1
        bar.setStyleSheet(f"QProgressBar::chunk {{ background: {theme.css(Tone.ERROR)}; }}"
                          if over else "")
        if state.budget is None:
            figure.setText(self.tr("no supply list"))
        elif state.budget.available is None:
            figure.setText(self.tr("{cost}, no budget set").format(
                cost=format_yuan(state.budget.cost)))
        else:
            figure.setText(self.tr("{cost} of {available}").format(
                cost=format_yuan(state.budget.cost),
                available=format_yuan(state.budget.available)))
        self.overdue_model.set_rows(state.overdue)
        self.soon_model.set_rows(state.next_up)
        # Nothing late: the coming deadlines take the whole width.
        self.overdue_box.setVisible(bool(state.overdue))

    def _on_activated(self, index: QModelIndex) -> None:
        task_id = index.data(KeyRole)
        if task_id is not None:
            self.controller.navigate(("task", task_id))
