"""Programme settings: the default changeover between acts and the gala's microphones."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.programme.wording import describe_programme_error
from gala_manager.core.durations import format_duration, parse_duration
from gala_manager.core.errors import ValidationError
from gala_manager.core.programme.rehearsals import ProgrammeSettingsRow
from gala_manager.ui import theme
from gala_manager.ui.theme import Tone


class ProgrammeSettingsDialog(QDialog):
    """Edit `ProgrammeSettingsRow`; bad input is shown and the dialog stays open."""

    def __init__(self, settings: ProgrammeSettingsRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Programme settings"))
        self.changeover_edit = QLineEdit(format_duration(settings.default_changeover_seconds))
        self.mics_check = QCheckBox(self.tr("The gala records how many microphones it has"))
        self.mics_spin = QSpinBox()
        self.mics_spin.setRange(0, 100)
        self.mics_spin.setValue(settings.mic_count or 0)
        self.mics_check.setChecked(settings.mic_count is not None)
        self.mics_spin.setEnabled(settings.mic_count is not None)
        self.mics_check.toggled.connect(self.mics_spin.setEnabled)
        self.error_label = QLabel()
        theme.paint_text(self.error_label, Tone.ERROR)
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Default changeover after each act"), self.changeover_edit)
        form.addRow(self.mics_check)
        form.addRow(self.tr("Microphones"), self.mics_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._settings = settings

    def accept(self) -> None:
        try:
            changeover = parse_duration(self.changeover_edit.text(), allow_zero=True,
                                        field="default_changeover")
        except ValidationError as exc:
            self.error_label.setText(describe_programme_error(exc))
            return
        mics = self.mics_spin.value() if self.mics_check.isChecked() else None
        self._settings = ProgrammeSettingsRow(changeover, mics)
        super().accept()

    def settings(self) -> ProgrammeSettingsRow:
        """The settings as entered."""
        return self._settings
