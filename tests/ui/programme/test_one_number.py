"""One planned end and one running time: the page, the run-sheet and the console agree."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from gala_manager.app.programme.runsheet_export import runsheet_labels
from gala_manager.app.programme.wording import end_text, length_text
from gala_manager.app.show.board_text import schedule_text
from gala_manager.core.programme.rows import total_minutes
from gala_manager.core.programme.schedule import programme_summary, running_order
from gala_manager.core.show.actions import read_show
from gala_manager.core.show.board import make_board
from tests.ui.programme_helpers import focus_table, open_page


def test_rounding_of_a_length_is_half_up():
    assert [total_minutes(s) for s in (1889, 1890, 1949, 1950)] == [31, 32, 32, 33]


def test_the_page_the_run_sheet_and_the_console_say_the_same_end_and_length(
        qtbot, controller, app_language):
    summary = controller.read(programme_summary)
    # The demo has an act fixed a minute after it would naturally start: the stage waits.
    assert any(a.gap_seconds > 0 for a in controller.read(running_order))
    end, length = end_text(summary), length_text(summary)
    assert (end, length) == ("21:33", "2小时33分钟")
    page = open_page(qtbot, controller)
    shown = page.totals.times_label.text()
    assert f"预计结束 {end}" in shown and f"节目总时长 {length}" in shown
    assert runsheet_labels("full", controller.read).totals == \
        f"预计结束 {end} · 节目总时长 {length} · 共 {summary.act_count} 项"
    morning = dt.datetime.combine(summary.start.date(), dt.time(9, 0))
    board = make_board(controller.read(read_show), 3, morning)
    assert board.projected_end == board.planned_end == summary.planned_end
    assert schedule_text(board) == f"计划 19:00–{end} · 预计结束 {end}"


def test_undo_names_the_move_once_in_quotes(qtbot, main_window, app_language):
    window = main_window
    window.show_page("programme")
    page = window.current_page()
    order = window.controller.read(running_order)
    row = next(i for i, a in enumerate(order) if a.title == "相声《我要上晚会》")
    focus_table(qtbot, page)
    page.table.selectRow(row)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.menus.undo_action.text() == "撤销 移动“相声《我要上晚会》”(&U)"
