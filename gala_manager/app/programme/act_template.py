"""Words of the act submission form and of act import problems, for GUI and CLI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.programme.wording import accepted_formats, kind_label
from gala_manager.core.models import ActKind
from gala_manager.core.programme.act_import import RowAction
from gala_manager.export.programme.act_template import TemplateLabels, write_act_template
from gala_manager.imports.acts import RowProblem

translate = QCoreApplication.translate

_HEADERS = {
    "title": QT_TRANSLATE_NOOP("ActImport", "Title"),
    "kind": QT_TRANSLATE_NOOP("ActImport", "Kind"),
    "performers": QT_TRANSLATE_NOOP("ActImport", "Performers"),
    "head_count": QT_TRANSLATE_NOOP("ActImport", "Head count"),
    "submitted_by": QT_TRANSLATE_NOOP("ActImport", "Submitted by"),
    "contact_name": QT_TRANSLATE_NOOP("ActImport", "Contact person"),
    "contact_phone": QT_TRANSLATE_NOOP("ActImport", "Contact phone"),
    "duration": QT_TRANSLATE_NOOP("ActImport", "Duration"),
    "mic_count": QT_TRANSLATE_NOOP("ActImport", "Microphones"),
    "props": QT_TRANSLATE_NOOP("ActImport", "Props"),
    "music_file": QT_TRANSLATE_NOOP("ActImport", "Music file"),
    "lighting_notes": QT_TRANSLATE_NOOP("ActImport", "Lighting"),
    "sound_notes": QT_TRANSLATE_NOOP("ActImport", "Sound"),
    "notes": QT_TRANSLATE_NOOP("ActImport", "Notes"),
}
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
_ACTIONS = {
    RowAction.ADD: QT_TRANSLATE_NOOP("ActImport", "new"),
    RowAction.UPDATE: QT_TRANSLATE_NOOP("ActImport", "update"),
    RowAction.UNCHANGED: QT_TRANSLATE_NOOP("ActImport", "unchanged"),
}


_WORKBOOK = {
    "empty": QT_TRANSLATE_NOOP("ActImport", "{name} is empty: there is nothing to import."),
    "not_xlsx": QT_TRANSLATE_NOOP(
        "ActImport", "{name} is not an Excel workbook (.xlsx); save it from Excel or WPS "
        "as .xlsx and try again."),
    "old_xls": QT_TRANSLATE_NOOP(
        "ActImport", "{name} is an old Excel 97–2003 file (.xls); save it as .xlsx first."),
    "encrypted": QT_TRANSLATE_NOOP(
        "ActImport", "{name} is protected by a password; save an unprotected copy first."),
    "truncated": QT_TRANSLATE_NOOP(
        "ActImport", "{name} is incomplete (cut off while copying or downloading)."),
    "corrupt": QT_TRANSLATE_NOOP("ActImport", "{name} is damaged and cannot be read."),
    "too_large": QT_TRANSLATE_NOOP(
        "ActImport", "{name} is too large to import ({detail})."),
    "xml_attack": QT_TRANSLATE_NOOP(
        "ActImport", "{name} contains forbidden XML constructs and was not read."),
    "no_header": QT_TRANSLATE_NOOP(
        "ActImport", "No sheet of {name} has a header row with an act title column "
        "(节目名称 or Title)."),
}


def describe_workbook_error(exc: BaseException) -> str:
    """A workbook that cannot be read, in words; other errors as the app words them."""
    from gala_manager.app.wording import describe_error
    from gala_manager.core.errors import WorkbookError

    if isinstance(exc, WorkbookError) and exc.reason in _WORKBOOK:
        return translate("ActImport", _WORKBOOK[exc.reason]).format(name=Path(exc.path).name,
                                                          detail=exc.detail)
    return describe_error(exc)


def header_label(field: str) -> str:
    """The translated column name of a form field."""
    return translate("ActImport", _HEADERS[field])


def action_label(action: RowAction) -> str:
    """What importing a row does, in words."""
    return translate("ActImport", _ACTIONS[RowAction(action)])


def describe_row_problem(problem: RowProblem) -> str:
    """One problem of a sheet row in words."""
    field = header_label(problem.field) if problem.field in _HEADERS else \
        header_label("duration") if problem.field == "duration" else problem.field
    text = _PROBLEMS.get(problem.code)
    if text is None:
        return f"{field}: {problem.code}"
    return translate("ActImport", text).format(value=problem.value, formats=accepted_formats(),
                                     field=field, other=kind_label(ActKind.OTHER))


def template_labels() -> TemplateLabels:
    """The submission form's words in the current language."""
    example = {
        "title": translate("ActImport", "(example) Dance “Jasmine”"),
        "kind": kind_label(ActKind.DANCE), "performers": translate("ActImport", "Dance team of the "
                                                                  "Art and Design faculty"),
        "head_count": 8, "submitted_by": translate("ActImport", "Art and Design faculty"),
        "contact_name": translate("ActImport", "Zhou Ting"), "contact_phone": "13600004444",
        "duration": "4分30秒", "mic_count": 0, "props": translate("ActImport", "8 folding fans"),
        "music_file": "茉莉花.mp3", "lighting_notes": translate("ActImport", "soft white light"),
        "sound_notes": "",
        "notes": translate("ActImport", "This row is an example and is not imported."),
    }
    return TemplateLabels(
        sheet=translate("ActImport", "Acts"),
        title=translate("ActImport", "Act submission form"),
        instructions=translate(
            "ActImport", "One act per row. Duration as 3:30, 3分30秒, 210秒 or 4分钟. "
            "Choose the kind from the list. The grey example row is not imported."),
        headers={field: header_label(field) for field in _HEADERS},
        kinds=[kind_label(kind) for kind in ActKind
               if kind not in (ActKind.INTERMISSION, ActKind.HOST_SEGMENT)],
        example=example,
        kind_error=translate("ActImport", "Choose a kind from the list."),
        duration_prompt=translate("ActImport", "e.g. 3:30, 3分30秒, 210秒, 4分钟"),
        page_label=translate("ActImport", "Page {page} of {pages}"),
    )


def export_act_template(path: Path) -> Path:
    """Write the submission form in the current language."""
    return write_act_template(path, template_labels())


def import_report_lines(sheet) -> list[str]:
    """One line per row problem of a read act sheet, for the command line."""
    lines = []
    for row in sheet.rows:
        for problem in row.problems:
            mark = translate("ActImport", "error") if problem.blocking \
                else translate("ActImport", "warning")
            lines.append(translate("ActImport", "row {row} [{mark}]: {text}").format(
                row=row.number, mark=mark, text=describe_row_problem(problem)))
    return lines


def nothing_imported_text() -> str:
    """Why an import with blocking rows wrote nothing."""
    return translate("ActImport", "Nothing was imported: fix the rows marked [error] and "
                                  "import again.")


def import_summary_text(result) -> str:
    """What an act import changed."""
    return translate("ActImport", "{new} acts added, {updated} updated, {same} unchanged.") \
        .format(new=len(result.added), updated=len(result.updated), same=result.unchanged)
