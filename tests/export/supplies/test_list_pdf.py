"""The printable supply list: grouped items, totals, budget, escaped user text."""

from decimal import Decimal

import pytest

from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.supplies.items import SupplyItemData, add_item, list_items
from gala_manager.core.supplies.settings import BudgetSettings, category_by_key, list_categories
from gala_manager.export.kit.pdf import PageHeader, PageLabels
from gala_manager.export.supplies.list_pdf import SupplyPdfLabels, build_supply_list
from tests.core.supplies.fixtures import demo_gala
from tests.export.pdf_helpers import page_texts


@pytest.fixture
def demo_doc(tmp_path):
    yield from demo_gala(tmp_path)


def labels(doc) -> SupplyPdfLabels:
    return SupplyPdfLabels(
        title="物品清单", subtitle="共 27 项",
        headers=["物品", "数量", "单价", "小计", "来源", "供应商", "负责人", "需要日期", "状态",
                 "√"],
        categories={c.id: c.name or c.key for c in doc.read(list_categories)},
        sources={s: s.value for s in SupplySource}, statuses={s: s.value for s in SupplyStatus},
        subtotal="{category}小计", total="合计", budget="预算",
        budget_lines={k: k for k in ("value", "cost", "state", "limit", "sponsorship",
                                     "available", "spent", "committed",
                                     "planned", "remaining")},
        not_set="未设置", over_budget="超出预算 {amount}!", empty="没有物品。")


def test_supply_list_pdf(demo_doc, cjk_font):
    cid = demo_doc.read(category_by_key, key="other")
    demo_doc.run(add_item, data=SupplyItemData(name="<b>胶带</b> & 剪刀", category_id=cid,
                                               quantity=Decimal(3), unit_price=Decimal("4.5")))
    items = demo_doc.read(list_items)
    doc = build_supply_list(items, BudgetSettings(Decimal("2000"), Decimal("0")),
                            PageHeader("迎五一晚会", "2027-04-30", "西广场"),
                            PageLabels("第 {page} 页 / 共 {pages} 页", "打印于 {time}"),
                            labels(demo_doc))
    pages = page_texts(doc.to_bytes())
    text = "\n".join(pages)
    for name in ("矿泉水", "话筒", "急救箱", "consumables小计", "合计", "¥3,161.00"):
        assert name in text, name
    assert "<b>胶带</b> & 剪刀" in text  # shown as typed, not as markup
    assert "超出预算 ¥317.00" in text  # 2303.50 + 13.50 bought against 2000
    assert "第 1 页 / 共" in text
    # The workbook's budget lines: what the bought items cost, not only what all are worth.
    cells = text.splitlines()
    budget = dict(zip(cells[cells.index("value"):], cells[cells.index("value") + 1:],
                      strict=False))
    assert (budget["value"], budget["cost"], budget["available"]) == (
        "¥3,161.00", "¥2,317.00", "¥2,000.00")
    assert text.count("超出预算 ¥317.00") == 1
    # The drawn chart: its title, the cost split, and each category's cost.
    assert "Spending against the available funds" in text and "Cost by category" in text
    assert "spent ¥660.00" in text and "¥698.00" in text  # consumables bought
    # Beside the budget lines, not on a page of its own.
    last = pages[-1]
    assert "Spending against the available funds" in last and "sponsorship" in last
