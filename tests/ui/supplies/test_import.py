"""Importing items from the page (preview, undo) and from the CLI, in Chinese."""

from PySide6.QtCore import Qt

from gala_manager.cli import main
from gala_manager.core.supplies.items import list_items
from gala_manager.ui.supplies.supplies_page import SuppliesPage
from tests.imports.test_supplies_import import MESSY, write_sheet
from tests.ui.events import settle


def open_page(qtbot, controller) -> SuppliesPage:
    page = SuppliesPage(controller)
    qtbot.addWidget(page)
    page.show()
    return page


def test_import_from_the_page_and_undo(qtbot, controller, tmp_path):
    page = open_page(qtbot, controller)
    path = write_sheet(tmp_path / "宣传部.xlsx", MESSY)
    dialog = page.file_actions.import_items(path)
    # 海报 and 横幅 (same supplier) are in the demo already: only 3 are new.
    assert dialog.import_button.text() == "Import 3 items"
    summary = dialog.summary_label.text()
    assert "3 new, 2 already there (skipped), 0 with errors." in summary
    assert "New categories: 大屏租赁." in summary
    model = dialog.model
    assert model.index(0, model.column_of("name")).data() == "海报"
    assert model.index(0, model.column_of("result")).data() == \
        "Already there (same item and supplier): skipped"
    assert model.index(3, model.column_of("unit_price")).data() == "¥1,200.00"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    names = [r.name for r in controller.read(list_items)]
    assert len(names) == 26 + 3 and "LED 屏" in names
    settle()
    assert page.model.rowCount() == 29
    controller.undo_stack.undo()
    settle()
    assert len(controller.read(list_items)) == 26
    assert page.model.rowCount() == 26


def test_preview_dialog_blocks_a_sheet_with_errors(qtbot, controller, tmp_path):
    page = open_page(qtbot, controller)
    rows = [MESSY[0], MESSY[1], ["", "十二块", "哨子", 10, "", "", "", "", "", ""]]
    dialog = page.file_actions.import_items(write_sheet(tmp_path / "in.xlsx", rows))
    settle()
    assert not dialog.import_button.isEnabled()
    assert "1 with errors" in dialog.summary_label.text()
    result = dialog.model.index(1, dialog.model.column_of("result")).data()
    assert result.startswith("Error; ") and "¥12.5" in result
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert len(controller.read(list_items)) == 26 and controller.undo_stack.count() == 0


def test_an_unreadable_sheet_is_told_in_one_line(qtbot, controller, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page = open_page(qtbot, controller)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[1:3]))
    bad = tmp_path / "清单.xlsx"
    bad.write_bytes(b"\x00\x01\x02 \xff\xfe" * 100)
    assert page.file_actions.import_items(bad) is None
    assert told == [("Import items from 清单.xlsx", "清单.xlsx is not a spreadsheet; open it in "
                     "Excel, WPS or LibreOffice and save it as .xlsx, .xls, .ods or .csv.")]


def test_cli_import_in_chinese(app_language, demo_path, tmp_path, capsys):
    path = write_sheet(tmp_path / "in.xlsx", MESSY)
    assert main(["--lang", "zh_CN", "import", "supplies", str(demo_path), str(path)]) == 0
    out = capsys.readouterr().out
    assert "已导入 3 项物品" in out and "大屏租赁" in out
    assert main(["--lang", "zh_CN", "import", "supplies", str(demo_path), str(path)]) == 0
    assert "已在晚会中" in capsys.readouterr().out
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"\x00\x01\x02 \xff\xfe" * 100)
    assert main(["--lang", "zh_CN", "import", "supplies", str(demo_path), str(bad)]) == 2
    assert "不是电子表格" in capsys.readouterr().err
