"""The Sponsors page driven like a user: add with a promise, tick promises off, undo, export."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gala_manager.core.models import PromiseKind, PromiseStatus, SponsorStatus
from gala_manager.core.programme.schedule import running_order
from gala_manager.core.sponsors.promises import list_promises
from gala_manager.core.sponsors.records import get_sponsor, list_sponsors
from gala_manager.core.sponsors.rows import PromiseData
from gala_manager.core.supplies.settings import get_budget
from gala_manager.ui.sponsors.part_dialogs import GoodsDialog, PromiseDialog
from gala_manager.ui.sponsors.sponsor_dialog import SponsorDialog
from gala_manager.ui.sponsors.sponsors_page import SponsorsPage
from tests.export.pdf_helpers import page_texts
from tests.ui.events import settle
from tests.ui.typing_helpers import type_text


@pytest.fixture
def page(qtbot, controller):
    widget = SponsorsPage(controller)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_add_a_sponsor_with_a_promise_then_undo_and_redo(qtbot, page, controller,
                                                         monkeypatch):
    assert [r.company for r in page.model.rows()] == ["星光广告公司", "青禾文具店",
                                                     "蜜雪奶茶（学院店）"]
    assert "¥800.00" in page.summary_label.text()
    quiz = next(a for a in controller.read(running_order) if a.title == "有奖问答（第一轮）")
    monkeypatch.setattr(SponsorDialog, "ask_promise", lambda self, record: PromiseData(
        PromiseKind.HOST_MENTION, "颁奖前鸣谢", act_id=quiz.act_id))

    def fill(dialog):
        click_ok(qtbot, dialog)
        assert dialog.isVisible()
        assert dialog.error_label.text() == "A sponsor needs a company name."
        type_text(dialog.company_edit, "校园超市")
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(SponsorStatus.AGREED))
        dialog.cash_edit.clear()
        type_text(dialog.cash_edit, "¥200")
        qtbot.mouseClick(dialog.promises_list.add_button, Qt.MouseButton.LeftButton)
        assert dialog.promises_list.model.rowCount() == 1
        click_ok(qtbot, dialog)

    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    added = controller.read(list_sponsors)[-1]
    assert (added.company, added.data.cash) == ("校园超市", Decimal("200.00"))
    assert controller.read(get_budget).sponsorship == Decimal("1000.00")
    assert page.selected_ids() == [added.id]
    promise_id = added.data.promises[0].id
    assert page.promise_model.row_of(promise_id) >= 0

    controller.undo_stack.undo()
    assert controller.read(get_budget).sponsorship == Decimal("800.00")
    controller.undo_stack.redo()
    again = controller.read(get_sponsor, sponsor_id=added.id)
    assert again.data.promises[0].id == promise_id  # later commands still find it


def test_tick_off_promises_on_the_night(qtbot, page, controller):
    page.open_only.setChecked(True)
    pending = page.promise_proxy.rowCount()
    assert pending == 6
    selection = page.promise_table.selectionModel()
    for row in range(2):
        selection.select(page.promise_proxy.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    page.status_combo.setCurrentIndex(page.status_combo.findData(PromiseStatus.DONE))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.promise_proxy.rowCount() == pending - 2
    assert sum(p.promise.status == PromiseStatus.DONE
               for p in controller.read(list_promises)) == 4
    assert controller.undo_stack.undoText() == "Mark 2 promises “Done”"
    controller.undo_stack.undo()
    settle()
    assert page.promise_proxy.rowCount() == pending


def test_edit_keeps_goods_and_removal_undoes(qtbot, page, controller):
    page.select_ids([controller.read(list_sponsors)[1].id])

    def fill(dialog):
        assert dialog.goods_list.model.rowCount() == 2
        dialog.cash_edit.clear()
        type_text(dialog.cash_edit, "350")
        click_ok(qtbot, dialog)

    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    row = controller.read(list_sponsors)[1]
    assert row.data.cash == Decimal("350.00") and len(row.data.goods) == 2
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(controller.read(list_sponsors)) == 2
    controller.undo_stack.undo()
    assert controller.read(list_sponsors)[1] == row


def test_goods_and_promise_dialogs(qtbot, controller):
    goods = GoodsDialog(controller)
    qtbot.addWidget(goods)
    goods.item_combo.setCurrentIndex(goods.item_combo.findText("奶茶券（有奖问答）"))
    assert goods.description_edit.text() == "奶茶券（有奖问答）"
    assert goods.value_edit.text() == "600.00"  # the item's value, offered
    click_ok(qtbot, goods)
    assert goods.data().value == Decimal("600.00")

    promise = PromiseDialog(controller)
    qtbot.addWidget(promise)
    promise.show()
    assert not promise.act_combo.isVisible()  # only a host mention has a point on stage
    promise.kind_combo.setCurrentIndex(promise.kind_combo.findData(PromiseKind.HOST_MENTION))
    assert promise.act_combo.isVisible()
    promise.act_combo.setCurrentIndex(2)
    type_text(promise.detail_edit, "开场后鸣谢")
    click_ok(qtbot, promise)
    assert promise.data().detail == "开场后鸣谢" and promise.data().act_id is not None


def test_report_export_and_navigation(qtbot, main_window, tmp_path, monkeypatch):
    controller = main_window.controller
    page = main_window.page("sponsors")
    target = ("sponsor", controller.read(list_sponsors)[2].id)
    main_window.navigate(target)
    assert main_window.current_page() is page
    assert page.selected_ids() == [target[1]]
    out = tmp_path / "赞助.pdf"
    monkeypatch.setattr(page, "ask_report_path", lambda: out)
    assert page.export_report() == out
    text = "\n".join(page_texts(out.read_bytes()))
    for company in ("星光广告公司", "青禾文具店", "蜜雪奶茶（学院店）"):
        assert company in text
    page.grab().save(str(tmp_path / "sponsors.png"))
