"""The stage display: huge time left, amber then red, the next act and its host link, live."""

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from gala_manager.app.i18n import install_language
from gala_manager.core.show.actions import Action, perform, read_show
from gala_manager.ui.console.clock import ManualClock
from gala_manager.ui.console.console_window import ShowConsoleWindow
from tests.ui.layout_helpers import layout_problems

START = dt.datetime(2027, 4, 30, 19, 0)


@pytest.fixture
def console(qtbot, controller):
    window = ShowConsoleWindow(controller, ManualClock(START))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def _second_act_on_stage(controller, console, seconds_in: int) -> None:
    controller.run(perform, action=Action.START, at=START)
    controller.run(perform, action=Action.NEXT, at=START + dt.timedelta(minutes=5))
    console.clock.set(START + dt.timedelta(minutes=5, seconds=seconds_in))
    console.refresh()


def test_f10_opens_it_and_it_follows_the_console(qtbot, console, controller):
    acts = controller.read(read_show).acts  # act 2 (主持人开场) lasts 240 s
    qtbot.keyClick(console, Qt.Key.Key_F10)
    display = console.companions.stage_display
    assert display is not None and display.isVisible()
    _second_act_on_stage(controller, console, 100)
    assert display.title.full_text() == acts[1].title
    assert (display.time.full_text(), display.tone) == ("02:20", "")
    assert display.next_title.full_text() == acts[2].title
    assert acts[2].host_link in display.next_link.text()
    console.clock.set(START + dt.timedelta(minutes=8, seconds=30))
    console.refresh()
    assert (display.time.full_text(), display.tone) == ("00:30", "warn")
    assert display.state.full_text() == "Last minute"
    console.clock.set(START + dt.timedelta(minutes=9, seconds=15))
    console.refresh()
    assert (display.time.full_text(), display.tone) == ("+00:15", "over")
    qtbot.keyClick(console, Qt.Key.Key_P)  # a power failure stops the act's clock
    console.clock.set(START + dt.timedelta(minutes=12))
    console.refresh()
    assert (display.time.full_text(), display.tone) == ("00:00", "paused")
    qtbot.keyClick(console, Qt.Key.Key_V)
    qtbot.keyClick(console, Qt.Key.Key_Space)
    assert display.title.full_text() == acts[2].title
    qtbot.keyClick(console, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: console.companions.stage_display is None)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1280, 720), (3840, 2160)])
def test_it_fits_any_screen(qtbot, console, controller, lang, size):
    install_language(lang)
    _second_act_on_stage(controller, console, 0)
    controller.run(perform, action=Action.NEXT, at=START + dt.timedelta(minutes=9))
    console.refresh()  # act 3 on stage: the host's long link to act 4 shows
    display = console.companions.open_stage_display()
    display.resize(*size)
    qtbot.wait(10)
    assert display.size().toTuple() == size
    assert layout_problems(display) == []


def test_the_menu_puts_it_on_a_chosen_screen_and_remembers(qtbot, console):
    console.menu.rebuild()
    menu = next(m for m in console.menu.findChildren(QMenu)
                if m.objectName() == "stageScreens")
    screen = QGuiApplication.screens()[0]
    menu.actions()[0].trigger()
    assert QSettings().value("stage/screen") == screen.name()
    assert console.companions.stage_display.isVisible()
