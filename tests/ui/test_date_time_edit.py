"""Every date and time field takes a whole typed value from any cursor position."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from gala_manager.core.gala.facts import GalaFacts
from gala_manager.core.programme.rows import ActFields
from gala_manager.core.programme.schedule import running_order
from gala_manager.core.tasks.rows import TaskFields
from gala_manager.ui.programme.act_dialog import ActDialog
from gala_manager.ui.programme.rehearsal_dialog import RehearsalDialog
from gala_manager.ui.shell.gala_dialog import GalaDialog
from gala_manager.ui.staff.roster_dialogs import ShiftDialog
from gala_manager.ui.supplies.filter_bar import SupplyFilterBar
from gala_manager.ui.supplies.item_dialog import SupplyItemDialog
from gala_manager.ui.tasks.new_gala_dialog import NewGalaDialog
from gala_manager.ui.tasks.task_dialog import TaskDialog
from gala_manager.ui.widgets.date_time_edit import DateEdit, TimeEdit
from tests.ui.typing_helpers import type_text


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def type_into(qtbot, field, text: str, cursor: int = 3) -> None:
    """Tab into the field, put the cursor inside the old value, type, then leave it."""
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.line.hasFocus)
    field.line.setCursorPosition(cursor)  # a click somewhere inside the old value
    type_text(field.line, text)
    field.line.clearFocus()  # focus leaves: the value is read and shown canonically


@pytest.mark.parametrize(("text", "expected"), [
    ("2027-05-01", dt.date(2027, 5, 1)), ("2027/5/1", dt.date(2027, 5, 1)),
    ("5月1日", dt.date(2027, 5, 1)), ("2027年5月1日", dt.date(2027, 5, 1)),
])
def test_a_date_typed_anywhere_in_the_field_is_read_whole(qtbot, text, expected):
    field = shown(qtbot, DateEdit(dt.date(2026, 12, 2)))
    type_into(qtbot, field, text, cursor=6)
    assert field.value() == expected
    assert field.line.text() == expected.isoformat()
    assert field.weekday_label.text() == "Saturday"


@pytest.mark.parametrize("text", ["19:00", "1900", "19点", "晚上7点", "7 pm"])
def test_a_time_typed_anywhere_in_the_field_is_read_whole(qtbot, text):
    field = shown(qtbot, TimeEdit(dt.time(9, 30)))
    type_into(qtbot, field, text, cursor=2)
    assert field.value() == dt.time(19, 0)
    assert field.line.text() == "19:00"


def test_editing_keys_edit_in_place_and_arrows_step(qtbot):
    field = shown(qtbot, DateEdit(dt.date(2027, 4, 30)))
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(field.line, Qt.Key.Key_End)
    qtbot.keyClick(field.line, Qt.Key.Key_Backspace)
    qtbot.keyClick(field.line, Qt.Key.Key_Backspace)
    type_text(field.line, "29")
    assert field.value() == dt.date(2027, 4, 29)
    qtbot.keyClick(field.line, Qt.Key.Key_Up)
    qtbot.keyClick(field.line, Qt.Key.Key_Up)
    assert field.value() == dt.date(2027, 5, 1)
    qtbot.keyClick(field.line, Qt.Key.Key_PageDown)
    assert field.value() == dt.date(2027, 4, 1)


def test_text_nobody_can_read_stays_marked_and_is_refused(qtbot):
    field = shown(qtbot, DateEdit(dt.date(2027, 4, 30)))
    type_into(qtbot, field, "2027-02-30")
    assert field.line.text() == "2027-02-30"  # kept as typed
    assert not field.is_valid()
    assert field.weekday_label.text() == "?"


def test_the_calendar_opens_from_the_keyboard_and_picks_a_date(qtbot):
    field = shown(qtbot, DateEdit(dt.date(2027, 4, 30)))
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate().toString("yyyy-MM-dd") == "2027-04-30"
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert field.value() == dt.date(2027, 5, 1)


def test_gala_dialog_tick_date_fixed_tab_and_type(qtbot):
    dialog = shown(qtbot, GalaDialog(GalaFacts(name="迎五一晚会"), new=True))
    dialog.has_date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.has_date, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.has_date, Qt.Key.Key_Tab)
    assert dialog.date.line.hasFocus()
    type_text(dialog.date.line, "2027-05-01")
    type_into(qtbot, dialog.start, "1930")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    facts = dialog.facts()
    assert (facts.date, facts.start_time) == (dt.date(2027, 5, 1), dt.time(19, 30))


def test_gala_dialog_keeps_a_bad_date_and_says_so(qtbot):
    dialog = shown(qtbot, GalaDialog(GalaFacts(name="迎五一晚会", date=dt.date(2027, 4, 30)),
                                     new=False))
    type_into(qtbot, dialog.date, "5月32日")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "5月32日" in dialog.error_label.text() and "2027-05-01" in dialog.error_label.text()


def test_act_dialog_fixed_start(qtbot):
    dialog = shown(qtbot, ActDialog(ActFields(title="颁奖"), [], []))
    dialog.fixed_check.setChecked(True)
    type_into(qtbot, dialog.fixed_time, "2110")
    dialog.accept()
    assert dialog.fields().fixed_start == dt.time(21, 10)


def test_task_dialog_due_date_and_time(qtbot):
    dialog = shown(qtbot, TaskDialog(TaskFields(title="布置会场"), [], [], lambda fields: None,
                                     gala_date=dt.date(2027, 4, 30)))
    dialog.fixed_due.setChecked(True)
    dialog.time_check.setChecked(True)
    type_into(qtbot, dialog.date_edit, "4月29日")
    type_into(qtbot, dialog.time_edit, "下午2点")
    due = dialog.due()
    assert (due.date, due.time) == (dt.date(2027, 4, 29), dt.time(14, 0))


def test_supply_item_dialog_needed_by(qtbot, controller):
    dialog = shown(qtbot, SupplyItemDialog(controller))
    type_text(dialog.name_edit, "对讲机")
    dialog.date_check.setChecked(True)
    type_into(qtbot, dialog.date_edit, "2027/4/28")
    dialog.accept()
    assert dialog.data().needed_by == dt.date(2027, 4, 28)


def test_new_gala_dialog_date(qtbot, tmp_path):
    dialog = shown(qtbot, NewGalaDialog(GalaFacts(name="迎五一晚会", date=dt.date(2027, 4, 30)),
                                        tmp_path))
    type_into(qtbot, dialog.date_edit, "2028-04-28")
    assert dialog.date() == dt.date(2028, 4, 28)


def test_rehearsal_dialog_date(qtbot, controller):
    dialog = shown(qtbot, RehearsalDialog(controller.read(running_order)))
    type_into(qtbot, dialog.date_edit, "2027年4月23日")
    dialog.accept()
    assert dialog.values()["date"] == dt.date(2027, 4, 23)


def test_shift_dialog_times(qtbot):
    dialog = shown(qtbot, ShiftDialog())
    type_text(dialog.name_edit, "晚会进行")
    type_into(qtbot, dialog.start_edit, "19点")
    type_into(qtbot, dialog.end_edit, "21:30")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    data = dialog.data()
    assert (data.start, data.end) == (dt.time(19, 0), dt.time(21, 30))


def test_supply_filter_needed_by(qtbot):
    bar = shown(qtbot, SupplyFilterBar())
    seen = []
    bar.filter_changed.connect(seen.append)
    bar.date_check.setChecked(True)
    type_into(qtbot, bar.date_edit, "2027-04-25")
    assert seen[-1].needed_by == dt.date(2027, 4, 25)
