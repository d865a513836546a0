"""The big screen: Space rolls and stops, winners shown are those on record, even after a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from gala_manager.core.draws.pool import excluded_numbers
from gala_manager.core.draws.setup import list_draws
from gala_manager.core.show.log import EventKind, show_log
from gala_manager.core.storage.document import GalaDocument
from gala_manager.ui.draws.big_screen import BigScreenWindow, Stage

SCRIPT = Path(__file__).with_name("draw_kill_script.py")


def _draw(controller, name):
    return next(r for r in controller.read(list_draws) if r.data.name == name)


def test_space_rolls_then_stops_on_the_winners_the_file_holds(qtbot, controller):
    seats = _draw(controller, "幸运观众抽奖")
    window = BigScreenWindow(controller, seats.id)
    qtbot.addWidget(window)
    window.show()
    assert [label.full_text() for label in window.winner_labels] == ["?", "?", "?"]
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.stage == Stage.ROLLING
    qtbot.waitUntil(lambda: window.winner_labels[0].full_text() != "?")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.stage == Stage.SHOWN
    shown = [label.full_text() for label in window.winner_labels]
    recorded = [w.entry for w in _draw(controller, "幸运观众抽奖").winners]
    assert shown == recorded and len(set(shown)) == 3
    assert all(25 <= int(number) <= 800 for number in shown)  # seats 1–24 are for guests
    # A draw is history: Space again draws nothing more.
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert [w.entry for w in _draw(controller, "幸运观众抽奖").winners] == recorded


def test_a_drawn_draw_opens_on_its_recorded_winners(qtbot, controller):
    seats = _draw(controller, "幸运观众抽奖")
    first = BigScreenWindow(controller, seats.id)
    qtbot.addWidget(first)
    first.start()
    first.stop()
    again = BigScreenWindow(controller, seats.id)
    qtbot.addWidget(again)
    assert again.stage == Stage.SHOWN
    assert [label.full_text() for label in again.winner_labels] == list(first.result.winners)


def test_a_draw_that_cannot_be_made_says_why_on_the_screen(qtbot, controller):
    from gala_manager.core.draws.rows import DrawData
    from gala_manager.core.draws.setup import add_draw

    draw_id = controller.run(add_draw, data=DrawData(name="太多", winners=30, range_low=1,
                                                     range_high=20))
    window = BigScreenWindow(controller, draw_id)
    qtbot.addWidget(window)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.stage == Stage.STOPPED
    assert "20" in window.message.text() and "30" in window.message.text()
    assert not controller.read(show_log)


def test_a_kill_between_draw_and_display_leaves_the_draw_on_record(demo_path):
    child = subprocess.run([sys.executable, str(SCRIPT), str(demo_path)], capture_output=True,
                           text=True, timeout=120,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert "shown" not in child.stdout
    with GalaDocument.open(demo_path, read_only=True) as doc:
        draw = next(r for r in doc.read(list_draws) if r.data.name == "幸运观众")
        log = [e for e in doc.read(show_log) if e.kind == EventKind.DRAW]
    winners = [w.entry for w in draw.winners]
    excluded, _ = excluded_numbers("1-12, 100, 200, 300, 400, 500, 600, 700, 777")
    assert len(excluded) == 20
    assert len(set(winners)) == 10 and not set(winners) & excluded
    assert json.loads(log[-1].note)["winners"] == winners
