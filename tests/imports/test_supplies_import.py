"""Importing supply items from messy and malformed workbooks: all or nothing, no duplicates."""

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from gala_manager.core.errors import ValidationError, WorkbookError
from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.supplies.item_import import (
    import_supplies,
    preview_supply_import,
    undo_supply_import,
)
from gala_manager.core.supplies.items import list_items
from gala_manager.core.supplies.settings import list_categories
from gala_manager.imports.supplies_sheet import CATEGORY_WORDS, read_supplies_sheet
from tests.core.supplies.fixtures import demo_gala, empty_gala


@pytest.fixture
def doc(tmp_path):
    yield from empty_gala(tmp_path)


@pytest.fixture
def demo(tmp_path):
    yield from demo_gala(tmp_path)


def write_sheet(path, rows, *, title_rows=2):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "宣传部物品"
    for n in range(title_rows):
        ws.append(["宣传部 物品申请表" if n == 0 else None])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


MESSY = [
    ["备注", "单价", "Item", "数量", "类别", "来源", "供应商", "需要日期", "负责人", "状态"],
    ["A2 彩色", "¥6", "海报", 30, "宣传", "购买", "图文快印店", dt.datetime(2027, 4, 10), "朱诗涵",
     "已到手"],
    [None, None, None, None, None, None, None, None, None, None],
    [None, "12.5元", "横幅", "4", "Publicity", "buy", "星光广告公司", "2027/4/15", "", ""],
    ["西广场用", "0", "音响", 2, "舞台设备", "借用", "校团委", "2027年4月29日", "", "计划中"],
    ["", "RMB 1,200", "LED 屏", 1, "大屏租赁", "", "某公司", "", "", "ordered"],
    ["@西门入口", " ￥0.5 ", "气球", "300", "", "", "", "下周", "", ""],
    ["合计", None, None, None, None, None, None, None, None, None],
]


def test_messy_sheet_is_read(tmp_path):
    sheet = read_supplies_sheet(write_sheet(tmp_path / "in.xlsx", MESSY))
    assert sheet.workbook.tables[0].header_row == 3
    names = [i.name for i in sheet.items]
    assert names == ["海报", "横幅", "音响", "LED 屏", "气球"]  # blank and total rows skipped
    poster, banner, speakers, screen, balloons = sheet.items
    assert (poster.unit_price, poster.quantity, poster.status) == (
        Decimal("6.00"), Decimal("30.000"), SupplyStatus.IN_HAND)
    assert poster.needed_by == dt.date(2027, 4, 10)
    assert (banner.unit_price, banner.needed_by) == (Decimal("12.50"), dt.date(2027, 4, 15))
    assert speakers.source == SupplySource.BORROW and speakers.must_return
    assert speakers.needed_by == dt.date(2027, 4, 29)
    assert screen.unit_price == Decimal("1200.00") and screen.status == SupplyStatus.ORDERED
    assert balloons.unit_price == Decimal("0.50") and balloons.notes == "@西门入口"
    assert [p.code for p in balloons.problems] == ["bad_date"]
    assert not any(i.has_error for i in sheet.items)


def test_import_all_new_categories_and_undo(doc, tmp_path):
    sheet = read_supplies_sheet(write_sheet(tmp_path / "in.xlsx", MESSY))
    preview = doc.read(preview_supply_import, items=sheet.items, builtin_words=CATEGORY_WORDS)
    assert len(preview.new) == 5 and preview.new_categories == ("大屏租赁",)
    assert preview.unknown_names == ("朱诗涵",)
    result = doc.run(import_supplies, items=sheet.items, builtin_words=CATEGORY_WORDS)
    rows = {r.name: r for r in doc.read(list_items)}
    assert rows["海报"].category_key == "publicity" and rows["横幅"].category_key == "publicity"
    assert rows["音响"].category_key == "stage" and rows["气球"].category_key == "other"
    assert rows["LED 屏"].category_name == "大屏租赁"
    assert sum(r.subtotal for r in rows.values()) == Decimal("1580.00")  # 180 + 50 + 0 + 1200 + 150
    again = doc.read(preview_supply_import, items=sheet.items, builtin_words=CATEGORY_WORDS)
    assert len(again.duplicates) == 5 and not again.new  # re-import adds nothing
    doc.run(undo_supply_import, result=result)
    assert doc.read(list_items) == []
    assert all(c.name != "大屏租赁" for c in doc.read(list_categories))


def test_one_bad_row_imports_nothing(doc, tmp_path):
    rows = [MESSY[0], MESSY[1], ["", "十二块", "哨子", 10, "", "", "", "", "", ""],
            ["", "5", "", 3, "", "", "", "", "", ""]]
    sheet = read_supplies_sheet(write_sheet(tmp_path / "in.xlsx", rows))
    preview = doc.read(preview_supply_import, items=sheet.items)
    assert [(e.row, [p.code for p in e.problems]) for e in preview.errors] == [
        (5, ["bad_price"]), (6, ["required"])]
    assert not preview.can_import
    with pytest.raises(ValidationError):
        doc.run(import_supplies, items=sheet.items)
    assert doc.read(list_items) == []


def test_exported_workbook_round_trips_without_duplicates(demo, tmp_path):
    from gala_manager.app.importing import preview_file
    from gala_manager.app.supplies.item_import import SUPPLIES
    from tests.export.supplies.test_workbook import export

    export(demo, tmp_path / "out.xlsx")
    sheet = read_supplies_sheet(tmp_path / "out.xlsx")
    first = sheet.workbook.tables[0].sheet
    assert len([i for i in sheet.items if i.sheet == first]) == 26  # SUBTOTAL is no item
    # The shopping list and the returns repeat items of the first sheet: left out.
    preview = preview_file(SUPPLIES, demo, tmp_path / "out.xlsx")
    assert preview.sheet_names == (first,) and len(preview.repeating) == 2
    assert preview.to_import == 0 and len(preview.rows) == 26


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty"),
    (b"\x00\x01\x02 not a sheet \xff\xfe" * 50, "not_spreadsheet"),
    (b"PK\x03\x04 cut off", "truncated"),
])
def test_malformed_files_are_refused(tmp_path, content, reason):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(WorkbookError) as info:
        read_supplies_sheet(path)
    assert info.value.reason == reason


def test_sheet_without_an_item_column(tmp_path):
    path = write_sheet(tmp_path / "in.xlsx", [["姓名", "电话"], ["陈思远", "13812345601"]])
    with pytest.raises(WorkbookError) as info:
        read_supplies_sheet(path)
    assert info.value.reason == "no_header"
