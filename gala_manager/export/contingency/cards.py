"""Contingency cards PDF: one page per plan, to pin up backstage."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gala_manager.core.contingency.plans import PlanData
from gala_manager.export.kit.pdf import (
    Column,
    Markup,
    PageHeader,
    PageLabels,
    PdfDocument,
    escape_text,
)


@dataclass(frozen=True)
class CardLabels:
    """Translated words of a card."""

    document_title: str
    trigger: str
    decides: str
    acts: str
    rules: str
    steps: str
    contacts: str
    name: str
    role: str
    phone: str
    equipment: str
    item: str
    quantity: str
    where: str
    notes: str
    empty: str


@dataclass(frozen=True)
class Card:
    """One plan to print: its kind already worded, who decides and who acts as lines
    (the gala's people with their phones now), and the rule lines that apply to it."""

    kind: str
    plan: PlanData
    rules: tuple[str, ...] = ()
    decides: str = ""
    acts: str = ""


def build_cards(cards: Sequence[Card], header: PageHeader, page_labels: PageLabels,
                labels: CardLabels) -> PdfDocument:
    """The cards as a PDF document (all user text is escaped by the kit)."""
    doc = PdfDocument(header, page_labels, title_meta=labels.document_title)
    if not cards:
        doc.title(labels.document_title)
        doc.paragraph(labels.empty)
    for number, card in enumerate(cards):
        if number:
            doc.page_break()
        plan = card.plan
        doc.subtitle(f"{labels.document_title} · {card.kind}")
        doc.title(plan.title)
        for label, value in ((labels.trigger, plan.trigger), (labels.decides, card.decides),
                             (labels.acts, card.acts)):
            if value.strip():
                doc.paragraph(Markup(f"<b>{escape_text(label)}</b>: {escape_text(value)}"))
        if card.rules:
            doc.heading(labels.rules)
            for line in card.rules:
                doc.paragraph(f"■ {line}")
        if plan.steps:
            doc.heading(labels.steps)
            doc.table([Column("#", 0.4, "center"), Column(labels.steps, 8)],
                      [[str(i), step] for i, step in enumerate(plan.steps, start=1)],
                      font_size=11)
        if plan.contacts:
            doc.heading(labels.contacts)
            doc.table([Column(labels.name, 2), Column(labels.role, 3), Column(labels.phone, 2)],
                      [[c.name, c.role, c.phone] for c in plan.contacts], font_size=11)
        if plan.equipment:
            doc.heading(labels.equipment)
            doc.table([Column(labels.item, 3), Column(labels.quantity, 1, "right"),
                       Column(labels.where, 3)],
                      [[e.name, str(e.quantity), e.location] for e in plan.equipment])
        if plan.notes.strip():
            doc.heading(labels.notes)
            doc.paragraph(plan.notes)
    return doc


def write_contingency_cards(path: Path, cards: Sequence[Card], header: PageHeader,
                            page_labels: PageLabels, labels: CardLabels) -> Path:
    """Write the cards PDF atomically to `path`."""
    return build_cards(cards, header, page_labels, labels).build(Path(path))
