"""Record a rehearsal: its kind and date, and the measured time of each act."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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
from gala_manager.core.durations import format_duration, parse_duration
from gala_manager.core.errors import ValidationError
from gala_manager.core.models import RehearsalKind
from gala_manager.core.programme.rows import ScheduledAct

TITLE, PLANNED, MEASURED = range(3)


class TimingEntryTableModel(QAbstractTableModel):
    """Acts with their planned time and the measured time being typed in."""

    def __init__(self, acts: list[ScheduledAct], parent=None) -> None:
        super().__init__(parent)
        self.acts = acts
        self.texts = ["" for _ in acts]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.acts)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Act"), self.tr("Planned"), self.tr("Measured")][section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(self.acts[section].position)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.EditRole):
            return None
        act = self.acts[index.row()]
        return [act.title, format_duration(act.duration_seconds),
                self.texts[index.row()]][index.column()]

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == MEASURED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != MEASURED or role != Qt.ItemDataRole.EditRole:
            return False
        self.texts[index.row()] = str(value).strip()
        self.dataChanged.emit(index, index)
        return True

    def timings(self) -> dict[int, int]:
        """Measured seconds by act id; raises `ValidationError` naming the row."""
        result = {}
        for act, text in zip(self.acts, self.texts, strict=True):
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
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.notes_edit = QLineEdit()
        self.model = TimingEntryTableModel(acts, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c92a2a;")
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
        day = self.date_edit.date()
        return {"kind": self.kind_combo.currentData(),
                "date": dt.date(day.year(), day.month(), day.day()),
                "notes": self.notes_edit.text().strip(), "timings": dict(self._timings)}
