"""The supplies workbook read back: live formulas with the right values, safe text, layout."""

import re
import zipfile
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import text

from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.supplies.items import SupplyItemData, add_item, list_items
from gala_manager.core.supplies.settings import (
    add_category,
    category_by_key,
    get_budget,
    list_categories,
    set_budget_limit,
)
from gala_manager.core.supplies.totals import budget_position, summarize
from gala_manager.export.supplies.workbook import SupplyWorkbookLabels, write_supplies_workbook
from tests.core.supplies.fixtures import demo_gala, empty_gala
from tests.export.supplies.xlsx_formulas import Evaluator
from tests.export.xlsx_helpers import (
    formula_values,
    libreoffice,
    libreoffice_csv,
    printed_points,
)


@pytest.fixture
def demo_doc(tmp_path):
    yield from demo_gala(tmp_path)


@pytest.fixture
def empty_doc(tmp_path):
    yield from empty_gala(tmp_path)


STATUS_WORDS = {s: s.value.replace("_", " ") for s in SupplyStatus}


def labels_for(doc) -> SupplyWorkbookLabels:
    """English labels, as the UI would pass them (user categories by their names)."""
    return SupplyWorkbookLabels(
        items_sheet="Items", budget_sheet="Budget", shopping_sheet="Shopping list",
        returns_sheet="Returns",
        item_headers=["Item", "Category", "Quantity", "Unit", "Unit price", "Subtotal",
                      "Source", "Supplier", "Department", "Responsible", "Needed by", "Status",
                      "Must return", "Return to", "Notes", "For act"],
        categories={c.id: c.name or c.key for c in doc.read(list_categories)},
        sources={s: s.value for s in SupplySource}, statuses=STATUS_WORDS, yes="yes", no="no",
        total="Total", subtotal="Subtotal", items_caption="{count} items",
        filtered_caption="{count} of {all} items", count_format='0" items"',
        by_category="By category", by_department="By department",
        no_department="(no department)", group_headers=["Group", "Items", "Value", "Cost"],
        budget_lines={k: k for k in ("value", "cost", "spent", "committed", "planned", "limit",
                                     "sponsorship", "available", "remaining", "state")},
        not_set="not set", over_budget="OVER", within_budget="within", filtered_note="filtered",
        shopping_headers=["tick", "Item", "Qty", "Unit", "Price", "Subtotal", "Needed by",
                          "Who", "Notes"],
        no_supplier="(no supplier)",
        returns_headers=["tick", "Item", "Qty", "Unit", "Lent by", "Return to", "Who",
                         "Department", "Needed by", "Status"])


def export(doc, path, items=None):
    everything = doc.read(list_items)
    result = write_supplies_workbook(path, everything if items is None else items,
                                     doc.read(get_budget), labels_for(doc), gala_name="晚会",
                                     all_count=len(everything))
    return result, openpyxl.load_workbook(path)


def find_row(ws, column: str, text: str) -> int:
    for cell in ws[column]:
        if cell.value == text:
            return cell.row
    raise AssertionError(f"{text!r} not in column {column}")


def test_items_sheet_formulas_and_their_values(demo_doc, tmp_path):
    result, wb = export(demo_doc, tmp_path / "s.xlsx")
    assert wb.sheetnames == ["Items", "Budget", "Shopping list", "Returns"]
    ws, calc = wb["Items"], Evaluator(wb)
    items = demo_doc.read(list_items)
    for row, item in enumerate(items, start=4):
        assert ws[f"A{row}"].value == item.name
        assert ws[f"F{row}"].value == f"=ROUND(C{row}*E{row},2)"
        assert calc.value("Items", f"F{row}") == item.subtotal
        assert ws[f"E{row}"].number_format == "¥#,##0.00"
    total_row = result.last_item_row + 1
    assert ws[f"F{total_row}"].value == f"=SUBTOTAL(9,F4:F{result.last_item_row})"
    assert calc.value("Items", f"F{total_row}") == Decimal("3147.50")
    assert calc.value("Items", f"B{total_row}") == len(items)
    assert ws["K4"].is_date and ws["K4"].number_format == "yyyy-mm-dd"


def test_budget_sheet_sumifs_match_the_core_totals(demo_doc, tmp_path):
    _result, wb = export(demo_doc, tmp_path / "s.xlsx")
    ws, calc = wb["Budget"], Evaluator(wb)
    items = demo_doc.read(list_items)
    totals = summarize(items)
    labels = labels_for(demo_doc)
    for category_id, label in labels.categories.items():
        row = find_row(ws, "A", label)
        assert "SUMIFS(" in ws[f"C{row}"].value
        expected = totals.by_category.get(category_id)
        assert calc.value("Budget", f"B{row}") == (expected.count if expected else 0)
        assert calc.value("Budget", f"C{row}") == (expected.value if expected else 0)
        assert calc.value("Budget", f"D{row}") == (expected.cost if expected else 0)
    dept = {i.department_name: i.department_id for i in items}
    for name, dept_id in dept.items():
        row = find_row(ws, "A", name or "(no department)")
        assert calc.value("Budget", f"C{row}") == totals.by_department[dept_id].value
    position = budget_position(totals, demo_doc.read(get_budget))
    for line, expected in (("cost", position.cost), ("spent", position.spent),
                           ("committed", position.committed), ("planned", position.planned),
                           ("available", Decimal("2800.00")), ("remaining", position.remaining)):
        assert calc.value("Budget", f"B{find_row(ws, 'A', line)}") == expected, line
    assert calc.value("Budget", f"B{find_row(ws, 'A', 'state')}") == "within"


def test_over_budget_and_unset_limit(demo_doc, tmp_path):
    # ¥200 of the school's and the sponsors' ¥800: ¥1,000 for ¥2,303.50 of purchases.
    demo_doc.run(set_budget_limit, budget_limit=Decimal("200"))
    _result, wb = export(demo_doc, tmp_path / "s.xlsx")
    calc, ws = Evaluator(wb), wb["Budget"]
    assert calc.value("Budget", f"B{find_row(ws, 'A', 'remaining')}") == Decimal("-1303.50")
    assert calc.value("Budget", f"B{find_row(ws, 'A', 'state')}") == "OVER"
    assert ws.conditional_formatting  # the red fill for a negative remainder
    demo_doc.run(set_budget_limit, budget_limit=None)
    _result, wb = export(demo_doc, tmp_path / "t.xlsx")
    assert wb["Budget"][f"B{find_row(wb['Budget'], 'A', 'remaining')}"].value == "not set"


def test_formula_like_text_is_stored_as_text(empty_doc, tmp_path):
    cid = empty_doc.read(category_by_key, key="other")
    empty_doc.run(add_item, data=SupplyItemData(name="=1+2", category_id=cid,
                                                notes='@SUM(A1) and "\x07bell"'))
    path = tmp_path / "s.xlsx"
    everything = empty_doc.read(list_items)
    result = write_supplies_workbook(path, everything, empty_doc.read(get_budget),
                                     labels_for(empty_doc),
                                     gala_name='=HYPERLINK("http://x","y")')
    with zipfile.ZipFile(path) as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist()
                      if n.startswith("xl/") and n.endswith(".xml"))
    formulas = re.findall(r"<f>(.*?)</f>", xml)
    assert formulas and not [f for f in formulas if "HYPERLINK" in f or f == "1+2"]
    assert "HYPERLINK" in xml  # kept, as text
    ws = openpyxl.load_workbook(path)["Items"]
    assert ws["A1"].value == '=HYPERLINK("http://x","y")' and ws["A1"].data_type == "s"
    assert ws["A4"].value == "=1+2" and ws["A4"].data_type == "s"
    assert ws["O4"].value == '@SUM(A1) and "bell"'
    assert ("Items", "O4", "illegal_removed") in [(w.sheet, w.cell, w.code)
                                                  for w in result.warnings]


def test_long_text_is_cut_with_a_warning(empty_doc, tmp_path):
    cid = empty_doc.read(category_by_key, key="other")
    empty_doc.run(add_item, data=SupplyItemData(name="横幅", category_id=cid))
    # A note from before the app capped texts at 5,000 characters.
    empty_doc.run(lambda session: session.execute(text("UPDATE supply_item SET notes = :n"),
                                                  {"n": "长" * 40000}))
    result, wb = export(empty_doc, tmp_path / "s.xlsx")
    assert len(wb["Items"]["O4"].value) == 32767
    assert ("Items", "O4", "truncated", "40000") in [(w.sheet, w.cell, w.code, w.detail)
                                                     for w in result.warnings]


def test_layout_filters_freeze_print_and_properties(demo_doc, tmp_path):
    result, wb = export(demo_doc, tmp_path / "s.xlsx")
    ws = wb["Items"]
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == f"A3:P{result.last_item_row}"
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    # 16 columns do not fit one page at 8 pt: the money, then who/when/returns,
    # the item's name on both, printed side by side.
    assert ws.print_title_rows == "$3:$3" and ws.print_title_cols == "$A:$A"
    assert [b.id for b in ws.col_breaks.brk] == [8] and ws.page_setup.pageOrder == "overThenDown"
    assert "晚会" in ws.oddHeader.center.text and "&P" in ws.oddFooter.center.text
    assert ws.column_dimensions["A"].width >= 8
    assert wb["Returns"].auto_filter.ref and wb["Shopping list"].freeze_panes == "A4"
    assert wb.properties.creator == "Gala Manager" and "晚会" in wb.properties.title


def test_every_sheet_prints_at_8_points_or_more(demo_doc, tmp_path):
    _result, wb = export(demo_doc, tmp_path / "s.xlsx")
    sizes = {ws.title: printed_points(ws) for ws in wb}
    assert min(sizes.values()) >= 8, sizes
    assert sizes["Items"] >= 9  # not shrunk to a page's width (about 7 pt)


def test_every_formula_carries_the_value_the_app_shows(demo_doc, tmp_path):
    """Read as a phone's preview or a script reads it (no recalculation): every formula
    cell shows the figure, the same the formula gives and the app's own totals."""
    _result, wb = export(demo_doc, tmp_path / "s.xlsx")
    stored = formula_values(tmp_path / "s.xlsx")
    assert len(stored) > 90
    calc = Evaluator(wb)
    for (sheet, cell), (formula, value) in stored.items():
        assert value is not None, (sheet, cell, formula)
        computed = calc.value(sheet, cell)
        expected = computed if isinstance(computed, str) else float(computed)
        assert value == expected, (sheet, cell, formula)
    values = openpyxl.load_workbook(tmp_path / "s.xlsx", data_only=True)["Budget"]
    budget = {values[f"A{r}"].value: values[f"B{r}"].value for r in range(1, values.max_row)
              if values[f"A{r}"].value and values[f"A{r}"].value not in budget_seen(values, r)}
    assert {k: budget[k] for k in ("value", "cost", "spent", "committed", "planned",
                                   "available", "remaining")} == {
        "value": 3147.5, "cost": 2303.5, "spent": 660, "committed": 750, "planned": 893.5,
        "available": 2800, "remaining": 496.5}


def budget_seen(ws, row: int) -> set:
    """Labels of the rows above `row` (the chart table repeats two of them)."""
    return {ws[f"A{r}"].value for r in range(1, row)}


def test_budget_sheet_has_native_charts_of_its_figures(demo_doc, tmp_path):
    export(demo_doc, tmp_path / "s.xlsx")
    with zipfile.ZipFile(tmp_path / "s.xlsx") as archive:
        charts = [archive.read(n).decode() for n in sorted(archive.namelist())
                  if n.startswith("xl/charts/chart")]
    assert len(charts) == 2
    by_category, money = charts
    cached = [{float(v) for v in re.findall(r"<c:v>([-\d.]+)</c:v>", c)} for c in charts]
    assert "<c:barChart>" in by_category and {698, 1149, 259.5} <= cached[0]  # cost
    assert '<c:grouping val="stacked"/>' in money
    assert {660, 750, 893.5, 2800} <= cached[1]


def test_shopping_list_and_returns(demo_doc, tmp_path):
    _result, wb = export(demo_doc, tmp_path / "s.xlsx")
    items = demo_doc.read(list_items)
    to_buy = [i for i in items if i.source == "buy" and i.status == "planned"]
    ws, calc = wb["Shopping list"], Evaluator(wb)
    listed = [c.value for c in ws["B"][3:] if c.value]
    assert sorted(listed) == sorted(i.name for i in to_buy)
    grand = max(c.row for c in ws["E"] if c.value == "Total")
    assert calc.value("Shopping list", f"F{grand}") == sum(i.subtotal for i in to_buy)
    group = find_row(ws, "A", "图文快印店")
    assert [ws[f"B{group + n}"].value for n in (1, 2, 3)] == ["主持人稿件", "节目清单",
                                                               "荣誉证书"]
    assert ws.data_validations.dataValidation  # the tick column offers √
    returns = wb["Returns"]
    names = {c.value for c in returns["B"][3:] if c.value}
    assert names == {i.name for i in items if i.source == "borrow" or i.must_return}


def test_filtered_export_and_wildcard_category(demo_doc, tmp_path):
    star = demo_doc.run(add_category, name="灯*光?")
    demo_doc.run(add_item, data=SupplyItemData(name="追光灯", category_id=star,
                                               quantity=Decimal(2), unit_price=Decimal("150")))
    chosen = [i for i in demo_doc.read(list_items) if i.category_id in (
        star, demo_doc.read(category_by_key, key="consumables"))]
    _result, wb = export(demo_doc, tmp_path / "s.xlsx", chosen)
    assert wb["Items"]["A2"].value == "Items · 7 of 27 items"
    assert wb["Budget"]["A2"].value == "filtered"
    calc, ws = Evaluator(wb), wb["Budget"]
    assert calc.value("Budget", f"C{find_row(ws, 'A', '灯*光?')}") == Decimal("300.00")
    assert calc.value("Budget", f"C{find_row(ws, 'A', 'consumables')}") == Decimal("768.00")


@pytest.mark.skipif(not libreoffice(), reason="LibreOffice is not installed")
def test_libreoffice_computes_the_same_totals(demo_doc, tmp_path):
    """LibreOffice recalculates every formula; its CSV of each sheet must agree with the core."""
    result, _wb = export(demo_doc, tmp_path / "s.xlsx")
    sheets = libreoffice_csv(tmp_path / "s.xlsx", tmp_path)
    items = sheets["Items"]
    assert Decimal(items[result.last_item_row][5]) == Decimal("3147.5")
    budget = {}
    for row in sheets["Budget"]:
        if row and row[0]:
            budget.setdefault(row[0], row[1])  # the chart table below repeats two labels
    totals = summarize(demo_doc.read(list_items))
    position = budget_position(totals, demo_doc.read(get_budget))
    for line, expected in (("cost", position.cost), ("spent", position.spent),
                           ("committed", position.committed), ("planned", position.planned),
                           ("remaining", position.remaining)):
        assert Decimal(budget[line]) == expected, line
    assert budget["state"] == "within"
    assert Decimal(budget["(no department)"]) == totals.by_department[None].count
    for category_id, label in labels_for(demo_doc).categories.items():
        expected = totals.by_category.get(category_id)
        assert Decimal(budget[label]) == (expected.count if expected else 0), label
