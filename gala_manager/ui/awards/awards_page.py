"""The Awards page: the awards and the rule, the score grid, the results, and their prints."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTabWidget, QVBoxLayout, QWidget

import gala_manager.app.awards.wording  # noqa: F401  (registers problem words)
from gala_manager.app.awards.wording import describe_awards_error
from gala_manager.core.operations import Area
from gala_manager.ui.awards.results_tab import ResultsTab
from gala_manager.ui.awards.scores_tab import ScoresTab
from gala_manager.ui.awards.setup_tab import AwardSetupTab
from gala_manager.ui.page import Page

# The writers in app.awards.exports, loaded (with reportlab) only when something prints.
_EXPORTS = {"score-sheets": "export_score_sheets", "results": "export_results",
            "card": "export_result_card", "certificates": "export_certificates"}


class AwardsPage(Page):
    """Tabs for setting the awards up, entering scores, and the results."""

    key = "awards"
    # The acts compete; the judges are guests.
    areas = frozenset({Area.AWARDS, Area.PROGRAMME, Area.GUESTS, Area.GALA})
    target_kinds = frozenset({"score", "award_tie"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("awardTabs")
        self.setup_tab = AwardSetupTab(controller)
        self.setup_tab.refresh = self.refresh_if_stale
        self.scores_tab = ScoresTab(controller)
        self.results_tab = ResultsTab(controller)
        for tab in (self.setup_tab, self.scores_tab, self.results_tab):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.export_actions: dict[str, QAction] = {}
        for what in _EXPORTS:
            action = QAction(self)
            action.triggered.connect(lambda _c=False, w=what: self.export(w))
            self.export_actions[what] = action
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Awards")

    def retranslate_ui(self) -> None:
        for number, text in enumerate((self.tr("Awards and acts"), self.tr("Scores"),
                                       self.tr("Results"))):
            self.tabs.setTabText(number, text)
        texts = {"score-sheets": self.tr("Print score sheets…"),
                 "results": self.tr("Export results…"),
                 "card": self.tr("Print the host’s result card…"),
                 "certificates": self.tr("Print certificates…")}
        for what, action in self.export_actions.items():
            action.setText(texts[what])
        for tab in (self.setup_tab, self.scores_tab, self.results_tab):
            tab.retranslate_ui()

    def menu_actions(self) -> dict:
        return {"file": list(self.export_actions.values())}

    def reload(self) -> None:
        for tab in (self.setup_tab, self.scores_tab, self.results_tab):
            tab.reload()

    def show_target(self, target: tuple) -> None:
        if not target:
            return
        self.refresh_if_stale()
        if target[0] == "score" and len(target) > 1:
            self.tabs.setCurrentWidget(self.scores_tab)
            self.scores_tab.select_act(target[1])
        elif target[0] == "award_tie":
            self.tabs.setCurrentWidget(self.results_tab)
        else:
            self.tabs.setCurrentWidget(self.setup_tab)

    def ask_path(self, what: str) -> Path | None:
        """Where to write a print (tests replace this)."""
        defaults = {"score-sheets": self.tr("score-sheets.pdf"),
                    "results": self.tr("results.pdf"), "card": self.tr("result-card.pdf"),
                    "certificates": self.tr("certificates.pdf")}
        name, _ = QFileDialog.getSaveFileName(
            self, self.export_actions[what].text().rstrip("…"), defaults[what],
            self.tr("PDF document (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def export(self, what: str) -> Path | None:
        """Write one of the Awards prints where the user says."""
        path = self.ask_path(what)
        if path is None or self.controller.document is None:
            return None
        from gala_manager.app.awards import exports

        try:
            return getattr(exports, _EXPORTS[what])(self.controller, path)
        except Exception as exc:  # noqa: BLE001 - any failure is told, nothing is lost
            QMessageBox.warning(self, self.title(), describe_awards_error(exc))
            return None
