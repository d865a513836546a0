"""Read supply items from departments' shopping or equipment lists (any spreadsheet)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path

from gala_manager.core.checks import Severity
from gala_manager.core.import_rows import RowProblem
from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.money import parse_money, parse_quantity
from gala_manager.core.supplies.item_import import SheetItem, fold
from gala_manager.imports.headers import SUPPLY_COLUMNS
from gala_manager.imports.row_problems import finish
from gala_manager.imports.tables import SourceRow, TableRead, WorkbookRead, read_tables
from gala_manager.imports.workbook import cell_text, number_text

MAX_ITEMS = 5000

_SOURCES = {
    SupplySource.BUY: ["购买", "买", "采购", "buy", "bought", "purchase"],
    SupplySource.BORROW: ["借用", "借", "租借", "borrow", "borrowed", "loan"],
    SupplySource.SPONSOR: ["赞助", "赞助商", "sponsor", "sponsored"],
    SupplySource.OWN: ["已有", "自有", "现有", "own", "already own", "owned"],
}
_STATUSES = {
    SupplyStatus.PLANNED: ["计划中", "计划", "待购", "待采购", "planned", "to buy"],
    SupplyStatus.ORDERED: ["已下单", "已订购", "ordered"],
    SupplyStatus.IN_HAND: ["已到手", "已到", "已购", "已买", "in hand", "received"],
    SupplyStatus.AT_VENUE: ["已到场", "在会场", "at the venue", "at venue"],
    SupplyStatus.DONE: ["已归还/已用完", "已归还", "已用完", "returned", "used up", "done",
                        "returned / used up"],
}
# Words for the built-in categories in both languages (the UI adds its current labels).
CATEGORY_WORDS = {
    "消耗品": "consumables", "耗材": "consumables", "Consumables": "consumables",
    "宣传与印刷": "publicity", "宣传": "publicity", "印刷": "publicity", "印刷品": "publicity",
    "Publicity and printing": "publicity", "Publicity": "publicity", "Printing": "publicity",
    "舞台设备": "stage", "设备": "stage", "音响设备": "stage", "Stage equipment": "stage",
    "Equipment": "stage", "道具": "props", "Props": "props", "奖品与礼品": "prizes",
    "奖品": "prizes", "礼品": "prizes", "Prizes and gifts": "prizes", "Prizes": "prizes",
    "急救与安全": "first_aid", "急救": "first_aid", "安全": "first_aid",
    "First aid and safety": "first_aid", "First aid": "first_aid", "其他": "other",
    "Other": "other",
}
# A sheet's own total lines ("合计" with a formula) are not items.
_TOTAL_WORDS = {fold(w) for w in ("合计", "总计", "小计", "Total", "Subtotal", "Sum")}
_SOURCE_WORDS = {fold(w): s for s, words in _SOURCES.items() for w in words}
_STATUS_WORDS = {fold(w): s for s, words in _STATUSES.items() for w in words}
_YES = {fold(w) for w in ("是", "需要", "要", "需", "√", "✓", "yes", "y", "true", "1")}
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


@dataclass(frozen=True)
class SuppliesSheet:
    """The rows of every sheet with an item column, and where they were found."""

    path: Path
    workbook: WorkbookRead
    items: list[SheetItem]

    @property
    def records(self) -> list:
        """Every row read, of every sheet (each names its `sheet`)."""
        return list(self.items)

    def only(self, sheets: set[str]) -> SuppliesSheet:
        """The same workbook with only the items of `sheets`."""
        return replace(self, items=[i for i in self.items if i.sheet in sheets])


def _date(value: object, problems: list[RowProblem]) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _DATE.match(number_text(value))
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    problems.append(RowProblem("bad_date", Severity.WARNING, cell_text(value), "needed_by"))
    return None


def _choice(text: str, words: dict, default, field: str, problems: list[RowProblem]):
    if not text:
        return default
    found = words.get(fold(text))
    if found is None:
        problems.append(RowProblem(f"unknown_{field}", Severity.WARNING, text, field))
        return default
    return found


def parse_row(table: TableRead, line: SourceRow) -> SheetItem:
    """One sheet row as a `SheetItem` with its problems."""
    number, values = line.number, line.values
    problems: list[RowProblem] = []
    name = cell_text(values.get("name"))
    if not name:
        problems.append(RowProblem("required", Severity.ERROR, "", "name"))
    elif len(name) > 200:
        problems.append(RowProblem("too_long", Severity.ERROR, len(name), "name"))
    quantity = parse_quantity(values.get("quantity")) if values.get("quantity") not in (
        None, "") else None
    if quantity is None:
        if values.get("quantity") not in (None, ""):
            problems.append(RowProblem("bad_quantity", Severity.ERROR,
                                       cell_text(values.get("quantity")), "quantity"))
        quantity = parse_quantity(1)
    elif quantity <= 0:
        problems.append(RowProblem("bad_quantity", Severity.ERROR, cell_text(
            values.get("quantity")), "quantity"))
    raw_price = values.get("unit_price")
    price = parse_money(raw_price) if raw_price not in (None, "") else parse_money(0)
    if price is None or price < 0:
        problems.append(RowProblem("bad_price", Severity.ERROR, cell_text(raw_price), "unit_price"))
        price = parse_money(0)
    source = _choice(cell_text(values.get("source")), _SOURCE_WORDS, SupplySource.BUY,
                     "source", problems)
    status = _choice(cell_text(values.get("status")), _STATUS_WORDS, SupplyStatus.PLANNED,
                     "status", problems)
    return SheetItem(
        number, name, cell_text(values.get("category"))[:100], quantity,
        cell_text(values.get("unit"))[:20], price, source,
        cell_text(values.get("supplier"))[:200], cell_text(values.get("department")),
        cell_text(values.get("person")), _date(values.get("needed_by"), problems), status,
        source == SupplySource.BORROW or fold(cell_text(values.get("must_return"))) in _YES,
        cell_text(values.get("return_to"))[:200],
        cell_text(values.get("notes")), cell_text(values.get("act")),
        finish(table, line, problems, ("name",)), table.sheet)


def read_supplies_sheet(path: Path | str) -> SuppliesSheet:
    """Read items from every sheet with an item column; raises `WorkbookError`."""
    path = Path(path)
    workbook = read_tables(path, SUPPLY_COLUMNS, required=["name"], max_rows=MAX_ITEMS)
    return SuppliesSheet(path, workbook, [parse_row(table, row) for table in workbook.tables
                                          for row in table.rows if not _is_total(row.values)])


def _is_total(values: dict) -> bool:
    """A "合计" line under the list (in whatever column), not an item without a name."""
    name = fold(cell_text(values.get("name")))
    words = {fold(cell_text(v)) for v in values.values() if v not in (None, "")}
    price = values.get("unit_price")
    return bool(words & _TOTAL_WORDS) and (not name or name in _TOTAL_WORDS) \
        and (price in (None, "") or fold(cell_text(price)) in _TOTAL_WORDS)
