"""Time the supplies workbook against writing the same cells with plain openpyxl (not a test).

    python benchmarks/bench_supplies.py [N]     # N items, 3000 by default
    python benchmarks/bench_supplies.py --table [RUNS]   # the demo and the big gala

"The same cells": every value, formula and number format of the four sheets,
written by bare openpyxl (no styles, charts or print setup) and saved.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory

from openpyxl import Workbook

from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.supplies.items import SupplyItemRow
from gala_manager.core.supplies.settings import BudgetSettings
from gala_manager.export.supplies.workbook import (
    SupplyWorkbookLabels,
    build_supplies_workbook,
    write_supplies_workbook,
)

SOURCES, STATUSES = list(SupplySource), list(SupplyStatus)
CATEGORIES = {1: "消耗品", 2: "宣传与印刷", 3: "舞台设备", 4: "道具", 5: "奖品与礼品",
              6: "急救与安全", 7: "其他"}


def items(count: int) -> list[SupplyItemRow]:
    """`count` varied items, as the core would list them."""
    return [SupplyItemRow(
        id=i, name=f"物品{i}号", category_id=1 + i % 7, quantity=Decimal(1 + i % 50),
        unit="个", unit_price=Decimal(i % 997) / 10, source=SOURCES[i % 4],
        supplier=f"供应商{i % 40}", department_name=f"部门{i % 6}", person_name=f"负责人{i % 30}",
        needed_by=dt.date(2027, 4, 1 + i % 29), status=STATUSES[i % 5],
        must_return=i % 4 == 1, return_to="器材室" if i % 4 == 1 else "",
        notes="备注" * (i % 5), act_title="") for i in range(1, count + 1)]


def labels() -> SupplyWorkbookLabels:
    return SupplyWorkbookLabels(
        items_sheet="物品清单", budget_sheet="预算汇总", shopping_sheet="采购单",
        returns_sheet="归还清单",
        item_headers=["物品", "类别", "数量", "单位", "单价", "小计", "来源", "供应商", "部门",
                      "负责人", "需要日期", "状态", "需归还", "归还给", "备注", "所属节目"],
        categories=CATEGORIES, sources={s: s.value for s in SupplySource},
        statuses={s: s.value for s in SupplyStatus}, yes="是", no="否", total="合计",
        subtotal="小计", items_caption="共 {count} 项", filtered_caption="{count}/{all}",
        count_format='0" 项"', by_category="按类别", by_department="按部门",
        no_department="(无部门)", group_headers=["分组", "件数", "价值", "花费"],
        budget_lines={k: k for k in ("value", "cost", "spent", "committed", "planned", "limit",
                                     "sponsorship", "available", "remaining", "state")},
        not_set="未设置", over_budget="超出预算", within_budget="预算内", filtered_note="筛选",
        shopping_headers=["√", "物品", "数量", "单位", "单价", "小计", "需要日期", "负责人",
                          "备注"],
        no_supplier="(未定)", returns_headers=["已还", "物品", "数量", "单位", "出借方",
                                               "归还给", "归还人", "部门", "需要日期", "状态"])


def plain(path: Path, book) -> None:
    """Every cell of our workbook (values, formulas, number formats) with bare openpyxl."""
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in book.sheets:
        ws = wb.create_sheet(sheet.title)
        for (row, column), cell in sheet.cells.items():
            target = ws.cell(row=row, column=column, value=cell.formula or cell.value)
            if "num_format" in cell.style:
                target.number_format = cell.style["num_format"]
    wb.save(path)


def plain_xlsxwriter(path: Path, book) -> None:
    """Every cell of our workbook (values, formulas, number formats) with bare XlsxWriter,
    the library our workbooks are written with."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    formats: dict[str, object] = {}
    for sheet in book.sheets:
        ws = wb.add_worksheet(sheet.title)
        for (row, column), cell in sheet.cells.items():
            code = cell.style.get("num_format")
            fmt = formats.setdefault(code, wb.add_format({"num_format": code})) if code else None
            value = cell.value
            if cell.formula:
                ws.write_formula(row - 1, column - 1, cell.formula, fmt)
            elif isinstance(value, dt.datetime | dt.date | dt.time | dt.timedelta):
                ws.write_datetime(row - 1, column - 1, value, fmt)
            elif isinstance(value, Decimal):
                ws.write_number(row - 1, column - 1, float(value), fmt)
            else:
                ws.write(row - 1, column - 1, value, fmt)
    wb.close()


def gala_rows(path: Path) -> tuple[list[SupplyItemRow], BudgetSettings]:
    """The items and budget of a gala file, as the export reads them."""
    from gala_manager.core.storage.document import GalaDocument
    from gala_manager.core.supplies.items import list_items
    from gala_manager.core.supplies.settings import get_budget

    with GalaDocument.open(path, read_only=True) as doc:
        return doc.read(list_items), doc.read(get_budget)


def table_rows(runs: int) -> None:
    """The figures-table rows: the demo's and the big gala's workbooks against bare writers."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from big_gala import median_seconds, paired_seconds, report, write_big_gala

    from gala_manager.core.demo import write_demo

    with TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = folder / "demo.gala"
        write_demo(demo)
        for name, path in (("demo", demo), ("big gala", write_big_gala(folder / "big.gala"))):
            rows, budget = gala_rows(path)
            book, _result = build_supplies_workbook(rows, budget, labels(),
                                                    gala_name="迎五一晚会")
            ours, plain_writer = paired_seconds(
                lambda rows=rows, budget=budget: write_supplies_workbook(
                    folder / "ours.xlsx", rows, budget, labels(), gala_name="迎五一晚会"),
                lambda book=book: plain_xlsxwriter(folder / "x.xlsx", book), runs)
            report(f"supplies workbook, {name} ({len(rows):,} items)", ours, plain_writer,
                   "plain XlsxWriter, same cells", "≤ 1.3×")
            report(f"supplies workbook, {name} ({len(rows):,} items)", ours,
                   median_seconds(lambda book=book: plain(folder / "o.xlsx", book), runs),
                   "plain openpyxl, same cells", "")


def best(fn, runs: int = 3) -> float:
    """The fastest of `runs` runs: the machine's other work only ever adds time."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--table":
        # make bench: the rows of the README's figures table, on the demo and big gala.
        runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
        print(f"Supplies workbook, medians of {runs} runs (wall time)")
        print("| measure | figure | baseline | ratio | goal |")
        print("| --- | --- | --- | --- | --- |")
        table_rows(runs)
        return
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    rows = items(count)
    budget = BudgetSettings(Decimal("100000"), Decimal("5000"))
    with TemporaryDirectory() as folder:
        book, _result = build_supplies_workbook(rows, budget, labels(), gala_name="迎五一晚会")
        ours = best(lambda: write_supplies_workbook(
            Path(folder) / "ours.xlsx", rows, budget, labels(), gala_name="迎五一晚会"))
        base = best(lambda: plain(Path(folder) / "plain.xlsx", book))
    print(f"{'supplies workbook, ' + str(count) + ' items':<40} {ours:7.2f} s")
    print(f"{'plain openpyxl, the same cells':<40} {base:7.2f} s")
    print(f"ratio (ours / plain openpyxl): {ours / base:.2f}x (goal: 1.00 or less; ours "
          "also styles, sizes and sets up every sheet for print, and draws two charts)")


if __name__ == "__main__":
    main()
