"""The Programme page driven like a user: drag, keys, typing into cells, undo."""

from PySide6.QtCore import Qt

from gala_manager.core.programme.acts import unordered_acts
from gala_manager.core.programme.rows import Verdict
from gala_manager.core.programme.schedule import running_order
from tests.ui.events import settle
from tests.ui.programme_helpers import (
    cell,
    drop_on_view,
    focus_table,
    open_page,
    starts,
    titles,
    type_into_cell,
)


def drag_rows(page, rows):
    """What a drag of these rows carries: the model's own mime data."""
    model = page.table.model()
    return model.mimeData([model.index(r, 0) for r in rows])


def test_drag_an_act_up_changes_the_times_and_undo_restores_them(qtbot, controller):
    page = open_page(qtbot, controller)
    before_titles, before_starts = titles(page), starts(page)
    assert before_titles[4] == "小品《宿舍那些事》"
    assert before_starts[:3] == ["19:00", "19:06", "19:10"]
    assert drop_on_view(page.table, drag_rows(page, [4]), 1)
    assert titles(page)[:3] == ["开场舞《青春飞扬》", "小品《宿舍那些事》", "主持人开场"]
    # The 14-minute sketch now runs second: everything it jumped over starts later.
    assert starts(page)[:3] == ["19:00", "19:06", "19:21"]
    assert page.current_act_id() == controller.read(running_order)[1].act_id
    controller.undo_stack.undo()
    assert titles(page) == before_titles
    assert starts(page) == before_starts
    controller.undo_stack.redo()
    assert titles(page)[1] == "小品《宿舍那些事》"


def test_drag_down_lands_before_the_row_dropped_on(qtbot, controller):
    page = open_page(qtbot, controller)
    first = titles(page)[0]
    assert drop_on_view(page.table, drag_rows(page, [0]), 3)
    assert titles(page)[2] == first
    assert controller.undo_stack.count() == 1


def test_drag_from_the_side_list_inserts_and_back_takes_out(qtbot, controller):
    page = open_page(qtbot, controller)
    side = page.unordered_view.model()
    assert side.rowCount() == 3
    song = side.row_at(1)
    mime = side.mimeData([side.index(1, 0)])
    assert drop_on_view(page.table, mime, 2)
    assert titles(page)[2] == song.title
    assert side.rowCount() == 2
    # And back: an act of the order dropped on the side list leaves the order.
    assert drop_on_view(page.unordered_view, drag_rows(page, [2]), 0)
    assert song.title not in titles(page)
    assert [a.title for a in controller.read(unordered_acts)].count(song.title) == 1
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert side.rowCount() == 3


def test_alt_down_and_alt_up_move_the_selected_act(qtbot, controller):
    page = open_page(qtbot, controller)
    before = titles(page)
    focus_table(qtbot, page)
    page.table.selectRow(2)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(page)[3] == before[2]
    assert titles(page)[2] == before[3]
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(page)[1] == before[2]
    assert controller.undo_stack.count() == 3


def test_alt_down_at_the_end_of_a_half_crosses_into_the_next(qtbot, controller):
    page = open_page(qtbot, controller)
    order = controller.read(running_order)
    last_first_half = max(i for i, a in enumerate(order) if a.section_id == order[0].section_id)
    focus_table(qtbot, page)
    page.table.selectRow(last_first_half)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = controller.read(running_order)[last_first_half]
    assert moved.act_id == order[last_first_half].act_id
    assert moved.section_id == order[-1].section_id


def test_typing_3分30秒_into_the_duration_cell(qtbot, controller):
    page = open_page(qtbot, controller)
    assert cell(page, 0, "duration").data() == "5:00"
    before = starts(page)
    type_into_cell(qtbot, page, 0, "duration", "3分30秒")
    assert cell(page, 0, "duration").data() == "3:30"
    assert controller.read(running_order)[0].duration_seconds == 210
    # 90 seconds shorter: the second act starts at 19:04:30.
    assert starts(page)[1] == "19:04"
    assert not page.message_label.isVisible()
    controller.undo_stack.undo()
    assert starts(page) == before


def test_a_duration_nobody_can_read_is_refused_with_the_formats(qtbot, controller):
    page = open_page(qtbot, controller)
    type_into_cell(qtbot, page, 0, "duration", "about four")
    assert page.message_label.isVisible()
    assert "3分30秒" in page.message_label.text()
    assert "about four" in page.message_label.text()
    assert controller.read(running_order)[0].duration_seconds == 300
    assert controller.undo_stack.count() == 0


def test_over_length_indicator(qtbot, controller):
    page = open_page(qtbot, controller)
    assert page.totals.verdict() == Verdict.WITHIN
    assert "Within" in page.totals.verdict_label.text()
    # The closing song (6 min, after the awards fixed at 21:10) grows to an hour.
    type_into_cell(qtbot, page, 16, "duration", "1:00:00")
    assert page.totals.verdict() == Verdict.OVER
    # 2 h 33 min + 54 min = 3 h 27 min: 27 minutes over the longest 180.
    assert page.totals.verdict_label.text() == \
        "Over: 27 min longer than the longest 180 min"
    assert "running_total_over" in [p.code for p in page.problems_model.rows()]
    controller.undo_stack.undo()
    settle()
    assert page.totals.verdict() == Verdict.WITHIN


def test_planned_vs_measured_and_use_measured_in_one_step(qtbot, controller):
    page = open_page(qtbot, controller)
    assert not page.table.isColumnHidden(page.order_model.column_of("measured"))
    before = [a.duration_seconds for a in controller.read(running_order)]
    page.actions.use_measured_action.trigger()
    after = controller.read(running_order)
    assert after[4].duration_seconds == 905
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert [a.duration_seconds for a in controller.read(running_order)] == before
    page.actions.measured_action.setChecked(False)
    assert page.table.isColumnHidden(page.order_model.column_of("measured"))


def test_dragging_several_acts_out_of_the_order_is_one_step(qtbot, controller):
    page = open_page(qtbot, controller)
    before = titles(page)
    assert drop_on_view(page.unordered_view, drag_rows(page, [1, 2, 3]), 0)
    assert titles(page) == before[:1] + before[4:]
    assert page.unordered_model.rowCount() == 6
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert titles(page) == before
