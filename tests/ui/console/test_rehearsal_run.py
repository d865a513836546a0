"""A rehearsal run from the console: its own log and measured times, never the show log."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from gala_manager.core.models import RehearsalKind
from gala_manager.core.programme.rehearsals import apply_measured_durations, list_rehearsals
from gala_manager.core.show.actions import Action, perform, read_show
from gala_manager.core.show.log import show_log
from gala_manager.core.storage.backup import list_backups
from gala_manager.core.storage.document import GalaDocument
from gala_manager.ui.console.clock import ManualClock
from gala_manager.ui.console.launcher import ConsoleLauncher, console_launcher

# The final rehearsal, a week before the gala, starts at 14:00.
DAY = dt.datetime(2027, 4, 23, 14, 0)


@pytest.fixture
def rehearsal(qtbot, controller, monkeypatch):
    clock = ManualClock(DAY)
    asked = []
    monkeypatch.setattr(ConsoleLauncher, "clock", clock)
    monkeypatch.setattr(ConsoleLauncher, "ask_run",
                        lambda self, parent, default: asked.append(default) or default)
    window = console_launcher(controller).open_console()
    qtbot.waitExposed(window)
    monkeypatch.setattr(window, "confirm", lambda question: True)
    assert asked == ["rehearsal"]
    yield window
    window.close()


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window, key, modifier)


def test_a_rehearsal_run_times_the_acts_and_leaves_the_show_log_empty(qtbot, rehearsal,
                                                                       controller):
    window, clock = rehearsal, rehearsal.clock
    acts = controller.read(read_show).acts
    before = {r.id for r in controller.read(list_rehearsals)}
    assert window.top.run.full_text() == "REHEARSAL"
    assert window.stage.title.full_text() == "Rehearsal run"
    press(qtbot, window, Qt.Key.Key_F5)
    assert window.stage.title.full_text() == acts[0].title
    clock.advance(minutes=5, seconds=5)
    press(qtbot, window, Qt.Key.Key_Space)
    # A power failure in act 2 stops its clock for three minutes.
    clock.advance(minutes=1)
    press(qtbot, window, Qt.Key.Key_P)
    clock.advance(minutes=3)
    window.refresh()
    assert "paused: power failure" in window.stage.info.full_text()
    assert window.stage.time.full_text().startswith("01:00 /")
    press(qtbot, window, Qt.Key.Key_V)
    clock.advance(minutes=3, seconds=20)
    press(qtbot, window, Qt.Key.Key_Space)
    # Ahead/behind counts from the run's own start, not from the gala weeks away.
    assert window.top.delta.full_text() in ("On schedule", "Ahead by 01:00")
    clock.advance(minutes=2)
    press(qtbot, window, Qt.Key.Key_E)

    assert controller.read(show_log) == []
    added = [r for r in controller.read(list_rehearsals) if r.id not in before]
    assert len(added) == 1
    run = added[0]
    assert (run.kind, run.date) == (RehearsalKind.FINAL, DAY.date())
    assert run.timings == {acts[0].act_id: 305, acts[1].act_id: 260, acts[2].act_id: 120}
    assert [e.kind.value for e in controller.read(show_log, run=run.id)] == [
        "show_start", "next", "incident_start", "incident_resolve", "next", "show_end"]

    # The Programme page's "Use measured durations" takes the latest rehearsal: this run.
    controller.run(apply_measured_durations)
    assert [a.duration_seconds for a in controller.read(read_show).acts[:3]] == [305, 260, 120]


def test_undo_in_a_rehearsal_run_takes_the_timing_back(qtbot, rehearsal, controller):
    window, clock = rehearsal, rehearsal.clock
    press(qtbot, window, Qt.Key.Key_F5)
    clock.advance(minutes=4)
    press(qtbot, window, Qt.Key.Key_Space)
    run = window.run
    first = controller.read(read_show).acts[0].act_id
    assert controller.read(list_rehearsals)[-1].timings == {first: 240}
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert next(r for r in controller.read(list_rehearsals) if r.id == run).timings == {}
    assert window.stage.title.full_text() == controller.read(read_show).acts[0].title
    assert controller.read(show_log) == []


def test_the_menu_switches_to_the_show_and_resets_it_after_a_backup(qtbot, rehearsal,
                                                                     controller, tmp_path):
    window = rehearsal
    window.menu.rebuild()
    reset = next(a for a in window.menu.actions() if a.objectName() == "resetShow")
    assert not reset.isEnabled()  # nothing in the show log yet
    next(a for a in window.menu.actions() if a.objectName() == "runShow").trigger()
    assert window.run is None and window.top.run.full_text() == "SHOW"
    press(qtbot, window, Qt.Key.Key_F5)
    controller.run(perform, action=Action.NEXT, at=window.clock.advance(minutes=5))
    assert len(controller.read(show_log)) == 2
    window.menu.rebuild()
    reset = next(a for a in window.menu.actions() if a.objectName() == "resetShow")
    reset.trigger()
    assert controller.read(show_log) == []
    newest = list_backups(tmp_path / "data", controller.document.path)[0].path
    with GalaDocument.open(newest, read_only=True) as backup:
        assert len(backup.read(show_log)) == 2  # the backup holds what was cleared
    assert window.stage.title.full_text() == "Not started"
    assert "2 actions cleared" in window.status_label.full_text()


def test_a_running_show_cannot_switch_to_a_rehearsal(qtbot, rehearsal, controller):
    window = rehearsal
    window.switch_run(None)
    press(qtbot, window, Qt.Key.Key_F5)
    assert not window.switch_run(0)
    assert window.run is None
    assert window.status_label.full_text() == "End the current run first (E)."
