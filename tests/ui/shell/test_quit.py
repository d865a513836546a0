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



def test_a_script_that_leaves_the_window_open_ends_without_an_error(demo_path, tmp_path):
    """Python's exit destroys the undo stack before the window: the stack, emptying
    itself of its one step, tells the Edit menu, which must not ask a deleted stack for
    its texts."""
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from gala_manager.ui.application import create_application\n"
        "from gala_manager.ui.shell.main_window import MainWindow\n"
        "app = create_application()\n"
        f"window = MainWindow(data_dir=Path({str(tmp_path / 'data')!r}))\n"
        f"window.open_path(Path({str(demo_path)!r}))\n"
        "window.show()\n"
        "window.show_page('programme')\n"
        "app.processEvents()\n"
        "page = window.page('programme')\n"
        "page.select_act(page.order_model.row_at(3).act_id)\n"
        "page.actions.down_action.trigger()\n"  # one step on the undo stack
        "app.processEvents()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "already deleted" not in done.stderr and "Traceback" not in done.stderr
