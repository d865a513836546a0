"""Write the contingency cards PDF of a gala with the interface's words (GUI and CLI)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.core.contingency import get_rule_settings, list_plans
from gala_manager.core.gala_facts import get_gala_facts
from gala_manager.export.contingency_cards import Card, CardLabels, write_contingency_cards
from gala_manager.export.pdf_kit import PageHeader, PageLabels
from gala_manager.ui.contingency.cards_text import label_words, rule_lines
from gala_manager.ui.contingency.contingency_wording import kind_label
from gala_manager.ui.formatting import format_date

translate = QCoreApplication.translate


def page_header(read: Callable) -> PageHeader:
    """The gala's name, date and venue for the top of each page."""
    facts = read(get_gala_facts)
    date = f"{format_date(facts.date)} {facts.start_time:%H:%M}" if facts.date else ""
    return PageHeader(facts.name, date, facts.venue)


def page_labels() -> PageLabels:
    """The footer's words, translated."""
    return PageLabels(
        translate("ContingencyCards", "Page {page} of {pages}"),
        translate("ContingencyCards", "Printed {time}"),
        translate("ContingencyCards", "No Chinese font was found: the PDF uses a "
                  "built-in font that some viewers may not show."))


def export_cards_pdf(source, path: Path) -> Path:
    """Write the cards of the gala that `source` (a controller or document) reads."""
    read = source.read
    settings = read(get_rule_settings)
    cards = [Card(kind_label(row.data.kind), row.data, rule_lines(row.data.kind, settings))
             for row in read(list_plans)]
    return write_contingency_cards(Path(path), cards, page_header(read), page_labels(),
                                   CardLabels(**label_words()))
