"""The budget panel (limit, sponsorship, spent, committed, remaining) and its dialog."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gala_manager.core.money import format_yuan, parse_money
from gala_manager.core.supplies.settings import BudgetSettings
from gala_manager.core.supplies.totals import BudgetPosition
from gala_manager.ui import theme
from gala_manager.ui.fonts import sized
from gala_manager.ui.supplies.budget_chart import BudgetChartWidget
from gala_manager.ui.theme import Tone


def _over_style() -> str:
    return (f"QGroupBox#budgetPanel {{ border: 2px solid {theme.css(Tone.ERROR)}; "
            f"border-radius: 4px; background: {theme.css(Tone.TINT_ERROR)}; margin-top: 1.2em; }}")


class BudgetPanel(QGroupBox):
    """The whole gala's money position; red and loud when over budget."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetPanel")
        self._position: BudgetPosition | None = None
        self.form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        for name in ("limit", "sponsorship", "available", "cost", "spent", "committed",
                     "planned", "remaining"):
            self._labels[name], self._values[name] = QLabel(), QLabel()
            self._values[name].setObjectName(f"budget_{name}")
            self.form.addRow(self._labels[name], self._values[name])
        self.warning_label = QLabel()
        self.warning_label.setObjectName("overBudgetLabel")
        self.warning_label.setWordWrap(True)
        sized(self.warning_label, 1.1, bold=True)
        theme.paint_text(self.warning_label, Tone.ERROR)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_requested)
        self.chart = BudgetChartWidget()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.chart)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.edit_button)
        theme.watcher().changed.connect(self._restyle)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text again in the current language."""
        self.setTitle(self.tr("Budget"))
        texts = {"limit": self.tr("Budget limit"), "sponsorship": self.tr("Sponsorship income"),
                 "available": self.tr("Available"), "cost": self.tr("Cost of bought items"),
                 "spent": self.tr("Spent (bought, in hand)"),
                 "committed": self.tr("Committed (ordered)"), "planned": self.tr("Still to buy"),
                 "remaining": self.tr("Remaining")}
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.edit_button.setText(self.tr("Edit budget…"))
        self.chart.retranslate_ui()
        if self._position is not None:
            self.show_position(self._position)

    def _restyle(self) -> None:
        over = self._position is not None and self._position.over_budget
        self.setStyleSheet(_over_style() if over else "")

    def show_position(self, position: BudgetPosition) -> None:
        """Show where the money stands."""
        self._position = position
        unset = self.tr("not set")
        budget = position.budget
        values = {"limit": format_yuan(budget.budget_limit) or unset,
                  "sponsorship": format_yuan(budget.sponsorship),
                  "available": format_yuan(budget.available) or unset,
                  "cost": format_yuan(position.cost),
                  "spent": format_yuan(position.spent),
                  "committed": format_yuan(position.committed),
                  "planned": format_yuan(position.planned),
                  "remaining": format_yuan(position.remaining) or unset}
        for name, text in values.items():
            self._values[name].setText(text)
        self.chart.show_position(position)
        over = position.over_budget
        sized(self._values["remaining"], 1.0, bold=True)
        theme.paint_text(self._values["remaining"], Tone.ERROR if over else Tone.SUCCESS)
        self._restyle()
        if over:
            self.warning_label.setText(self.tr("Over budget by {amount}!").format(
                amount=format_yuan(-position.remaining)))
        elif budget.budget_limit is None:
            self.warning_label.setText(self.tr("Set a budget limit to see what remains."))
        self.warning_label.setVisible(over or budget.budget_limit is None)


class BudgetDialog(QDialog):
    """Edit the budget limit (empty for none); the sponsorship shows what the sponsors give."""

    def __init__(self, budget: BudgetSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supply budget"))
        self._result: Decimal | None = None
        self.limit_edit = QLineEdit("" if budget.budget_limit is None
                                    else f"{budget.budget_limit:.2f}")
        self.limit_edit.setPlaceholderText(self.tr("no limit"))
        self.sponsorship_label = QLabel(format_yuan(budget.sponsorship))
        self.sponsorship_label.setObjectName("sponsorshipValue")
        hint = QLabel(self.tr("The sponsorship income is the cash of the sponsors who agreed or "
                              "paid; change it on the Sponsors page."))
        hint.setWordWrap(True)
        theme.paint_text(hint, Tone.MUTED)
        self.error_label = QLabel()
        theme.paint_text(self.error_label, Tone.ERROR)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Budget limit (¥)"), self.limit_edit)
        form.addRow(self.tr("Sponsorship income"), self.sponsorship_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def budget_limit(self) -> Decimal | None:
        """The limit entered (after a successful accept); None for no limit."""
        return self._result

    def accept(self) -> None:
        limit_text = self.limit_edit.text().strip()
        limit = parse_money(limit_text) if limit_text else None
        if limit_text and (limit is None or limit < 0):
            self.error_label.setText(self.tr("Enter amounts in yuan, zero or more (e.g. 1500 "
                                             "or ¥1,500.50)."))
            self.error_label.show()
            return
        if limit is not None and limit >= Decimal(10) ** 10:
            self.error_label.setText(self.tr("That amount is too large."))
            self.error_label.show()
            return
        self._result = limit
        super().accept()
