"""The console's incident panel: timer, the rule's live advice, the plan's steps and contacts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.contingency.wording import (
    announcement_text,
    countdown_text,
    decision_text,
)
from gala_manager.app.formatting import with_note
from gala_manager.app.show.wording import phase_label, severity_label
from gala_manager.core.contingency.plans import PlanRow
from gala_manager.core.contingency.rules import (
    Advice,
    IncidentKind,
    RuleSettings,
    Severity,
    advise,
)
from gala_manager.core.show.state import Incident
from gala_manager.ui.console.fit_label import FitLabel, Scaler
from gala_manager.ui.theme import STAGE


def incident_advice(incident: Incident, now: dt.datetime, scheduled_start: dt.datetime,
                    settings: RuleSettings) -> Advice:
    """What the plan's rules say about a running incident at `now`."""
    severity = Severity.SERIOUS if incident.severity == "serious" else Severity.MINOR
    return advise(incident.kind, incident.phase, since=incident.start, now=now,
                  scheduled_start=scheduled_start, settings=settings, severity=severity)


def _scrolled(label: QLabel) -> QScrollArea:
    """A scroll area showing a word-wrapped label: long steps scroll, never vanish."""
    area = QScrollArea()
    area.setWidget(label)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    area.setMinimumHeight(1)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return area


class IncidentPanel(QFrame):
    """Shows the newest running incident; hidden while there is none."""

    def __init__(self, scaler: Scaler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scaler = scaler
        self.setObjectName("incidentPanel")
        self.setStyleSheet(f"#incidentPanel {{ background: {STAGE['incident']}; "
                           f"border-radius: 8px; }} QLabel {{ color: {STAGE['incident_text']}; }}")
        self.headline = FitLabel("incidentHeadline", min_ratio=0.6)
        self.headline.setStyleSheet(f"color: {STAGE['incident_strong']};")
        scaler.add(self.headline, 28, QFont.Weight.Bold)
        self.decision = FitLabel("incidentDecision", min_ratio=0.7)
        self.decision.setStyleSheet(f"color: {STAGE['highlight']};")
        scaler.add(self.decision, 21, QFont.Weight.DemiBold)
        self.announce = FitLabel("incidentAnnouncement", min_ratio=0.6)
        scaler.add(self.announce, 17)
        self.steps = QLabel()
        self.steps.setObjectName("incidentSteps")
        scaler.add(self.steps, 15)
        self.contacts = QLabel()
        self.contacts.setObjectName("incidentContacts")
        self.contacts.setStyleSheet(f"color: {STAGE['incident_strong']};")
        scaler.add(self.contacts, 15)
        self.steps_area, self.contacts_area = _scrolled(self.steps), _scrolled(self.contacts)
        self.others = FitLabel("incidentOthers")
        self.others.setStyleSheet(f"color: {STAGE['incident_soft']};")
        scaler.add(self.others, 13)
        layout = QVBoxLayout(self)
        for label in (self.headline, self.decision, self.announce):
            layout.addWidget(label)
        columns = QHBoxLayout()
        columns.addWidget(self.steps_area, 3)
        columns.addWidget(self.contacts_area, 2)
        layout.addLayout(columns, 1)
        layout.addWidget(self.others)
        self.hide()

    def show_incident(self, incident: Incident | None, advice: Advice | None,
                      plan: PlanRow | None, now: dt.datetime, more: int) -> None:
        """Fill in the panel for `incident` (None hides it)."""
        if incident is None or advice is None:
            self.hide()
            return
        line = countdown_text(incident.kind, phase_label(incident.phase), now - incident.start,
                              advice, now)
        if incident.severity:
            line += f" [{severity_label(incident.severity)}]"
        self.headline.set_full_text(line)
        self.decision.set_full_text(decision_text(advice.decision))
        announcement = announcement_text(advice)
        self.announce.set_full_text(self.tr("Host: “{text}”").format(text=announcement)
                                    if announcement else "")
        self.announce.setVisible(bool(announcement))
        steps = [f"{i}. {step}" for i, step in enumerate(plan.data.steps, start=1)] if plan else []
        contacts = [f"☎ {with_note(c.name, c.role)} {c.phone}"
                    for c in plan.data.contacts] if plan else []
        self.steps.setText("\n".join(steps))
        self.contacts.setText("\n".join(contacts))
        self.others.set_full_text(self.tr("{n} more incident(s) running", "", more).format(n=more)
                                  if more else "")
        self.others.setVisible(bool(more))
        self.show()


def plan_kind(incident_kind: str) -> str:
    """The plan kind whose steps apply to an incident kind ("" for a plain "other")."""
    return incident_kind if incident_kind != IncidentKind.OTHER else ""
