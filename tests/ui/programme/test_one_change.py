"""One edit, one small repaint: a typed cell updates its row, and the order is computed once."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from gala_manager.core.programme import schedule
from gala_manager.ui.programme.running_order_model import ACT_IDS_MIME
from gala_manager.ui.table_model import ids_mime
from tests.ui.events import settle
from tests.ui.programme_helpers import cell, titles, type_into_cell


def watch(model) -> dict[str, list]:
    """What the model tells its views: resets, layout changes and changed row ranges."""
    seen: dict[str, list] = {"reset": [], "layout": [], "changed": []}
    model.modelReset.connect(lambda: seen["reset"].append(True))
    model.layoutChanged.connect(lambda *args: seen["layout"].append(True))
    model.dataChanged.connect(lambda first, last, *roles: seen["changed"].append(
        (first.row(), last.row())))
    return seen


def count_schedules(monkeypatch) -> list[int]:
    """Counts how often the running order's times are really computed."""
    calls: list[int] = []
    real = schedule.retime

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(schedule, "retime", counting)
    return calls


def test_typing_a_title_repaints_its_row_and_keeps_the_selection(qtbot, main_window, monkeypatch):
    main_window.resize(1280, 800)
    main_window.show_page("programme")
    page = main_window.page("programme")
    settle()
    model = page.order_model
    page.table.scrollToBottom()
    scrolled = page.table.verticalScrollBar().value()
    act = model.row_at(5)
    seen = watch(model)
    computed = count_schedules(monkeypatch)
    type_into_cell(qtbot, page, 5, "title", "合唱《明天会更好》")
    assert titles(page)[5] == "合唱《明天会更好》"
    assert seen == {"reset": [], "layout": [], "changed": [(5, 5)]}
    assert page.current_act_id() == act.act_id
    assert page.table.verticalScrollBar().value() == scrolled
    # The page, its totals and its checks shared one schedule; the Overview and
    # the Staff page, which check the programme too, reuse it until the next change.
    assert computed == [1]
    for key in ("gala", "staff", "programme"):
        main_window.show_page(key)
        QApplication.processEvents()
    assert computed == [1]
    main_window.controller.undo_stack.undo()
    settle()
    assert titles(page)[5] == act.title
    assert seen["reset"] == [] and computed == [1, 1]


def test_a_changed_duration_repaints_the_rows_whose_times_moved(qtbot, main_window):
    main_window.show_page("programme")
    page = main_window.page("programme")
    settle()
    seen = watch(page.order_model)
    before = [cell(page, r, "start").data() for r in range(page.order_model.rowCount())]
    type_into_cell(qtbot, page, 14, "duration", "2:00")
    after = [cell(page, r, "start").data() for r in range(page.order_model.rowCount())]
    moved = [r for r, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert moved and min(moved) > 14
    assert seen["reset"] == [] and seen["layout"] == []
    # Row 14 changed its duration; the later rows their times (some are fixed starts).
    repainted = {r for first, last in seen["changed"] for r in range(first, last + 1)}
    assert {14, *moved} <= repainted and min(repainted) == 14


def test_a_move_keeps_the_moved_act_selected_without_a_reset(qtbot, main_window):
    main_window.show_page("programme")
    page = main_window.page("programme")
    settle()
    seen = watch(page.order_model)
    act = page.order_model.row_at(3)
    page.select_act(act.act_id)
    page.actions.down_action.trigger()
    settle()
    assert page.order_model.row_at(4).act_id == act.act_id
    assert page.current_act_id() == act.act_id
    # The two acts traded places: their rows repaint, not the whole view.
    assert seen == {"reset": [], "layout": [], "changed": [(3, 4)]}
    main_window.controller.undo_stack.undo()
    settle()
    assert page.order_model.row_at(3).act_id == act.act_id
    assert page.current_act_id() == act.act_id
    assert seen["layout"] == [] and seen["changed"][1:] == [(3, 4)]


def test_dragged_acts_stay_selected_where_they_land_and_back_after_undo(qtbot, main_window):
    main_window.show_page("programme")
    page = main_window.page("programme")
    settle()
    model, view = page.order_model, page.table
    moving = [model.row_at(r).act_id for r in (2, 3, 4)]
    view.selectRow(2)
    flags = QItemSelectionModel.SelectionFlag
    for row in (3, 4):
        view.selectionModel().select(model.index(row, 0), flags.Select | flags.Rows)
    seen = watch(model)
    model.dropMimeData(ids_mime(ACT_IDS_MIME, moving), Qt.DropAction.MoveAction, 10, 0,
                       QModelIndex())
    settle()
    landed = [model.row_of(act) for act in moving]
    assert landed == [7, 8, 9]
    assert page.selected_order_rows() == landed
    assert seen["reset"] == [] and seen["layout"] == []
    assert seen["changed"] == [(2, 9)]
    main_window.controller.undo_stack.undo()
    settle()
    assert [model.row_of(act) for act in moving] == [2, 3, 4]
    assert page.selected_order_rows() == [2, 3, 4]
