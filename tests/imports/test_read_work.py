"""Reading an act sheet opens the workbook once and goes through its rows once, with
either reader."""

from __future__ import annotations

import openpyxl
import pytest
import python_calamine
from openpyxl import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from gala_manager.imports.acts import read_act_sheet

HEADER = ["节目名称", "类型", "表演者", "人数", "报送单位", "联系人", "联系电话", "时长", "备注"]
LENGTHS = ["3:30", "5分30", "4'30", "3.5min", "330s", "5 min 30 s"]


def write_sheet(path, count: int):
    wb = Workbook()
    ws = wb.active
    ws.append(["迎五一晚会 节目报名表"])
    ws.append(HEADER)
    for i in range(count):
        ws.append([f"合唱《我和我的祖国》（第{i}组）", ["歌曲", "舞蹈", "小品"][i % 3],
                   f"表演者{i}", 1 + i % 30, f"学院{i % 12}", f"联系人{i % 300}",
                   13800000000 + i, LENGTHS[i % 6], f"（备注：第{i}行）"])
    wb.save(path)
    return path


class _CountedBook:
    """calamine's workbook, counting the sheets loaded and their reads into rows."""

    def __init__(self, book, reads: list[str]):
        self.book, self.reads = book, reads

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.book.close()

    def __getattr__(self, name):
        return getattr(self.book, name)

    def get_sheet_by_name(self, name: str):
        sheet = self.book.get_sheet_by_name(name)
        reads = self.reads

        class Counted:
            def to_python(self, **kwargs):
                reads.append(sheet.name)
                return sheet.to_python(**kwargs)

        return Counted()


def test_a_2000_row_sheet_is_loaded_once_and_its_rows_read_once(tmp_path, monkeypatch):
    path = write_sheet(tmp_path / "acts.xlsx", 2000)
    opened: list[int] = []
    reads: list[str] = []
    real_open = python_calamine.CalamineWorkbook.from_filelike
    monkeypatch.setattr(python_calamine, "CalamineWorkbook", type("Book", (), {
        "from_filelike": staticmethod(lambda handle: opened.append(1) or _CountedBook(
            real_open(handle), reads))}))
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *args, **kwargs: pytest.fail(
        "a plain sheet is read by calamine alone"))
    sheet = read_act_sheet(path)
    assert len(sheet.rows) == 2000
    assert sheet.rows[-1].fields.duration_seconds == 330
    assert sheet.rows[-1].fields.contact_phone == "13800001999"
    assert opened == [1]
    # One pass over the rows finds the header and reads the data below it.
    assert reads == ["Sheet"]


def test_a_sheet_with_a_far_away_cell_is_streamed_once_by_openpyxl(tmp_path, monkeypatch):
    """calamine would hold the grid up to XFD1048576 (17 billion cells) and abort."""
    path = write_sheet(tmp_path / "acts.xlsx", 300)
    wb = openpyxl.load_workbook(path)
    wb.active.cell(row=1_048_576, column=16_384, value="远处的格子")
    wb.save(path)
    loads: list[int] = []
    real_load = openpyxl.load_workbook
    monkeypatch.setattr(openpyxl, "load_workbook",
                        lambda *args, **kwargs: loads.append(1) or real_load(*args, **kwargs))
    passes: list[str] = []
    real_rows = ReadOnlyWorksheet.iter_rows
    monkeypatch.setattr(ReadOnlyWorksheet, "iter_rows", lambda self, *args, **kwargs: (
        passes.append(self.title), real_rows(self, *args, **kwargs))[1])
    sheet = read_act_sheet(path)
    assert len(sheet.rows) == 300
    assert sheet.rows[-1].fields.title == "合唱《我和我的祖国》（第299组）"
    assert loads == [1]
    assert passes == ["Sheet"]
