"""Rundowns read as Ontime means them: groups, milestones, linked times, Ontime's forms.

ontime-template.xlsx is Ontime's own spreadsheet template with its demo rows, typed into
LibreOffice Calc; rundown-ontime.xlsx/.ods is a gala's rundown in Ontime's layout,
typed into Calc too (see tests/fixtures/sheets/make_sheets.py).
"""

import datetime as dt
from pathlib import Path

import pytest

from gala_manager.core.models import SectionKind
from gala_manager.imports.acts import read_act_sheet
from gala_manager.imports.duration_cells import (
    duration_from_cell,
    ontime_seconds,
    reads_as_seconds_clock,
)

SHEETS = Path(__file__).resolve().parent.parent / "fixtures" / "sheets"


def test_ontime_template_with_its_demo_rows():
    sheet = read_act_sheet(SHEETS / "ontime-template.xlsx")
    assert sheet.rundown
    got = [(r.section, r.fields.title, r.fields.duration_seconds // 60) for r in sheet.rows]
    # As Ontime shows them: 10:00-11:00, 00:10:00, 00:50:00, 12:00-13:00, 13:00 + 00:50:00.
    assert got == [("Morning Sessions", "Pre-show Countdown", 60),
                   ("Morning Sessions", "Welcome", 10), ("Morning Sessions", "Session 1", 50),
                   ("Lunch", "Lunch / Countdown to next session", 60),
                   ("Afternoon Sessions", "Session 2", 50),
                   ("Afternoon Sessions", "Wrap up", 10)]
    assert sheet.rows[0].fields.notes == "Music plays, holding slide on screens"
    assert [m[2] for m in sheet.milestones] == [
        "Clear all, or Create New Project to start fresh", "10:45 - Presenters ready side stage",
        "11:30 - House staff setup lunch in lobby", "12:45 - Presenters ready side stage",
        "14:00 - AV & Room strike"]
    assert sheet.workbook.tables[0].unmatched_headers == ["Cue", "Colour", "Video Notes"]
    assert all(not r.problems for r in sheet.rows)  # a rundown has no contacts to ask for


@pytest.mark.parametrize("name", ["rundown-ontime.xlsx", "rundown-ontime.ods"])
def test_a_gala_rundown_in_ontime_layout(name):
    sheet = read_act_sheet(SHEETS / name)
    assert sheet.sections == [("上半场", SectionKind.FIRST_HALF),
                              ("下半场", SectionKind.SECOND_HALF)]
    got = [(r.section, r.fields.title, r.fields.duration_seconds) for r in sheet.rows]
    assert got == [
        ("上半场", "开场舞《启航》", 300),        # 19:00:00 to 19:05:00
        ("上半场", "主持人开场", 180),            # 00:03: three minutes, as Ontime means it
        ("上半场", "合唱《我和我的祖国》（混声四部）", 720),  # 00:12: twelve minutes
        ("上半场", "小品《考试周》", 750),        # 19:20:00 to 19:32:30
        ("下半场", "中场抽奖", 750),              # linked: from 19:32:30 to 19:45:00
        ("下半场", "舞蹈《青春舞曲》", 270),      # 00:04:30
        ("下半场", "谢幕", 300)]                  # a bare 5: minutes
    assert sheet.rows[2].fields.notes == "（领唱：刘子涵），四支手持话筒"
    assert sheet.milestones == [("流程", 9, "19:25 演员候场")]


@pytest.mark.parametrize(("value", "seconds"), [
    ("00:10:00", 600), ("00:10", 600), ("10", 600), (15, 900), ("1h30m", 5400),
    ("10m30", 630), ("1030", 37800), ("7pm", 68400), (dt.time(19, 30), 70200),
    ("2027-04-30T19:30:00", 70200), (dt.timedelta(minutes=4), 240), ("", None),
])
def test_ontime_forms(value, seconds):
    assert ontime_seconds(value) == seconds


@pytest.mark.parametrize(("value", "seconds", "flagged"), [
    ("5分30", 330, False), ("5'30", 330, False), ("5.5min", 330, False), ("330s", 330, False),
    ("5 min 30 s", 330, False), ("00:12", 12, True), ("0:45", 45, True), ("1:12", 72, False),
    (dt.time(0, 12), 720, False),  # an Excel time cell: 00:12:00 is twelve minutes
])
def test_our_durations_and_the_ontime_flag(value, seconds, flagged):
    assert duration_from_cell(value) == seconds
    assert reads_as_seconds_clock(value) == flagged


def test_a_rundown_row_without_any_length_is_said(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Title", "Time Start", "Time End", "Duration", "Timer Type"])
    wb.active.append(["无时长", None, None, None, "count-down"])
    wb.active.append(["坏时刻", "七点", None, None, ""])
    wb.active.append(["奇怪类型", None, None, "00:05", "wait"])
    wb.save(tmp_path / "r.xlsx")
    sheet = read_act_sheet(tmp_path / "r.xlsx")
    assert [[(p.code, p.cell) for p in r.problems] for r in sheet.rows] == [
        [("rundown_length_missing", "D2")], [("time_format", "B3")]]
    assert sheet.left_out == [("Sheet", 4, "wait")]
