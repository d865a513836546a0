"""The two .xlsx readers: calamine takes plain workbooks, openpyxl the rest, and both
give the same rows."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook

from gala_manager.imports import sheets as sheets_module
from gala_manager.imports.acts import read_act_sheet
from gala_manager.imports.sheets import open_sheets
from gala_manager.imports.xlsx_scan import XlsxScan, grid_cells, scan_xlsx
from tests.imports.zip_parts import rewrite_part


def _workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "节目单"
    # The table starts at C3, below two empty rows: row numbers must still match.
    ws["C3"], ws["D3"], ws["E3"], ws["F3"] = "节目名称", "时长", "日期", "人数"
    rows = [
        ("《我和我的祖国》", time(3, 30), datetime(2027, 4, 30), 12),
        ("舞蹈：青春（双人）", timedelta(minutes=200), date(2027, 5, 1), 2.5),
        ("  小品  ", "5分30", datetime(2027, 5, 1, 19, 30), 13800000000),
        (None, None, None, None),
        ("相声", 3.0, True, 0),
    ]
    for number, row in enumerate(rows, start=4):
        for column, value in enumerate(row, start=3):
            if value is not None:
                ws.cell(row=number, column=column, value=value)
    # Formats of Chinese Excel and WPS, beside the table.
    for column, (value, form) in enumerate((
            (time(0, 3, 30), "mm:ss"), (timedelta(minutes=3, seconds=30), "[mm]:ss"),
            (0.5, "0%"), (datetime(2027, 4, 30), 'yyyy"年"m"月"d"日"'),
            (45000, "[$-F800]dddd, mmmm dd, yyyy"), (time(19, 30), '上午/下午h"时"mm"分"')),
            start=8):
        ws.cell(row=4, column=column, value=value).number_format = form
    ws.cell(row=5, column=6).number_format = "0.0"
    ws.cell(row=4, column=4).number_format = "h:mm"
    ws.cell(row=5, column=4).number_format = "[h]:mm:ss"
    hidden = wb.create_sheet("名单")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "下拉选项"
    wb.save(path)
    return path


def _read(path: Path, monkeypatch, *, fast: bool) -> list[tuple]:
    real = sheets_module.scan_xlsx
    monkeypatch.setattr(sheets_module, "scan_xlsx",
                        lambda p: XlsxScan(real(p).formulas, fast and real(p).fast))
    with open_sheets(path) as (_fmt, sheets):
        return [(s.name, s.hidden, [list(r) for r in s.rows]) for s in sheets]


def _trimmed(row: list) -> list:
    while row and row[-1] is None:
        row = row[:-1]
    return row


def test_calamine_and_openpyxl_give_the_same_cells(tmp_path, monkeypatch):
    path = _workbook(tmp_path / "节目.xlsx")
    assert scan_xlsx(path).fast
    fast, streamed = _read(path, monkeypatch, fast=True), _read(path, monkeypatch, fast=False)
    assert [(name, hidden) for name, hidden, _rows in fast] == [("节目单", False), ("名单", True)]
    assert [(name, hidden) for name, hidden, _rows in streamed] == [
        (name, hidden) for name, hidden, _rows in fast]
    rows, other = fast[0][2], streamed[0][2]
    assert [_trimmed(r) for r in rows] == [_trimmed(list(r)) for r in other[:len(rows)]]
    assert rows[3][2:6] == ["《我和我的祖国》", time(3, 30), datetime(2027, 4, 30), 12]
    assert rows[3][7:13] == [time(0, 3, 30), timedelta(minutes=3, seconds=30), 0.5,
                             datetime(2027, 4, 30), datetime(2023, 3, 15), time(19, 30)]
    assert rows[4][3:6] == [timedelta(minutes=200), datetime(2027, 5, 1), 2.5]
    assert rows[5][2] == "  小品  " and rows[5][5] == 13800000000
    assert rows[7][3:6] == [3, True, 0]


def test_a_row_or_cell_without_its_place_goes_to_openpyxl():
    assert grid_cells(b'<row r="2"><c r="B2"><v>1</v></c></row>') == 4
    assert grid_cells(b'<x:row r="9"><x:c r="AA9"/></x:row>') == 9 * 27
    assert grid_cells(b'<row r="2"><c><v>1</v></c></row>') is None
    assert grid_cells(b'<row><c r="A1"><v>1</v></c></row>') is None
    assert grid_cells(b'<sheetData/>') == 0


@pytest.mark.parametrize("member, change", [
    ("xl/worksheets/sheet1.xml",
     lambda d: d.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="inlineStr">'
                                          b"<is><t>x</t></is></c></row></sheetData>")),
    ("xl/styles.xml", lambda d: d.replace(b"<styleSheet", b"<!DOCTYPE styleSheet><styleSheet", 1)),
    # calamine would read the error as an empty cell; openpyxl reads "#DIV/0!" as before.
    ("xl/worksheets/sheet1.xml",
     lambda d: d.replace(b"</sheetData>", b'<row r="20"><c r="J20" t="e"><f>1/0</f>'
                                          b"<v>#DIV/0!</v></c></row></sheetData>")),
], ids=["far-cell", "doctype", "error-value"])
def test_hostile_shapes_are_left_to_the_streaming_reader(tmp_path, member, change):
    plain = _workbook(tmp_path / "plain.xlsx")
    hostile = rewrite_part(plain, tmp_path / "hostile.xlsx", member, change)
    assert scan_xlsx(plain).fast and not scan_xlsx(hostile).fast
    # Read all the same, and bounded: the far cell lies past the blank rows.
    assert [r.fields.title for r in read_act_sheet(hostile).rows] == [
        "《我和我的祖国》", "舞蹈：青春（双人）", "小品", "相声"]


def test_a_chart_sheet_before_the_table_is_passed_over(tmp_path):
    from openpyxl.chart import BarChart, Reference

    wb = Workbook()
    ws = wb.active
    ws.title = "节目"
    for row in (["节目名称", "时长"], ["独唱《后来》", "5:00"], ["相声《学说话》", "6:00"]):
        ws.append(row)
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=3), titles_from_data=True)
    wb.create_chartsheet("图表", 0).add_chart(chart)
    wb.save(tmp_path / "图表在前.xlsx")
    assert scan_xlsx(tmp_path / "图表在前.xlsx").fast
    sheet = read_act_sheet(tmp_path / "图表在前.xlsx")
    assert [r.fields.title for r in sheet.rows] == ["独唱《后来》", "相声《学说话》"]
