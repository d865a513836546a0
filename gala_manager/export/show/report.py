"""The show report as PDF and Excel: planned against actual, overruns, incidents, run time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gala_manager.core.show.report import ShowReport
from gala_manager.export.kit.pdf import (
    Column,
    PageHeader,
    PageLabels,
    PdfDocument,
    Row,
)
from gala_manager.export.kit.xlsx import (
    CLOCK,
    DURATION,
    add_sheet,
    fit_columns,
    new_workbook,
    save_workbook,
    setup_print,
    write_cell,
    write_table,
    write_title,
)


@dataclass(frozen=True)
class ReportLabels:
    """Translated words of the report; the dicts word the codes of the core."""

    title: str
    summary: str
    acts: str
    incidents: str
    log: str
    planned_start: str
    started: str
    ended: str
    end_reason: str
    run_time: str                # 实际时长: from the first act to the end of the show
    programme_length: str        # 节目总时长: the running order's length
    planned_length: str          # 计划时长: the gala's target
    against_plan: str            # "Against the planned length"
    delay: str
    overruns: str
    number: str
    act: str
    planned: str
    actual_start: str
    actual_end: str
    actual: str
    overrun: str
    outcome: str
    restarts: str
    incident: str
    kind: str
    phase: str
    start: str
    end: str
    duration: str
    decision: str
    timeline: str
    time: str
    entry: str
    none: str
    not_started: str
    outcomes: dict = field(default_factory=dict)
    phases: dict = field(default_factory=dict)
    decisions: dict = field(default_factory=dict)
    kinds: dict = field(default_factory=dict)
    timeline_kinds: dict = field(default_factory=dict)
    end_reasons: dict = field(default_factory=dict)
    seconds_format: str = '+0" s";-0" s";0" s"'  # a signed number of seconds in a sheet
    against_plan_text: str = ""  # e.g. "3 min longer than planned", worded by the app
    no_show: str = ""  # the first line of a report without a show
    timeline_entry: str = "{time} {kind}: {text}"  # one line of an incident's timeline


def minutes_text(seconds: int | None, signed: bool = False) -> str:
    """m:ss or h:mm:ss (with a + for overruns when `signed`), "" for unknown."""
    if seconds is None:
        return ""
    sign = "-" if seconds < 0 else ("+" if signed and seconds > 0 else "")
    hours, rest = divmod(abs(int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def _clock(value) -> str:
    return value.strftime("%H:%M:%S") if value else ""


def summary_rows(report: ShowReport, labels: ReportLabels) -> list[tuple[str, str]]:
    """The summary's label/value pairs."""
    delay = (int((report.ended - report.planned_end).total_seconds())
             if report.ended and report.planned_end else None)
    return [
        (labels.planned_start, _clock(report.planned_start)),
        (labels.started, _clock(report.started) or labels.not_started),
        (labels.ended, _clock(report.ended)),
        (labels.end_reason, labels.end_reasons.get(report.end_reason, report.end_reason)
         if report.ended else ""),
        (labels.run_time, minutes_text(report.run_seconds)),
        (labels.programme_length, minutes_text(report.planned_seconds)),
        (labels.planned_length, minutes_text(report.target_seconds)),
        (labels.against_plan, labels.against_plan_text),
        (labels.delay, minutes_text(delay, signed=True)),
        (labels.overruns, str(len(report.overruns))),
    ]


def act_rows(report: ShowReport, labels: ReportLabels) -> list[list]:
    """One row per act of the running order."""
    return [[str(a.number or ""), a.title, _clock(a.planned_start),
             minutes_text(a.planned_seconds), _clock(a.actual_start), _clock(a.actual_end),
             minutes_text(a.actual_seconds), minutes_text(a.overrun_seconds, signed=True),
             labels.outcomes.get(a.outcome, ""), str(a.restarts or "")] for a in report.acts]


def incident_rows(report: ShowReport, labels: ReportLabels) -> list[list]:
    """One row per incident, its timeline in one cell."""
    rows = []
    for i in report.incidents:
        timeline = "\n".join(labels.timeline_entry.format(
            time=f"{at:%H:%M:%S}", kind=labels.timeline_kinds.get(kind, kind),
            text=labels.kinds.get(text, text)) for at, kind, text in i.timeline)
        rows.append([str(i.number), labels.kinds.get(i.kind, i.kind),
                     labels.phases.get(i.phase, i.phase), _clock(i.start), _clock(i.end),
                     minutes_text(i.seconds), labels.decisions.get(i.decision, i.decision),
                     timeline])
    return rows


def _act_columns(labels: ReportLabels) -> list[Column]:
    return [Column(labels.number, 0.5, "center"), Column(labels.act, 3.2),
            Column(labels.planned_start, 1.2), Column(labels.planned, 0.9, "right"),
            Column(labels.actual_start, 1.2), Column(labels.actual_end, 1.2),
            Column(labels.actual, 0.9, "right"), Column(labels.overrun, 0.9, "right"),
            Column(labels.outcome, 1.1), Column(labels.restarts, 0.7, "center")]


def build_report_pdf(report: ShowReport, header: PageHeader, page_labels: PageLabels,
                     labels: ReportLabels, log_lines: Sequence[tuple]) -> PdfDocument:
    """The report as a landscape A4 PDF document."""
    doc = PdfDocument(header, page_labels, landscape=True, title_meta=labels.title)
    doc.title(labels.title)
    if not report.has_show and labels.no_show:
        doc.warning(labels.no_show)
    doc.heading(labels.summary)
    doc.facts(summary_rows(report, labels), label_width=0.2)
    doc.heading(labels.acts)
    rows = [Row(r, "muted" if a.outcome not in (None, "done") else "normal")
            for r, a in zip(act_rows(report, labels), report.acts, strict=True)]
    doc.table(_act_columns(labels), rows)
    doc.heading(labels.incidents)
    if report.incidents:
        doc.table([Column(labels.incident, 0.5, "center"), Column(labels.kind, 1.2),
                   Column(labels.phase, 1), Column(labels.start, 1), Column(labels.end, 1),
                   Column(labels.duration, 0.8, "right"), Column(labels.decision, 2.2),
                   Column(labels.timeline, 3.5)], incident_rows(report, labels))
    else:
        doc.paragraph(labels.none)
    doc.heading(labels.log)
    doc.table([Column(labels.time, 1), Column(labels.entry, 8)],
              [[f"{at:%H:%M:%S}", text] for at, text in log_lines])
    return doc


def write_report_pdf(path: Path, report: ShowReport, header: PageHeader,
                     page_labels: PageLabels, labels: ReportLabels,
                     log_lines: Sequence[tuple]) -> Path:
    """Write the PDF atomically."""
    return build_report_pdf(report, header, page_labels, labels, log_lines).build(Path(path))


def _duration(seconds: int | None) -> dt.timedelta | None:
    return None if seconds is None else dt.timedelta(seconds=seconds)


def summary_values(report: ShowReport, labels: ReportLabels) -> list[tuple[str, object, str]]:
    """The summary as a sheet holds it: (label, value, number format); times are
    Excel times, lengths Excel durations, the end against plan signed seconds."""
    texts = dict(summary_rows(report, labels))
    delay = (int((report.ended - report.planned_end).total_seconds())
             if report.ended and report.planned_end else None)
    return [
        (labels.planned_start, report.planned_start, CLOCK),
        (labels.started, report.started or labels.not_started, CLOCK),
        (labels.ended, report.ended, CLOCK),
        (labels.end_reason, texts[labels.end_reason], ""),
        (labels.run_time, _duration(report.run_seconds), DURATION),
        (labels.programme_length, _duration(report.planned_seconds), DURATION),
        (labels.planned_length, _duration(report.target_seconds), DURATION),
        (labels.against_plan, labels.against_plan_text, ""),
        (labels.delay, delay, labels.seconds_format),
        (labels.overruns, len(report.overruns), "0"),
    ]


def _act_values(report: ShowReport, labels: ReportLabels) -> list[list]:
    return [[a.number or None, a.title, a.planned_start, _duration(a.planned_seconds),
             a.actual_start, a.actual_end, _duration(a.actual_seconds), a.overrun_seconds,
             labels.outcomes.get(a.outcome, ""), a.restarts or None] for a in report.acts]


def _incident_values(report: ShowReport, labels: ReportLabels) -> list[list]:
    rows = incident_rows(report, labels)
    return [[i.number, *row[1:3], i.start, i.end, _duration(i.seconds), *row[6:]]
            for i, row in zip(report.incidents, rows, strict=True)]


def write_report_xlsx(path: Path, report: ShowReport, gala_name: str, page_label: str,
                      labels: ReportLabels, log_lines: Sequence[tuple]) -> Path:
    """Write the report as a workbook: summary, acts, incidents, log (one sheet each).
    Numbers are numbers, times Excel times and lengths durations, so they sort and sum."""
    wb = new_workbook(title=labels.title)
    ws = add_sheet(wb, labels.summary)
    write_title(ws, f"{gala_name} · {labels.title}")
    if not report.has_show and labels.no_show:
        write_cell(ws, 2, 1, labels.no_show, bold=True, font_color="#C92A2A")
    for row, (label, value, fmt) in enumerate(summary_values(report, labels), start=3):
        write_cell(ws, row, 1, label, bold=True)
        write_cell(ws, row, 2, value, number_format=fmt or None, align="left")
    fit_columns(ws, from_row=3)
    setup_print(ws, header_text=gala_name, page_label=page_label)
    act_formats = ["0", None, CLOCK, DURATION, CLOCK, CLOCK, DURATION, labels.seconds_format,
                   None, "0"]
    incident_formats = ["0", None, None, CLOCK, CLOCK, DURATION, None, None]
    for title, columns, rows, formats in (
            (labels.acts, [c.title for c in _act_columns(labels)],
             _act_values(report, labels), act_formats),
            (labels.incidents, [labels.incident, labels.kind, labels.phase, labels.start,
                                labels.end, labels.duration, labels.decision, labels.timeline],
             _incident_values(report, labels), incident_formats)):
        sheet = add_sheet(wb, title)
        write_table(sheet, 1, columns, rows, formats=formats)
        fit_columns(sheet, max_width=40)
        setup_print(sheet, header_row=1, header_text=gala_name, page_label=page_label)
    sheet = add_sheet(wb, labels.log)
    write_table(sheet, 1, [labels.time, labels.entry], [[at, text] for at, text in log_lines],
                formats=[CLOCK, None])
    fit_columns(sheet, max_width=80)
    setup_print(sheet, header_row=1, header_text=gala_name, page_label=page_label)
    return save_workbook(wb, Path(path))
