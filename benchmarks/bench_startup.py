"""Cold start to a shown main window on the demo gala, against a bare Qt window.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py [--runs N]
Each run is a fresh interpreter, so imports are cold as a user would see them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
app.processEvents()
print("shown", flush=True)
"""

GALA = """
import sys
from pathlib import Path
from gala_manager.ui.application import create_application
app = create_application()
from gala_manager.app.i18n import install_language
from gala_manager.ui.shell.main_window import MainWindow
install_language("zh_CN")
window = MainWindow(data_dir=Path(sys.argv[2]))
window.show()
window.open_path(Path(sys.argv[1]))
app.processEvents()
print("shown", flush=True)
window.close_gala()
"""


def timed(code: str, *args: str) -> float:
    """Seconds from process start until it prints "shown"."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    elapsed = None
    for line in proc.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
            break
    proc.wait()
    if elapsed is None:
        raise RuntimeError("the window was never shown")
    return elapsed


def main() -> int:
    """Time both and print the ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from gala_manager.core.demo import write_demo

    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo.gala"
        write_demo(demo)
        timed(BARE)  # warm the OS file cache once for both
        bare = [timed(BARE) for _ in range(args.runs)]
        gala = [timed(GALA, str(demo), tmp) for _ in range(args.runs)]
    b, g = statistics.median(bare), statistics.median(gala)
    print(f"bare QApplication+QMainWindow: {b * 1000:.0f} ms (median of {args.runs})")
    print(f"Gala Manager on the demo gala: {g * 1000:.0f} ms (median of {args.runs})")
    print(f"ratio: {g / b:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
