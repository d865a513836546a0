"""Ctrl+C in the terminal that started the app closes its window as File ▸ Quit does."""

from __future__ import annotations

import os
import signal

from gala_manager.ui.application import quit_on_interrupt


def test_ctrl_c_in_the_terminal_closes_the_window_and_the_gala(qapp, qtbot, main_window):
    previous = signal.getsignal(signal.SIGINT)
    timer = quit_on_interrupt(qapp)
    try:
        assert main_window.isVisible() and main_window.controller.document is not None
        os.kill(os.getpid(), signal.SIGINT)
        qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=3000)
        assert main_window.controller.document is None
    finally:
        timer.stop()
        signal.signal(signal.SIGINT, previous)
