"""The console's incident panel: timer, the rule's live advice, the plan's steps and contacts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

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


def incident_advice(incident: Incident, now: dt.datetime, scheduled_start: dt.datetime,
                    settings: RuleSettings) -> Advice:
    """What the plan's rules say about a running incident at `now`."""
    severity = Severity.SERIOUS if incident.severity == "serious" else Severity.MINOR
    return advise(incident.kind, incident.phase, since=incident.start, now=now,
                  scheduled_start=scheduled_start, settings=settings, severity=severity)


class IncidentPanel(QFrame):
    """Shows the newest running incident; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentPanel")
        self.setStyleSheet("#incidentPanel { background: #5c1a1a; border-radius: 8px; }"
                           "QLabel { color: #ffe3e3; }")
        self.headline = QLabel()
        self.headline.setObjectName("incidentHeadline")
        self.headline.setStyleSheet("font-size: 30pt; font-weight: 700; color: #ffffff;")
        self.headline.setWordWrap(True)
        self.decision = QLabel()
        self.decision.setObjectName("incidentDecision")
        self.decision.setStyleSheet("font-size: 22pt; font-weight: 600; color: #ffd43b;")
        self.decision.setWordWrap(True)
        self.announce = QLabel()
        self.announce.setObjectName("incidentAnnouncement")
        self.announce.setStyleSheet("font-size: 18pt;")
        self.announce.setWordWrap(True)
        self.steps = QLabel()
        self.steps.setObjectName("incidentSteps")
        self.steps.setStyleSheet("font-size: 15pt;")
        self.steps.setWordWrap(True)
        self.contacts = QLabel()
        self.contacts.setObjectName("incidentContacts")
        self.contacts.setStyleSheet("font-size: 15pt; color: #ffffff;")
        self.contacts.setWordWrap(True)
        self.others = QLabel()
        self.others.setStyleSheet("font-size: 13pt; color: #ffa8a8;")
        layout = QVBoxLayout(self)
        for label in (self.headline, self.decision, self.announce):
            layout.addWidget(label)
        columns = QHBoxLayout()
        columns.addWidget(self.steps, 3)
        columns.addWidget(self.contacts, 2)
        layout.addLayout(columns)
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
        self.headline.setText(line)
        self.decision.setText(decision_text(advice.decision))
        announcement = announcement_text(advice)
        self.announce.setText(self.tr("Host: “{text}”").format(text=announcement)
                              if announcement else "")
        self.announce.setVisible(bool(announcement))
        steps = [f"{i}. {step}" for i, step in enumerate(plan.data.steps, start=1)] if plan else []
        contacts = [f"☎ {with_note(c.name, c.role)} {c.phone}"
                    for c in plan.data.contacts] if plan else []
        self.steps.setText("\n".join(steps))
        self.contacts.setText("\n".join(contacts))
        self.others.setText(self.tr("{n} more incident(s) running", "", more).format(n=more)
                            if more else "")
        self.others.setVisible(bool(more))
        self.show()


def plan_kind(incident_kind: str) -> str:
    """The plan kind whose steps apply to an incident kind ("" for a plain "other")."""
    return incident_kind if incident_kind != IncidentKind.OTHER else ""
