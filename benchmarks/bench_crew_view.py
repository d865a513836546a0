"""How fast a console action reaches the crew's phones: a real headless Chromium.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_crew_view.py [--actions N]
Each action is written to the gala file as the console writes it; the time is
from the write's commit to the page showing the change. The issue asks for 1 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from gala_manager.app.live.crew import crew_server  # noqa: E402
from gala_manager.core.demo import write_demo  # noqa: E402
from gala_manager.core.show.actions import Action, perform, read_show  # noqa: E402
from gala_manager.core.storage.document import GalaDocument  # noqa: E402
from tests.app.live.browser import headless_chromium  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actions", type=int, default=20)
    args = parser.parse_args()
    QCoreApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="gala-bench-"))
    path = folder / "demo.gala"
    write_demo(path)
    console = GalaDocument.open(path)
    reader = GalaDocument.open(path, read_only=True)
    server = crew_server(reader, host="127.0.0.1").start()
    acts = console.read(read_show).acts
    waits = []
    try:
        with headless_chromium() as browser:
            browser.open(server.url)
            browser.until(browser.text, lambda text: "Not started" in text, timeout=20)
            start = dt.datetime.now().replace(microsecond=0)
            console.run(perform, action=Action.START, at=start)
            browser.until(lambda: browser.element_text("stage-title"),
                          lambda title: title == acts[0].title)
            for number in range(1, min(args.actions, len(acts) - 1) + 1):
                console.run(perform, action=Action.NEXT, at=start + dt.timedelta(seconds=number))
                _, waited = browser.until(lambda: browser.element_text("stage-title"),
                                          lambda title, n=number: title == acts[n].title)
                waits.append(waited)
    finally:
        server.stop()
        reader.close()
        console.close()
    waits.sort()
    print(f"crew view: {len(waits)} console actions seen in a browser; "
          f"median {statistics.median(waits) * 1000:.0f} ms, "
          f"95th percentile {waits[int(len(waits) * 0.95) - 1] * 1000:.0f} ms, "
          f"slowest {waits[-1] * 1000:.0f} ms (asked: under 1000 ms)")


if __name__ == "__main__":
    main()
