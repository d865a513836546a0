"""Where the app's bundled resources live, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The `resources/` folder: inside the package when installed, else the checkout's."""
    bundled = _PACKAGE / "resources"
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent / "resources"


def translations_dir() -> Path:
    """The folder of the `.ts` sources and compiled `.qm` catalogues."""
    return resources_dir() / "i18n"
