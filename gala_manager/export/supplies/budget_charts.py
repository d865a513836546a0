"""The budget sheet's native charts: cost by category, and the money against the funds."""

from __future__ import annotations

from gala_manager.core.supplies.totals import BudgetPosition
from gala_manager.export.kit.xlsx import (
    YUAN,
    Chart,
    Series,
    Sheet,
    write_cell,
    write_formula,
    write_header,
)
from gala_manager.export.supplies.workbook import SupplyWorkbookLabels

# Spent, committed, still to buy, available: the budget panel and the PDF use the same.
COLOURS = {"spent": "#2F9E44", "committed": "#F59F00", "planned": "#4C6EF5",
           "available": "#868E96"}
CHART_ROWS = 16  # a 288-pixel chart covers about this many 20-pixel rows


def add_budget_charts(ws: Sheet, row: int, labels: SupplyWorkbookLabels,
                      category_rows: tuple[int, int], cells: dict[str, str],
                      position: BudgetPosition) -> None:
    """A small table of the budget lines the charts read (formulas on the lines above,
    with their values), then a bar chart of cost by category and a stacked bar of
    spent, committed and to buy against the available funds."""
    lines = labels.budget_lines
    parts = ("spent", "committed", "planned", "available")
    write_header(ws, row, [labels.chart_data, *(lines[p] for p in parts)], freeze=False)
    cost_row, funds_row = row + 1, row + 2
    write_cell(ws, cost_row, 1, lines["cost"])
    write_cell(ws, funds_row, 1, lines["available"])
    values = {"spent": position.spent, "committed": position.committed,
              "planned": position.planned, "available": position.budget.available}
    for column, part in enumerate(parts, start=2):
        target = funds_row if part == "available" else cost_row
        if part == "available" and values[part] is None:
            continue  # no limit set: nothing to stand against
        write_formula(ws, target, column, f"={cells[part]}", values[part], number_format=YUAN)
    first, last = category_rows
    by_category = Chart("bar", labels.chart_by_category, (Series(
        lines["cost"], ws.title, (first, 1, last, 1), (first, 4, last, 4),
        (COLOURS["planned"],)),), number_format='"¥"#,##0')
    ws.page_breaks.append(row + 4)  # the charts print together, on a page of their own
    ws.add_chart(row + 4, 1, by_category)
    money = Chart("bar", labels.chart_budget, tuple(
        Series(lines[part], ws.title, (cost_row, 1, funds_row, 1),
               (cost_row, column, funds_row, column), (COLOURS[part],))
        for column, part in enumerate(parts, start=2)), stacked=True,
        size=(480, 200), number_format='"¥"#,##0')
    ws.add_chart(row + 5 + CHART_ROWS, 1, money)
