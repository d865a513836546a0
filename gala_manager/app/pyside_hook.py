"""PySide6's import hook, kept from reading the source of every module imported after Qt."""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - installs the import hook this module tames

# PySide6 replaces `builtins.__import__` to offer `from __feature__ import snake_case`.
# After each new module loads, the hook calls `inspect.getsource(module)` to search it
# for the text "PySide6", and linecache keeps every source it read: at start-up the
# app's and SQLAlchemy's 500 modules, about 0.1 s and 10 MiB nothing reads again.
# The answer only decides whether `__feature__` switches apply to a module; the app
# uses none. A frozen app has no sources, so there the hook already answers "no" for
# every module: that is the answer given here, without reading anything.


def skip_source_scan() -> bool:
    """Stop the hook's source reads; False when this PySide6 has no such hook."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_no_feature
    return True


def _uses_no_feature(module: ModuleType) -> bool:
    return False
