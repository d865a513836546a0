"""Importing items from the page (preview, undo) and from the CLI, in Chinese."""

from PySide6.QtWidgets import QDialogButtonBox

from gala_manager.cli import main
from gala_manager.core.supplies.item_import import preview_supply_import
from gala_manager.core.supplies.items import list_items
from gala_manager.imports.supplies_sheet import read_supplies_sheet
from gala_manager.ui.supplies.import_dialog import SupplyImportDialog
from gala_manager.ui.supplies.supplies_page import SuppliesPage
from tests.imports.test_supplies_import import MESSY, write_sheet


def test_import_from_the_page_and_undo(qtbot, controller, tmp_path):
    page = SuppliesPage(controller)
    qtbot.addWidget(page)
    page.show()
    path = write_sheet(tmp_path / "宣传部.xlsx", MESSY)
    # 海报 and 横幅 (same supplier) are in the demo already: only 3 are new.
    assert page.file_actions.import_items(path, confirm=False)
    names = [r.name for r in controller.read(list_items)]
    assert len(names) == 26 + 3 and "LED 屏" in names
    assert page.model.rowCount() == 29
    controller.undo_stack.undo()
    assert len(controller.read(list_items)) == 26
    assert page.model.rowCount() == 26


def test_preview_dialog_blocks_a_sheet_with_errors(qtbot, controller, tmp_path):
    rows = [MESSY[0], MESSY[1], ["", "十二块", "哨子", 10, "", "", "", "", "", ""]]
    sheet = read_supplies_sheet(write_sheet(tmp_path / "in.xlsx", rows))
    preview = controller.read(preview_supply_import, items=sheet.items)
    dialog = SupplyImportDialog(preview, "in.xlsx")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "1 with errors" in dialog.summary_label.text()
    assert "¥12.5" in dialog.model.data(dialog.model.index(1, 6))


def test_cli_import_in_chinese(app_language, demo_path, tmp_path, capsys):
    path = write_sheet(tmp_path / "in.xlsx", MESSY)
    assert main(["--lang", "zh_CN", "import", "supplies", str(demo_path), str(path)]) == 0
    out = capsys.readouterr().out
    assert "已导入 3 项物品" in out and "大屏租赁" in out
    assert main(["--lang", "zh_CN", "import", "supplies", str(demo_path), str(path)]) == 0
    assert "已在晚会中" in capsys.readouterr().out
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    assert main(["--lang", "zh_CN", "import", "supplies", str(demo_path), str(bad)]) == 2
    assert "不是 Excel 工作簿" in capsys.readouterr().err
