"""Words every import shares: unreadable workbooks, row results, the summary, CLI lines."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.importing import ImportKind, ImportPreview, PreviewRow
from gala_manager.app.wording import describe_error
from gala_manager.core.checks import Severity
from gala_manager.core.errors import WorkbookError
from gala_manager.core.import_rows import RowProblem, RowStatus

translate = QCoreApplication.translate

# A value quoted in a message is cut here: a sheet may hold megabytes in one cell.
QUOTE_LIMIT = 80

_WORKBOOK = {
    "empty": QT_TRANSLATE_NOOP("Import", "{name} is empty: there is nothing to import."),
    "not_xlsx": QT_TRANSLATE_NOOP(
        "Import", "{name} is not an Excel workbook (.xlsx); save it from Excel or WPS "
        "as .xlsx and try again."),
    "old_xls": QT_TRANSLATE_NOOP(
        "Import", "{name} is an old Excel 97–2003 file (.xls); save it as .xlsx first."),
    "encrypted": QT_TRANSLATE_NOOP(
        "Import", "{name} is protected by a password; save an unprotected copy first."),
    "truncated": QT_TRANSLATE_NOOP(
        "Import", "{name} is incomplete (cut off while copying or downloading)."),
    "corrupt": QT_TRANSLATE_NOOP("Import", "{name} is damaged and cannot be read."),
    "too_large": QT_TRANSLATE_NOOP("Import", "{name} is too large to import ({detail})."),
    "xml_attack": QT_TRANSLATE_NOOP(
        "Import", "{name} contains forbidden XML constructs and was not read."),
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
    return kind.describe_problem(replace(problem, value=clip(problem.value))
                                 if isinstance(problem.value, str) else problem)


def severity_label(severity: Severity) -> str:
    """"error" or "warning", as a row's problem is marked on the command line."""
    return translate("Import", "error") if severity == Severity.ERROR \
        else translate("Import", "warning")


def status_text(kind: ImportKind, row: PreviewRow) -> str:
    """What importing a row does, then its problems."""
    if row.status == RowStatus.DUPLICATE:
        head = translate(kind.context, kind.texts.duplicate)
    else:
        head = translate("Import", _STATUS[row.status])
    details = [describe_row_problem(kind, problem) for problem in row.problems]
    return translate("Import", "; ").join([head, *details])


def title_text(kind: ImportKind, file_name: str) -> str:
    """The preview's title and the undo step's name: "Import people from 名单.xlsx"."""
    return translate(kind.context, kind.texts.title).format(file=clip(file_name))


def button_text(preview: ImportPreview) -> str:
    """The preview's OK button: "Import 3 people"."""
    return translate(preview.kind.context, preview.kind.texts.button, "", preview.to_import)


def summary_lines(preview: ImportPreview) -> list[str]:
    """The counts by result (after the sheet's name) and the kind's notes."""
    kind = preview.kind
    counts = translate(kind.context, kind.texts.counts).format(
        new=preview.count(RowStatus.NEW), update=preview.count(RowStatus.UPDATE),
        dup=preview.count(RowStatus.DUPLICATE), err=preview.count(RowStatus.ERROR))
    if preview.sheet_name:
        counts = translate("Import", "Sheet “{sheet}”: {counts}").format(
            sheet=clip(preview.sheet_name), counts=counts)
    return [counts, *kind.notes(preview.extra)]


def verdict_text(preview: ImportPreview) -> str:
    """Why the preview cannot import (empty when it can)."""
    errors = preview.count(RowStatus.ERROR)
    if errors:
        return translate("Import", "Fix the %n row(s) marked red in the sheet: until then "
                                   "nothing can be imported.", "", errors)
    if not preview.to_import:
        return translate(preview.kind.context, preview.kind.texts.nothing_new)
    return ""


def problem_lines(preview: ImportPreview) -> list[str]:
    """One line per problem of every row, in sheet order, for the command line."""
    lines = []
    for row in preview.rows:
        name = clip(preview.kind.row_name(row.record))
        for problem in row.problems:
            words = {"row": row.number, "name": name, "mark": severity_label(problem.severity),
                     "text": describe_row_problem(preview.kind, problem)}
            lines.append(translate("Import", "  row {row} ({name}), {mark}: {text}")
                         .format(**words) if name else
                         translate("Import", "  row {row}, {mark}: {text}").format(**words))
    return lines


def not_imported_text(preview: ImportPreview) -> str:
    """Why the command line imported nothing although the sheet could be read."""
    errors = preview.count(RowStatus.ERROR)
    return translate("Import", "Nothing was imported: fix the %n row(s) with errors in the "
                               "sheet and import again.", "", errors)
