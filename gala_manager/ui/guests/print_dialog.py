"""Where and how to print invitations or place cards: the file, the paper, which guests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gala_manager.ui.files.file_dialogs import ask_save_path


@dataclass(frozen=True)
class PrintChoice:
    """What the user chose: the PDF to write, the paper, and only the selected guests?"""

    path: Path
    paper: str
    only_selected: bool


class PrintDialog(QDialog):
    """Ask for the file, A4 or A5, and all guests or the selected ones."""

    def __init__(self, title: str, default_path: Path, selected: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        # The gala's folder (or the last export folder) and a name from the gala and the print.
        self.path_edit = QLineEdit(str(default_path))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.a4_radio = QRadioButton(self.tr("A4"))
        self.a5_radio = QRadioButton(self.tr("A5"))
        self.a4_radio.setChecked(True)
        paper = QButtonGroup(self)
        paper.addButton(self.a4_radio)
        paper.addButton(self.a5_radio)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.a4_radio)
        paper_row.addWidget(self.a5_radio)
        paper_row.addStretch(1)
        self.all_radio = QRadioButton(self.tr("Every guest who has not declined"))
        self.selected_radio = QRadioButton(self.tr("Only the %n selected guest(s)", "",
                                                   selected))
        self.selected_radio.setEnabled(selected > 0)
        self.all_radio.setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.all_radio)
        scope.addButton(self.selected_radio)
        form = QFormLayout()
        form.addRow(self.tr("File"), path_row)
        form.addRow(self.tr("Paper"), paper_row)
        form.addRow(self.tr("Guests"), self.all_radio)
        form.addRow("", self.selected_radio)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        typed = Path(self.path_edit.text().strip())
        path = ask_save_path(self, self.windowTitle(), typed.name, self.tr("PDF document (*.pdf)"),
                             folder=typed.parent)
        if path is not None:
            self.path_edit.setText(str(path))

    def choice(self) -> PrintChoice:
        """The choice as it stands (a missing .pdf is added to the name)."""
        path = Path(self.path_edit.text().strip())
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return PrintChoice(path, "a5" if self.a5_radio.isChecked() else "a4",
                           self.selected_radio.isChecked())
