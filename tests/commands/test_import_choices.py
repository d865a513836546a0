"""`import KIND` with choices: --skip-invalid, --skipped-out, --sheet, --running-order,
and Ontime's own template with its demo rows. (`qapp` first: the command line would
otherwise make a QCoreApplication, and a later GUI test could make no widget.)"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from gala_manager.cli import main
from gala_manager.core.programme.acts import list_acts
from gala_manager.core.programme.schedule import running_order
from gala_manager.core.programme.sections import list_sections
from gala_manager.core.storage.document import GalaDocument

SHEETS = Path(__file__).resolve().parents[1] / "fixtures" / "sheets"


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "计算机系"
    ws.append(["节目名称", "时长", "联系人", "签字"])
    ws.append(["街舞《燃》", "4:00", "韩冬", "x"])
    ws.append(["魔术", "一会儿", "杨帆", ""])
    ws.append(["=A2&\"2\"", "3:00", "", ""])
    other = wb.create_sheet("外语系")
    other.append(["Title", "Duration", "Note"])
    other.append(["English Drama", "12 min", "Bring costumes"])
    wb.save(path)
    return path


def test_skip_invalid_imports_the_good_rows_and_saves_the_others(qapp, demo_path, tmp_path, capsys):
    path = _workbook(tmp_path / "报名表.xlsx")
    before = demo_path.read_bytes()
    assert main(["import", "acts", str(demo_path), str(path)]) == 1
    out = capsys.readouterr()
    assert demo_path.read_bytes() == before
    assert "计算机系!B3 (魔术), error: duration “一会儿” not understood" in out.out
    assert "计算机系!A4, error: the cell holds a formula without a saved value" in out.out
    assert "Sheets imported: 计算机系, 外语系." in out.out
    assert "Columns not used in “计算机系”: 签字." in out.out
    assert "--skip-invalid" in out.err
    rejected = tmp_path / "待修改.xlsx"
    assert main(["import", "acts", str(demo_path), str(path), "--skip-invalid",
                 "--skipped-out", str(rejected)]) == 0
    out = capsys.readouterr().out
    assert "The 2 rows with errors will be left out." in out and "2 acts added" in out
    with GalaDocument.open(demo_path) as doc:
        titles = {a.title for a in doc.read(list_acts)}
    assert {"街舞《燃》", "English Drama"} <= titles and "魔术" not in titles
    ws = openpyxl.load_workbook(rejected).active
    assert ws.title == "计算机系"
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("Row", "节目名称", "时长", "联系人", "签字", "What to correct")
    assert rows[1][:4] == (3, "魔术", "一会儿", "杨帆")
    assert rows[1][5].startswith("B3: duration “一会儿” not understood")
    assert rows[2][0] == 4 and rows[2][5].startswith("A4: the cell holds a formula")


def test_one_sheet_only(qapp, demo_path, tmp_path, capsys):
    path = _workbook(tmp_path / "报名表.xlsx")
    assert main(["import", "acts", str(demo_path), str(path), "--sheet", "外语系"]) == 0
    out = capsys.readouterr().out
    assert "Sheet “外语系”: 1 new" in out and "Sheets left out by your choice: 计算机系." in out


def test_ontime_template_with_its_demo_rows(qapp, demo_path, capsys):
    with GalaDocument.open(demo_path) as doc:
        ordered = len(doc.read(running_order))
    assert main(["import", "acts", str(demo_path), str(SHEETS / "ontime-template.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "Groups of the rundown, as sections: Morning Sessions, Lunch, Afternoon " \
           "Sessions." in out
    assert "5 milestones not imported (markers, not acts): Clear all, or Create New " in out
    assert "Columns not used in “Event schedule”: Cue, Colour, Video Notes." in out
    assert "6 acts added, 0 updated, 0 unchanged. 6 acts put into the running order." in out
    with GalaDocument.open(demo_path) as doc:
        order = doc.read(running_order)
        sections = [s.name for s in doc.read(list_sections)]
    assert [a.title for a in order[ordered:]] == [
        "Pre-show Countdown", "Welcome", "Session 1", "Lunch / Countdown to next session",
        "Session 2", "Wrap up"]
    assert [a.duration_seconds // 60 for a in order[ordered:]] == [60, 10, 50, 60, 50, 10]
    assert sections[-3:] == ["Morning Sessions", "Lunch", "Afternoon Sessions"]


def test_a_rundown_can_stay_out_of_the_running_order(qapp, demo_path, capsys):
    with GalaDocument.open(demo_path) as doc:
        ordered = len(doc.read(running_order))
    assert main(["import", "acts", str(demo_path), str(SHEETS / "rundown-ontime.xlsx"),
                 "--no-running-order"]) == 0
    assert "7 acts added" in capsys.readouterr().out
    with GalaDocument.open(demo_path) as doc:
        assert len(doc.read(running_order)) == ordered


def test_a_sheet_that_is_not_there_is_named_with_those_that_are(qapp, demo_path, tmp_path, capsys):
    path = _workbook(tmp_path / "报名表.xlsx")
    assert main(["import", "acts", str(demo_path), str(path), "--sheet", "数学系"]) == 2
    assert capsys.readouterr().err == ("No sheet with a header is called 数学系; the sheets to "
                                       "choose from are 计算机系, 外语系.\n")
