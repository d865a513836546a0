"""The Overview page: the gala's facts, a countdown to the night, and the checks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.formatting import format_date, format_minutes
from gala_manager.core import clock
from gala_manager.core.checks import run_checks
from gala_manager.core.gala.facts import GalaFacts, get_gala_facts
from gala_manager.core.operations import AREAS
from gala_manager.ui import theme
from gala_manager.ui.fonts import sized
from gala_manager.ui.overview.checks_model import ProblemListModel
from gala_manager.ui.page import Page
from gala_manager.ui.table_model import RowRole
from gala_manager.ui.tasks.readiness_widget import ReadinessWidget
from gala_manager.ui.theme import Tone


class OverviewPage(Page):
    """Facts, countdown and the single list of every area's problems."""

    key = "gala"
    areas = AREAS
    edit_requested = Signal()
    # Injected by tests so the countdown does not depend on the real date.
    # The shared clock, so a pinned GALA_MANAGER_NOW agrees with the readiness panel.
    today = staticmethod(lambda: clock.now().date())

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self._facts: GalaFacts | None = None
        self.title_label = QLabel()
        self.title_label.setObjectName("galaTitle")
        sized(self.title_label, 1.8, bold=True)
        self.title_label.setWordWrap(True)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("countdown")
        sized(self.countdown_label, 1.3)
        theme.paint_text(self.countdown_label, Tone.ACCENT)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_requested)

        self.facts_box = QGroupBox()
        self.facts_form = QFormLayout(self.facts_box)
        self.facts_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._value_labels: dict[str, QLabel] = {}
        self._row_labels: dict[str, QLabel] = {}
        for name in ("theme", "organiser", "co_organisers", "venue", "when", "length",
                     "audience", "notes"):
            label, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._row_labels[name], self._value_labels[name] = label, value
            self.facts_form.addRow(label, value)

        self.checks_box = QGroupBox()
        self.checks_model = ProblemListModel(self)
        self.checks_view = QListView()
        self.checks_view.setObjectName("checksList")
        self.checks_view.setModel(self.checks_model)
        self.checks_view.setWordWrap(True)
        self.checks_view.activated.connect(self._on_problem_activated)
        self.no_problems_label = QLabel()
        checks_layout = QVBoxLayout(self.checks_box)
        checks_layout.addWidget(self.no_problems_label)
        checks_layout.addWidget(self.checks_view)
        checks_layout.addStretch(0)

        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        columns = QHBoxLayout()
        columns.addWidget(self.facts_box, 1)
        columns.addWidget(self.checks_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.countdown_label)
        # The facts and checks take what they need; the coming deadlines get the rest.
        layout.addLayout(columns)
        # The Tasks area's readiness panel (figures per area, late and due tasks).
        self.readiness = ReadinessWidget(controller)
        layout.addWidget(self.readiness, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.edit_button.setText(self.tr("Edit gala properties…"))
        self.facts_box.setTitle(self.tr("The gala"))
        self.checks_box.setTitle(self.tr("Checks"))
        self.no_problems_label.setText(self.tr("No problems found."))
        texts = {
            "theme": self.tr("Theme"), "organiser": self.tr("Organiser"),
            "co_organisers": self.tr("Co-organisers / sponsors"), "venue": self.tr("Venue"),
            "when": self.tr("Date and start"), "length": self.tr("Planned length"),
            "audience": self.tr("Audience"), "notes": self.tr("Notes"),
        }
        for name, text in texts.items():
            self._row_labels[name].setText(text)
        if self._facts is not None:
            self._show_facts(self._facts)
        self.checks_model.retranslate()

    def reload(self) -> None:
        self._facts = self.controller.read(get_gala_facts)
        self._show_facts(self._facts)
        problems = self.controller.read(run_checks)
        self.checks_model.set_rows(problems)
        self.no_problems_label.setVisible(not problems)
        self.checks_view.setVisible(bool(problems))
        self.readiness.reload()

    def _show_facts(self, facts: GalaFacts) -> None:
        unset = self.tr("(not set)")
        self.title_label.setText(facts.name)
        values = {
            "theme": facts.theme, "organiser": facts.organiser,
            "co_organisers": facts.co_organisers, "venue": facts.venue,
            "audience": facts.audience, "notes": facts.notes,
        }
        for name, value in values.items():
            self._value_labels[name].setText(value or unset)
        if facts.date is None:
            self._value_labels["when"].setText(unset)
        else:
            self._value_labels["when"].setText(
                f"{format_date(facts.date)} {facts.start_time.strftime('%H:%M')}")
        self._value_labels["length"].setText(self.tr("{planned} (between {low} and {high})").format(
            planned=format_minutes(facts.planned_minutes), low=format_minutes(facts.min_minutes),
            high=format_minutes(facts.max_minutes)))
        self.countdown_label.setText(self.countdown_text(facts.date))

    def countdown_text(self, date: dt.date | None) -> str:
        """"N days to go", "Today", or how long ago it was."""
        if date is None:
            return self.tr("Set the gala's date to see the countdown.")
        days = (date - self.today()).days
        if days == 0:
            return self.tr("The gala is today!")
        if days > 0:
            return self.tr("%n day(s) to the gala", "", days)
        ago = -days
        return self.tr("The gala was %n day(s) ago", "", ago)

    def _on_problem_activated(self, index) -> None:
        problem = index.data(RowRole)
        if problem is not None:
            self.controller.navigate(problem.target)

    def show_target(self, target: tuple) -> None:
        if target and target[0] == "gala":
            self.edit_requested.emit()
