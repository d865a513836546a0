"""Test set-up shared by every test: offscreen Qt, an isolated settings store."""

import os

# Set before any Qt import: GUI tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
