"""Exporting supplies in Chinese from the CLI and from the page (honouring the filter)."""

import openpyxl

from gala_manager.cli import main
from gala_manager.core.models import SupplySource
from gala_manager.ui.supplies.supplies_page import SuppliesPage
from tests.export.pdf_helpers import page_texts


def test_cli_export_in_chinese(app_language, demo_path, tmp_path, capsys):
    out = tmp_path / "物品.xlsx"
    assert main(["--lang", "zh_CN", "export", "supplies", str(demo_path), "-o", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["物品清单", "预算汇总", "采购单", "归还清单"]
    assert wb["物品清单"]["A3"].value == "物品"
    assert "SUMIFS('物品清单'!" in wb["预算汇总"]["C6"].value
    assert '"=购买"' in wb["预算汇总"]["D6"].value
    assert [c.value for c in wb["预算汇总"][5]][:4] == ["分组", "件数", "价值", "花费（购买）"]
    pdf = tmp_path / "物品.pdf"
    assert main(["--lang", "zh_CN", "export", "supplies", str(demo_path), "-o", str(pdf)]) == 0
    text = "\n".join(page_texts(pdf.read_bytes()))
    assert "物品清单" in text and "矿泉水" in text and "第 1 页" in text
    assert main(["--lang", "zh_CN", "export", "supplies", str(demo_path), "-o",
                 str(tmp_path / "x.txt")]) == 2
    assert "必须以 .xlsx 或 .pdf 结尾" in capsys.readouterr().err


def test_page_exports_only_what_the_filter_shows(qtbot, controller, tmp_path):
    page = SuppliesPage(controller)
    qtbot.addWidget(page)
    page.show()
    bar = page.filter_bar
    bar.source_combo.setCurrentIndex(bar.source_combo.findData(SupplySource.BORROW))
    assert page.proxy.rowCount() == 6
    out = tmp_path / "borrowed.xlsx"
    with qtbot.waitSignal(page.file_actions.export_finished, timeout=10000):
        page.file_actions.export_xlsx(out, only_shown=True)
    ws = openpyxl.load_workbook(out).worksheets[0]
    names = [ws.cell(row=r, column=1).value for r in range(4, 10)]
    assert set(names) == {r.name for r in page.proxy.visible_rows()}
    assert ws["A10"].value == "Total" and ws["F10"].value == "=SUBTOTAL(9,F4:F9)"
    with qtbot.waitSignal(page.file_actions.export_finished, timeout=10000):
        page.file_actions.export_xlsx(tmp_path / "all.xlsx", only_shown=False)
    assert openpyxl.load_workbook(tmp_path / "all.xlsx").worksheets[0].max_row == 3 + 26 + 1
    assert page.file_actions.export_xlsx_action.isEnabled()
