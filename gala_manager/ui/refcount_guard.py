"""Keeps None, True and False alive where PySide6 drops references to them.

PySide6 6.12.0 releases a reference to None/True/False on every QVariant
conversion (a model's `data()` returning None, `itemData()` ...). From Python
3.12 these objects are immortal; before, the count reaches zero after enough
repaints and the interpreter aborts ("none_dealloc"). Topping the counts up
from a timer keeps the app alive until the binding is fixed.
"""

from __future__ import annotations

import ctypes
import sys

FLOOR = 200_000
TOP_UP = 500_000
_OBJECTS = (None, True, False)


def needed() -> bool:
    """Whether this Python can lose these objects at all."""
    return sys.version_info < (3, 12)


def top_up() -> None:
    """Add references to any of the three objects whose count ran low."""
    if not needed():
        return
    # Raw increments, not a list of references: a list would be freed while
    # the interpreter shuts down, and the deficit would abort it then.
    incref = ctypes.pythonapi.Py_IncRef
    for obj in _OBJECTS:
        if sys.getrefcount(obj) < FLOOR:
            pointer = ctypes.py_object(obj)
            for _ in range(TOP_UP):
                incref(pointer)


def install(app) -> None:
    """Top up now and every second while the application runs."""
    if not needed():
        return
    from PySide6.QtCore import QTimer

    top_up()
    timer = QTimer(app)
    timer.setInterval(1000)
    timer.timeout.connect(top_up)
    timer.start()
