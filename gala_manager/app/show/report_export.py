"""Write the show report (PDF or Excel) with the interface's words (GUI and CLI)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.contingency.wording import decision_text, kind_label
from gala_manager.app.formatting import plan_difference
from gala_manager.app.pdf_page import page_header, page_labels
from gala_manager.app.show.wording import (
    describe_entry,
    end_reason_label,
    outcome_label,
    phase_label,
    severity_label,
)
from gala_manager.core.contingency.rules import Decision, Phase
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.show.actions import read_show
from gala_manager.core.show.report import ShowReport, show_report
from gala_manager.core.show.state import Outcome
from gala_manager.export.show.report import ReportLabels, write_report_pdf, write_report_xlsx

translate = QCoreApplication.translate



def no_show_text() -> str:
    """The first line of a report of a gala whose show was never logged."""
    return translate("ShowReport", "No show has been logged for this gala: this report "
                                   "holds the plan only.")


def _against_plan(report: ShowReport) -> str:
    """The run time (the programme's length before the show) against the planned length."""
    length = report.run_seconds if report.run_seconds is not None else report.planned_seconds
    if length is None or report.target_seconds is None:
        return ""
    return plan_difference(length - report.target_seconds)


def report_labels(report: ShowReport) -> ReportLabels:
    """Every word of the report in the current language."""
    kinds = {i.kind: kind_label(i.kind) for i in report.incidents}
    kinds.update({"serious": severity_label("serious"), "minor": severity_label("minor")})
    return ReportLabels(
        title=translate("ShowReport", "Show report"), summary=translate("ShowReport", "Summary"),
        acts=translate("ShowReport", "Planned and actual"),
        incidents=translate("ShowReport", "Incidents"), log=translate("ShowReport", "Show log"),
        planned_start=translate("ShowReport", "Planned start"),
        started=translate("ShowReport", "Started"), ended=translate("ShowReport", "Ended"),
        end_reason=translate("ShowReport", "How it ended"),
        run_time=translate("ShowReport", "Run time"),
        programme_length=translate("ShowReport", "Programme length"),
        planned_length=translate("ShowReport", "Planned length"),
        against_plan=translate("ShowReport", "Against the planned length"),
        against_plan_text=_against_plan(report),
        no_show=no_show_text(),
        timeline_entry=translate("ShowReport", "{time} {kind}: {text}"),
        delay=translate("ShowReport", "End against plan"),
        overruns=translate("ShowReport", "Acts over time"),
        number=translate("ShowReport", "No."), act=translate("ShowReport", "Act"),
        planned=translate("ShowReport", "Planned"),
        actual_start=translate("ShowReport", "Actual start"),
        actual_end=translate("ShowReport", "Actual end"),
        actual=translate("ShowReport", "Actual"), overrun=translate("ShowReport", "Over"),
        outcome=translate("ShowReport", "Outcome"),
        restarts=translate("ShowReport", "Restarts"),
        incident=translate("ShowReport", "No."), kind=translate("ShowReport", "Kind"),
        phase=translate("ShowReport", "When"), start=translate("ShowReport", "Start"),
        end=translate("ShowReport", "End"), duration=translate("ShowReport", "Duration"),
        decision=translate("ShowReport", "Decision (the plan's rule)"),
        timeline=translate("ShowReport", "Timeline"), time=translate("ShowReport", "Time"),
        entry=translate("ShowReport", "Action"),
        none=translate("ShowReport", "No incidents."),
        not_started=translate("ShowReport", "not started"),
        outcomes={o: outcome_label(o) for o in Outcome},
        phases={p: phase_label(p) for p in Phase},
        decisions={d: decision_text(d) for d in Decision},
        kinds=kinds,
        timeline_kinds={"escalate": translate("ShowReport", "escalated"),
                        "note": translate("ShowReport", "note")},
        end_reasons={r: end_reason_label(r) for r in ("", "postponed", "ended_by_outage")},
    )


def has_show(source) -> bool:
    """Whether the gala `source` reads has a logged show to report on."""
    return source.read(show_report).has_show


def export_show_report(source, path: Path) -> Path:
    """Write the report of the gala `source` (a controller or document) reads; the
    file's suffix chooses the format (.xlsx: Excel, anything else: PDF)."""
    read = source.read
    report = read(show_report)
    titles = {a.act_id: a.title for a in read(read_show).acts}
    lines = [(e.at, describe_entry(e, lambda act_id: titles.get(act_id, ""))) for e in report.log]
    labels = report_labels(report)
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        return write_report_xlsx(path, report, read(get_gala_facts).name,
                                 translate("ContingencyCards", "Page {page} of {pages}"),
                                 labels, lines)
    return write_report_pdf(path, report, page_header(read), page_labels(), labels, lines)

