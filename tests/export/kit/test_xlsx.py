"""The shared Excel kit: text is never a formula, formulas carry their values, Excel's
limits, layout and printing; every workbook is read back with openpyxl."""

from __future__ import annotations

import errno
import zipfile
from datetime import date, datetime, time
from decimal import Decimal

import openpyxl
import pytest

from gala_manager.core import errors
from gala_manager.export.kit import xlsx as kit

DANGEROUS = ['=HYPERLINK("http://x","y")', "+1+2", "-3", "@SUM(A1)", "\tx", "\r=1"]


def _sheet_xml(path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode()


def test_formula_like_text_is_stored_as_text(tmp_path):
    wb = kit.new_workbook(title="晚会")
    ws = kit.add_sheet(wb, "物品清单")
    for row, text in enumerate(DANGEROUS, start=1):
        kit.write_cell(ws, row, 1, text)
    out = kit.save_workbook(wb, tmp_path / "x.xlsx")
    assert "<f>" not in _sheet_xml(out) and "<f " not in _sheet_xml(out)
    back = openpyxl.load_workbook(out)["物品清单"]
    # A lone carriage return becomes a line feed: the one line break every reader knows.
    assert [back.cell(r, 1).value for r in range(1, 7)] == DANGEROUS[:5] + ["\n=1"]
    assert all(back.cell(r, 1).data_type == "s" for r in range(1, 7))


def test_only_write_formula_writes_formulas_and_each_carries_its_value(tmp_path):
    wb = kit.new_workbook()
    ws = kit.add_sheet(wb, "Items")
    kit.write_row(ws, 1, [2, Decimal("3.50")])
    kit.write_formula(ws, 1, 3, "=A1*B1", Decimal("7.00"), number_format=kit.YUAN)
    kit.write_formula(ws, 1, 4, '=IF(C1>5,"多","少")', "多")
    with pytest.raises(ValueError):
        kit.write_formula(ws, 2, 1, "A1*B1", 0)
    with pytest.raises(ValueError, match="XLOOKUP"):  # would need "_xlfn." in the file
        kit.write_formula(ws, 2, 1, "=XLOOKUP(A1,A2:A9,B2:B9)", 0)
    out = kit.save_workbook(wb, tmp_path / "f.xlsx")
    assert "<f>A1*B1</f><v>7.0</v>" in _sheet_xml(out)
    cell = openpyxl.load_workbook(out)["Items"]["C1"]
    assert cell.value == "=A1*B1" and cell.number_format == "¥#,##0.00"
    # A reader that does not recalculate (a phone's preview, a script) sees the values.
    values = openpyxl.load_workbook(out, data_only=True)["Items"]
    assert values["C1"].value == 7 and values["D1"].value == "多"


def test_illegal_characters_removed_and_long_text_cut_with_warnings(tmp_path):
    wb = kit.new_workbook()
    ws = kit.add_sheet(wb, "Items")
    warnings: list[kit.CellWarning] = []
    kit.write_cell(ws, 1, 1, "铃\x07声\x1b", warnings=warnings)
    kit.write_cell(ws, 2, 2, "长" * 40000, warnings=warnings)
    kit.write_cell(ws, 3, 1, "普通", warnings=warnings)
    out = kit.save_workbook(wb, tmp_path / "w.xlsx")
    back = openpyxl.load_workbook(out)["Items"]
    assert back["A1"].value == "铃声"
    assert back["B2"].value == "长" * 32767
    assert warnings == [
        kit.CellWarning("Items", "A1", "illegal_removed"),
        kit.CellWarning("Items", "B2", "truncated", "40000"),
    ]


def test_dates_numbers_header_filter_widths_and_print_setup(tmp_path):
    wb = kit.new_workbook(title="迎新晚会 物品", creator="外联部")
    ws = kit.add_sheet(wb, "物品清单")
    kit.write_title(ws, "迎新晚会")
    kit.write_header(ws, 2, ["名称", "数量", "需要日期", "备注"], autofilter_to_row=4)
    kit.write_row(
        ws, 3, ["矿泉水（550毫升，整箱）", 24, date(2026, 12, 18), datetime(2026, 12, 1, 8)]
    )
    kit.write_row(ws, 4, ["Balloons", 100, None, time(18, 30)])
    kit.fit_columns(ws, from_row=2)
    kit.setup_print(
        ws,
        landscape=True,
        header_row=2,
        header_text="Rock & Roll 晚会",
        page_label="第 {page} 页 / 共 {pages} 页",
    )
    out = kit.save_workbook(wb, tmp_path / "p.xlsx")
    book = openpyxl.load_workbook(out)
    back = book["物品清单"]
    assert book.properties.title == "迎新晚会 物品" and book.properties.creator == "外联部"
    assert back.freeze_panes == "A3" and back.auto_filter.ref == "A2:D4"
    assert not back.merged_cells.ranges  # the title runs on over empty cells, never cut
    assert back["C3"].value == datetime(2026, 12, 18) and back["C3"].number_format == kit.DATE
    assert back["D4"].number_format == kit.TIME
    # Chinese counts double: the name column is wider than the English one would need.
    assert back.column_dimensions["A"].width >= 2 * len("矿泉水（550毫升，整箱）")
    assert back.page_setup.orientation == "landscape" and int(back.page_setup.paperSize) == 9
    assert back.page_setup.fitToWidth in (None, 1)  # 1 is the file format's default
    assert back.sheet_properties.pageSetUpPr.fitToPage
    assert back.print_title_rows == "$2:$2"
    assert back.oddHeader.center.text == "Rock && Roll 晚会"
    assert back.oddFooter.center.text == "第 &P 页 / 共 &N 页"


def test_text_width_counts_cjk_as_two_digits_and_a_bit():
    assert kit.text_width("abc") == 3
    assert kit.text_width("节目") == 4.4
    assert kit.text_width("短\n较长一行") == 8.8


def test_sheet_names_are_made_legal_and_unique():
    wb = kit.new_workbook()
    assert kit.add_sheet(wb, "预算/汇总:2026?").title == "预算_汇总_2026_"
    assert kit.add_sheet(wb, "x" * 40).title == "x" * 31
    assert kit.add_sheet(wb, "x" * 40).title == "x" * 27 + " (2)"


def test_save_maps_disk_full(tmp_path, monkeypatch):
    wb = kit.new_workbook()
    kit.add_sheet(wb, "A")

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("gala_manager.export.kit.files.os.fsync", full)
    with pytest.raises(errors.DiskFullError):
        kit.save_workbook(wb, tmp_path / "a.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_write_table_returns_last_row_and_sets_filter(tmp_path):
    wb = kit.new_workbook()
    ws = kit.add_sheet(wb, "Items")
    rows = [["气球", 100, Decimal("0.5")], ["=危险", 1, Decimal("2")]]
    last = kit.write_table(ws, 2, ["名称", "数量", "单价"], rows, formats=[None, None, kit.YUAN])
    assert last == 4
    kit.write_formula(ws, 5, 3, f"=SUBTOTAL(9,C3:C{last})", Decimal("52"),
                      number_format=kit.YUAN)
    back = openpyxl.load_workbook(kit.save_workbook(wb, tmp_path / "t.xlsx"))["Items"]
    assert back.auto_filter.ref == "A2:C4" and back.freeze_panes == "A3"
    assert back["A4"].value == "=危险" and back["A4"].data_type == "s"
    assert back["C3"].number_format == kit.YUAN and back["C5"].value == "=SUBTOTAL(9,C3:C4)"


def test_choice_validation_inline_and_on_hidden_sheet(tmp_path):
    wb = kit.new_workbook()
    ws = kit.add_sheet(wb, "节目报名表")
    kit.add_choice_validation(ws, "B3:B100", ["舞蹈", "歌曲", "小品"], error="请从列表中选择")
    many = [f"选项{i:03d}，带逗号" for i in range(60)]
    kit.add_choice_validation(ws, "C3:C100", many)
    book = openpyxl.load_workbook(kit.save_workbook(wb, tmp_path / "v.xlsx"))
    found = {str(v.sqref): v for v in book["节目报名表"].data_validations.dataValidation}
    assert found["B3:B100"].formula1 == '"舞蹈,歌曲,小品"'
    assert found["B3:B100"].error == "请从列表中选择" and found["B3:B100"].showErrorMessage
    assert found["C3:C100"].formula1 == "'_lists'!$A$1:$A$60"
    lists = book["_lists"]
    assert lists.sheet_state == "hidden" and lists["A60"].value == many[-1]


def test_values_of_other_types_are_written_as_text(tmp_path):
    import enum
    from pathlib import PurePosixPath

    class Kind(enum.Enum):
        SONG = "song"

    wb = kit.new_workbook()
    ws = kit.add_sheet(wb, "A")
    kit.write_row(ws, 1, [Kind.SONG, PurePosixPath("/music/=x.mp3"), True, Decimal("0.10")])
    back = openpyxl.load_workbook(kit.save_workbook(wb, tmp_path / "o.xlsx"))["A"]
    assert back["A1"].value == "Kind.SONG" and back["B1"].value == "/music/=x.mp3"
    assert back["C1"].value is True and back["D1"].value == 0.1


def test_fit_columns_measures_numbers_and_formulas_as_displayed():
    wb = kit.new_workbook()
    ws = kit.add_sheet(wb, "A")
    kit.write_row(ws, 1, ["件", 1234567.5, 7], formats=[None, kit.YUAN, None])
    kit.write_formula(ws, 1, 4, "=B1*C1", Decimal("8641972.50"), number_format=kit.YUAN)
    kit.fit_columns(ws)
    assert ws.widths[1] == 6  # the minimum
    assert ws.widths[2] == len("¥1,234,567.50") + 2
    assert ws.widths[3] == 6 and ws.widths[4] == len("¥8,641,972.50") + 2


def test_lines_and_long_text_wrap_and_their_rows_grow(tmp_path):
    wb = kit.new_workbook()
    ws = kit.add_sheet(wb, "通讯录")
    kit.write_row(ws, 1, ["罗明轩", "文艺部负责人\n主持人\n值岗：音控台"])
    kit.write_row(ws, 2, ["彭博文", "很长的备注" * 20])
    kit.fit_columns(ws, max_width=30)
    back = openpyxl.load_workbook(kit.save_workbook(wb, tmp_path / "w.xlsx"))["通讯录"]
    assert back["B1"].alignment.wrap_text and back["B2"].alignment.wrap_text
    assert back["A1"].alignment.vertical == "top"  # beside the first line, not the last
    assert back.row_dimensions[1].height == 3 * kit.LINE_POINTS
    assert back.row_dimensions[2].height >= 4 * kit.LINE_POINTS  # 200 columns in 29
    assert back.column_dimensions["B"].width <= 31


def test_a_native_chart_reads_its_cells(tmp_path):
    wb = kit.new_workbook()
    ws = kit.add_sheet(wb, "预算")
    kit.write_row(ws, 1, ["消耗品", 698])
    kit.write_row(ws, 2, ["宣传与印刷", 1149])
    ws.add_chart(4, 1, kit.Chart("bar", "按类别花费", (kit.Series(
        "花费", ws.title, (1, 1, 2, 1), (1, 2, 2, 2), ("#4C6EF5",)),)))
    out = kit.save_workbook(wb, tmp_path / "c.xlsx")
    with zipfile.ZipFile(out) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode()
    assert "<c:barChart>" in chart and "预算!$B$1:$B$2" in chart and "按类别花费" in chart
    assert "<c:v>1149</c:v>" in chart  # the cached values: the chart draws anywhere
