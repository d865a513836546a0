"""Words every import shares: unreadable workbooks, row results, the summary, CLI lines."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.importing import TEXT_TOO_LONG, ImportKind, ImportPreview, PreviewRow
from gala_manager.app.wording import describe_error
from gala_manager.core.checks import Severity
from gala_manager.core.errors import WorkbookError
from gala_manager.core.import_rows import RowProblem, RowStatus
from gala_manager.core.person_match import Match, PersonMatch
from gala_manager.core.text_limit import MAX_TEXT

translate = QCoreApplication.translate

# A value quoted in a message is cut here: a sheet may hold megabytes in one cell.
QUOTE_LIMIT = 80

_WORKBOOK = {
    "empty": QT_TRANSLATE_NOOP("Import", "{name} is empty: there is nothing to import."),
    "not_spreadsheet": QT_TRANSLATE_NOOP(
        "Import", "{name} is not a spreadsheet; open it in Excel, WPS or LibreOffice and save "
        "it as .xlsx, .xls, .ods or .csv."),
    "html": QT_TRANSLATE_NOOP(
        "Import", "{name} is a web page saved under a spreadsheet's name; open it in Excel or "
        "WPS and save it as .xlsx."),
    "xlsb": QT_TRANSLATE_NOOP(
        "Import", "{name} is an Excel binary workbook (.xlsb); save it as .xlsx first."),
    "encrypted": QT_TRANSLATE_NOOP(
        "Import", "{name} is protected by a password; save an unprotected copy first."),
    "truncated": QT_TRANSLATE_NOOP(
        "Import", "{name} is incomplete (cut off while copying or downloading)."),
    "corrupt": QT_TRANSLATE_NOOP("Import", "{name} is damaged and cannot be read."),
    "too_large": QT_TRANSLATE_NOOP("Import", "{name} is too large to import ({detail})."),
    "xml_attack": QT_TRANSLATE_NOOP(
        "Import", "{name} contains forbidden XML constructs and was not read."),
}
# Problems every kind may have, worded once.
_SHARED_PROBLEMS = {
    "formula_without_value": QT_TRANSLATE_NOOP(
        "Import", "the cell holds a formula without a saved value: open and save the sheet in "
                  "Excel or WPS, or type the value"),
    "person_ambiguous": QT_TRANSLATE_NOOP(
        "Import", "several people in the gala are named “{value}”: not linked; choose the "
                  "right one by hand"),
    "person_other_phone": QT_TRANSLATE_NOOP(
        "Import", "“{value}” in the gala has another phone number: not linked"),
}
_PERSON = {
    Match.LINKED: QT_TRANSLATE_NOOP("Import", "{name} (linked)"),
    Match.AMBIGUOUS: QT_TRANSLATE_NOOP("Import", "{name} (several in the gala: not linked)"),
    Match.OTHER_PHONE: QT_TRANSLATE_NOOP("Import", "{name} (another phone in the gala: not "
                                                   "linked)"),
}
_STATUS = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("Import", "Will be added"),
    RowStatus.UPDATE: QT_TRANSLATE_NOOP("Import", "Will be updated"),
    RowStatus.ERROR: QT_TRANSLATE_NOOP("Import", "Error"),
}


def clip(value: object, limit: int = QUOTE_LIMIT) -> str:
    """A value as text of at most `limit` characters, cut with "…"."""
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def names_text(names) -> str:
    """A list of names from a sheet, each cut, in the language's list style."""
    return translate("Import", ", ").join(clip(name) for name in names)


def describe_workbook_error(exc: BaseException, kind: ImportKind) -> str:
    """Why a workbook could not be read, in one line; other errors as the app words them."""
    if not isinstance(exc, WorkbookError):
        return describe_error(exc)
    if exc.reason == "no_header":
        text = translate(kind.context, kind.texts.no_header)
    else:
        text = translate("Import", _WORKBOOK.get(exc.reason, _WORKBOOK["corrupt"]))
    return text.format(name=clip(Path(exc.path).name), detail=clip(exc.detail))


def word_problem(context: str, texts: dict[str, str], problem: RowProblem, **words) -> str:
    """A row problem worded by its code from a kind's `texts` (sources in `context`);
    `{value}` is the cell, `words` fill any other field; an unknown code as it is."""
    text = texts.get(problem.code)
    if text is None:
        return problem.code
    return translate(context, text).format(value=problem.value, **words)


def describe_row_problem(kind: ImportKind, problem: RowProblem) -> str:
    """One problem of a row in words, the value it quotes cut."""
    if problem.code == TEXT_TOO_LONG:
        return translate("Import", "a text of {length} characters is longer than the {limit} "
                                   "a gala keeps; shorten it in the sheet").format(
            length=problem.value, limit=MAX_TEXT)
    if isinstance(problem.value, str):
        problem = replace(problem, value=clip(problem.value))
    if problem.code in _SHARED_PROBLEMS:
        return translate("Import", _SHARED_PROBLEMS[problem.code]).format(value=problem.value)
    return kind.describe_problem(problem)


def person_problems(name: str, match: PersonMatch | None, column: str
                    ) -> tuple[RowProblem, ...]:
    """A warning for a name the gala cannot tell apart, or whose phone differs there."""
    code = {Match.AMBIGUOUS: "person_ambiguous", Match.OTHER_PHONE: "person_other_phone"}.get(
        match.match) if match is not None else None
    return (RowProblem(code, Severity.WARNING, name, column),) if code else ()


def person_text(name: str, match: PersonMatch | None) -> str:
    """A name from a sheet and how it matched the gala's people: "刘子涵 (linked)"; a name
    the gala does not know, as it is."""
    if not name:
        return ""
    text = _PERSON.get(match.match) if match is not None else None
    return translate("Import", text).format(name=clip(name)) if text else clip(name)


def severity_label(severity: Severity) -> str:
    """"error" or "warning", as a row's problem is marked on the command line."""
    return translate("Import", "error") if severity == Severity.ERROR \
        else translate("Import", "warning")


def row_cell(preview: ImportPreview | None, row: PreviewRow, problem: RowProblem) -> str:
    """Where in its sheet a problem is: "B5", or "" when its field has no column."""
    if problem.cell or preview is None or preview.source is None or not problem.column:
        return problem.cell
    table = next((t for t in preview.source.workbook.tables if t.sheet == row.sheet), None)
    return table.cell(problem.column, row.number) if table is not None else ""


def sheet_ref(sheet: str) -> str:
    """A sheet's name as a cell reference writes it: quoted when it holds a space or a sign."""
    plain = sheet and all(ch.isalnum() or ch == "_" for ch in sheet)
    return sheet if plain else "'" + sheet.replace("'", "''") + "'"


def status_text(kind: ImportKind, row: PreviewRow, preview: ImportPreview | None = None) -> str:
    """What importing a row does, then its problems, each after its cell ("D5: …")."""
    if row.status == RowStatus.DUPLICATE:
        head = translate(kind.context, kind.texts.duplicate)
    else:
        head = translate("Import", _STATUS[row.status])
    details = []
    for problem in row.problems:
        text = describe_row_problem(kind, problem)
        cell = row_cell(preview, row, problem)
        details.append(translate("Import", "{cell}: {text}").format(cell=cell, text=text)
                       if cell else text)
    return translate("Import", "; ").join([head, *details])


def title_text(kind: ImportKind, file_name: str) -> str:
    """The preview's title and the undo step's name: "Import people from 名单.xlsx"."""
    return translate(kind.context, kind.texts.title).format(file=clip(file_name))


def button_text(preview: ImportPreview) -> str:
    """The preview's OK button: "Import 3 people"."""
    count = preview.to_import
    return translate(preview.kind.context, preview.kind.texts.button, "", count)


def _counts(preview: ImportPreview) -> str:
    kind = preview.kind
    counts = translate(kind.context, kind.texts.counts).format(
        new=preview.count(RowStatus.NEW), update=preview.count(RowStatus.UPDATE),
        dup=preview.count(RowStatus.DUPLICATE), err=preview.count(RowStatus.ERROR))
    if len(preview.sheet_names) == 1:
        counts = translate("Import", "Sheet “{sheet}”: {counts}").format(
            sheet=clip(preview.sheet_names[0]), counts=counts)
    return counts


def workbook_lines(preview: ImportPreview) -> list[str]:
    """What of the workbook was not used: sheets left out or without a header, and
    columns no field matched, by name."""
    if preview.source is None:
        return []
    workbook = preview.source.workbook
    lines = []
    if len(preview.sheet_names) > 1:
        lines.append(translate("Import", "Sheets imported: {names}.").format(
            names=names_text(preview.sheet_names)))
    unchosen = [t.sheet for t in workbook.tables if t.sheet not in preview.sheet_names]
    repeating = [name for name in unchosen if name in preview.repeating]
    if repeating:
        lines.append(translate("Import", "Sheets left out because their rows repeat earlier "
                                         "sheets (tick them to import them too): {names}.")
                     .format(names=names_text(repeating)))
    others = [name for name in unchosen if name not in preview.repeating]
    if others:
        lines.append(translate("Import", "Sheets left out by your choice: {names}.").format(
            names=names_text(others)))
    if workbook.skipped_sheets:
        kind = preview.kind
        lines.append(translate("Import", "Sheets not used ({reason}): {names}.").format(
            reason=translate(kind.context, kind.texts.header),
            names=names_text(workbook.skipped_sheets)))
    for table in workbook.tables:
        if table.sheet in preview.sheet_names and table.unmatched_headers:
            lines.append(translate("Import", "Columns not used in “{sheet}”: {names}.").format(
                sheet=clip(table.sheet), names=names_text(table.unmatched_headers)))
    return lines


def summary_lines(preview: ImportPreview) -> list[str]:
    """The counts by result (after the sheet's name), what was not used, the kind's notes."""
    return [_counts(preview), *workbook_lines(preview), *preview.kind.notes(preview.extra)]


def verdict_text(preview: ImportPreview, skip_invalid: bool = False) -> str:
    """Why the preview cannot import, or what importing leaves out (empty when all goes)."""
    errors = preview.count(RowStatus.ERROR)
    if errors and skip_invalid:
        return translate("Import", "The %n row(s) with errors will be left out.", "", errors)
    if errors:
        return translate("Import", "Fix the %n row(s) marked red in the sheet, or import the "
                                   "others and leave these out.", "", errors) \
            if preview.can_skip_invalid else \
            translate("Import", "Fix the %n row(s) marked red in the sheet: until then "
                                "nothing can be imported.", "", errors)
    if not preview.to_import:
        return nothing_new_text(preview)
    return ""


def nothing_new_text(preview: ImportPreview) -> str:
    """That the sheet holds nothing the gala does not have yet."""
    return translate(preview.kind.context, preview.kind.texts.nothing_new)


def skip_text(preview: ImportPreview) -> str:
    """The choice to import the good rows only: "Import the 8 good rows and leave out the
    2 with errors"."""
    good = preview.to_import
    return translate("Import", "Import the %n good row(s) and leave out the {bad} with errors",
                     "", good).format(bad=preview.count(RowStatus.ERROR))


def problem_lines(preview: ImportPreview) -> list[str]:
    """One line per problem of every row, in sheet order, for the command line:
    "  报名表!D5 (独唱), warning: …"."""
    lines = []
    for row in preview.rows:
        name = clip(preview.kind.row_name(row.record))
        for problem in row.problems:
            cell = row_cell(preview, row, problem)
            where = f"{sheet_ref(row.sheet)}!{cell}" if cell and row.sheet else \
                translate("Import", "{sheet}, row {row}").format(sheet=row.sheet, row=row.number) \
                if row.sheet else translate("Import", "row {row}").format(row=row.number)
            words = {"where": where, "name": name, "mark": severity_label(problem.severity),
                     "text": describe_row_problem(preview.kind, problem)}
            lines.append(translate("Import", "  {where} ({name}), {mark}: {text}")
                         .format(**words) if name else
                         translate("Import", "  {where}, {mark}: {text}").format(**words))
    return lines


def unknown_sheets_text(preview: ImportPreview, names) -> str:
    """That the sheets asked for are not among those with a header, and which are."""
    return translate("Import", "No sheet with a header is called {names}; the sheets to choose "
                               "from are {sheets}.").format(
        names=names_text(names), sheets=names_text(preview.source.workbook.sheet_names))


def not_imported_text(preview: ImportPreview) -> str:
    """Why the command line imported nothing although the sheet could be read."""
    errors = preview.count(RowStatus.ERROR)
    return translate("Import", "Nothing was imported: fix the %n row(s) with errors in the "
                               "sheet and import again, or import the others with "
                               "--skip-invalid.", "", errors)
