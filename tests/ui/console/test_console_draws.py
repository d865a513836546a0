"""Lucky draws from the console's menu: a trial in a rehearsal run, the real one in the show."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from gala_manager.core.draws.setup import list_draws
from gala_manager.core.show.log import EventKind, show_log
from gala_manager.ui.console.clock import ManualClock
from gala_manager.ui.console.console_menu import ConsoleMenu
from gala_manager.ui.console.launcher import ConsoleLauncher, console_launcher
from gala_manager.ui.draws.big_screen import BigScreenWindow


def open_console(qtbot, controller, monkeypatch, run: str):
    monkeypatch.setattr(ConsoleLauncher, "clock", ManualClock(dt.datetime(2027, 4, 30, 19)))
    monkeypatch.setattr(ConsoleLauncher, "ask_run", lambda self, parent, default: run)
    window = console_launcher(controller).open_console()
    qtbot.waitExposed(window)
    return window


def draw_from_menu(qtbot, window, name: str) -> BigScreenWindow:
    menu = ConsoleMenu(window)
    draws = menu.findChild(QMenu, "consoleDraws")
    assert draws.isEnabled()
    action = next(a for a in draws.actions() if a.text() == name)
    action.trigger()
    screen = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, BigScreenWindow) and w.isVisible())
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    qtbot.keyClick(screen, Qt.Key.Key_Space)
    return screen


@pytest.mark.parametrize("run", ["rehearsal", "show"])
def test_a_draw_from_the_console_counts_only_in_the_show(qtbot, controller, monkeypatch, run):
    window = open_console(qtbot, controller, monkeypatch, run)
    screen = draw_from_menu(qtbot, window, "幸运观众抽奖")
    shown = [label.full_text() for label in screen.winner_labels]
    assert len(set(shown)) == 3 and "?" not in shown
    recorded = [w.entry for w in controller.read(list_draws)[0].winners]
    draws_logged = [e for e in controller.read(show_log) if e.kind == EventKind.DRAW]
    if run == "rehearsal":
        assert recorded == [] and draws_logged == []
        assert "rehearsal" in screen.hint.full_text()
    else:
        assert recorded == shown and len(draws_logged) == 1
    screen.close()
    window.close()
