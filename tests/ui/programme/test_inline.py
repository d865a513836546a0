"""Typed cell values become act changes; a new act from the dialog lands after the selection."""

import datetime as dt

import pytest

from gala_manager.core.errors import ValidationError
from gala_manager.core.programme.schedule import running_order
from gala_manager.ui.programme.act_dialog import ActDialog
from gala_manager.ui.programme.inline_edit import changes_for, parse_clock
from tests.ui.programme_helpers import open_page, titles


@pytest.mark.parametrize(("text", "time"), [
    ("21:00", dt.time(21, 0)), ("21：05", dt.time(21, 5)), ("21点", dt.time(21, 0)),
    ("21点30", dt.time(21, 30)), ("9:5", dt.time(9, 5)), ("2100", dt.time(21, 0)),
    ("", None), ("  ", None)])
def test_clock_times(text, time):
    assert parse_clock(text) == time


@pytest.mark.parametrize("text", ["25:00", "21:61", "soon", "2160"])
def test_bad_clock_times(text):
    with pytest.raises(ValidationError) as caught:
        parse_clock(text)
    assert caught.value.code == "time_format"


def test_changes_for_each_editable_field():
    assert changes_for("duration_seconds", "3分30秒") == {"duration_seconds": 210}
    assert changes_for("changeover_seconds", "") == {"changeover_seconds": None}
    assert changes_for("changeover_seconds", "0") == {"changeover_seconds": 0}
    assert changes_for("fixed_start", "21:10") == {"fixed_start": dt.time(21, 10)}
    assert changes_for("notes", " 自带道具 ") == {"notes": "自带道具"}
    with pytest.raises(ValidationError):
        changes_for("title", "   ")


def test_new_act_from_the_dialog_goes_after_the_selected_act(qtbot, controller, monkeypatch):
    page = open_page(qtbot, controller)

    def fill(dialog):
        dialog.title_edit.setText("魔术《硬币》")
        dialog.duration_edit.setText("4分钟")
        dialog.contact_name_edit.setText("杨帆")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActDialog, "exec", fill)
    page.table.selectRow(2)
    page.actions.new_action.trigger()
    assert titles(page)[3] == "魔术《硬币》"
    assert controller.read(running_order)[3].duration_seconds == 240
    controller.undo_stack.undo()
    assert "魔术《硬币》" not in titles(page)


def test_editing_in_the_dialog_writes_only_what_changed(qtbot, controller, monkeypatch):
    page = open_page(qtbot, controller)
    before = controller.read(running_order)[4]

    def change(dialog):
        dialog.fixed_check.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ActDialog, "exec", change)
    page.table.selectRow(4)
    page.actions.edit_action.trigger()
    after = controller.read(running_order)[4]
    assert after.fixed_start == dt.time(21, 0)  # the dialog's proposed time
    assert after.title == before.title and after.duration_seconds == before.duration_seconds
    assert controller.undo_stack.undoText() == f"Edit “{before.title}”"
    controller.undo_stack.undo()
    assert controller.read(running_order)[4].fixed_start is None
