"""Importing acts from messy submission workbooks: tolerant reading, all or nothing, re-import."""

import datetime as dt

import pytest
from openpyxl import Workbook

from gala_manager.core import errors
from gala_manager.core.gala.facts import GalaFacts, set_gala_facts
from gala_manager.core.models import ActKind
from gala_manager.core.programme.act_import import RowAction, import_acts, plan_import, undo_import
from gala_manager.core.programme.acts import list_acts
from gala_manager.core.storage.document import GalaDocument
from gala_manager.imports.acts import read_act_sheet
from gala_manager.imports.duration_cells import duration_from_cell


@pytest.fixture
def empty_doc(tmp_path):
    """A new gala with only a name."""
    doc = GalaDocument.create(tmp_path / "new.gala")
    doc.run(set_gala_facts, facts=GalaFacts(name="测试晚会"))
    yield doc
    doc.close()


def messy_workbook(path, extra_rows=()):
    """A department's sheet: merged title, notes, shuffled Chinese headers, blank rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = "计算机系"
    ws["A1"] = "计算机系 迎五一晚会 节目报名表"
    ws.merge_cells("A1:G1")
    ws["A2"] = "请于4月10日前交文艺部"
    ws.append([])
    ws.append(["联系电话", "时长", "节目名称", "备注", "类型", "表演者", "联系人", "报送单位"])
    ws.append([13600001111, "3分30秒", "歌曲《夜空中最亮的星》", "", "歌曲", "李想", "李想",
               "计算机系"])
    ws.append([None, None, None, None, None, None, None, None])
    ws.append(["13600002222", dt.time(4, 0), "舞蹈《青春》", "自带道具", "舞蹈", "计算机系舞蹈队",
               "王丽", "计算机系"])
    ws.append(["", "210秒", "", "没有名字的一行", "", "", "", ""])
    ws.append(["13600003333", "3'30\"", "相声《程序员》", "", "相声", "赵一、钱二", "赵一",
               "计算机系"])
    ws.append(["13600004444", dt.timedelta(minutes=5, seconds=15), "朗诵《春》", "", "朗诵诗歌",
               "孙三", "孙三", "计算机系"])
    ws.append(["", "3.5分钟", "小品《考试周》", "", "小品", "周四、吴五", "", "文艺部"])
    for row in extra_rows:
        ws.append(row)
    wb.save(path)
    return path


def test_messy_sheet_is_read(tmp_path):
    sheet = read_act_sheet(messy_workbook(tmp_path / "acts.xlsx"), {"文艺部": 1})
    titles = [row.fields.title for row in sheet.rows]
    assert titles == ["歌曲《夜空中最亮的星》", "舞蹈《青春》", "相声《程序员》", "朗诵《春》",
                      "小品《考试周》"]
    durations = [row.fields.duration_seconds for row in sheet.rows]
    assert durations == [210, 240, 210, 315, 210]
    assert sheet.skipped == [("计算机系", 8)]  # the row without a title
    first = sheet.rows[0].fields
    assert first.contact_phone == "13600001111"
    assert first.kind == ActKind.SONG
    assert first.submitted_by_text == "计算机系"
    # A committee department is linked, not typed.
    assert sheet.rows[4].fields.submitted_by_department_id == 1
    assert not sheet.blocked
    warnings = {(r.number, p.code) for r in sheet.rows for p in r.problems}
    assert warnings == {(10, "unknown_kind"), (11, "no_contact")}


def test_a_bad_duration_blocks_the_whole_import(tmp_path, empty_doc):
    bad = ["", "一会儿", "魔术《消失》", "", "", "", "钱七", ""]
    path = messy_workbook(tmp_path / "acts.xlsx", [bad])
    sheet = read_act_sheet(path)
    assert sheet.blocked
    bad = [r for r in sheet.rows if r.blocked]
    assert [(r.number, r.problems[0].code, r.problems[0].value) for r in bad] == [
        (12, "duration_format", "一会儿")]


def rows_of(path, departments=None):
    return [(r.key, r.fields) for r in read_act_sheet(path, departments).rows]


def test_import_is_idempotent_and_undoable(tmp_path, empty_doc):
    path = messy_workbook(tmp_path / "acts.xlsx")
    rows = rows_of(path)
    assert {p.action for p in empty_doc.read(plan_import, rows=rows)} == {RowAction.ADD}
    result = empty_doc.run(import_acts, rows=rows)
    assert len(result.added) == 5
    assert len(empty_doc.read(list_acts)) == 5
    again = empty_doc.run(import_acts, rows=rows_of(path))
    assert (again.added, again.updated, again.unchanged) == ((), (), 5)
    assert len(empty_doc.read(list_acts)) == 5
    empty_doc.run(undo_import, result=result)
    assert empty_doc.read(list_acts) == []


def test_a_corrected_sheet_updates_the_act(tmp_path, empty_doc):
    empty_doc.run(import_acts, rows=rows_of(messy_workbook(tmp_path / "a.xlsx")))
    wb_path = tmp_path / "b.xlsx"
    messy_workbook(wb_path)
    from openpyxl import load_workbook

    wb = load_workbook(wb_path)
    wb.active["B5"] = "4分钟"  # the song grew by 30 seconds
    wb.save(wb_path)
    planned = empty_doc.read(plan_import, rows=rows_of(wb_path))
    assert [p.action for p in planned].count(RowAction.UPDATE) == 1
    result = empty_doc.run(import_acts, rows=rows_of(wb_path))
    assert len(result.updated) == 1 and result.updated[0][1] == {"duration_seconds": 210}
    song = next(a for a in empty_doc.read(list_acts) if a.title.startswith("歌曲"))
    assert song.fields.duration_seconds == 240
    assert len(empty_doc.read(list_acts)) == 5


def test_english_headers_any_order(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Duration (minutes)", "Title", "Kind", "Contact", "Phone"])
    ws.append([4, "Guitar duo", "instrumental", "Tom", "13600000000"])
    ws.append([0.0025, "Poem", "Recitation", "Ann", ""])  # an Excel time serial: 3:36
    path = tmp_path / "en.xlsx"
    wb.save(path)
    sheet = read_act_sheet(path)
    assert [(r.fields.title, r.fields.kind, r.fields.duration_seconds) for r in sheet.rows] == [
        ("Guitar duo", ActKind.INSTRUMENTAL, 240), ("Poem", ActKind.RECITATION, 216)]


@pytest.mark.parametrize(("value", "header", "seconds"), [
    ("3:30", "", 210), (dt.time(3, 30), "", 210), (dt.time(0, 3, 30), "", 210),
    (dt.timedelta(seconds=200), "", 200), (4, "时长(分钟)", 240), (90, "时长（秒）", 90),
    (dt.datetime(1899, 12, 30, 0, 4, 0), "", 240),
])
def test_duration_cells(value, header, seconds):
    assert duration_from_cell(value, header) == seconds


def test_a_bare_number_without_a_unit_is_refused():
    with pytest.raises(errors.ValidationError):
        duration_from_cell(4, "时长")


def test_malformed_files_raise_one_workbook_error(tmp_path):
    text = tmp_path / "acts.xlsx"
    text.write_bytes(b"\x00\x01garbage\xff" * 100)
    with pytest.raises(errors.WorkbookError) as caught:
        read_act_sheet(text)
    assert caught.value.reason == "not_spreadsheet"
    whole = messy_workbook(tmp_path / "whole.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(errors.WorkbookError) as caught:
        read_act_sheet(cut)
    assert caught.value.reason == "truncated"
    no_titles = tmp_path / "other.xlsx"
    wb = Workbook()
    wb.active.append(["物品", "数量"])
    wb.save(no_titles)
    with pytest.raises(errors.WorkbookError) as caught:
        read_act_sheet(no_titles)
    assert caught.value.reason == "no_header"
