"""The dialog for a gala's facts, used by New gala and Gala properties."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.wording import describe_validation
from gala_manager.core.errors import ValidationError
from gala_manager.core.gala.facts import GalaFacts, validate_facts
from gala_manager.ui import theme
from gala_manager.ui.fonts import text_lines
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.date_time_edit import DateEdit, TimeEdit
from gala_manager.ui.widgets.multi_line_edit import MultiLineEdit


class GalaDialog(QDialog):
    """Edit the facts of a gala; `facts()` returns them once accepted."""

    def __init__(self, facts: GalaFacts, *, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New gala") if new else self.tr("Gala properties"))
        self.setMinimumWidth(520)
        self.name = QLineEdit(facts.name)
        self.name.setObjectName("name")
        self.theme = QLineEdit(facts.theme)
        self.organiser = QLineEdit(facts.organiser)
        self.co_organisers = QLineEdit(facts.co_organisers)
        self.venue = QLineEdit(facts.venue)
        self.has_date = QCheckBox(self.tr("Date fixed"))
        self.date = DateEdit(facts.date or (dt.date.today() + dt.timedelta(days=30)))
        self.date.setObjectName("date")
        self.has_date.setChecked(facts.date is not None)
        self.date.setEnabled(facts.date is not None)
        self.has_date.toggled.connect(self.date.setEnabled)
        self.start = TimeEdit(facts.start_time, field="start_time")
        self.start.setObjectName("start")
        self.planned = self._minutes(facts.planned_minutes)
        self.planned.setObjectName("planned")
        self.low = self._minutes(facts.min_minutes)
        self.high = self._minutes(facts.max_minutes)
        self.audience = QLineEdit(facts.audience)
        self.notes = MultiLineEdit(facts.notes)
        self.notes.setFixedHeight(text_lines(self.notes, 3))
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        theme.paint_text(self.error_label, Tone.ERROR)
        self.error_label.setWordWrap(True)

        when = QHBoxLayout()
        when.addWidget(self.has_date)
        when.addWidget(self.date, 1)
        when.addWidget(QLabel(self.tr("Start")))
        when.addWidget(self.start)
        length = QHBoxLayout()
        length.addWidget(self.planned)
        length.addWidget(QLabel(self.tr("tolerated from")))
        length.addWidget(self.low)
        length.addWidget(QLabel(self.tr("to")))
        length.addWidget(self.high)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Organiser"), self.organiser)
        form.addRow(self.tr("Co-organisers / sponsors"), self.co_organisers)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Date"), when)
        form.addRow(self.tr("Planned length"), length)
        form.addRow(self.tr("Audience"), self.audience)
        form.addRow(self.tr("Notes"), self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._base = facts

    def _minutes(self, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, 24 * 60)
        box.setSingleStep(10)
        box.setSuffix(self.tr(" min"))
        box.setValue(value)
        return box

    def facts(self) -> GalaFacts:
        """The facts as entered; raises `ValidationError` for a date or time nobody can read."""
        return self._base.replace(
            name=self.name.text().strip(), theme=self.theme.text().strip(),
            organiser=self.organiser.text().strip(),
            co_organisers=self.co_organisers.text().strip(), venue=self.venue.text().strip(),
            date=self.date.value() if self.has_date.isChecked() else None,
            start_time=self.start.value(),
            planned_minutes=self.planned.value(), min_minutes=self.low.value(),
            max_minutes=self.high.value(), audience=self.audience.text().strip(),
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        """Close only when the facts are valid; otherwise say what is wrong."""
        try:
            validate_facts(self.facts())
        except ValidationError as exc:
            self.error_label.setText(describe_validation(exc))
            widget = {"name": self.name, "planned_minutes": self.planned,
                      "min_minutes": self.low, "date": self.date,
                      "start_time": self.start}.get(exc.field)
            if widget is not None:
                widget.setFocus()
            return
        super().accept()
