"""Reading a 2,000-row act sheet opens the workbook once and goes through its rows once."""

from __future__ import annotations

import openpyxl
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


def test_a_2000_row_sheet_is_loaded_once_and_its_rows_read_once(tmp_path, monkeypatch):
    path = write_sheet(tmp_path / "acts.xlsx", 2000)
    loads: list[int] = []
    real_load = openpyxl.load_workbook
    monkeypatch.setattr(openpyxl, "load_workbook",
                        lambda *args, **kwargs: loads.append(1) or real_load(*args, **kwargs))
    passes: list[str] = []
    real_rows = ReadOnlyWorksheet.iter_rows
    monkeypatch.setattr(ReadOnlyWorksheet, "iter_rows", lambda self, *args, **kwargs: (
        passes.append(self.title), real_rows(self, *args, **kwargs))[1])
    sheet = read_act_sheet(path)
    assert len(sheet.rows) == 2000
    assert sheet.rows[-1].fields.duration_seconds == 330
    assert sheet.rows[-1].fields.contact_phone == "13800001999"
    assert loads == [1]
    # One pass over the rows finds the header and reads the data below it.
    assert passes == ["Sheet"]
