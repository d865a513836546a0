"""The act, rehearsal and settings dialogs: values in, values out, bad input kept."""

import datetime as dt

from gala_manager.core.models import ActKind, ActStatus, Gender, MicKind
from gala_manager.core.programme.rehearsals import ProgrammeSettingsRow
from gala_manager.core.programme.rows import ActFields
from gala_manager.core.programme.schedule import running_order
from gala_manager.core.staff.people import PersonRow
from gala_manager.ui.programme.act_dialog import ActDialog
from gala_manager.ui.programme.rehearsal_dialog import RehearsalDialog
from gala_manager.ui.programme.settings_dialog import ProgrammeSettingsDialog
from tests.ui.programme_helpers import cell, open_page

PEOPLE = [PersonRow(7, "林雨婷", Gender.FEMALE, "139", None, "文艺部", "")]


def test_act_dialog_round_trip(qtbot):
    fields = ActFields(title="相声《我要上晚会》", kind=ActKind.CROSSTALK, performers="赵磊、孙浩",
                       duration_seconds=720, mic_count=2, mic_kind=MicKind.STAND,
                       host_person_id=7, host_link="有请!", fixed_start=dt.time(20, 0),
                       status=ActStatus.REHEARSED)
    dialog = ActDialog(fields, PEOPLE, [])
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.fields() == fields


def test_act_dialog_reads_typed_values_and_keeps_bad_ones(qtbot):
    dialog = ActDialog(ActFields(title=""), PEOPLE, [])
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("  舞蹈《茉莉花》 ")
    dialog.duration_edit.setText("五分钟")
    dialog.accept()
    assert dialog.result() == 0
    assert "3分30秒" in dialog.error_label.text()
    assert dialog.duration_edit.text() == "五分钟"  # nothing typed is lost
    dialog.duration_edit.setText("4分钟")
    dialog.changeover_edit.setText("0")
    dialog.fixed_check.setChecked(True)
    dialog.fixed_time.setValue(dt.time(21, 15))
    dialog.submitted_combo.setCurrentText("艺术设计系")
    dialog.accept()
    result = dialog.fields()
    assert (result.title, result.duration_seconds, result.changeover_seconds) == \
        ("舞蹈《茉莉花》", 240, 0)
    assert result.fixed_start == dt.time(21, 15)
    assert result.submitted_by_text == "艺术设计系"


def test_rehearsal_dialog_collects_measured_times(qtbot, controller):
    acts = controller.read(running_order)
    dialog = RehearsalDialog(acts)
    qtbot.addWidget(dialog)
    model = dialog.model
    model.setData(model.index(0, model.column_of("measured")), "5分10秒")
    model.setData(model.index(1, model.column_of("measured")), "soon")
    dialog.accept()
    assert "主持人开场" in dialog.error_label.text()
    model.setData(model.index(1, model.column_of("measured")), "4:05")
    dialog.accept()
    assert dialog.values()["timings"] == {acts[0].act_id: 310, acts[1].act_id: 245}


def test_recording_a_rehearsal_shows_it_and_undo_removes_it(qtbot, controller, monkeypatch):
    page = open_page(qtbot, controller)
    acts = controller.read(running_order)

    def fake_exec(dialog):
        dialog.model.setData(dialog.model.index(2, dialog.model.column_of("measured")), "3:20")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RehearsalDialog, "exec", fake_exec)
    page.actions.rehearsal_action.trigger()
    assert controller.read(running_order)[2].measured_seconds == 200
    assert cell(page, 2, "measured").data() == "3:20"
    controller.undo_stack.undo()
    assert controller.read(running_order)[2].measured_seconds == acts[2].measured_seconds


def test_settings_dialog(qtbot):
    dialog = ProgrammeSettingsDialog(ProgrammeSettingsRow(60, None))
    qtbot.addWidget(dialog)
    assert not dialog.mics_spin.isEnabled()
    dialog.changeover_edit.setText("1分30秒")
    dialog.mics_check.setChecked(True)
    dialog.mics_spin.setValue(6)
    dialog.accept()
    assert dialog.settings() == ProgrammeSettingsRow(90, 6)
