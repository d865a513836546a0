"""Importing supply items: the words for problems, the undoable command and the CLI run."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.supplies.wording import category_label
from gala_manager.core.errors import WorkbookError
from gala_manager.core.models.supplies import BUILTIN_CATEGORIES
from gala_manager.core.supplies.item_import import (
    ItemProblem,
    SheetItem,
    import_supplies,
    preview_supply_import,
    undo_supply_import,
)
from gala_manager.imports.supplies_sheet import CATEGORY_WORDS, read_supplies_sheet
from gala_manager.ui.undo import VerbCommand

translate = QCoreApplication.translate

_ROW_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("SupplyImport", "the item has no name"),
    "too_long": QT_TRANSLATE_NOOP("SupplyImport", "the name is too long ({value}…)"),
    "bad_quantity": QT_TRANSLATE_NOOP("SupplyImport", "quantity “{value}” is not a number "
                                                      "greater than zero"),
    "bad_price": QT_TRANSLATE_NOOP("SupplyImport", "unit price “{value}” is not an amount in "
                                                   "yuan (e.g. ¥12.5 or 12.5元)"),
    "bad_date": QT_TRANSLATE_NOOP("SupplyImport", "date “{value}” not understood (left empty)"),
    "unknown_source": QT_TRANSLATE_NOOP("SupplyImport", "source “{value}” not understood "
                                                        "(taken as bought)"),
    "unknown_status": QT_TRANSLATE_NOOP("SupplyImport", "status “{value}” not understood "
                                                        "(taken as planned)"),
}

_WORKBOOK = {
    "empty": QT_TRANSLATE_NOOP("SupplyImport", "{path} is empty."),
    "not_xlsx": QT_TRANSLATE_NOOP("SupplyImport", "{path} is not an Excel workbook (.xlsx)."),
    "old_xls": QT_TRANSLATE_NOOP("SupplyImport", "{path} is an old Excel 97-2003 file: open "
                                                 "it in Excel and save it as .xlsx."),
    "encrypted": QT_TRANSLATE_NOOP("SupplyImport", "{path} is protected by a password: save "
                                                   "a copy without the password."),
    "truncated": QT_TRANSLATE_NOOP("SupplyImport", "{path} is incomplete (cut off while "
                                                   "copying?)."),
    "corrupt": QT_TRANSLATE_NOOP("SupplyImport", "{path} is damaged and cannot be read."),
    "too_large": QT_TRANSLATE_NOOP("SupplyImport", "{path} is too large to import ({detail})."),
    "xml_attack": QT_TRANSLATE_NOOP("SupplyImport", "{path} contains forbidden XML and was "
                                                    "not read."),
    "no_header": QT_TRANSLATE_NOOP("SupplyImport", "No sheet in {path} has an item column "
                                                   "(物品 or Item)."),
}


def describe_item_problem(problem: ItemProblem) -> str:
    """One problem of an imported row in words."""
    text = _ROW_PROBLEMS.get(problem.code)
    if text is None:
        return problem.code
    return translate("SupplyImport", text).format(value=problem.value)


def describe_workbook_error(exc: WorkbookError) -> str:
    """Why a workbook could not be read, in words."""
    text = _WORKBOOK.get(exc.reason, _WORKBOOK["corrupt"])
    return translate("SupplyImport", text).format(path=exc.path.name, detail=exc.detail)


def builtin_words() -> dict[str, str]:
    """Every word naming a built-in category: both languages' and the current labels."""
    words = dict(CATEGORY_WORDS)
    words.update({category_label(key): key for key in BUILTIN_CATEGORIES})
    return words


def import_command(controller, items: list[SheetItem], file_name: str) -> VerbCommand:
    """Import the new rows; undo removes them and any category the import created."""
    words = builtin_words()
    return VerbCommand(
        controller, translate("SupplyImport", "Import items from {file}").format(file=file_name),
        lambda c: c.run(import_supplies, items=items, builtin_words=words),
        lambda c, result: c.run(undo_supply_import, result=result))


def import_items_from(doc, path: Path) -> int:
    """`import supplies`: print the preview, then all or nothing. 0 imported, 1 row errors.

    A file that cannot be read raises `WorkbookError` (worded by the CLI, exit 2).
    """
    try:
        sheet = read_supplies_sheet(path)
    except WorkbookError as exc:
        print(describe_workbook_error(exc), file=sys.stderr)
        return 2
    words = builtin_words()
    preview = doc.read(preview_supply_import, items=sheet.items, builtin_words=words)
    for item in sorted(preview.errors + preview.new, key=lambda i: i.row):
        for problem in item.problems:
            mark = translate("SupplyImport", "error") if problem.severity == "error" \
                else translate("SupplyImport", "warning")
            print(translate("SupplyImport", "  row {row} ({name}), {mark}: {text}").format(
                row=item.row, name=item.name or "?", mark=mark,
                text=describe_item_problem(problem)))
    if preview.errors:
        print(translate("SupplyImport", "{n} rows have errors; nothing was imported.").format(
            n=len(preview.errors)), file=sys.stderr)
        return 1
    if not preview.new:
        print(translate("SupplyImport", "Every item in this sheet is already in the gala "
                        "({n} skipped).").format(n=len(preview.duplicates)))
        return 0
    result = doc.run(import_supplies, items=sheet.items, builtin_words=words)
    print(translate("SupplyImport", "Imported {n} items ({dup} already there, skipped).")
          .format(n=len(result.item_ids), dup=result.skipped))
    if preview.new_categories:
        print(translate("SupplyImport", "New categories: {names}.").format(
            names="、".join(preview.new_categories)))
    return 0
