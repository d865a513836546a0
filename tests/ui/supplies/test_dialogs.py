"""The item and budget dialogs: bad input gets a clear message and loses nothing."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gala_manager.app.wording import describe_problem
from gala_manager.core.checks import Problem
from gala_manager.core.models import SupplySource
from gala_manager.core.operations import Area
from gala_manager.core.supplies.items import list_items
from gala_manager.ui.supplies.budget_panel import BudgetDialog
from gala_manager.ui.supplies.item_dialog import SupplyItemDialog
from gala_manager.ui.supplies.supplies_commands import add_item_command
from tests.ui.typing_helpers import type_text


def click_ok(qtbot, dialog) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_add_item_through_the_dialog_then_undo(qtbot, controller):
    dialog = SupplyItemDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name_edit, "对讲机")
    dialog.quantity_edit.clear()
    qtbot.keyClicks(dialog.quantity_edit, "4")
    dialog.price_edit.clear()
    qtbot.keyClicks(dialog.price_edit, "twelve")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert "unit price" in dialog.error_label.text()
    assert dialog.name_edit.text() == "对讲机"  # nothing typed is lost
    dialog.price_edit.clear()
    type_text(dialog.price_edit, "¥12.5")
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData(SupplySource.BORROW))
    assert dialog.return_check.isChecked()  # borrowed things go back
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    data = dialog.data()
    assert (data.name, data.quantity, data.unit_price) == ("对讲机", Decimal("4.000"),
                                                           Decimal("12.50"))
    assert controller.push(add_item_command(controller, data))
    assert "对讲机" in {r.name for r in controller.read(list_items)}
    controller.undo_stack.undo()
    assert "对讲机" not in {r.name for r in controller.read(list_items)}
    controller.undo_stack.redo()
    assert "对讲机" in {r.name for r in controller.read(list_items)}


def test_empty_name_is_refused_in_the_dialog(qtbot, controller):
    dialog = SupplyItemDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "An item needs a name."


def test_budget_dialog_parses_yuan(qtbot):
    from gala_manager.core.supplies.settings import BudgetSettings

    dialog = BudgetDialog(BudgetSettings(None, Decimal("300")))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sponsorship_label.text() == "¥300.00"  # from the sponsors, not typed here
    type_text(dialog.limit_edit, "¥1,500.5")
    click_ok(qtbot, dialog)
    assert dialog.budget_limit() == Decimal("1500.50")


def test_problems_in_chinese(app_language):
    import gala_manager.app.wordings as wordings

    wordings.load_all()
    cases = [
        (Problem(Area.SUPPLIES, "supply_overdue",
                 params={"name": "海报", "needed_by": "2027-04-10"}),
         "“海报”应于 2027-04-10 前备齐，但尚未到手。"),
        (Problem(Area.SUPPLIES, "supply_no_return_to", params={"name": "音响"}),
         "“音响”需要归还，但未填写归还对象。"),
        (Problem(Area.SUPPLIES, "supply_no_responsible", params={"name": "电池"}),
         "“电池”没有负责人。"),
        (Problem(Area.SUPPLIES, "supply_over_budget",
                 params={"cost": "2303.5", "available": "2000.00", "overrun": "303.50"}),
         "物品花费 ¥2,303.50，超出预算 ¥2,000.00 共 ¥303.50。"),
    ]
    for problem, text in cases:
        assert describe_problem(problem) == text
