"""The box where the committee sets the thresholds of the plan's rules."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QSpinBox, QWidget

from gala_manager.core.contingency.rules import RuleSettings

# (field, maximum, lowest) in the order shown.
FIELDS = [("start_delay_max_minutes", 600, 0), ("first_half_outage_minutes", 240, 1),
          ("second_half_outage_minutes", 240, 1), ("standby_count", 10, 0),
          ("restarts_allowed", 10, 0)]


class RuleSettingsBox(QGroupBox):
    """Spin boxes for the thresholds; `apply_requested(RuleSettings)` when applied."""

    apply_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spins: dict[str, QSpinBox] = {}
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for name, high, low in FIELDS:
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setObjectName(name)
            self.spins[name], self._labels[name] = spin, QLabel()
            form.addRow(self._labels[name], spin)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(
            lambda: self.apply_requested.emit(self.settings()))
        form.addRow(self.apply_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Rules of the plan"))
        texts = {
            "start_delay_max_minutes": self.tr("Latest start delay (min)"),
            "first_half_outage_minutes": self.tr("First-half outage before postponing (min)"),
            "second_half_outage_minutes": self.tr("Second-half outage before ending (min)"),
            "standby_count": self.tr("Acts standing by backstage"),
            "restarts_allowed": self.tr("Restarts before an act is withdrawn"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.apply_button.setText(self.tr("Apply rules"))

    def set_settings(self, settings: RuleSettings) -> None:
        """Show the stored thresholds."""
        for name, spin in self.spins.items():
            spin.setValue(getattr(settings, name))

    def settings(self) -> RuleSettings:
        """The thresholds as entered."""
        return dataclasses.replace(RuleSettings(),
                                   **{name: spin.value() for name, spin in self.spins.items()})
