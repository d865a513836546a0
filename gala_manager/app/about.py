"""What Help ▸ About and `gala-manager --version` tell: the version, the licence, the libraries."""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import qVersion

from gala_manager import __version__
from gala_manager.paths import licence_file

#: The app's own licence (the text is in LICENSE).
LICENCE = "MIT"

# Every library the app ships with: shown name, the distributions whose metadata
# holds its version (first found wins), its licence as its authors publish it.
_LIBRARIES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("PySide6", ("PySide6-Essentials", "PySide6"), "LGPL-3.0"),
    ("shiboken6", ("shiboken6",), "LGPL-3.0"),
    ("SQLAlchemy", ("SQLAlchemy",), "MIT"),
    ("Alembic", ("alembic",), "MIT"),
    ("Mako", ("Mako",), "MIT"),
    ("MarkupSafe", ("MarkupSafe",), "BSD-3-Clause"),
    ("ReportLab", ("reportlab",), "BSD-3-Clause"),
    ("charset-normalizer", ("charset-normalizer",), "MIT"),
    ("openpyxl", ("openpyxl",), "MIT"),
    ("XlsxWriter", ("XlsxWriter",), "BSD-2-Clause"),
    ("et-xmlfile", ("et-xmlfile", "et_xmlfile"), "MIT"),
    ("lxml", ("lxml",), "BSD-3-Clause"),
    ("defusedxml", ("defusedxml",), "PSF-2.0"),
    ("typing_extensions", ("typing_extensions",), "PSF-2.0"),
    ("filelock", ("filelock",), "MIT"),
    ("xlrd", ("xlrd",), "BSD-3-Clause"),
    ("python-calamine", ("python-calamine", "python_calamine"), "MIT"),
    ("segno", ("segno",), "BSD-3-Clause"),
    ("tinytag", ("tinytag",), "MIT"),
    ("miniaudio", ("miniaudio",), "MIT"),
    ("cffi", ("cffi",), "MIT-0"),
    ("pycparser", ("pycparser",), "BSD-3-Clause"),
)
# Windows has no time-zone database: the app ships this one there, and only there.
if sys.platform == "win32":
    _LIBRARIES += (("tzdata", ("tzdata",), "Apache-2.0"),)
#: The distributions whose metadata a frozen build must carry (packaging/GalaManager.spec).
DISTRIBUTIONS = ("gala-manager",) + tuple(dists[0] for _name, dists, _licence in _LIBRARIES)
UNKNOWN = "?"


@dataclass(frozen=True)
class Library:
    """A library inside the app, as the About dialog lists it."""

    name: str
    version: str
    licence: str


def libraries() -> list[Library]:
    """Python, Qt and every library the app ships with, with their versions and licences."""
    rows = [Library("Python", platform.python_version(), "PSF-2.0"),
            Library("Qt", qVersion(), "LGPL-3.0")]
    rows += [Library(name, _version(dists), licence) for name, dists, licence in _LIBRARIES]
    return rows


def _version(dists: tuple[str, ...]) -> str:
    for dist in dists:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return UNKNOWN


def licence_text() -> str:
    """The full text of the app's licence ("" when the file is missing)."""
    try:
        return licence_file().read_text(encoding="utf-8")
    except OSError:
        return ""


def version_report() -> str:
    """`gala-manager --version`: the app's version, then one line per library."""
    lines = [f"gala-manager {__version__} ({LICENCE})"]
    lines += [f"  {lib.name} {lib.version} ({lib.licence})" for lib in libraries()]
    return "\n".join(lines)
