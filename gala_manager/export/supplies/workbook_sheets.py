"""The budget, shopping-list and returns sheets of the supplies workbook."""

from __future__ import annotations

from collections.abc import Sequence

from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.supplies.checks import must_go_back
from gala_manager.core.supplies.items import SupplyItemRow
from gala_manager.core.supplies.settings import BudgetSettings
from gala_manager.core.supplies.totals import Amounts, SupplyTotals, budget_position
from gala_manager.export.kit.xlsx import (
    DATE,
    TOP_RULE,
    YUAN,
    Book,
    CellWarning,
    Sheet,
    add_choice_validation,
    add_sheet,
    fit_columns,
    setup_print,
    write_cell,
    write_formula,
    write_header,
    write_title,
)
from gala_manager.export.supplies.budget_charts import add_budget_charts
from gala_manager.export.supplies.workbook import (
    CATEGORY,
    CENTRE,
    DEPARTMENT,
    SOURCE,
    STATUS,
    SUBTOTAL,
    SupplyWorkbookLabels,
    criterion,
    excel_number,
    items_range,
)

GROUP_FILL = {"bg_color": "#E7ECF2"}
OVER = {"bg_color": "#FFC9C9", "font_color": "#C92A2A", "bold": True}
BOX = {"left": 1, "right": 1, "top": 1, "bottom": 1}
TICK = "√"  # the tick Chinese forms use; every CJK font has it


def _sumifs(labels: SupplyWorkbookLabels, last: int, *pairs: tuple[int, str]) -> str:
    """SUMIFS over the items' subtotals with (column, exact text) criteria."""
    parts = [items_range(labels, SUBTOTAL, last)]
    for column, text in pairs:
        parts += [items_range(labels, column, last), criterion(text)]
    return f"SUMIFS({','.join(parts)})"


def _group_block(ws: Sheet, row: int, title: str, groups: list[tuple[str, int, Amounts]],
                 labels: SupplyWorkbookLabels, last: int) -> int:
    """One "totals by ..." table (label, items column, the app's amounts); returns the
    next free row."""
    write_cell(ws, row, 1, title, bold=True)
    write_header(ws, row + 1, list(labels.group_headers), freeze=False)
    buy = labels.sources[SupplySource.BUY]
    first = row + 2
    for offset, (label, column, amounts) in enumerate(groups):
        r = first + offset
        # A blank label (no department) is matched by the "=" criterion: empty cells.
        write_cell(ws, r, 1, label or labels.no_department)
        write_formula(ws, r, 2, f"=COUNTIFS({items_range(labels, column, last)},"
                                f"{criterion(label)})", amounts.count)
        write_formula(ws, r, 3, "=" + _sumifs(labels, last, (column, label)), amounts.value,
                      number_format=YUAN)
        write_formula(ws, r, 4, "=" + _sumifs(labels, last, (column, label), (SOURCE, buy)),
                      amounts.cost, number_format=YUAN)
    total = first + len(groups)
    write_cell(ws, total, 1, labels.total, bold=True)
    sums = (sum(a.count for *_, a in groups), sum(a.value for *_, a in groups),
            sum(a.cost for *_, a in groups))
    for c, fmt, value in ((2, None, sums[0]), (3, YUAN, sums[1]), (4, YUAN, sums[2])):
        letter = "ABCD"[c - 1]
        write_formula(ws, total, c, f"=SUM({letter}{first}:{letter}{max(first, total - 1)})",
                      value, number_format=fmt, bold=True)
    for c in range(1, 5):
        ws.cell(total, c).set(**TOP_RULE)
    return total + 2


def write_budget_sheet(wb: Book, items: Sequence[SupplyItemRow], budget: BudgetSettings,
                       labels: SupplyWorkbookLabels, gala_name: str, last: int,
                       filtered: bool, totals: SupplyTotals) -> None:
    """Totals by category and department (SUMIFS on the items sheet), the budget, and
    charts of both."""
    ws = add_sheet(wb, labels.budget_sheet)
    write_title(ws, gala_name)
    write_cell(ws, 2, 1, labels.filtered_note if filtered else labels.budget_sheet)
    empty = Amounts()
    categories = [(label, CATEGORY, totals.by_category.get(cid, empty))
                  for cid, label in labels.categories.items()]
    category_rows = (6, 5 + len(categories))
    row = _group_block(ws, 4, labels.by_category, categories, labels, last)
    departments = {i.department_id: i.department_name for i in items}
    named = sorted((name, did) for did, name in departments.items() if did is not None)
    groups = [(name, DEPARTMENT, totals.by_department[did]) for name, did in named]
    if None in departments:
        groups.append(("", DEPARTMENT, totals.by_department[None]))
    row = _group_block(ws, row, labels.by_department, groups, labels, last)
    position = budget_position(totals, budget)
    buy = labels.sources[SupplySource.BUY]
    status = {s: labels.statuses[s] for s in SupplyStatus}
    lines = labels.budget_lines
    spent = "+".join(_sumifs(labels, last, (SOURCE, buy), (STATUS, status[s]))
                     for s in (SupplyStatus.IN_HAND, SupplyStatus.AT_VENUE, SupplyStatus.DONE))
    cells = {}
    formulas = [
        ("value", f"=SUM({items_range(labels, SUBTOTAL, last)})", totals.all.value),
        ("cost", "=" + _sumifs(labels, last, (SOURCE, buy)), position.cost),
        ("spent", "=" + spent, position.spent),
        ("committed", "=" + _sumifs(labels, last, (SOURCE, buy),
                                    (STATUS, status[SupplyStatus.ORDERED])), position.committed),
        ("planned", "=" + _sumifs(labels, last, (SOURCE, buy),
                                  (STATUS, status[SupplyStatus.PLANNED])), position.planned),
    ]
    for name, formula, value in formulas:
        write_cell(ws, row, 1, lines[name])
        cells[name] = write_formula(ws, row, 2, formula, value, number_format=YUAN).coordinate
        row += 1
    row += 1
    for name, value in (("limit", budget.budget_limit), ("sponsorship", budget.sponsorship)):
        write_cell(ws, row, 1, lines[name])
        cells[name] = write_cell(ws, row, 2, labels.not_set if value is None else value,
                                 number_format=YUAN).coordinate
        row += 1
    for name, formula, value in (
            ("available", f"={cells['limit']}+{cells['sponsorship']}", budget.available),
            ("remaining", "={available}-" + cells["cost"], position.remaining)):
        write_cell(ws, row, 1, lines[name], bold=True)
        if budget.budget_limit is None:
            cells[name] = write_cell(ws, row, 2, labels.not_set).coordinate
        else:
            cells[name] = write_formula(ws, row, 2, formula.format(available=cells.get(
                "available")), value, number_format=YUAN, bold=True).coordinate
        row += 1
    if budget.budget_limit is not None:
        write_cell(ws, row, 1, lines["state"], bold=True)
        over, within = (t.replace('"', '""') for t in (labels.over_budget, labels.within_budget))
        write_formula(ws, row, 2, f'=IF({cells["remaining"]}<0,"{over}","{within}")',
                      labels.over_budget if position.over_budget else labels.within_budget,
                      bold=True)
        ws.conditionals.append(((row - 1, 2, row - 1, 2),
                                {"type": "cell", "criteria": "<", "value": 0}, OVER))
        ws.conditionals.append(((row, 2, row, 2), {"type": "cell", "criteria": "==",
                                                   "value": f'"{over}"'}, OVER))
        row += 1
    fit_columns(ws, from_row=3, min_width=12, max_width=40)
    add_budget_charts(ws, row + 1, labels, category_rows, cells, position)
    ws.freeze = (4, 1)
    setup_print(ws, header_text=gala_name, page_label=labels.page_label)


def write_shopping_sheet(wb: Book, items: Sequence[SupplyItemRow],
                         labels: SupplyWorkbookLabels, gala_name: str,
                         warnings: list[CellWarning]) -> None:
    """What must still be bought, grouped by supplier, with a tick column."""
    ws = add_sheet(wb, labels.shopping_sheet)
    headers = list(labels.shopping_headers)
    write_title(ws, gala_name)
    write_cell(ws, 2, 1, labels.shopping_sheet)
    write_header(ws, 3, headers)
    to_buy = [i for i in items if i.source == SupplySource.BUY
              and i.status == SupplyStatus.PLANNED]
    suppliers = sorted({i.supplier for i in to_buy}, key=lambda s: (s == "", s))
    row, group_totals = 4, []
    for supplier in suppliers:
        write_cell(ws, row, 1, supplier or labels.no_supplier, bold=True, **GROUP_FILL)
        ws.merge(row, 1, row, len(headers))
        row += 1
        first = row
        group = [i for i in to_buy if i.supplier == supplier]
        for item in group:
            for column, value, fmt in ((2, item.name, None), (3, excel_number(item.quantity), None),
                                       (4, item.unit, None), (5, item.unit_price, YUAN),
                                       (7, item.needed_by, DATE), (8, item.person_name, None),
                                       (9, item.notes, None)):
                if value not in ("", None):
                    cell = write_cell(ws, row, column, value, number_format=fmt,
                                      warnings=warnings)
                    if column == 7:
                        cell.set(**CENTRE)
            write_formula(ws, row, 6, f"=ROUND(C{row}*E{row},2)", item.subtotal,
                          number_format=YUAN)
            ws.cell(row, 1).set(**BOX)
            row += 1
        write_cell(ws, row, 5, labels.subtotal, bold=True)
        write_formula(ws, row, 6, f"=SUM(F{first}:F{row - 1})", sum(i.subtotal for i in group),
                      number_format=YUAN, bold=True)
        group_totals.append(f"F{row}")
        row += 2
    if to_buy:
        add_choice_validation(ws, f"A4:A{row}", [TICK])
    write_cell(ws, row, 5, labels.total, bold=True)
    write_formula(ws, row, 6, "=" + ("+".join(group_totals) or "0"),
                  sum(i.subtotal for i in to_buy), number_format=YUAN, bold=True)
    fit_columns(ws, from_row=3, max_width=36)
    ws.widths[1] = 6
    setup_print(ws, header_row=3, header_text=gala_name, page_label=labels.page_label)


def write_returns_sheet(wb: Book, items: Sequence[SupplyItemRow],
                        labels: SupplyWorkbookLabels, gala_name: str,
                        warnings: list[CellWarning]) -> None:
    """Everything that goes back: who lent it, to whom it returns, who returns it."""
    ws = add_sheet(wb, labels.returns_sheet)
    headers = list(labels.returns_headers)
    write_title(ws, gala_name)
    write_cell(ws, 2, 1, labels.returns_sheet)
    loans = sorted((i for i in items if must_go_back(i)), key=lambda i: (i.supplier, i.id))
    write_header(ws, 3, headers, autofilter_to_row=3 + len(loans))
    for row, item in enumerate(loans, start=4):
        values = (None, item.name, excel_number(item.quantity), item.unit, item.supplier,
                  item.return_to, item.person_name, item.department_name, item.needed_by,
                  labels.statuses[item.status])
        for column, value in enumerate(values, start=1):
            if value not in ("", None):
                cell = write_cell(ws, row, column, value, warnings=warnings,
                                  number_format=DATE if column == 9 else None)
                if column in (1, 9, 10):
                    cell.set(**CENTRE)
        if item.status == SupplyStatus.DONE:
            write_cell(ws, row, 1, TICK, **CENTRE)
    if loans:
        add_choice_validation(ws, f"A4:A{3 + len(loans)}", [TICK])
    fit_columns(ws, from_row=3, max_width=36)
    ws.widths[1] = 6
    setup_print(ws, landscape=True, header_row=3, header_text=gala_name,
                page_label=labels.page_label)
