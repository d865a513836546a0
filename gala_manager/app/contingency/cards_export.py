"""Write the contingency cards PDF of a gala with the interface's words (GUI and CLI)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.contingency.cards_text import label_words, rule_lines
from gala_manager.app.contingency.wording import acts_text, decides_text, kind_label
from gala_manager.app.pdf_page import page_header, page_labels
from gala_manager.core.contingency.plans import list_plans
from gala_manager.core.contingency.thresholds import get_rule_settings
from gala_manager.export.contingency.cards import Card, CardLabels, write_contingency_cards

translate = QCoreApplication.translate



def export_cards_pdf(source, path: Path) -> Path:
    """Write the cards of the gala that `source` (a controller or document) reads."""
    read = source.read
    settings = read(get_rule_settings)
    cards = [Card(kind_label(row.data.kind), row.data, rule_lines(row.data.kind, settings),
                  decides_text(row), acts_text(row)) for row in read(list_plans)]
    return write_contingency_cards(Path(path), cards, page_header(read), page_labels(),
                                   CardLabels(**label_words()))
