"""Where the app's bundled resources live: in a checkout, an installed wheel or the frozen app."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The `resources/` folder: inside the package when installed or frozen, else the checkout's."""
    bundled = _PACKAGE / "resources"
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent / "resources"


def translations_dir() -> Path:
    """The folder of the `.ts` sources and compiled `.qm` catalogues."""
    return resources_dir() / "i18n"


def icon_files() -> list[Path]:
    """The app icon's PNGs, one per size (rendered from resources/icons/gala-manager.svg)."""
    return sorted((resources_dir() / "icons" / "png").glob("gala-manager-*.png"),
                  key=lambda path: int(path.stem.rsplit("-", 1)[1]))


def licence_file() -> Path:
    """The app's LICENSE: bundled beside the resources, or at the top of a checkout."""
    bundled = resources_dir() / "LICENSE"
    return bundled if bundled.is_file() else _PACKAGE.parent / "LICENSE"
