"""The results tab: who wins each award, the ranking, and deciding a tie."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.awards.announce import award_winners_text, tie_text
from gala_manager.core.awards.results import award_results
from gala_manager.core.awards.rows import AwardResult
from gala_manager.ui import theme
from gala_manager.ui.awards.award_commands import tiebreak_command
from gala_manager.ui.awards.award_models import RankingTableModel
from gala_manager.ui.awards.part_dialogs import TieDialog
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.column_chooser import ColumnChooser


class ResultsTab(QWidget):
    """The awards in words above the ranking; a tie is shown until the committee decides."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._awards: list[AwardResult] = []
        self.awards_box = QGroupBox()
        self.awards_label = QLabel()
        self.awards_label.setObjectName("awardWinners")
        self.awards_label.setWordWrap(True)
        self.awards_label.setTextFormat(Qt.TextFormat.PlainText)  # act titles as typed
        self.tie_label = QLabel()
        self.tie_label.setObjectName("tieWarning")
        self.tie_label.setWordWrap(True)
        self.tie_label.setTextFormat(Qt.TextFormat.PlainText)
        theme.paint_text(self.tie_label, Tone.ERROR)
        self.decide_button, self.clear_button = QPushButton(), QPushButton()
        self.decide_button.clicked.connect(lambda: self.decide_tie())
        self.clear_button.clicked.connect(lambda: self.clear_decisions())
        buttons = QHBoxLayout()
        buttons.addWidget(self.decide_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.awards_box)
        box.addWidget(self.awards_label)
        box.addWidget(self.tie_label)
        box.addLayout(buttons)
        self.model = RankingTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("ranking")
        self.view.setModel(self.model)
        ColumnChooser(self.view)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.awards_box)
        layout.addWidget(self.view, 1)

    def retranslate_ui(self) -> None:
        self.awards_box.setTitle(self.tr("Awards"))
        self.decide_button.setText(self.tr("Decide the tie…"))
        self.clear_button.setText(self.tr("Clear the committee’s decisions"))
        self.model.retranslate()
        if self.controller.document is not None:
            self.reload()

    def reload(self) -> None:
        results = self.controller.read(award_results)
        self._awards = list(results.awards)
        lines = []
        for award in self._awards:
            line = self.tr("{award}: {winners}").format(award=award.category.data.name,
                                                        winners=award_winners_text(award))
            if award.decided_by_committee:
                line += "  " + self.tr("(a tie decided by the committee)")
            lines.append(line)
        self.awards_label.setText("\n".join(lines) or self.tr("No award is set up yet."))
        ties = [tie_text(a) for a in self._awards if a.contested]
        self.tie_label.setText("\n".join(ties))
        self.tie_label.setVisible(bool(ties))
        writable = not self.controller.read_only
        self.decide_button.setEnabled(writable and bool(ties))
        self.clear_button.setEnabled(writable and any(a.decided_by_committee
                                                      for a in self._awards))
        self.model.set_results(results)

    def contested(self) -> AwardResult | None:
        """The first award with an undecided tie."""
        return next((a for a in self._awards if a.contested), None)

    def ask_order(self, award: AwardResult) -> list[int] | None:
        """The committee's order of the tied acts (tests replace this)."""
        dialog = TieDialog(award.category.data.name, list(award.contested), self)
        return dialog.order() if dialog.exec() else None

    def decide_tie(self) -> None:
        """Record the committee's order for the first undecided tie."""
        award = self.contested()
        if award is None:
            return
        order = self.ask_order(award)
        if order:
            self.controller.push(tiebreak_command(self.controller, award.category.data.basis,
                                                  order), self)

    def clear_decisions(self) -> None:
        """Forget every decision of ties by the judges' scores and by votes."""
        for basis in {a.category.data.basis for a in self._awards if a.decided_by_committee}:
            self.controller.push(tiebreak_command(self.controller, basis, []), self)
