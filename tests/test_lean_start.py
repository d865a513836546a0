"""Start-up loads what the first screen needs: no PDF or spreadsheet library before an export."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("reportlab", "openpyxl", "xlsxwriter", "PIL")

_WINDOW = """
import json, sys
from pathlib import Path
from gala_manager.ui.application import create_application
app = create_application()
from gala_manager.app.i18n import install_language
from gala_manager.app.pdf_font import apply_stored_font
from gala_manager.ui.shell.main_window import MainWindow
install_language("zh_CN")
apply_stored_font()
window = MainWindow(data_dir=Path(sys.argv[2]))
window.show()
window.open_path(Path(sys.argv[1]))
app.processEvents()
from gala_manager.ui.areas import PAGES
for spec in PAGES if sys.argv[3:] == ["all"] else []:
    window.show_page(spec.key)
    app.processEvents()
print("LOADED " + json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
window.close_gala()
"""

_FIRST = """
import json, sys
from pathlib import Path
from gala_manager.ui.application import create_application
app = create_application()
from gala_manager.app.i18n import install_language
from gala_manager.ui.shell.main_window import MainWindow
install_language("zh_CN")
window = MainWindow(data_dir=Path(sys.argv[2]))
window.show()
window.show_opening(Path(sys.argv[1]))
app.processEvents()
drawn = sorted(sys.modules)
window.open_path(Path(sys.argv[1]))
app.processEvents()
page = window.current_page()
from gala_manager.app.wording import describe_problem
from gala_manager.core.checks import run_checks
problems = [describe_problem(p) for p in window.controller.read(run_checks)]
print("LOADED " + json.dumps({"drawn": drawn, "title": window.windowTitle(),
                              "page": type(page).__name__ if page else None,
                              "problems": problems}))
window.close_gala()
"""

_CHECK = """
import json, sys
from gala_manager.cli import main
code = main(["check", sys.argv[1]])
print("LOADED " + json.dumps(sorted(sys.modules)))
"""


def _printed(code: str, *args: str):
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, encoding="utf-8", timeout=120, cwd=ROOT,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    line = next(x for x in result.stdout.splitlines() if x.startswith("LOADED "))
    return json.loads(line.removeprefix("LOADED "))


def _loaded(code: str, *args: str) -> set[str]:
    return set(_printed(code, *args))


def test_the_window_is_drawn_before_the_storage_layer_loads(demo_path, tmp_path):
    seen = _printed(_FIRST, str(demo_path), str(tmp_path / "data"))
    assert "PySide6.QtWidgets" in seen["drawn"]
    assert [m for m in seen["drawn"] if m.startswith(("sqlalchemy", "gala_manager.core.models",
                                                      "gala_manager.core.storage.doc"))] == []
    # Then the gala opens into it: its name in the title, its first page shown.
    assert seen["title"].startswith(demo_path.stem) and seen["page"] == "OverviewPage"
    # Every area's problems are worded, though the page loaded only some areas' wording.
    assert seen["problems"] and not [text for text in seen["problems"] if "{" in text]


def test_the_window_on_the_demo_loads_no_export_library(demo_path, tmp_path):
    loaded = _loaded(_WINDOW, str(demo_path), str(tmp_path / "data"))
    assert "gala_manager" in loaded
    assert sorted(loaded & set(HEAVY)) == []


def test_every_page_shown_loads_no_export_library(demo_path, tmp_path):
    loaded = _loaded(_WINDOW, str(demo_path), str(tmp_path / "data"), "all")
    assert sorted(loaded & set(HEAVY)) == []


def test_check_loads_no_export_library_nor_the_export_and_import_commands(demo_path):
    loaded = _loaded(_CHECK, str(demo_path))
    assert "sqlalchemy" in loaded
    assert sorted({m.split(".")[0] for m in loaded} & set(HEAVY)) == []
    assert not {m for m in loaded if m.startswith(("gala_manager.app.importing",
                                                   "gala_manager.commands.importing"))}
