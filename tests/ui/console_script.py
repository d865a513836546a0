"""Runs the show console in a child process through scripted keys, then waits to be killed.

    python tests/ui/console_script.py GALA KEYS...   (keys: F5 Space B R S I P J D V)

Prints "step N" after each key's action is written, then "ready".
"""

import datetime as dt
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gala_manager.core.storage.document import GalaDocument  # noqa: E402
from gala_manager.ui.console.clock import ManualClock  # noqa: E402
from gala_manager.ui.console.console_window import ShowConsoleWindow  # noqa: E402
from gala_manager.ui.controller import GalaController  # noqa: E402


def main() -> None:
    app = QApplication(sys.argv[:1])
    controller = GalaController()
    controller.set_document(GalaDocument.open(Path(sys.argv[1])))
    clock = ManualClock(dt.datetime(2027, 4, 30, 19, 0))
    window = ShowConsoleWindow(controller, clock)
    window.show()
    for number, name in enumerate(sys.argv[2:], start=1):
        QTest.keyClick(window, getattr(Qt.Key, f"Key_{name}"))
        clock.advance(minutes=3)
        print(f"step {number}", flush=True)
    app.processEvents()
    print("ready", flush=True)
    while True:  # the parent kills us here, mid-show
        time.sleep(0.1)


if __name__ == "__main__":
    main()
