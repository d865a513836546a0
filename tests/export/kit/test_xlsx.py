"""The shared Excel kit: text is never a formula, Excel's limits, layout and printing."""

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
    assert [back.cell(r, 1).value for r in range(1, 7)] == DANGEROUS
    assert all(back.cell(r, 1).data_type == "s" for r in range(1, 7))


def test_only_write_formula_writes_formulas(tmp_path):
    wb = kit.new_workbook()
    ws = kit.add_sheet(wb, "Items")
    kit.write_row(ws, 1, [2, Decimal("3.50")])
    kit.write_formula(ws, 1, 3, "=A1*B1", number_format=kit.YUAN)
    with pytest.raises(ValueError):
        kit.write_formula(ws, 2, 1, "A1*B1")
    out = kit.save_workbook(wb, tmp_path / "f.xlsx")
    assert "<f>A1*B1</f>" in _sheet_xml(out)
    cell = openpyxl.load_workbook(out)["Items"]["C1"]
    assert cell.value == "=A1*B1" and cell.number_format == "¥#,##0.00"


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
    kit.write_title(ws, "迎新晚会", 4)
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
    assert "A1:D1" in {str(r) for r in back.merged_cells.ranges}
    assert back["C3"].value == datetime(2026, 12, 18) and back["C3"].number_format == kit.DATE
    assert back["D4"].number_format == kit.TIME
    # Chinese counts double: the name column is wider than the English one would need.
    assert back.column_dimensions["A"].width >= 2 * len("矿泉水（550毫升，整箱）") - 4
    assert back.page_setup.orientation == "landscape" and int(back.page_setup.paperSize) == 9
    assert back.page_setup.fitToWidth == 1 and back.sheet_properties.pageSetUpPr.fitToPage
    assert back.print_title_rows == "$2:$2"
    assert back.oddHeader.center.text == "Rock && Roll 晚会"
    assert back.oddFooter.center.text == "第 &P 页 / 共 &N 页"


def test_text_width_counts_cjk_double():
    assert kit.text_width("abc") == 3
    assert kit.text_width("节目") == 4
    assert kit.text_width("短\n较长一行") == 8


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
    kit.write_formula(ws, 5, 3, f"=SUBTOTAL(9,C3:C{last})", number_format=kit.YUAN)
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


def test_fit_columns_measures_numbers_as_displayed_and_formulas():
    wb = kit.new_workbook()
    ws = kit.add_sheet(wb, "A")
    kit.write_row(ws, 1, ["件", 1234567.5, 7], formats=[None, kit.YUAN, None])
    kit.write_formula(ws, 1, 4, "=B1*C1", number_format=kit.YUAN)
    kit.fit_columns(ws)
    width = {c: ws.column_dimensions[c].width for c in "ABCD"}
    assert width["A"] == 6  # the minimum
    assert width["B"] == len("¥1,234,567.50") + 2
    assert width["C"] == 6 and width["D"] == 14
