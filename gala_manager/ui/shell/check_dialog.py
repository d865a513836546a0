"""File ▸ Check file…: the integrity and plan checks, with counts, read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.wording import describe_error
from gala_manager.core.errors import GalaError
from gala_manager.core.storage.integrity import check_file
from gala_manager.ui.overview.checks_model import ProblemListModel


class CheckDialog(QDialog):
    """Runs `check_file` on the gala and shows what it found; changes nothing."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check file"))
        self.resize(560, 420)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.model = ProblemListModel(self)
        view = QListView()
        view.setModel(self.model)
        view.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(view)
        layout.addWidget(buttons)
        try:
            report = check_file(path)
        except GalaError as exc:
            self.summary.setText(describe_error(exc))
            return
        ok = self.tr("ok")
        faults, broken, problems = (len(report.integrity), len(report.foreign_keys),
                                    len(report.problems))
        lines = [
            self.tr("Database integrity: {status}").format(
                status=ok if not report.integrity
                else self.tr("%n fault(s)", "", faults)),
            self.tr("Foreign keys: {status}").format(
                status=ok if not report.foreign_keys
                else self.tr("%n broken reference(s)", "", broken)),
            self.tr("Plan checks: %n problem(s)", "", problems),
        ]
        self.summary.setText("<br>".join(lines))
        self.model.set_rows(report.problems)
