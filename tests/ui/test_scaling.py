"""At 150 and 200 % every page lays out as at 100 % and renders at full resolution."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from gala_manager.ui.application import create_application
app = create_application()
from gala_manager.app.i18n import install_language
from gala_manager.core.demo import write_demo
from gala_manager.ui.shell.main_window import MainWindow
from tests.ui.layout_checks import cut_texts, outside_the_window
install_language(sys.argv[2])
folder = Path(sys.argv[3])
gala = folder / "demo.gala"
write_demo(gala)
window = MainWindow(data_dir=folder / "data")
window.showMaximized()
window.open_path(gala)
report = {"screen": list(app.primaryScreen().size().toTuple()), "pages": {}}
for page in window.pages:
    window.show_page(page.key)
    for _ in range(5):
        app.processEvents()
    image = window.grab()
    report["pages"][page.key] = {"cut": cut_texts(window), "outside": outside_the_window(window),
                                 "ratio": image.devicePixelRatio(),
                                 "pixels": [image.width(), image.height()]}
print("REPORT " + json.dumps(report))
"""


@pytest.mark.parametrize("factor, lang", [("1.5", "en"), ("2", "zh_CN")])
def test_pages_at_every_scale(tmp_path, factor, lang):
    # A screen that is 1920 x 1080 logical pixels at each scale (a 4K laptop at 200 %).
    size = [round(1920 * float(factor)), round(1080 * float(factor))]
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": size[0], "height": size[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = {**os.environ, "QT_SCALE_FACTOR": factor,
           "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT), lang, str(tmp_path)],
                            capture_output=True, text=True, encoding="utf-8", env=env,
                            timeout=180)
    line = next((x for x in result.stdout.splitlines() if x.startswith("REPORT ")), None)
    assert line is not None, result.stderr[-2000:]
    report = json.loads(line.removeprefix("REPORT "))
    assert report["screen"] == [1920, 1080]
    for key, page in report["pages"].items():
        assert (key, page["cut"], page["outside"]) == (key, [], [])
        # Drawn at the screen's own resolution, not blown up: text and lines stay sharp.
        assert page["ratio"] == float(factor)
        assert page["pixels"][0] >= 1900 * float(factor) - 1
