"""The PDF font the user chose, kept in QSettings and handed to the exporters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

FONT_KEY = "pdf/font"


def stored_font() -> Path | None:
    """The PDF font the user chose, or None for automatic."""
    value = QSettings().value(FONT_KEY, "", type=str)
    return Path(value) if value else None


def apply_stored_font() -> None:
    """Hand the chosen font to the PDF exporters (at start and after a change)."""
    from gala_manager.export.kit.pdf_fonts import set_default_font

    set_default_font(stored_font())
