"""Draws on the big screen in a child process and dies between the draw and its display.

    python tests/ui/draws/draw_kill_script.py GALA

Adds a draw of 10 from 1–800 (20 numbers left out), opens it on the big screen,
presses Space to roll and Space to stop; the window is made to kill the
process (SIGKILL, as a power cut would) at the moment it would show the winners.
"""

import os
import signal
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gala_manager.core.draws.rows import DrawData  # noqa: E402
from gala_manager.core.draws.setup import add_draw  # noqa: E402
from gala_manager.core.storage.document import GalaDocument  # noqa: E402
from gala_manager.ui.controller import GalaController  # noqa: E402
from gala_manager.ui.draws.big_screen import BigScreenWindow  # noqa: E402

EXCLUDED = "1-12, 100, 200, 300, 400, 500, 600, 700, 777"


def main() -> None:
    app = QApplication(sys.argv[:1])
    controller = GalaController()
    controller.set_document(GalaDocument.open(Path(sys.argv[1])))
    draw_id = controller.run(add_draw, data=DrawData(
        name="幸运观众", winners=10, range_low=1, range_high=800, excluded=EXCLUDED))
    window = BigScreenWindow(controller, draw_id)
    window.show_winners = lambda winners: os.kill(os.getpid(), signal.SIGKILL)
    window.show()
    QTest.keyClick(window, Qt.Key.Key_Space)
    QTest.qWait(100)
    QTest.keyClick(window, Qt.Key.Key_Space)
    app.processEvents()
    print("shown", flush=True)  # never reached


if __name__ == "__main__":
    main()
