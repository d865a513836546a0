"""The supplies workbook: items with live formulas, budget, shopping list and returns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.supplies.items import SupplyItemRow
from gala_manager.core.supplies.settings import BudgetSettings
from gala_manager.core.supplies.totals import SupplyTotals, summarize
from gala_manager.export.kit.xlsx import (
    DATE,
    TOP_RULE,
    YUAN,
    Book,
    CellWarning,
    add_sheet,
    column,
    fit_columns,
    new_workbook,
    quote_sheetname,
    save_workbook,
    setup_print,
    write_cell,
    write_formula,
    write_header,
    write_title,
)

HEADER_ROW = 3
FIRST_ROW = HEADER_ROW + 1
# Columns of the items sheet (1-based); formulas elsewhere refer to them by letter.
(NAME, CATEGORY, QUANTITY, UNIT, PRICE, SUBTOTAL, SOURCE, SUPPLIER, DEPARTMENT, PERSON,
 NEEDED_BY, STATUS, MUST_RETURN, RETURN_TO, NOTES, ACT) = range(1, 17)
ITEM_COLUMNS = 16
# Short words and dates sit between amounts and text: centred, they never touch them.
CENTRE = {"align": "center"}
CENTRED = frozenset({SOURCE, NEEDED_BY, STATUS, MUST_RETURN})
# Too wide for one A4 page at 8 pt: the money on the first page, who, when and what
# happens to each item on the second, the item's name on both.
PRINT_GROUPS = ((CATEGORY, SUPPLIER), (DEPARTMENT, ACT))


@dataclass(frozen=True)
class SupplyWorkbookLabels:
    """Every word the workbook shows, in the chosen language (from the UI layer)."""

    items_sheet: str
    budget_sheet: str
    shopping_sheet: str
    returns_sheet: str
    item_headers: Sequence[str]          # ITEM_COLUMNS titles, in column order
    categories: dict[int, str]           # category id → label, in display order
    sources: dict[SupplySource, str]
    statuses: dict[SupplyStatus, str]
    yes: str
    no: str
    total: str
    subtotal: str                        # one supplier's sum on the shopping list
    items_caption: str                   # "{count}" items
    filtered_caption: str                # "{count}" of "{all}" items (filter in force)
    count_format: str                    # number format of an item count, e.g. 0" 项"
    by_category: str
    by_department: str
    no_department: str
    group_headers: Sequence[str]         # group, items, value, cost
    budget_lines: dict[str, str]         # value, cost, spent, committed, planned, limit,
    #                                      sponsorship, available, remaining, state
    not_set: str
    over_budget: str
    within_budget: str
    filtered_note: str
    shopping_headers: Sequence[str]      # tick, item, qty, unit, price, subtotal, needed, who,
    #                                      notes
    no_supplier: str
    returns_headers: Sequence[str]       # tick, item, qty, unit, lender, return to, who
    #                                      returns, department, needed by, status
    page_label: str = "{page} / {pages}"
    subject: str = ""
    chart_data: str = "Chart data"
    chart_by_category: str = "Cost by category"
    chart_budget: str = "Spending against the available funds"


@dataclass
class SupplyWorkbook:
    """What was written and what had to change on the way (cut or cleaned text)."""

    path: Path
    warnings: list[CellWarning] = field(default_factory=list)
    last_item_row: int = HEADER_ROW


def excel_number(quantity: Decimal) -> int | Decimal:
    """A quantity as Excel should see it: a whole number when it is one."""
    normal = quantity.normalize()
    return int(normal) if normal == normal.to_integral_value() else Decimal(f"{normal:f}")


def col(index: int) -> str:
    """The letter of an items-sheet column."""
    return column(index)


def items_range(labels: SupplyWorkbookLabels, column: int, last: int) -> str:
    """An absolute reference to one column of the item rows, for formulas on other sheets."""
    letter = col(column)
    last = max(last, FIRST_ROW)
    return f"{quote_sheetname(labels.items_sheet)}!${letter}${FIRST_ROW}:${letter}${last}"


def criterion(text: str) -> str:
    """A SUMIFS criterion matching exactly `text` (no wildcards, no operators)."""
    escaped = text.replace("~", "~~").replace("*", "~*").replace("?", "~?").replace('"', '""')
    return f'"={escaped}"'


def write_items_sheet(wb: Book, items: Sequence[SupplyItemRow], labels: SupplyWorkbookLabels,
                      gala_name: str, all_count: int, warnings: list[CellWarning],
                      totals: SupplyTotals) -> int:
    """The items sheet; returns the last item row (the header row when there are none)."""
    ws = add_sheet(wb, labels.items_sheet)
    write_title(ws, gala_name)
    filtered = len(items) != all_count
    caption = (labels.filtered_caption.format(count=len(items), all=all_count) if filtered
               else labels.items_caption.format(count=len(items)))
    write_cell(ws, 2, 1, f"{labels.items_sheet} · {caption}")
    last = HEADER_ROW + len(items)
    write_header(ws, HEADER_ROW, list(labels.item_headers), autofilter_to_row=last)
    for row_number, item in enumerate(items, start=FIRST_ROW):
        values = {
            NAME: item.name, CATEGORY: labels.categories.get(item.category_id, ""),
            QUANTITY: excel_number(item.quantity), UNIT: item.unit, PRICE: item.unit_price,
            SOURCE: labels.sources[item.source], SUPPLIER: item.supplier,
            DEPARTMENT: item.department_name, PERSON: item.person_name,
            NEEDED_BY: item.needed_by, STATUS: labels.statuses[item.status],
            MUST_RETURN: labels.yes if item.must_return or item.source == SupplySource.BORROW
            else labels.no,
            RETURN_TO: item.return_to, NOTES: item.notes, ACT: item.act_title,
        }
        for number, value in values.items():
            if value in ("", None):
                continue  # empty cells stay empty, so "=" criteria find them blank
            cell = write_cell(ws, row_number, number, value, warnings=warnings,
                              number_format=YUAN if number == PRICE else
                              DATE if number == NEEDED_BY else None)
            if number in CENTRED:
                cell.set(**CENTRE)
        write_formula(ws, row_number, SUBTOTAL,
                      f"=ROUND({col(QUANTITY)}{row_number}*{col(PRICE)}{row_number},2)",
                      item.subtotal, number_format=YUAN)
    total_row = last + 1
    bottom = max(last, FIRST_ROW)  # an empty list still gets valid (empty) ranges
    write_cell(ws, total_row, NAME, labels.total, bold=True)
    # SUBTOTAL ignores rows hidden by Excel's filter, so the totals follow it.
    write_formula(ws, total_row, CATEGORY,
                  f"=SUBTOTAL(3,{col(NAME)}{FIRST_ROW}:{col(NAME)}{bottom})",
                  totals.all.count, number_format=labels.count_format, bold=True)
    letter = col(SUBTOTAL)
    write_formula(ws, total_row, SUBTOTAL, f"=SUBTOTAL(9,{letter}{FIRST_ROW}:{letter}{bottom})",
                  totals.all.value, number_format=YUAN, bold=True)
    for number in range(1, ITEM_COLUMNS + 1):
        ws.cell(total_row, number).set(**TOP_RULE)
    fit_columns(ws, from_row=HEADER_ROW, max_width=24)
    ws.widths[SUBTOTAL] = max(ws.widths.get(SUBTOTAL, 0), 12)
    setup_print(ws, landscape=True, header_row=HEADER_ROW, header_text=gala_name,
                page_label=labels.page_label, groups=PRINT_GROUPS)
    return last


def build_supplies_workbook(items: Sequence[SupplyItemRow], budget: BudgetSettings,
                            labels: SupplyWorkbookLabels, *, gala_name: str,
                            all_count: int | None = None, now: dt.datetime | None = None,
                            path: Path = Path()) -> tuple[Book, SupplyWorkbook]:
    """The four sheets for `items`, in memory (see `write_supplies_workbook`)."""
    from gala_manager.export.supplies.workbook_sheets import (
        write_budget_sheet,
        write_returns_sheet,
        write_shopping_sheet,
    )

    items = list(items)
    all_count = len(items) if all_count is None else all_count
    result = SupplyWorkbook(Path(path))
    wb = new_workbook(title=f"{gala_name} · {labels.items_sheet}")
    wb.properties.update(
        subject=labels.subject or labels.items_sheet, created=now or dt.datetime.now(),
        keywords=", ".join((labels.items_sheet, labels.budget_sheet, labels.shopping_sheet,
                            labels.returns_sheet)))
    # The app's own figures: every formula is written with the value they give it.
    totals = summarize(items)
    last = write_items_sheet(wb, items, labels, gala_name, all_count, result.warnings, totals)
    result.last_item_row = last
    write_budget_sheet(wb, items, budget, labels, gala_name, last, all_count != len(items),
                       totals)
    write_shopping_sheet(wb, items, labels, gala_name, result.warnings)
    write_returns_sheet(wb, items, labels, gala_name, result.warnings)
    return wb, result


def write_supplies_workbook(path: Path, items: Sequence[SupplyItemRow], budget: BudgetSettings,
                            labels: SupplyWorkbookLabels, *, gala_name: str,
                            all_count: int | None = None,
                            now: dt.datetime | None = None) -> SupplyWorkbook:
    """Write the four sheets for `items` (the filtered ones when a filter is in force).

    `all_count` is how many items the gala has; when it differs from `len(items)`
    the sheets say that they show a filtered selection.
    """
    wb, result = build_supplies_workbook(items, budget, labels, gala_name=gala_name,
                                         all_count=all_count, now=now, path=Path(path))
    save_workbook(wb, path)
    return result
