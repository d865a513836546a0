"""PySide6's import hook reads no module's source once the app has started Qt."""

from __future__ import annotations

import subprocess
import sys

# In a child process: the modules a test session imported are already loaded here.
CHILD = """
import linecache, sys
import gala_manager.ui.application  # the GUI's first module: it starts Qt
assert "PySide6.support.feature" in sys.modules  # the hook is installed
import gala_manager.core.storage.document  # SQLAlchemy and the models, after Qt
# Source files only: SQLAlchemy files the code it generates under "<...>" names itself.
# (pyside_hook is read: it is the module that imports Qt, before it can stop the hook.)
read = [name for name in linecache.cache if not name.startswith("<")
        and ("sqlalchemy" in name or "gala_manager" in name)
        and not name.endswith("pyside_hook.py")]
print(len(read))
"""


def test_modules_imported_after_qt_are_not_read_for_their_source():
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                         check=True, timeout=120)
    assert out.stdout.split() == ["0"]
