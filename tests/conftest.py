"""Test set-up shared by every test: offscreen Qt, isolated settings and data folders."""

import os
import tempfile

# Set before any Qt import: GUI tests run without a display, and QSettings /
# QStandardPaths write into a throw-away folder, never the developer's own.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_sandbox = tempfile.mkdtemp(prefix="gala-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_sandbox, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_sandbox, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_sandbox, "cache")
