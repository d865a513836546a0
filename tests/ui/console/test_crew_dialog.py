"""Sharing with the crew's phones from the console: off until started, address and QR, stop."""

import json
import socket
import urllib.error
import urllib.request

from PySide6.QtCore import Qt

from gala_manager.ui.console.clock import ManualClock
from gala_manager.ui.console.console_window import ShowConsoleWindow
from tests.ui.console.test_stage_display import START


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def test_f9_shares_on_the_chosen_address_until_stopped(qtbot, controller):
    console = ShowConsoleWindow(controller, ManualClock(START))
    qtbot.addWidget(console)
    console.show()
    qtbot.keyClick(console, Qt.Key.Key_F9)
    dialog = console.companions.crew_dialog.crew
    assert dialog.isVisible() and dialog.server is None  # off by default
    assert dialog.url_label.text() == "Not shared."
    assert dialog.address_combo.itemText(dialog.address_combo.count() - 1) == "127.0.0.1"
    dialog.address_combo.setCurrentText("127.0.0.1")
    dialog.port_spin.setValue(_free_port())
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    url = dialog.url_label.text()
    assert url.startswith(f"http://127.0.0.1:{dialog.port_spin.value()}/")
    assert not dialog.qr_label.pixmap().isNull()
    assert not dialog.address_combo.isEnabled()
    status, body = _get(url + "data")
    assert status == 200 and json.loads(body)["gala"]
    assert _get(url.rsplit("/", 2)[0] + "/data")[0] == 404  # no token, nothing
    console.companions.crew_dialog.grab().save("/tmp/crew-dialog.png")
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert dialog.server is None and dialog.qr_label.pixmap().isNull()
    try:
        urllib.request.urlopen(url + "data", timeout=2)
        served = True
    except OSError:
        served = False
    assert not served


def test_a_busy_port_is_said_and_nothing_starts(qtbot, controller):
    console = ShowConsoleWindow(controller, ManualClock(START))
    qtbot.addWidget(console)
    dialog = console.companions.show_crew_dialog().crew
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        dialog.address_combo.setCurrentText("127.0.0.1")
        dialog.port_spin.setValue(taken.getsockname()[1])
        assert dialog.start() is False
    assert dialog.server is None
    assert dialog.url_label.text().startswith("Cannot share on 127.0.0.1:")
    assert dialog.start() is True  # once the port is free
    console.close()  # closing the console stops sharing
    assert dialog.server is None and console.companions.crew_dialog is None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
