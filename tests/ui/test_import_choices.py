"""The preview's choices, clicked as a user would: leave out the rows with errors and save
them, choose the sheets, put a rundown into the running order; each one undo step."""

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from gala_manager.core.programme.acts import list_acts
from gala_manager.core.programme.schedule import running_order
from tests.ui.programme_helpers import open_page

SHEETS = Path(__file__).resolve().parents[1] / "fixtures" / "sheets"


def _workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "计算机系"
    ws.append(["节目名称", "时长", "联系人"])
    ws.append(["街舞《燃》", "4:00", "韩冬"])
    ws.append(["魔术", "一会儿", "杨帆"])
    other = wb.create_sheet("外语系")
    other.append(["Title", "Duration", "Note"])
    other.append(["English Drama", "12 min", "Bring costumes"])
    wb.save(path)
    return path


def test_leave_out_the_rows_with_errors_save_them_and_choose_sheets(qtbot, controller,
                                                                    tmp_path, monkeypatch):
    page = open_page(qtbot, controller)
    dialog = page.actions.files.import_file(_workbook(tmp_path / "报名表.xlsx"))
    assert not dialog.import_button.isEnabled()
    assert dialog.skip_box.isVisibleTo(dialog) and dialog.save_button.isVisibleTo(dialog)
    assert dialog.skip_box.text() == "Import the 2 good rows and leave out the 1 with errors"
    saved = tmp_path / "rows to correct.xlsx"
    monkeypatch.setattr(dialog, "ask_rejected_path", lambda: saved)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert openpyxl.load_workbook(saved).active["C2"].value == "一会儿"
    # The second sheet out, then in again.
    dialog.sheet_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert [dialog.model.row_at(r).sheet for r in range(dialog.model.rowCount())] == \
        ["计算机系", "计算机系"]
    assert "Sheets left out by your choice: 外语系." in dialog.summary_label.text()
    dialog.sheet_list.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.model.rowCount() == 3 and dialog.model.column_of("sheet") == 0
    dialog.skip_box.click()
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 2 acts"
    before = len(controller.read(list_acts))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    titles = [a.title for a in controller.read(list_acts)]
    assert len(titles) == before + 2 and "English Drama" in titles and "魔术" not in titles
    controller.undo_stack.undo()
    assert len(controller.read(list_acts)) == before


def test_a_rundown_goes_into_the_running_order_in_one_step(qtbot, controller):
    page = open_page(qtbot, controller)
    ordered = [a.title for a in controller.read(running_order)]
    dialog = page.actions.files.import_file(SHEETS / "rundown-ontime.xlsx")
    box = dialog.option_boxes["order"]
    assert box.isVisibleTo(dialog) and box.isChecked()
    model = dialog.model
    assert model.index(0, model.column_of("section")).data() == "上半场"
    assert model.index(2, model.column_of("duration")).data() == "12:00"
    assert "1 milestone not imported (markers, not acts): 19:25 演员候场 (row 9)." in \
        dialog.summary_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    titles = [a.title for a in controller.read(running_order)]
    assert titles[:len(ordered)] != [] and "谢幕" in titles and len(titles) == len(ordered) + 7
    assert titles.index("开场舞《启航》") < titles.index("谢幕")
    controller.undo_stack.undo()
    assert [a.title for a in controller.read(running_order)] == ordered
