"""At 150 and 200 % every page and the console lay out whole and render at full resolution."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_PAGES = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from gala_manager.ui.application import create_application
app = create_application()
from PySide6.QtWidgets import QScrollArea, QTabWidget
from gala_manager.app.i18n import install_language
from gala_manager.core.demo import write_demo
from gala_manager.ui.shell.main_window import MainWindow
from tests.ui.layout_helpers import grid_columns, layout_problems
install_language(sys.argv[2])
folder = Path(sys.argv[3])
gala = folder / "demo.gala"
write_demo(gala)
window = MainWindow(data_dir=folder / "data")
window.showMaximized()
window.open_path(gala)
report = {"screen": list(app.primaryScreen().size().toTuple()), "views": {}}
for page in window.pages:
    window.show_page(page.key)
    for _ in range(5):
        app.processEvents()
    image = window.grab()
    report["views"][page.key] = {"problems": layout_problems(page),
                                 "grids": grid_columns(page),
                                 "ratio": image.devicePixelRatio(), "width": image.width()}
    # Every other tab of the page too, each as its own view ("guests/1").
    for tabs in page.findChildren(QTabWidget):
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == first:
                continue
            tabs.setCurrentIndex(index)
            for _ in range(5):
                app.processEvents()
            image = window.grab()
            report["views"][f"{page.key}/{index}"] = {
                "problems": layout_problems(page), "grids": grid_columns(page),
                "ratio": image.devicePixelRatio(), "width": image.width(),
                "sideways": [area.objectName() for area in page.findChildren(QScrollArea)
                             if area.isVisible() and area.horizontalScrollBar().maximum()]}
        tabs.setCurrentIndex(first)
print("REPORT " + json.dumps(report))
"""

_CONSOLE = """
import datetime as dt, json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from gala_manager.ui.application import create_application
app = create_application()
from gala_manager.app.i18n import install_language
from gala_manager.core.demo import write_demo
from gala_manager.core.show.actions import Action, perform
from gala_manager.core.storage.document import GalaDocument
from gala_manager.ui.console.clock import ManualClock
from gala_manager.ui.console.console_window import ShowConsoleWindow
from gala_manager.ui.controller import GalaController
from tests.ui.layout_helpers import layout_problems
install_language(sys.argv[2])
folder = Path(sys.argv[3])
gala = folder / "demo.gala"
write_demo(gala)
controller = GalaController()
controller.set_document(GalaDocument.open(gala, data_dir=folder / "data"))
start = dt.datetime(2027, 4, 30, 19, 0)
controller.run(perform, action=Action.START, at=start)
controller.run(perform, action=Action.NEXT, at=start + dt.timedelta(minutes=5))
controller.run(perform, action=Action.INCIDENT, kind="power", at=start + dt.timedelta(minutes=8))
window = ShowConsoleWindow(controller, ManualClock(start + dt.timedelta(minutes=10)))
window.setGeometry(app.primaryScreen().availableGeometry())
window.show()
window.refresh()
for _ in range(5):
    app.processEvents()
image = window.grab()
report = {"screen": list(app.primaryScreen().size().toTuple()), "views": {"console": {
    "problems": layout_problems(window), "ratio": image.devicePixelRatio(),
    "width": image.width(), "incident": window.incident_panel.isVisible()}}}
print("REPORT " + json.dumps(report))
"""


def _run(tmp_path: Path, child: str, factor: str, physical: tuple[int, int], lang: str) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": physical[0], "height": physical[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = {**os.environ, "QT_SCALE_FACTOR": factor,
           "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run([sys.executable, "-c", child, str(ROOT), lang, str(tmp_path)],
                            capture_output=True, text=True, encoding="utf-8", env=env,
                            timeout=180)
    line = next((x for x in result.stdout.splitlines() if x.startswith("REPORT ")), None)
    assert line is not None, result.stderr[-2000:]
    return json.loads(line.removeprefix("REPORT "))


def _cut(view: dict) -> list[str]:
    """What is cut or hidden on a page; the task board scrolls by design (its columns of
    whole-title cards are taller and wider than a laptop's screen), and the timeline down
    its tasks (one line each)."""
    return [p for p in view["problems"] if not p.startswith(
        ("QScrollArea 'boardScroll'", "QScrollArea 'timelineScroll': scrolls"))]


@pytest.mark.parametrize("factor, lang", [("1.5", "en"), ("2", "zh_CN")])
def test_every_page_at_150_and_200_percent(tmp_path, factor, lang):
    # A screen of 1920 × 1080 logical pixels at each scale (a 4K laptop at 200 %).
    physical = (round(1920 * float(factor)), round(1080 * float(factor)))
    report = _run(tmp_path, _PAGES, factor, physical, lang)
    assert report["screen"] == [1920, 1080]
    for key, view in report["views"].items():
        assert (key, _cut(view)) == (key, [])
        # Drawn at the screen's own resolution, not blown up: text and lines stay sharp.
        assert view["ratio"] == float(factor)
        assert view["width"] >= 1200 * float(factor)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_console_at_200_percent_on_2560_by_1600_shows_a_power_failure_whole(
        tmp_path, lang):
    report = _run(tmp_path, _CONSOLE, "2", (2560, 1600), lang)
    assert report["screen"] == [1280, 800]
    console = report["views"]["console"]
    assert console["incident"]
    assert console["problems"] == []
    assert console["ratio"] == 2.0


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_page_at_1280_by_800_fits_without_cutting_anything(tmp_path, lang):
    report = _run(tmp_path, _PAGES, "1", (1280, 800), lang)
    assert report["screen"] == [1280, 800]
    for key, view in report["views"].items():
        # No page makes the window wider than the screen (a toolbar or a row of buttons).
        assert (key, view["width"] <= 1280) == (key, True)
        assert (key, _cut(view)) == (key, [])
        # No grid keeps a column it shows behind its horizontal scroll.
        cut = {name: grid["cut"] for name, grid in view["grids"].items() if grid["cut"]}
        assert (key, cut) == (key, {})
        # Nothing scrolls sideways but the board: the timeline shows the plan to its review.
        sideways = [name for name in view.get("sideways", []) if name != "boardScroll"]
        assert (key, sideways) == (key, [])
    # The running order's contact, host and status in view, with the measured columns
    # of the demo's rehearsal shown (the widest it gets by default).
    order = report["views"]["programme"]["grids"]["runningOrder"]
    assert {"contact", "host", "status", "measured", "difference"} <= set(order["shown"])
    assert order["cut"] == []
