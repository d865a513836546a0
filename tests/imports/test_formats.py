"""Every spreadsheet people send: .xlsx, .xls, .ods and .csv (UTF-8 with or without BOM,
GBK/GB18030, UTF-16), several sheets, and text that arrives exactly as typed.

The fixtures in tests/fixtures/sheets were made with LibreOffice Calc 7.4: our act
template exported in Chinese, the rows typed into it through Calc's input line, saved
by Calc as .xlsx, .xls, .ods, .csv in UTF-8 and .csv in GBK (see make_sheets.py);
acts.xlsm is acts.ods saved by Calc 7.4 as "Excel 2007-365 (macro-enabled)"
(`soffice --headless --convert-to 'xlsm:Calc MS Excel 2007 VBA XML' acts.ods`).
"""

import shutil
from pathlib import Path

import openpyxl
import pytest

from gala_manager.core.checks import Severity
from gala_manager.imports.acts import read_act_sheet
from gala_manager.imports.supplies_sheet import read_supplies_sheet

SHEETS = Path(__file__).resolve().parent.parent / "fixtures" / "sheets"
# What was typed into the template, character for character.
TYPED = [
    ("合唱《我和我的祖国》（混声四部）", 330, "（领唱：刘子涵），请提前彩排；谢谢！"),
    ("舞蹈《青春舞曲》", 270, ""),
    ("相声《程序员的一天》", 360, "“Bug”不是虫子：笑点在此。"),
    ("诗朗诵《春》", 210, ""),
    ("器乐合奏《茉莉花》", 330, "注意：“茉莉花”为改编版；时长约 5 分半。"),
    ("小品《考试周》", 330, ""),
]


@pytest.mark.parametrize("name", ["acts.xlsx", "acts.xlsm", "acts.xls", "acts.ods",
                                  "acts-utf8.csv", "acts-gbk.csv"])
def test_the_template_saved_by_libreoffice_in_every_format_gives_the_same_acts(name):
    sheet = read_act_sheet(SHEETS / name)
    got = [(r.fields.title, r.fields.duration_seconds, r.fields.notes) for r in sheet.rows]
    assert got == TYPED  # byte for byte: （） 《》 ： ， ； “” kept, example row skipped
    first = sheet.rows[0].fields
    assert first.performers == "计算机系合唱团（领唱：刘子涵）"
    assert (first.head_count, first.mic_count, first.contact_phone) == (32, 4, "13800001111")
    assert first.sound_notes == "四支手持话筒；伴奏音量稍大"
    assert all(not r.problems for r in sheet.rows)
    assert sheet.workbook.format == name.rsplit(".", 1)[1].replace("xlsm", "xlsx")


@pytest.mark.parametrize(("name", "suffix"), [("acts.xlsx", "xls"), ("acts.xls", "xlsx"),
                                              ("acts.ods", "xlsx"), ("acts-gbk.csv", "xls")])
def test_a_workbook_saved_under_another_formats_name_is_read_by_its_bytes(name, suffix,
                                                                         tmp_path):
    # WPS users rename files, and web systems send CSV named .xls.
    path = tmp_path / f"renamed.{suffix}"
    shutil.copyfile(SHEETS / name, path)
    assert [r.fields.title for r in read_act_sheet(path).rows] == [t for t, _, _ in TYPED]


def test_gbk_and_utf8_csv_are_told_apart_without_asking(tmp_path):
    text = "节目名称,时长,备注\n合唱《黄河》,5分30,（领唱：李想）\n"
    for encoding, prefix in (("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b""),
                             ("gbk", b"")):
        path = tmp_path / f"{encoding}{len(prefix)}.csv"
        path.write_bytes(prefix + text.encode(encoding))
        row = read_act_sheet(path).rows[0]
        assert (row.fields.title, row.fields.notes) == ("合唱《黄河》", "（领唱：李想）"), path
    # Excel's "Unicode text": UTF-16 with a BOM, separated by tabs.
    path = tmp_path / "unicode.txt"
    path.write_bytes(text.replace(",", "\t").encode("utf-16"))
    assert read_act_sheet(path).rows[0].fields.title == "合唱《黄河》"
    # A semicolon-separated export (a European Excel): still one column per field.
    path = tmp_path / "semi.csv"
    path.write_text(text.replace(",", ";"), encoding="utf-8")
    assert read_act_sheet(path).rows[0].fields.duration_seconds == 330


def test_every_sheet_with_a_header_is_read_and_the_rest_is_named(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["请每个院系一张表"])
    for dept, title in (("计算机系", "街舞《燃》"), ("外语系", "English Drama")):
        ws = wb.create_sheet(dept)
        ws.append(["节目名称", "时长", "Note", "提交人签字"])
        ws.append([title, "4:00", f"{dept}的备注", "x"])
    hidden = wb.create_sheet("选项")
    hidden.append(["节目名称", "时长"])
    hidden.append(["不该导入", "1:00"])
    hidden.sheet_state = "hidden"
    wb.create_sheet("空白")
    wb.save(tmp_path / "acts.xlsx")
    sheet = read_act_sheet(tmp_path / "acts.xlsx")
    assert [(r.sheet, r.fields.title, r.fields.notes) for r in sheet.rows] == [
        ("计算机系", "街舞《燃》", "计算机系的备注"), ("外语系", "English Drama", "外语系的备注")]
    # Named: the sheet without a header and the hidden one; the empty one is not a sheet
    # anybody filled in.
    assert sheet.workbook.skipped_sheets == ["说明", "选项"]
    assert [t.unmatched_headers for t in sheet.workbook.tables] == [["提交人签字"]] * 2
    assert [r.sheet for r in sheet.only({"外语系"}).rows] == ["外语系"]


def test_a_formula_without_a_saved_value_is_said_so(tmp_path):
    wb = openpyxl.Workbook()  # openpyxl saves formulas without their values, as scripts do
    ws = wb.active
    ws.title = "宣传部"
    ws.append(["物品", "数量", "单价", "负责人"])
    ws.append(["海报", 30, 6, "朱诗涵"])
    ws.append(["=A2&\"（大）\"", 2, "=C2*2", ""])
    ws.append(["横幅", 1, "=C2*3", ""])
    wb.save(tmp_path / "items.xlsx")
    items = read_supplies_sheet(tmp_path / "items.xlsx").items
    named = [(p.code, p.severity, p.cell) for p in items[1].problems]
    assert named == [("formula_without_value", Severity.ERROR, "A3"),
                     ("formula_without_value", Severity.WARNING, "C3")]
    assert [(p.code, p.severity, p.cell) for p in items[2].problems] == [
        ("formula_without_value", Severity.WARNING, "C4")]
    assert not items[0].problems


def test_a_saved_empty_text_result_is_not_a_missing_value():
    from gala_manager.imports.formula_scan import cells_without_value

    xml = (b'<sheetData><row r="2"><c r="A2" t="str"><f>IF(B2="","",B2)</f><v></v></c>'
           b'<c r="B2"><f>1+1</f><v>2</v></c><c r="C2"><f>1+1</f></c>'
           b'<x:c r="D2"><x:f>1</x:f><x:v></x:v></x:c></row></sheetData>')
    assert cells_without_value(xml) == {"C2", "D2"}
