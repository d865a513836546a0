""""New gala from this one": ask for the new name, date and file, then copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.wording import describe_validation
from gala_manager.core.errors import ValidationError
from gala_manager.core.gala.facts import GalaFacts
from gala_manager.ui import theme
from gala_manager.ui.files.file_dialogs import ask_save_path
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.date_time_edit import DateEdit


class NewGalaDialog(QDialog):
    """The new gala's name, date and file; says what will and will not be copied."""

    def __init__(self, facts: GalaFacts, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New gala from this one"))
        self.name_edit = QLineEdit(self.tr("{name} (next)").format(name=facts.name))
        self.date_edit = DateEdit(
            facts.date + dt.timedelta(days=364) if facts.date else dt.date.today())
        self.path_edit = QLineEdit(str(folder / self.tr("new-gala.gala")))
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self._browse)
        explanation = QLabel(self.tr(
            "Copied: departments, people and their roles, posts and shifts, the supply list "
            "(statuses back to planned), contingency plans and the tasks (back to to-do; dates "
            "relative to the gala follow the new date).\nNot copied: acts, rehearsals, "
            "staffing assignments, the show log and the review."))
        explanation.setWordWrap(True)
        self.error_label = QLabel()
        theme.paint_text(self.error_label, Tone.ERROR)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("File"), path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, 300)

    def _browse(self) -> None:
        current = Path(self.path_edit.text().strip() or "new.gala")
        path = ask_save_path(self, self.windowTitle(), current.name,
                             self.tr("Gala files (*.gala)"), kind="gala", gala_path=current)
        if path is not None:
            self.path_edit.setText(str(path))

    def name(self) -> str:
        return self.name_edit.text().strip()

    def date(self) -> dt.date:
        return self.date_edit.value()

    def path(self) -> Path:
        path = Path(self.path_edit.text().strip())
        return path if path.suffix == ".gala" else path.with_name(path.name + ".gala")

    def accept(self) -> None:
        if not self.name():
            self.error_label.setText(self.tr("The new gala needs a name."))
        elif not self.path_edit.text().strip():
            self.error_label.setText(self.tr("Choose where to save the new gala."))
        elif not self.date_edit.is_valid():
            try:
                self.date_edit.value()
            except ValidationError as exc:
                self.error_label.setText(describe_validation(exc))
        elif self.path().exists():
            self.error_label.setText(self.tr("{path} exists already; choose another name.")
                                     .format(path=self.path()))
        else:
            super().accept()
