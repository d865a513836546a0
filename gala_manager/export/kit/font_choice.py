"""The PDF font the user chose, kept without loading the PDF library (the app sets it at start)."""

from __future__ import annotations

from pathlib import Path

_chosen: Path | None = None


def set_default_font(path: Path | str | None) -> None:
    """The font the user chose in the settings, used when a caller names none."""
    global _chosen
    _chosen = Path(path) if path else None


def default_font() -> Path | None:
    """The font given to `set_default_font`, if any."""
    return _chosen
