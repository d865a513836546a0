"""The Guests page driven like a user: add a guest, drag onto seats, texts, prints."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gala_manager.core.guests.invitations import invitation_texts
from gala_manager.core.guests.records import list_guests
from gala_manager.core.guests.seating import get_seating_plan
from gala_manager.core.models import GuestKind, GuestStatus
from gala_manager.ui.guests.guest_models import GUEST_MIME
from gala_manager.ui.guests.guests_page import GuestsPage
from gala_manager.ui.guests.print_dialog import PrintChoice
from gala_manager.ui.table_model import ids_mime
from tests.export.pdf_helpers import page_texts
from tests.ui.drag_helpers import send_drag
from tests.ui.events import settle
from tests.ui.typing_helpers import type_text


@pytest.fixture
def page(qtbot, controller):
    widget = GuestsPage(controller)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def guests(controller) -> dict:
    return {row.name: row for row in controller.read(list_guests)}


def click_ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_add_a_judge_then_undo(qtbot, page, controller):
    tab = page.list_tab
    assert tab.model.rowCount() == 8
    assert tab.summary_label.text() == "7 of 8 confirmed"

    def fill(dialog):
        click_ok(qtbot, dialog)
        assert dialog.error_label.text() == "A guest needs a name."
        type_text(dialog.name_edit, "周老师")
        type_text(dialog.title_edit, "舞蹈教研室主任")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(GuestKind.JUDGE))
        assert not dialog.sponsor_combo.isVisible()
        dialog.receiver_combo.setCurrentIndex(dialog.receiver_combo.findText("Post: 观众入口"))
        dialog.arrival_check.setChecked(True)
        click_ok(qtbot, dialog)

    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    added = guests(controller)["周老师"]
    assert added.data.kind == GuestKind.JUDGE and added.receiver == "观众入口"
    assert added.data.arrival_time == dt.time(18, 30)
    assert tab.selected_ids() == [added.id]
    controller.undo_stack.undo()
    assert "周老师" not in guests(controller)


def test_confirm_selected_guests(qtbot, page, controller):
    tab = page.list_tab
    tab.select_ids([guests(controller)["刘洋"].id])
    tab.status_combo.setCurrentIndex(tab.status_combo.findData(GuestStatus.CONFIRMED))
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    assert guests(controller)["刘洋"].data.status == GuestStatus.CONFIRMED
    settle()
    assert tab.summary_label.text() == "8 of 8 confirmed"


def test_drag_a_guest_onto_a_seat_and_onto_another_guest(qtbot, page, controller):
    page.tabs.setCurrentWidget(page.seating_tab)
    tab = page.seating_tab
    view, model = tab.seat_view, tab.seat_model
    zhang, li = guests(controller)["张明"], guests(controller)["李文华"]

    def drop(guest_id, seat) -> bool:
        rect = view.visualRect(model.index_of_seat(seat))
        return send_drag(view.viewport(), QPoint(rect.center()),
                         Qt.DropAction.MoveAction | Qt.DropAction.CopyAction,
                         ids_mime(GUEST_MIME, [guest_id]), Qt.DropAction.MoveAction)

    assert drop(zhang.id, (2, 12))
    assert guests(controller)["张明"].seat == (2, 12)
    settle()
    assert model.guest_at(model.index_of_seat((2, 12))).name == "张明"
    assert drop(li.id, (2, 12))  # onto 张明: they swap
    after = guests(controller)
    assert (after["李文华"].seat, after["张明"].seat) == ((2, 12), (1, 2))
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert guests(controller)["张明"].seat == (1, 1)
    settle()
    # The keyboard way: select a seat, take the guest off it.
    view.setCurrentIndex(model.index_of_seat((1, 1)))
    qtbot.mouseClick(tab.unseat_button, Qt.MouseButton.LeftButton)
    assert guests(controller)["张明"].seat is None


def test_the_plan_refuses_to_shrink_under_guests(qtbot, page, controller, warnings_shown):
    tab = page.seating_tab
    tab.rows_spin.setValue(1)
    qtbot.mouseClick(tab.apply_plan_button, Qt.MouseButton.LeftButton)
    assert warnings_shown == ["Guests sit where the smaller plan has no seat: move them first."]
    assert controller.read(get_seating_plan).rows == 2
    tab.rows_spin.setValue(3)
    qtbot.mouseClick(tab.apply_plan_button, Qt.MouseButton.LeftButton)
    settle()
    assert tab.seat_model.rowCount() == 3


def test_invitation_texts_preview_and_save(qtbot, page, controller):
    tab = page.texts_tab
    page.tabs.setCurrentWidget(tab)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(GuestKind.JUDGE))
    assert tab.state_label.text() == "The default words"
    assert tab.preview_label.text().startswith("Dear teacher 李文华,")
    tab.greeting_edit.clear()
    type_text(tab.greeting_edit, "<b>{name}</b>老师：")
    assert tab.preview_label.text().startswith("<b>李文华</b>老师：")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert controller.read(invitation_texts)[GuestKind.JUDGE][0] == "<b>{name}</b>老师："
    settle()
    assert tab.state_label.text() == "The committee’s own words"
    qtbot.mouseClick(tab.default_button, Qt.MouseButton.LeftButton)
    assert controller.read(invitation_texts) == {}


def test_print_invitations_for_the_selected_guest(page, controller, tmp_path, monkeypatch):
    page.list_tab.select_ids([guests(controller)["王建国"].id])
    out = tmp_path / "邀请函.pdf"
    monkeypatch.setattr(page, "ask_print", lambda what: PrintChoice(out, "a5", True))
    assert page.export("invitations") == out
    pages = page_texts(out.read_bytes())
    assert len(pages) == 1 and "王建国" in pages[0]


def test_a_guest_problem_leads_to_the_guest(main_window):
    controller = main_window.controller
    target = ("guest", guests(controller)["陈店长"].id)
    main_window.navigate(target)
    page = main_window.page("guests")
    assert main_window.current_page() is page
    assert page.list_tab.selected_ids() == [target[1]]
