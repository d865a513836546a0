"""Importing people from the Staff page (preview, undo) and from the command line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gala_manager.cli import main
from gala_manager.core.staff.directory import list_staff_people
from gala_manager.core.storage.document import GalaDocument
from gala_manager.ui.staff.staff_page import StaffPage


def _sheet(path, rows):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["说明:报名表"])
    wb.active.append(["姓名", "电话", "性别"])
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return path


def test_cli_import_people(demo_path, tmp_path, capsys):
    sheet = _sheet(tmp_path / "in.xlsx", [("新人甲", 13900000001, "女"), ("新人乙", "139 0000 0002",
                                                                          "男")])
    assert main(["import", "people", str(demo_path), str(sheet)]) == 0
    assert "Imported 2 people" in capsys.readouterr().out
    assert main(["import", "people", str(demo_path), str(sheet)]) == 0  # again: no duplicates
    assert "already in the gala" in capsys.readouterr().out
    bad = _sheet(tmp_path / "bad.xlsx", [("新人丙", "none", "女")])
    assert main(["import", "people", str(demo_path), str(bad)]) == 1
    text = capsys.readouterr()
    assert "Sheet!B3 (新人丙), error: “none” is not a phone number" in text.out
    assert "Nothing was imported" in text.err
    (tmp_path / "x.xlsx").write_text("not a workbook")
    assert main(["import", "people", str(demo_path), str(tmp_path / "x.xlsx")]) == 2
    with GalaDocument.open(demo_path, read_only=True) as doc:
        names = [p.name for p in doc.read(list_staff_people)]
    assert names.count("新人甲") == 1 and "新人丙" not in names


def test_import_dialog_preview_and_undo(qtbot, controller, tmp_path):
    page = StaffPage(controller)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.hosts_tab)
    before = len(controller.read(list_staff_people))
    bad = _sheet(tmp_path / "bad.xlsx", [("新人甲", 13900000001, "女"), ("", "139", "男")])
    dialog = page.import_people(bad)
    assert not dialog.import_button.isEnabled()
    assert "1 with errors" in dialog.summary_label.text()
    model = dialog.model
    texts = [model.index(r, model.column_of("result")).data() for r in range(model.rowCount())]
    assert texts[1].startswith("Error") and "name is missing" in texts[1]
    dialog.reject()
    good = _sheet(tmp_path / "good.xlsx", [("新人甲", 13900000001, "女"),
                                           ("陈思远", "13812345601", "男")])
    dialog = page.import_people(good)
    assert dialog.import_button.text() == "Import 1 person"
    assert model is not dialog.model
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(controller.read(list_staff_people)) == before + 1
    assert page.tabs.currentWidget() is page.people_tab  # shows whom it added
    controller.undo_stack.undo()
    assert len(controller.read(list_staff_people)) == before
