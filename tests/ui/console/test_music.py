"""The console plays the act on stage's track (M), fades it (F), on the output picked."""

import miniaudio
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMenu

from gala_manager.core.show.actions import Action, perform
from gala_manager.ui.console.clock import ManualClock
from gala_manager.ui.console.console_window import ShowConsoleWindow
from gala_manager.ui.console.music_control import OUTPUT_KEY, MusicControl
from tests.ui.console.test_stage_display import START


@pytest.fixture
def console(qtbot, controller, monkeypatch):
    # miniaudio's null device: real timing, no sound card needed.
    monkeypatch.setattr(MusicControl, "backends", [miniaudio.Backend.NULL])
    window = ShowConsoleWindow(controller, ManualClock(START))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def test_m_plays_the_track_on_the_chosen_output_and_f_fades_it(qtbot, console, controller):
    console.menu.rebuild()
    outputs = next(m for m in console.menu.findChildren(QMenu)
                   if m.objectName() == "soundOutputs")
    outputs.aboutToShow.emit()
    names = [a.text() for a in outputs.actions()]
    assert names == ["The system's default", "NULL Playback Device"]
    outputs.actions()[1].trigger()
    assert QSettings().value(OUTPUT_KEY) == "NULL Playback Device"
    controller.run(perform, action=Action.START, at=START)
    console.refresh()
    qtbot.keyClick(console, Qt.Key.Key_M)  # 开场舞《青春飞扬》's track
    player = console.music.player
    assert player.playing and round(player.length) == 296
    assert console.status_label.full_text() == "Playing the track of “开场舞《青春飞扬》”."
    qtbot.waitUntil(lambda: "/04:56" in console.buttons["music"].text())
    assert console.buttons["music"].text().startswith("[M] Music ♪ 00:0")
    qtbot.keyClick(console, Qt.Key.Key_F)
    assert player.fading
    qtbot.waitUntil(lambda: not player.playing, timeout=8000)
    qtbot.waitUntil(lambda: "♪" not in console.buttons["music"].text())
    qtbot.keyClick(console, Qt.Key.Key_M)
    assert player.playing
    qtbot.keyClick(console, Qt.Key.Key_M)  # M again stops at once
    assert not player.playing and console.status_label.full_text() == "Music stopped."


def test_a_missing_track_is_said_and_nothing_plays(qtbot, console, controller):
    controller.run(perform, action=Action.START, at=START)
    titles = []
    while not titles or titles[-1] != "诗朗诵《我与祖国共奋进》":
        controller.run(perform, action=Action.NEXT, at=START)
        console.refresh()
        titles.append(console.board.on_stage.title)
    qtbot.keyClick(console, Qt.Key.Key_M)
    assert console.music.player is None
    assert console.status_label.full_text() == (
        "The track of “诗朗诵《我与祖国共奋进》” is missing: 音乐/朗诵配乐-钢琴.mp3")
