"""The header and footer words every PDF export shares, in the user's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from gala_manager.app.formatting import format_date
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.export.kit.pdf import PageHeader, PageLabels

translate = QCoreApplication.translate


def page_header(read: Callable) -> PageHeader:
    """The gala's name, date with start time, and venue for the top of each page."""
    facts = read(get_gala_facts)
    date = f"{format_date(facts.date)} {facts.start_time:%H:%M}" if facts.date else ""
    return PageHeader(facts.name, date, facts.venue)


def page_labels() -> PageLabels:
    """The footer's words and the fallback-font warning, translated."""
    return PageLabels(
        translate("PdfPage", "Page {page} of {pages}"),
        translate("PdfPage", "Printed {time}"),
        translate("PdfPage", "No Chinese TrueType font was found on this computer: the PDF "
                  "uses the built-in STSong-Light, which is not embedded and may show as "
                  "boxes elsewhere. Choose a font under Edit ▸ Preferences."),
        translate("PdfPage", "(continued)"))
