"""Importing acts from submission workbooks and rundowns: the acts' `ImportKind` and its words."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.import_wording import names_text, person_problems, person_text, word_problem
from gala_manager.app.importing import (
    Gala,
    ImportKind,
    ImportPreview,
    ImportTexts,
    PreviewColumn,
    PreviewRow,
)
from gala_manager.app.programme.act_template import header_label
from gala_manager.app.programme.wording import accepted_formats, kind_label, section_label
from gala_manager.core.checks import Severity
from gala_manager.core.durations import format_duration
from gala_manager.core.import_rows import RowProblem, RowStatus
from gala_manager.core.models import ActKind
from gala_manager.core.programme.act_import import (
    Placement,
    RowAction,
    import_acts,
    plan_import,
    undo_import,
)
from gala_manager.core.staff.people import list_departments
from gala_manager.imports.acts import ActSheet, ActSheetRow, read_act_sheet

translate = QCoreApplication.translate

_PROBLEMS = {
    "duration_format": QT_TRANSLATE_NOOP(
        "ActImport", "duration “{value}” not understood (accepted: {formats})"),
    "duration_range": QT_TRANSLATE_NOOP(
        "ActImport", "duration “{value}” must be more than zero and at most six hours"),
    "duration_missing": QT_TRANSLATE_NOOP(
        "ActImport", "no duration given: 3:00 assumed (write it as {formats})"),
    "rundown_length_missing": QT_TRANSLATE_NOOP(
        "ActImport", "neither a duration nor a start and an end time: 3:00 assumed"),
    "seconds_clock": QT_TRANSLATE_NOOP(
        "ActImport", "“{value}” read as {seconds} seconds; Ontime writes {seconds} minutes "
                     "as {value}: for minutes write {seconds}:00 or {seconds}分钟"),
    "time_format": QT_TRANSLATE_NOOP(
        "ActImport", "{field} “{value}” is not a time of day (write it as 19:30 or 19:30:00)"),
    "not_a_number": QT_TRANSLATE_NOOP(
        "ActImport", "{field} “{value}” is not a number (write a whole number such as 12)"),
    "out_of_range": QT_TRANSLATE_NOOP(
        "ActImport", "{field} {value} is out of range (0 to 10000)"),
    "unknown_kind": QT_TRANSLATE_NOOP(
        "ActImport", "kind “{value}” unknown: imported as “{other}”"),
    "no_contact": QT_TRANSLATE_NOOP("ActImport", "no contact person"),
    "too_long": QT_TRANSLATE_NOOP(
        "ActImport", "the title has {value} characters; at most 200 are accepted"),
    "duplicate_row": QT_TRANSLATE_NOOP("ActImport", "the same act as row {value}"),
}
# Columns of a rundown that the submission form does not have, named in messages.
_RUNDOWN_COLUMNS = {
    "time_start": QT_TRANSLATE_NOOP("ActImport", "Time Start"),
    "time_end": QT_TRANSLATE_NOOP("ActImport", "Time End"),
}
_STATUS = {RowAction.ADD: RowStatus.NEW, RowAction.UPDATE: RowStatus.UPDATE,
           RowAction.UNCHANGED: RowStatus.DUPLICATE}


def describe_row_problem(problem: RowProblem) -> str:
    """One problem of a sheet row in words."""
    seconds = problem.value.split(":")[-1].lstrip("0") or "0" \
        if problem.code == "seconds_clock" else ""
    field = translate("ActImport", _RUNDOWN_COLUMNS[problem.column]) \
        if problem.column in _RUNDOWN_COLUMNS else header_label(problem.column)
    return word_problem("ActImport", _PROBLEMS, problem, field=field,
                        formats=accepted_formats(), other=kind_label(ActKind.OTHER),
                        seconds=seconds)


def _read(gala: Gala, path: Path) -> ActSheet:
    # A submitting unit named like a committee department is linked to it.
    departments = {d.name: d.id for d in gala.read(list_departments)}
    return read_act_sheet(path, departments)


def _arguments(sheet: ActSheet):
    def arguments(records: Sequence[ActSheetRow], options: frozenset[str]) -> dict:
        rows = [row for row in records if row.fields is not None]
        placement = Placement(tuple((row.key, row.section) for row in rows),
                              tuple(sheet.sections)) if "order" in options else None
        return {"rows": [(row.key, row.fields) for row in rows], "placement": placement}

    return arguments


def _preview(gala: Gala, sheet: ActSheet) -> ImportPreview:
    planned = {p.key: p for p in gala.read(
        plan_import, rows=[(row.key, row.fields) for row in sheet.rows if not row.blocked])}
    marked = []
    for row in sheet.rows:
        plan = planned.get(row.key) if not row.blocked else None
        contact = plan.contact if plan is not None else None
        problems = row.problems + (person_problems(row.fields.contact_name, contact,
                                                   "contact_name") if contact else ())
        status = RowStatus.ERROR if plan is None else _STATUS[plan.action]
        marked.append(PreviewRow(row.number, status, problems,
                                 row if contact is None else row.with_contact(contact),
                                 row.sheet))
    offers = ("order",) if sheet.rundown else ()
    return ImportPreview(tuple(marked), _arguments(sheet), extra=sheet, offers=offers,
                         defaults=frozenset(offers))


def _columns(sheet: ActSheet | None = None) -> list[PreviewColumn]:
    def duration(row: ActSheetRow) -> str:
        if row.fields is None or any(p.column == "duration" and p.severity == Severity.ERROR
                                     for p in row.problems):
            return ""  # not understood: the result column says why
        return format_duration(row.fields.duration_seconds)

    def contact(row: ActSheetRow) -> str:
        return person_text(row.fields.contact_name if row.fields else "", row.contact)

    columns = [
        PreviewColumn("title", header_label("title"),
                      lambda row: row.fields.title if row.fields else ""),
        PreviewColumn("kind", header_label("kind"),
                      lambda row: kind_label(row.fields.kind) if row.fields else ""),
        PreviewColumn("duration", header_label("duration"), duration, numeric=True),
    ]
    if sheet is not None and sheet.rundown:  # a rundown has notes, not submitters
        columns.append(PreviewColumn("notes", header_label("notes"),
                                     lambda row: row.fields.notes if row.fields else ""))
    else:
        columns += [PreviewColumn("submitted_by", header_label("submitted_by"),
                                  lambda row: row.submitted_by),
                    PreviewColumn("contact", header_label("contact_name"), contact)]
    if sheet is not None and sheet.sections:
        kinds = dict(sheet.sections)
        columns.insert(0, PreviewColumn(
            "section", translate("ActImport", "Section"),
            lambda row: section_label(kinds.get(row.section), row.section) if row.section
            else ""))
    return columns


def _rows_text(entries: Sequence[tuple[str, int, str]]) -> str:
    return names_text(translate("ActImport", "{name} (row {row})").format(name=name, row=row)
                      for _sheet, row, name in entries)


def _notes(sheet: ActSheet) -> list[str]:
    notes = []
    skipped = len(sheet.skipped)
    if skipped:
        notes.append(translate("ActImport", "%n row(s) without a title skipped.", "", skipped))
    if sheet.sections:
        notes.append(translate("ActImport", "Groups of the rundown, as sections: {names}.")
                     .format(names=names_text(section_label(kind, name)
                                              for name, kind in sheet.sections)))
    milestones = len(sheet.milestones)
    if milestones:
        notes.append(translate("ActImport", "%n milestone(s) not imported (markers, not "
                                            "acts): {rows}.", "", milestones)
                     .format(rows=_rows_text(sheet.milestones)))
    if sheet.left_out:
        notes.append(translate("ActImport", "Rows of a type that is not imported: {rows}.")
                     .format(rows=_rows_text(sheet.left_out)))
    return notes


def _option_text(name: str, preview: ImportPreview) -> str:
    return translate("ActImport", "Put these acts into the running order in this order "
                                  "(acts already in it stay where they are)")


def _result_text(result) -> str:
    added = len(result.added)
    text = translate("ActImport", "%n act(s) added, {updated} updated, {same} unchanged.", "",
                     added).format(updated=len(result.updated), same=result.unchanged)
    placed = len(result.placed)
    if result.order_before is not None:
        text += " " + translate("ActImport", "%n act(s) put into the running order.", "",
                                placed)
    return text


ACTS = ImportKind(
    name="acts",
    help="acts from a filled-in submission form or an Ontime rundown (.xlsx, .xls, .ods "
         "or .csv)",
    context="ActImport",
    texts=ImportTexts(
        title=QT_TRANSLATE_NOOP("ActImport", "Import acts from {file}"),
        button=QT_TRANSLATE_NOOP("ActImport", "Import %n act(s)"),
        counts=QT_TRANSLATE_NOOP(
            "ActImport", "{new} new, {update} to update, {dup} unchanged, {err} with errors."),
        duplicate=QT_TRANSLATE_NOOP(
            "ActImport", "Already there (same submitter and title): unchanged"),
        nothing_new=QT_TRANSLATE_NOOP(
            "ActImport", "Every act in this sheet is already in the gala, unchanged."),
        no_header=QT_TRANSLATE_NOOP(
            "ActImport", "No sheet of {name} has a header row with an act title column "
            "(节目名称 or Title)."),
        header=QT_TRANSLATE_NOOP("ActImport", "no act title column"),
    ),
    read=_read,
    preview=_preview,
    columns=_columns,
    row_name=lambda row: row.fields.title if row.fields else "",
    describe_problem=describe_row_problem,
    notes=_notes,
    commit=import_acts,
    undo=undo_import,
    result_text=_result_text,
    options=("order",),
    option_text=_option_text,
)
