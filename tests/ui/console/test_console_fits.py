"""The console fits any screen from 1280×720 to 4K, in both languages, incident open."""

import datetime as dt

import pytest

from gala_manager.app.i18n import install_language
from gala_manager.core.programme.acts import update_act
from gala_manager.core.show.actions import Action, perform, read_show
from gala_manager.ui.console.clock import ManualClock
from gala_manager.ui.console.console_window import ShowConsoleWindow
from tests.ui.layout_helpers import layout_problems

START = dt.datetime(2027, 4, 30, 19, 0)


def _console(qtbot, controller, size) -> ShowConsoleWindow:
    clock = ManualClock(START)
    window = ShowConsoleWindow(controller, clock)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(10)  # the layout settles on the window's size
    return window


def _power_failure_in_the_first_half(controller, clock) -> None:
    controller.run(perform, action=Action.START, at=START)
    controller.run(perform, action=Action.NEXT, at=START + dt.timedelta(minutes=5))
    controller.run(perform, action=Action.INCIDENT, kind="power",
                   at=START + dt.timedelta(minutes=8))
    clock.set(START + dt.timedelta(minutes=10))


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1280, 720), (3840, 2160)])
def test_every_element_shows_fully_with_a_power_failure_open(qtbot, controller, lang, size):
    install_language(lang)
    window = _console(qtbot, controller, size)
    _power_failure_in_the_first_half(controller, window.clock)
    window.refresh()
    qtbot.wait(10)
    assert window.size().toTuple() == size
    assert window.incident_panel.isVisible()
    assert "13012340001" in window.incident_panel.contacts.text()
    assert window.incident_panel.steps.text().count("\n") == 4  # all five steps of the plan
    assert layout_problems(window) == []
    window.grab().save(str(qtbot_tmp(qtbot) / f"console-{lang}-{size[0]}.png"))


def qtbot_tmp(qtbot):
    """A folder for the screenshots a failing run leaves to look at."""
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.gettempdir()) / "gala-console-shots"
    folder.mkdir(exist_ok=True)
    return folder


def test_type_grows_with_the_window(qtbot, controller):
    window = _console(qtbot, controller, (1280, 720))
    small = window.stage.title.font().pixelSize()
    window.resize(3840, 2160)
    qtbot.wait(10)
    assert window.stage.title.font().pixelSize() >= 2.9 * small


def test_a_long_name_is_elided_with_the_full_text_on_hover(qtbot, controller):
    acts = controller.read(read_show).acts
    long_title = "情景剧《" + "青春不散场、梦想在路上、我们一起奔跑" * 4 + "》"
    controller.run(update_act, act_id=acts[1].act_id, changes={"title": long_title})
    window = _console(qtbot, controller, (1280, 720))
    row = window.queue.standby_rows[1]  # before the start: acts 1 and 2 stand by
    assert row.title.is_elided() and row.title.text().endswith("…")
    assert row.title.toolTip() == long_title
    assert acts[1].contact_phone in row.contact.text()  # the phone is never cut
    assert layout_problems(window) == [f"FitLabel 'actTitle': elided: {long_title!r}"]

