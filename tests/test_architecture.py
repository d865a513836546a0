"""Imports point one way: ui → app → core/export/imports, and core's areas stay apart."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "gala_manager"

# What each layer may import from the app itself (besides its own modules).
LAYERS = {
    "core": set(),
    "export": {"core"},
    "imports": {"core"},
    "app": {"core", "export", "imports"},
    "commands": {"app", "core", "export", "imports"},
    # Pages read and write through core verbs; documents go through the app layer.
    "ui": {"app", "core"},
}
# Which Qt modules a layer may import (the GUI's QtNetwork: the single-instance socket).
QT = {"core": set(), "export": set(), "imports": set(), "app": {"QtCore"},
      "commands": {"QtCore"},
      "ui": {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtNetwork"}}

# The areas of core, and the other areas each one needs by the domain: the
# programme starts at the gala's time; staff perform and host acts; the show runs
# the programme under the contingency rules; tasks fall due before the gala, and
# the review reads the show and the money. The budget counts the sponsors' cash;
# sponsors' promises fall due on the gala's date, and so do the guests' answers. A lucky
# draw is written to the show log, and its winners are part of the review. The acts of
# the running order compete for awards the judges (guests) score; the quiz's rounds are
# acts of the programme, and it hands out prizes from the supplies' stock.
AREAS = {
    "storage": set(),
    "gala": {"storage"},
    "programme": {"gala"},
    "staff": {"programme"},
    "supplies": {"sponsors"},
    "sponsors": {"gala"},
    "guests": {"gala"},
    "awards": {"programme", "guests"},
    "quiz": {"programme", "supplies"},
    "contingency": set(),
    "show": {"contingency", "programme", "gala"},
    "tasks": {"gala", "show", "supplies", "draws"},
    "draws": {"show"},
}
# Core modules outside the areas: `checks` gathers every area's checks, `demo`
# builds a whole gala; the shared vocabulary and the models import no area.
AREA_USERS = {"checks", "demo"}


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imports(path: Path) -> list[str]:
    """Every module a file imports, with `from X import Y` also as X.Y (Y may be a module)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def _layer(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    if parts[0] == "cli.py":
        return "commands"
    return parts[0] if len(parts) > 1 else ""


def test_layers_import_only_the_layers_below():
    offenders = []
    for path in _modules():
        layer = _layer(path)
        if layer not in LAYERS:
            continue
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] == "gala_manager" and len(parts) > 1 and parts[1] in LAYERS:
                target = parts[1]
                if target != layer and target not in LAYERS[layer]:
                    offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
            if parts[0] in ("PySide6", "shiboken6"):
                if parts[0] == "shiboken6" or len(parts) < 2 or parts[1] not in QT[layer]:
                    offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []


def _core_area(path: Path) -> str | None:
    parts = path.relative_to(PACKAGE / "core").parts
    return parts[0] if len(parts) > 1 else None


def test_core_areas_use_each_other_only_where_the_domain_needs_it():
    offenders = []
    for path in sorted((PACKAGE / "core").rglob("*.py")):
        area = _core_area(path)
        if area in AREA_USERS or path.stem in AREA_USERS or "migrations" in path.parts:
            continue
        for name in _imports(path):
            parts = name.split(".")
            if parts[:2] != ["gala_manager", "core"] or len(parts) < 3:
                continue
            target = parts[2]
            if target not in AREAS or target == area:
                continue
            where = f"{path.relative_to(PACKAGE)}: {name}"
            if area is None or area == "models":
                offenders.append(f"{where} (shared modules and models import no area)")
            elif target not in AREAS[area]:
                offenders.append(f"{where} ({area} does not depend on {target})")
            elif len(parts) > 3:
                offenders.append(f"{where} (use the public names of gala_manager.core.{target})")
    assert offenders == []


def test_area_dependencies_have_no_cycle():
    def reaches(start: str, goal: str, seen: frozenset = frozenset()) -> bool:
        return any(step == goal or (step not in seen and reaches(step, goal, seen | {step}))
                   for step in AREAS[start])

    assert [area for area in AREAS if reaches(area, area)] == []


@pytest.mark.parametrize("package", sorted(AREAS))
def test_every_area_names_its_public_names(package):
    """Each area's __init__ lists what other areas may use, and each name exists."""
    init = PACKAGE / "core" / package / "__init__.py"
    tree = ast.parse(init.read_text(encoding="utf-8"))
    exported = next((node.value for node in tree.body
                     if (isinstance(node, ast.Assign) and any(
                         getattr(t, "id", "") == "__all__" for t in node.targets))
                     or (isinstance(node, ast.AnnAssign)
                         and getattr(node.target, "id", "") == "__all__")), None)
    assert exported is not None, f"core/{package}/__init__.py has no __all__"
    module = __import__(f"gala_manager.core.{package}", fromlist=["__all__"])
    assert [name for name in module.__all__ if not hasattr(module, name)] == []


PREFIXES = {"supplies": ("supplies", "supply"), "tasks": ("tasks", "task")}


def test_no_core_module_repeats_its_area_in_its_name():
    offenders = []
    for path in (PACKAGE / "core").rglob("*.py"):
        area = _core_area(path)
        if area in AREAS and any(path.stem == prefix or path.stem.startswith(prefix + "_")
                                 for prefix in PREFIXES.get(area, (area,))):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_no_folder_holds_more_than_twenty_modules():
    crowded = {str(folder.relative_to(PACKAGE)): count for folder in PACKAGE.rglob("*")
               if folder.is_dir() and "__pycache__" not in folder.parts
               and (count := len(list(folder.glob("*.py")))) > 21}
    assert crowded == {}


def test_every_module_has_a_docstring():
    missing = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
               if ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) is None
               and "migrations/versions" not in p.as_posix()]
    assert missing == []
