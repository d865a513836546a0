"""Translated words of the printed plans and cards, and the rule lines of each kind."""

from __future__ import annotations

from html import escape as _escape_html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.contingency.wording import acts_text, decides_text, kind_label
from gala_manager.app.formatting import with_note
from gala_manager.core.contingency.plans import PlanRow
from gala_manager.core.contingency.rules import RuleSettings


def escape(text: str) -> str:
    """&, < and > as entities (xml.sax.saxutils would load urllib and http for it)."""
    return _escape_html(text, quote=False)

translate = QCoreApplication.translate


def label_words() -> dict[str, str]:
    """The labels of a card, by field."""
    words = {
        "document_title": QT_TRANSLATE_NOOP("ContingencyCards", "Contingency plan"),
        "trigger": QT_TRANSLATE_NOOP("ContingencyCards", "When"),
        "decides": QT_TRANSLATE_NOOP("ContingencyCards", "Who decides"),
        "acts": QT_TRANSLATE_NOOP("ContingencyCards", "Who acts"),
        "rules": QT_TRANSLATE_NOOP("ContingencyCards", "Rules"),
        "steps": QT_TRANSLATE_NOOP("ContingencyCards", "Steps"),
        "contacts": QT_TRANSLATE_NOOP("ContingencyCards", "Contacts"),
        "name": QT_TRANSLATE_NOOP("ContingencyCards", "Name"),
        "role": QT_TRANSLATE_NOOP("ContingencyCards", "Role"),
        "phone": QT_TRANSLATE_NOOP("ContingencyCards", "Phone"),
        "equipment": QT_TRANSLATE_NOOP("ContingencyCards", "Equipment to have ready"),
        "item": QT_TRANSLATE_NOOP("ContingencyCards", "Item"),
        "quantity": QT_TRANSLATE_NOOP("ContingencyCards", "Qty"),
        "where": QT_TRANSLATE_NOOP("ContingencyCards", "Where"),
        "notes": QT_TRANSLATE_NOOP("ContingencyCards", "Notes"),
        "empty": QT_TRANSLATE_NOOP("ContingencyCards", "This gala has no contingency plans yet."),
    }
    return {key: translate("ContingencyCards", text) for key, text in words.items()}


def rule_lines(kind: str, settings: RuleSettings) -> tuple[str, ...]:
    """The gala's rule thresholds that apply to a kind of plan, as sentences."""
    if kind == "power":
        return (
            translate("ContingencyCards",
                      "Before the start: the start may slip by at most {n} min; then the "
                      "host announces the gala is postponed.").format(
                n=settings.start_delay_max_minutes),
            translate("ContingencyCards",
                      "First half: after {n} min without power the host announces the "
                      "gala is postponed to another day.").format(
                n=settings.first_half_outage_minutes),
            translate("ContingencyCards",
                      "Second half: after {n} min without power the host announces the "
                      "end of the gala.").format(n=settings.second_half_outage_minutes),
        )
    if kind == "programme":
        standby = settings.standby_count  # lupdate reads a plural count only from a plain name
        return (
            translate("ContingencyCards",
                      "While an act performs, the next %n acts stand by backstage.", "",
                      standby),
            translate("ContingencyCards",
                      "An act that cannot start on time: the next act goes on at once."),
            translate("ContingencyCards",
                      "An act that breaks down is restarted {n} time(s); if it fails again "
                      "it leaves the stage.").format(n=settings.restarts_allowed),
        )
    if kind == "injury":
        return (translate("ContingencyCards",
                          "Minor injuries: the school's medical staff treat them on site. "
                          "Serious ones: to hospital."),)
    if kind == "disorder":
        return (translate("ContingencyCards",
                          "Student-union members keep order and handle small disturbances, "
                          "politely."),)
    return ()


def plans_html(rows: list[PlanRow], settings: RuleSettings | None = None) -> str:
    """Every plan as simple HTML for the print dialog (user text escaped)."""
    words = label_words()
    settings = settings or RuleSettings()
    parts = []
    for row in rows:
        plan = row.data
        parts.append(f"<h2>{escape(kind_label(plan.kind))} — {escape(plan.title)}</h2>")
        for key, value in (("trigger", plan.trigger), ("decides", decides_text(row)),
                           ("acts", acts_text(row))):
            if value.strip():
                parts.append(f"<p><b>{escape(words[key])}</b>: {escape(value)}</p>")
        rules = rule_lines(plan.kind, settings)
        if rules:
            parts.append(f"<h3>{escape(words['rules'])}</h3><ul>"
                         + "".join(f"<li>{escape(r)}</li>" for r in rules) + "</ul>")
        if plan.steps:
            parts.append(f"<h3>{escape(words['steps'])}</h3><ol>"
                         + "".join(f"<li>{escape(s)}</li>" for s in plan.steps) + "</ol>")
        if plan.contacts:
            parts.append(f"<h3>{escape(words['contacts'])}</h3><ul>" + "".join(
                f"<li>{escape(with_note(c.name, c.role))} {escape(c.phone)}</li>"
                for c in plan.contacts) + "</ul>")
        if plan.equipment:
            parts.append(f"<h3>{escape(words['equipment'])}</h3><ul>" + "".join(
                f"<li>{escape(e.name)} × {e.quantity} — {escape(e.location)}</li>"
                for e in plan.equipment) + "</ul>")
        if plan.notes.strip():
            parts.append(f"<p>{escape(plan.notes)}</p>")
    return "".join(parts) or f"<p>{escape(words['empty'])}</p>"
