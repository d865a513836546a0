"""Importing acts from submission workbooks: the acts' `ImportKind` and its words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.import_wording import word_problem
from gala_manager.app.importing import (
    Gala,
    ImportKind,
    ImportPreview,
    ImportTexts,
    PreviewColumn,
    PreviewRow,
)
from gala_manager.app.programme.act_template import header_label
from gala_manager.app.programme.wording import accepted_formats, kind_label
from gala_manager.core.durations import format_duration
from gala_manager.core.import_rows import RowProblem, RowStatus
from gala_manager.core.models import ActKind
from gala_manager.core.programme.act_import import RowAction, import_acts, plan_import, undo_import
from gala_manager.core.staff.people import list_departments
from gala_manager.imports.acts import ActSheet, ActSheetRow, read_act_sheet

translate = QCoreApplication.translate

_PROBLEMS = {
    "duration_format": QT_TRANSLATE_NOOP(
        "ActImport", "duration “{value}” not understood (accepted: {formats})"),
    "duration_range": QT_TRANSLATE_NOOP(
        "ActImport", "duration “{value}” must be more than zero and at most six hours"),
    "not_a_number": QT_TRANSLATE_NOOP("ActImport", "{field} “{value}” is not a number"),
    "out_of_range": QT_TRANSLATE_NOOP("ActImport", "{field} {value} is out of range"),
    "unknown_kind": QT_TRANSLATE_NOOP(
        "ActImport", "kind “{value}” unknown: imported as “{other}”"),
    "no_contact": QT_TRANSLATE_NOOP("ActImport", "no contact person"),
    "too_long": QT_TRANSLATE_NOOP("ActImport", "the title is too long"),
    "duplicate_row": QT_TRANSLATE_NOOP("ActImport", "the same act as row {value}"),
}
_STATUS = {RowAction.ADD: RowStatus.NEW, RowAction.UPDATE: RowStatus.UPDATE,
           RowAction.UNCHANGED: RowStatus.DUPLICATE}


def describe_row_problem(problem: RowProblem) -> str:
    """One problem of a sheet row in words."""
    return word_problem("ActImport", _PROBLEMS, problem, field=header_label(problem.column),
                        formats=accepted_formats(), other=kind_label(ActKind.OTHER))


def _read(gala: Gala, path: Path) -> ActSheet:
    # A submitting unit named like a committee department is linked to it.
    departments = {d.name: d.id for d in gala.read(list_departments)}
    return read_act_sheet(path, departments)


def _preview(gala: Gala, sheet: ActSheet) -> ImportPreview:
    rows = [(row.key, row.fields) for row in sheet.rows]
    planned = {p.key: p.action for p in gala.read(
        plan_import, rows=[(row.key, row.fields) for row in sheet.rows if not row.blocked])}
    marked = tuple(PreviewRow(row.number, RowStatus.ERROR if row.blocked
                              else _STATUS[planned[row.key]], row.problems, row)
                   for row in sheet.rows)
    return ImportPreview(marked, {"rows": rows}, sheet.sheet, extra=sheet)


def _columns() -> list[PreviewColumn]:
    def duration(row: ActSheetRow) -> str:
        if any(p.column == "duration" for p in row.problems):
            return ""  # not understood: the result column says why
        return format_duration(row.fields.duration_seconds)

    return [
        PreviewColumn("title", header_label("title"), lambda row: row.fields.title),
        PreviewColumn("kind", header_label("kind"), lambda row: kind_label(row.fields.kind)),
        PreviewColumn("duration", header_label("duration"), duration, numeric=True),
        PreviewColumn("submitted_by", header_label("submitted_by"),
                      lambda row: row.submitted_by),
    ]


def _notes(sheet: ActSheet) -> list[str]:
    skipped = len(sheet.skipped)
    if not skipped:
        return []
    return [translate("ActImport", "%n row(s) without a title skipped.", "", skipped)]


def _result_text(result) -> str:
    return translate("ActImport", "{new} acts added, {updated} updated, {same} unchanged.") \
        .format(new=len(result.added), updated=len(result.updated), same=result.unchanged)


ACTS = ImportKind(
    name="acts",
    help="acts from a filled-in submission form (.xlsx)",
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
    ),
    read=_read,
    preview=_preview,
    columns=_columns,
    row_name=lambda row: row.fields.title,
    describe_problem=describe_row_problem,
    notes=_notes,
    commit=import_acts,
    undo=undo_import,
    result_text=_result_text,
)
