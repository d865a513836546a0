"""The audience's phones from the console: opened beside the crew's view, its code on the
stage display between acts, its address kept for the printed programme."""

import json
import socket
import urllib.request

import pytest
from PySide6.QtCore import Qt

from gala_manager.app.live.addresses import LOOPBACK, lan_addresses
from gala_manager.core.gala import get_audience_address
from gala_manager.core.show.actions import Action, perform
from gala_manager.ui.console.clock import ManualClock
from gala_manager.ui.console.console_window import ShowConsoleWindow
from tests.ui.console.test_stage_display import START


@pytest.fixture
def console(qtbot, controller):
    window = ShowConsoleWindow(controller, ManualClock(START))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    yield window
    window.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_opened_beside_the_crew_and_shown_on_the_stage_display_between_acts(
        qtbot, console, controller):
    qtbot.keyClick(console, Qt.Key.Key_F9)
    box = console.companions.crew_dialog.audience
    assert box.server is None and box.url_label.text() == "Not open to the audience."
    assert "http://192.168.1.20:8080/" in box.kept_label.text()  # the demo's venue address
    qtbot.keyClick(console, Qt.Key.Key_F10)
    display = console.companions.stage_display
    assert not display.audience_panel.isVisible()
    box.address_combo.setCurrentText(LOOPBACK)
    box.port_spin.setValue(_free_port())
    qtbot.mouseClick(box.toggle_button, Qt.MouseButton.LeftButton)
    url = f"http://127.0.0.1:{box.port_spin.value()}/"
    assert box.url_label.text() == url and not box.qr_label.pixmap().isNull()
    with urllib.request.urlopen(url + "data", timeout=5) as response:
        assert json.loads(response.read())["status"] == "before"
    assert controller.read(get_audience_address).host == "192.168.1.20"  # loopback: not kept
    assert display.audience_panel.isVisible() and display.qr_url.full_text() == url
    console.companions.crew_dialog.grab().save("/tmp/audience-dialog.png")
    display.resize(1280, 720)
    display.grab().save("/tmp/stage-display-code.png")
    controller.run(perform, action=Action.START, at=START)
    console.refresh()
    assert not display.audience_panel.isVisible()  # an act is on stage
    qtbot.mouseClick(box.toggle_button, Qt.MouseButton.LeftButton)
    assert box.server is None and display.audience_url == ""
    with pytest.raises(OSError):
        urllib.request.urlopen(url + "data", timeout=2)


def test_the_address_it_opens_on_is_kept_for_the_printed_code(qtbot, console, controller):
    host = lan_addresses()[0]
    if host == LOOPBACK:
        pytest.skip("this computer has no address on a network")
    box = console.companions.show_crew_dialog().audience
    box.address_combo.setCurrentText(host)
    box.port_spin.setValue(_free_port())
    assert box.start() is True
    kept = controller.read(get_audience_address)
    assert (kept.host, kept.port) == (host, box.port_spin.value())
    assert kept.url in box.kept_label.text()
    console.close()  # closing the console closes the audience's view too
    assert box.server is None


def test_an_address_not_of_this_computer_is_explained(qtbot, console):
    box = console.companions.show_crew_dialog().audience
    assert box.address_combo.currentText() == "192.168.1.20"  # the kept one, offered first
    assert box.start() is False and box.server is None
    assert box.url_label.text().startswith("192.168.1.20 is not this computer's address")
