"""Imports point one way: core, export and imports never import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "gala_manager"
QT_FREE = ("core", "export", "imports")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", QT_FREE)
def test_package_does_not_import_qt(package):
    offenders = []
    for path in sorted((PACKAGE / package).rglob("*.py")):
        for name in _imported_modules(path):
            root = name.split(".")[0]
            if root in ("PySide6", "shiboken6") or name.startswith("gala_manager.ui"):
                offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []


def test_every_module_has_a_docstring():
    missing = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
               if ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) is None
               and "migrations/versions" not in str(p)]
    assert missing == []


def test_commands_never_import_the_gui():
    offenders = [f"{path.relative_to(PACKAGE)}: {name}"
                 for path in sorted((PACKAGE / "commands").rglob("*.py"))
                 for name in _imported_modules(path)
                 if name.split(".")[0] == "shiboken6" or name.startswith("gala_manager.ui")
                 or (name.startswith("PySide6") and name != "PySide6.QtCore")]
    assert offenders == []
