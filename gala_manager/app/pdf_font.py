"""The PDF font the user chose, kept in QSettings and handed to the exporters."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from gala_manager.export.kit.pdf_fonts import FontCandidate

FONT_KEY = "pdf/font"


def stored_font() -> Path | None:
    """The PDF font the user chose, or None for automatic."""
    value = QSettings().value(FONT_KEY, "", type=str)
    return Path(value) if value else None


def apply_stored_font() -> None:
    """Hand the chosen font to the PDF exporters (at start and after a change)."""
    # Not pdf_fonts itself: that loads the PDF library, which the first export does.
    from gala_manager.export.kit.font_choice import set_default_font

    set_default_font(stored_font())


def font_choices() -> list[FontCandidate]:
    """The fonts on this computer that can print Chinese in a PDF, for the user to pick."""
    from gala_manager.export.kit.pdf_fonts import available_fonts

    return available_fonts()


def font_usable(path: Path) -> bool:
    """Whether a font file the user picked can be embedded and prints Chinese."""
    from gala_manager.export.kit import pdf_fonts

    return pdf_fonts.font_usable(path)
