"""Record a rehearsal: its kind and date, and the measured time of each act."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.programme.wording import describe_programme_error, rehearsal_label
from gala_manager.app.wording import describe_validation
from gala_manager.core.durations import format_duration, parse_duration
from gala_manager.core.errors import ValidationError
from gala_manager.core.models import RehearsalKind
from gala_manager.core.programme.rows import ScheduledAct
from gala_manager.ui import theme
from gala_manager.ui.table_model import Column, RowTableModel
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.column_chooser import ColumnChooser
from gala_manager.ui.widgets.date_time_edit import DateEdit


class TimingEntryTableModel(RowTableModel[ScheduledAct]):
    """Acts with their planned time and the measured time being typed in."""

    def __init__(self, acts: list[ScheduledAct], parent=None) -> None:
        super().__init__(parent)
        self.texts: dict[int, str] = {}
        self.set_rows(acts)

    def declare_columns(self) -> list[Column[ScheduledAct]]:
        return [Column("title", self.tr("Act"), lambda act: act.title),
                Column("planned", self.tr("Planned"),
                       lambda act: format_duration(act.duration_seconds)),
                Column("measured", self.tr("Measured"),
                       lambda act: self.texts.get(act.act_id, ""), editable=True)]

    def row_key(self, row: ScheduledAct) -> int:
        return row.act_id

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(self.row_at(section).position)
        return super().headerData(section, orientation, role)

    def commit_edit(self, act: ScheduledAct, column: Column, text: str) -> bool:
        self.texts[act.act_id] = text.strip()
        cell = self.index(self.row_of(act.act_id), self.column_of(column.key))
        self.dataChanged.emit(cell, cell)
        return True

    def timings(self) -> dict[int, int]:
        """Measured seconds by act id; raises `ValidationError` naming the row."""
        result = {}
        for act in self.rows():
            text = self.texts.get(act.act_id, "")
            if text:
                try:
                    result[act.act_id] = parse_duration(text, field="measured")
                except ValidationError as exc:
                    exc.row = act  # the dialog names the act in its message
                    raise
        return result


class RehearsalDialog(QDialog):
    """Kind, date, notes and a table of measured times; nothing is written until OK."""

    def __init__(self, acts: list[ScheduledAct], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a rehearsal"))
        self.kind_combo = QComboBox()
        for kind in RehearsalKind:
            self.kind_combo.addItem(rehearsal_label(kind), kind)
        self.date_edit = DateEdit()
        self.notes_edit = QLineEdit()
        self.model = TimingEntryTableModel(acts, self)
        self.table = QTableView()
        self.table.setObjectName("rehearsalTimings")
        self.table.setModel(self.model)
        ColumnChooser(self.table)
        self.table.horizontalHeader().setSectionResizeMode(self.model.column_of("title"),
                                                           QHeaderView.ResizeMode.Stretch)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        theme.paint_text(self.error_label, Tone.ERROR)
        hint = QLabel(self.tr("Type each measured time as 3:30, 3分30秒 or 210秒; leave "
                              "empty for acts that were not timed."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Rehearsal"), self.kind_combo)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(560, 600)
        self._timings: dict[int, int] = {}

    def accept(self) -> None:
        try:
            self.date_edit.value()
        except ValidationError as exc:
            self.error_label.setText(describe_validation(exc))
            return
        try:
            self._timings = self.model.timings()
        except ValidationError as exc:
            act = getattr(exc, "row", None)
            text = describe_programme_error(exc)
            if act is not None:
                text = f"{act.position}. {act.title}: {text}"
            self.error_label.setText(text)
            return
        super().accept()

    def values(self) -> dict:
        """kind, date, notes and timings, as the rehearsal command takes them."""
        return {"kind": self.kind_combo.currentData(),
                "date": self.date_edit.value(),
                "notes": self.notes_edit.text().strip(), "timings": dict(self._timings)}
