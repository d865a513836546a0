"""Time the supplies workbook against writing the same cells with plain openpyxl (not a test).

    python benchmarks/bench_supplies.py [N]     # N items, 5000 by default
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
from gala_manager.export.supplies.workbook import SupplyWorkbookLabels, write_supplies_workbook

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


def plain(path: Path, rows: list[SupplyItemRow]) -> None:
    """The same item cells (and a subtotal formula per row) with bare openpyxl."""
    wb = Workbook()
    ws = wb.active
    ws.append(list(labels().item_headers))
    for n, r in enumerate(rows, start=2):
        ws.append([r.name, CATEGORIES[r.category_id], r.quantity, r.unit, r.unit_price,
                   f"=ROUND(C{n}*E{n},2)", r.source.value, r.supplier, r.department_name,
                   r.person_name, r.needed_by, r.status.value, "是" if r.must_return else "否",
                   r.return_to, r.notes, r.act_title])
    wb.save(path)


def timed(label: str, fn) -> float:
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    print(f"{label:<40} {seconds:7.2f} s")
    return seconds


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    rows = items(count)
    budget = BudgetSettings(Decimal("100000"), Decimal("5000"))
    with TemporaryDirectory() as folder:
        ours = timed(f"supplies workbook, {count} items", lambda: write_supplies_workbook(
            Path(folder) / "ours.xlsx", rows, budget, labels(), gala_name="迎五一晚会"))
        base = timed("plain openpyxl, same item cells", lambda: plain(
            Path(folder) / "plain.xlsx", rows))
    print(f"ratio (ours / plain openpyxl): {ours / base:.2f}x "
          "(ours also writes the budget, shopping-list and returns sheets)")


if __name__ == "__main__":
    main()
