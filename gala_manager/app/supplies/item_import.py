"""Importing supply items from shopping and equipment lists: the supplies' `ImportKind`."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.import_wording import names_text, person_problems, person_text, word_problem
from gala_manager.app.importing import (
    Gala,
    ImportKind,
    ImportPreview,
    ImportTexts,
    PreviewColumn,
    marked_rows,
)
from gala_manager.app.supplies.wording import category_label, source_label
from gala_manager.core.models.supplies import BUILTIN_CATEGORIES
from gala_manager.core.money import format_quantity, format_yuan
from gala_manager.core.supplies.item_import import (
    SupplyImportPreview,
    import_supplies,
    preview_supply_import,
    undo_supply_import,
)
from gala_manager.imports.supplies_sheet import CATEGORY_WORDS, SuppliesSheet, read_supplies_sheet

translate = QCoreApplication.translate

_ROW_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("SupplyImport", "the item has no name"),
    "too_long": QT_TRANSLATE_NOOP("SupplyImport", "the name has {value} characters; at most "
                                                  "200 are accepted"),
    "bad_quantity": QT_TRANSLATE_NOOP("SupplyImport", "quantity “{value}” is not a number "
                                                      "greater than zero"),
    "bad_price": QT_TRANSLATE_NOOP("SupplyImport", "unit price “{value}” is not an amount in "
                                                   "yuan (e.g. ¥12.5 or 12.5元)"),
    "bad_date": QT_TRANSLATE_NOOP("SupplyImport", "date “{value}” not understood, left empty "
                                                  "(write it as 2027-04-30 or 2027年4月30日)"),

    "unknown_source": QT_TRANSLATE_NOOP("SupplyImport", "source “{value}” not understood "
                                                        "(taken as bought)"),
    "unknown_status": QT_TRANSLATE_NOOP("SupplyImport", "status “{value}” not understood "
                                                        "(taken as planned)"),
}


def builtin_words() -> dict[str, str]:
    """Every word naming a built-in category: both languages' and the current labels."""
    words = dict(CATEGORY_WORDS)
    words.update({category_label(key): key for key in BUILTIN_CATEGORIES})
    return words


def _preview(gala: Gala, sheet: SuppliesSheet) -> ImportPreview:
    words = builtin_words()
    found = gala.read(preview_supply_import, items=sheet.items, builtin_words=words)
    sheets = [table.sheet for table in sheet.workbook.tables]
    return ImportPreview(
        marked_rows(found, sheets, lambda item: (*item.problems, *person_problems(
            item.person, found.people.get(item.person), "person"))),
        lambda items, options: {"items": list(items), "builtin_words": words}, extra=found)


def _columns(found: SupplyImportPreview | None = None) -> list[PreviewColumn]:
    people = found.people if found is not None else {}
    return [
        PreviewColumn("name", translate("SupplyImport", "Item"), lambda i: i.name),
        PreviewColumn("category", translate("SupplyImport", "Category"), lambda i: i.category),
        PreviewColumn("quantity", translate("SupplyImport", "Quantity"),
                      lambda i: f"{format_quantity(i.quantity)} {i.unit}".strip(), numeric=True),
        PreviewColumn("unit_price", translate("SupplyImport", "Unit price"),
                      lambda i: format_yuan(i.unit_price), numeric=True),
        PreviewColumn("source", translate("SupplyImport", "Source"),
                      lambda i: source_label(i.source)),
        PreviewColumn("person", translate("SupplyImport", "Responsible"),
                      lambda i: person_text(i.person, people.get(i.person))),
    ]


def _notes(found: SupplyImportPreview) -> list[str]:
    notes = []
    if found.new_categories:
        notes.append(translate("SupplyImport", "New categories: {names}.").format(
            names=names_text(found.new_categories)))
    if found.unknown_names:
        notes.append(translate("SupplyImport", "Not in the gala, left empty: {names}.").format(
            names=names_text(found.unknown_names)))
    return notes


def _result_text(result) -> str:
    imported = len(result.item_ids)
    return translate("SupplyImport", "Imported %n item(s) ({dup} already there, skipped).", "",
                     imported).format(dup=result.skipped)


SUPPLIES = ImportKind(
    name="supplies",
    help="supply items from a spreadsheet (.xlsx, .xls, .ods or .csv; header row anywhere, "
         "Chinese or English headers, prices like 12.5元 or ¥12.5)",
    context="SupplyImport",
    texts=ImportTexts(
        title=QT_TRANSLATE_NOOP("SupplyImport", "Import items from {file}"),
        button=QT_TRANSLATE_NOOP("SupplyImport", "Import %n item(s)"),
        counts=QT_TRANSLATE_NOOP(
            "SupplyImport", "{new} new, {dup} already there (skipped), {err} with errors."),
        duplicate=QT_TRANSLATE_NOOP("SupplyImport",
                                    "Already there (same item and supplier): skipped"),
        nothing_new=QT_TRANSLATE_NOOP("SupplyImport",
                                      "Every item in this sheet is already in the gala."),
        no_header=QT_TRANSLATE_NOOP(
            "SupplyImport", "No sheet of {name} has a header row with an item column "
            "(物品 or Item)."),
        header=QT_TRANSLATE_NOOP("SupplyImport", "no item column"),
    ),
    read=lambda gala, path: read_supplies_sheet(path),
    preview=_preview,
    columns=_columns,
    row_name=lambda item: item.name,
    describe_problem=partial(word_problem, "SupplyImport", _ROW_PROBLEMS),
    notes=_notes,
    commit=import_supplies,
    undo=undo_supply_import,
    result_text=_result_text,
)
