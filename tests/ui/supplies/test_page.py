"""The Supplies page driven like a user: filter, bulk status change, undo, totals, budget."""

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from gala_manager.core.models import SupplyStatus
from gala_manager.core.supplies.items import list_items
from gala_manager.core.supplies.settings import get_budget
from gala_manager.ui import theme
from gala_manager.ui.supplies.items_model import RowRole
from gala_manager.ui.supplies.supplies_commands import budget_command
from gala_manager.ui.supplies.supplies_page import SuppliesPage
from gala_manager.ui.theme import Tone
from tests.ui.events import settle
from tests.ui.typing_helpers import type_text


@pytest.fixture
def page(qtbot, controller):
    from gala_manager.app.i18n import install_language

    install_language("en")  # English plurals ("3 items") come from the en catalogue
    widget = SuppliesPage(controller)
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget



def shown_names(page) -> list[str]:
    settle()
    return [row.name for row in page.proxy.visible_rows()]


def select_all_shown(page) -> None:
    selection = page.table.selectionModel()
    for row in range(page.proxy.rowCount()):
        selection.select(page.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def test_filter_bulk_status_and_undo(qtbot, page, controller):
    assert len(shown_names(page)) == 26
    # Stage equipment, borrowed: 音响, 扩音设备, 话筒, all planned.
    bar = page.filter_bar
    bar.category_combo.setCurrentIndex(bar.category_combo.findText("Stage equipment"))
    assert shown_names(page) == ["音响", "扩音设备", "话筒"]
    assert "3 items shown of 26" in page.totals_bar.text()

    select_all_shown(page)
    page.status_combo.setCurrentIndex(page.status_combo.findData(SupplyStatus.AT_VENUE))
    qtbot.mouseClick(page.apply_status_button, Qt.MouseButton.LeftButton)
    statuses = {r.name: r.status for r in controller.read(list_items)}
    assert [statuses[n] for n in ("音响", "扩音设备", "话筒")] == ["at_venue"] * 3
    assert statuses["矿泉水"] == "planned"  # filtered out, untouched
    settle()
    assert [r.status for r in page.proxy.visible_rows()] == ["at_venue"] * 3
    assert controller.undo_stack.undoText() == "Set 3 items to “At the venue”"

    controller.undo_stack.undo()
    statuses = {r.name: r.status for r in controller.read(list_items)}
    assert [statuses[n] for n in ("音响", "扩音设备", "话筒")] == ["planned"] * 3
    controller.undo_stack.redo()
    settle()
    assert {r.status for r in controller.read(list_items) if r.category_key == "stage"} == {
        "at_venue"}


def test_search_and_status_filter_narrow_the_totals(qtbot, page):
    type_text(page.filter_bar.search_edit, "图文快印")
    assert page.filter_bar.search_edit.text() == "图文快印"
    names = shown_names(page)
    assert set(names) == {"邀请函", "主持人稿件", "节目清单", "海报", "传单", "荣誉证书"}
    # 150 + 9 + 240 + 180 + 150 + 60
    assert "value ¥789.00" in page.totals_bar.text()
    bar = page.filter_bar
    bar.status_combo.setCurrentIndex(bar.status_combo.findData(SupplyStatus.IN_HAND))
    assert set(shown_names(page)) == {"邀请函", "海报", "传单"}
    lines = dict((label, amounts.value) for label, amounts in page.breakdown_model.rows())
    assert lines == {"Publicity and printing": Decimal("480.00")}
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    settle()
    assert len(shown_names(page)) == 26


def test_sorting_by_subtotal_is_numeric(page):
    page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    first = page.proxy.index(0, 0).data(RowRole)
    assert first.name == "奶茶券（有奖问答）"  # ¥600.00
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    quantities = [page.proxy.index(r, 0).data(RowRole).quantity
                  for r in range(page.proxy.rowCount())]
    assert quantities == sorted(quantities)  # 1000 after 300, not between "1" and "10"


def test_remove_and_undo(qtbot, page, controller):
    type_text(page.filter_bar.search_edit, "哨子")
    page.table.selectRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    settle()
    assert "哨子" not in {r.name for r in controller.read(list_items)}
    assert shown_names(page) == []
    controller.undo_stack.undo()
    settle()
    assert shown_names(page) == ["哨子"]


def test_over_budget_is_shown_clearly(page, controller):
    assert not page.budget_panel.warning_label.isVisible()
    # ¥200 of the school's and the sponsors' ¥800: ¥1,000 for ¥2,303.50 of purchases.
    controller.push(budget_command(controller, Decimal("200")))
    settle()
    assert page.budget_panel.warning_label.isVisible()
    assert page.budget_panel.warning_label.text() == "Over budget by ¥1,303.50!"
    assert theme.css(Tone.ERROR) in page.budget_panel.styleSheet()
    controller.undo_stack.undo()
    settle()
    assert controller.read(get_budget).budget_limit == Decimal("2000.00")
    assert not page.budget_panel.warning_label.isVisible()


def test_a_problem_in_the_overview_leads_to_the_item(qtbot, main_window):
    controller = main_window.controller
    batteries = next(r for r in controller.read(list_items) if r.name == "5 号电池")
    page = main_window.page("supplies")
    page.filter_bar.search_edit.setText("海报")  # the item is filtered out at first
    main_window.navigate(("supply_item", batteries.id))
    assert main_window.page_stack.currentWidget() is page
    assert page.selected_ids() == [batteries.id]
    menu_texts = [action.text() for top in main_window.menuBar().actions() if top.menu()
                  for action in top.menu().actions()]
    assert "Export supplies to Excel…" in menu_texts  # the page's actions in the File menu
    main_window.navigate(("supply_budget",))
    assert main_window.page_stack.currentWidget() is page


def test_switching_to_chinese_rewords_the_page(page, controller):
    from gala_manager.app.i18n import install_language

    install_language("zh_CN")
    QApplication.processEvents()  # the LanguageChange events are posted
    try:
        assert page.title() == "物品"
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "物品"
        assert page.filter_bar.category_combo.itemText(0) == "全部类别"
        assert page.status_combo.currentText() == "计划中"
        assert page.totals_bar.text().startswith("共 26 项")
        assert page.budget_panel.edit_button.text() == "编辑预算…"
    finally:
        install_language("en")
        QApplication.processEvents()
    assert page.filter_bar.category_combo.itemText(0) == "All categories"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Item"
