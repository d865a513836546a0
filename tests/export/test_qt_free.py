"""The export and import packages never import PySide6 (they run headless in the CLI)."""

from __future__ import annotations

import subprocess
import sys


def test_export_and_import_kits_load_without_qt():
    code = (
        "import sys\n"
        "import gala_manager.export.kit.pdf, gala_manager.export.kit.xlsx\n"
        "import gala_manager.imports.workbook\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'PySide6 imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
