"""Importing people from class lists and sign-up sheets: the people's `ImportKind`."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.import_wording import names_text, word_problem
from gala_manager.app.importing import (
    Gala,
    ImportKind,
    ImportPreview,
    ImportTexts,
    PreviewColumn,
    marked_rows,
)
from gala_manager.app.staff.wording import gender_label, roles_text
from gala_manager.core.staff.people_import import (
    PeopleImportPreview,
    import_people,
    preview_people_import,
    undo_people_import,
)
from gala_manager.imports.people_sheet import PeopleSheet, read_people_sheet

translate = QCoreApplication.translate

_ROW_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("StaffImport", "the name is missing"),
    "too_long": QT_TRANSLATE_NOOP("StaffImport", "the name has {value} characters; at most "
                                                 "100 are accepted"),
    "invalid_phone": QT_TRANSLATE_NOOP("StaffImport", "“{value}” is not a phone number "
                                                      "(digits, spaces and + - ( ) only)"),
    "mobile_length": QT_TRANSLATE_NOOP(
        "StaffImport", "{value} has not 11 digits; check the mobile number"),
    "unknown_gender": QT_TRANSLATE_NOOP("StaffImport", "gender “{value}” not "
                                                       "understood (left open)"),
    "unknown_role": QT_TRANSLATE_NOOP("StaffImport", "role “{value}” not "
                                                     "understood (ignored)"),
}


def _preview(gala: Gala, sheet: PeopleSheet) -> ImportPreview:
    found = gala.read(preview_people_import, people=sheet.people)
    sheets = [table.sheet for table in sheet.workbook.tables]
    return ImportPreview(marked_rows(found, sheets),
                         lambda people, options: {"people": list(people)}, extra=found)


def _columns(_found: PeopleImportPreview | None = None) -> list[PreviewColumn]:
    return [
        PreviewColumn("name", translate("StaffImport", "Name"), lambda p: p.name),
        PreviewColumn("gender", translate("StaffImport", "Gender"),
                      lambda p: gender_label(p.gender)),
        PreviewColumn("phone", translate("StaffImport", "Phone"), lambda p: p.phone),
        PreviewColumn("department", translate("StaffImport", "Department"),
                      lambda p: p.department),
        PreviewColumn("roles", translate("StaffImport", "Roles"), lambda p: roles_text(p.roles)),
    ]


def _notes(found: PeopleImportPreview) -> list[str]:
    if not found.new_departments:
        return []
    return [translate("StaffImport", "New departments: {names}.").format(
        names=names_text(found.new_departments))]


def _result_text(result) -> str:
    imported = len(result.person_ids)
    return translate("StaffImport", "Imported %n person(s) ({dup} already there, skipped).", "",
                     imported).format(dup=result.skipped)


PEOPLE = ImportKind(
    name="people",
    help="people from a spreadsheet (.xlsx, .xls, .ods or .csv; header row anywhere, "
         "Chinese or English headers)",
    context="StaffImport",
    texts=ImportTexts(
        title=QT_TRANSLATE_NOOP("StaffImport", "Import people from {file}"),
        button=QT_TRANSLATE_NOOP("StaffImport", "Import %n person(s)"),
        counts=QT_TRANSLATE_NOOP(
            "StaffImport", "{new} new, {dup} already there (skipped), {err} with errors."),
        duplicate=QT_TRANSLATE_NOOP("StaffImport",
                                    "Already there (same name and phone): skipped"),
        nothing_new=QT_TRANSLATE_NOOP("StaffImport",
                                      "Everyone in this sheet is already in the gala."),
        no_header=QT_TRANSLATE_NOOP(
            "StaffImport", "No sheet of {name} has a header row with a name column "
            "(姓名 or Name)."),
        header=QT_TRANSLATE_NOOP("StaffImport", "no name column"),
    ),
    read=lambda gala, path: read_people_sheet(path),
    preview=_preview,
    columns=_columns,
    row_name=lambda person: person.name,
    describe_problem=partial(word_problem, "StaffImport", _ROW_PROBLEMS),
    notes=_notes,
    commit=import_people,
    undo=undo_people_import,
    result_text=_result_text,
)
