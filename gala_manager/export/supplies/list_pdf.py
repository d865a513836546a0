"""The printable supply list: items by category with their totals, and the budget."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gala_manager.core.money import format_quantity, format_yuan
from gala_manager.core.supplies.items import SupplyItemRow
from gala_manager.core.supplies.settings import BudgetSettings
from gala_manager.core.supplies.totals import budget_position, summarize
from gala_manager.export.kit.pdf import (
    Column,
    Markup,
    PageHeader,
    PageLabels,
    PdfDocument,
    Row,
    escape_text,
    section_row,
)
from gala_manager.export.supplies.budget_drawing import BudgetPicture, budget_drawing


@dataclass(frozen=True)
class SupplyPdfLabels:
    """Translated words of the supply list."""

    title: str
    subtitle: str                 # e.g. "26 items" or "5 of 26 items (filtered)"
    headers: Sequence[str]        # item, quantity, unit price, subtotal, source, supplier,
    #                               responsible, needed by, status, tick
    categories: dict[int, str]
    sources: dict
    statuses: dict
    subtotal: str                 # "{category} subtotal"
    total: str
    budget: str
    budget_lines: dict[str, str]  # limit, sponsorship, available, spent, committed, planned,
    #                               remaining
    not_set: str
    over_budget: str              # "Over budget by {amount}!"
    empty: str
    within_budget: str = "within budget"
    chart_budget: str = "Spending against the available funds"
    chart_by_category: str = "Cost by category"


def build_supply_list(items: Sequence[SupplyItemRow], budget: BudgetSettings,
                      header: PageHeader, page_labels: PageLabels,
                      labels: SupplyPdfLabels) -> PdfDocument:
    """The supply list as a PDF document (the kit escapes every user text)."""
    doc = PdfDocument(header, page_labels, landscape=True, title_meta=labels.title)
    doc.title(labels.title)
    doc.subtitle(labels.subtitle)
    columns = [Column(labels.headers[0], 3), Column(labels.headers[1], 1.2, "right"),
               Column(labels.headers[2], 1.3, "right"), Column(labels.headers[3], 1.4, "right"),
               Column(labels.headers[4], 1.1), Column(labels.headers[5], 2.2),
               Column(labels.headers[6], 1.3), Column(labels.headers[7], 1.4),
               Column(labels.headers[8], 1.4), Column(labels.headers[9], 0.6, "center")]
    if not items:
        doc.paragraph(labels.empty)
    rows: list[Row] = []
    totals = summarize(items)
    for category_id, label in labels.categories.items():
        group = [i for i in items if i.category_id == category_id]
        if not group:
            continue
        rows.append(section_row(label))
        for item in group:
            rows.append(Row([
                item.name + (f"\n{item.notes}" if item.notes else ""),
                f"{format_quantity(item.quantity)} {item.unit}".strip(),
                format_yuan(item.unit_price), format_yuan(item.subtotal),
                labels.sources[item.source], item.supplier, item.person_name,
                item.needed_by.isoformat() if item.needed_by else "",
                labels.statuses[item.status], "□"]))
        rows.append(Row([labels.subtotal.format(category=label), "", "",
                         format_yuan(totals.by_category[category_id].value), "", "", "", "",
                         "", ""], "total"))
    if items:
        rows.append(Row([labels.total, "", "", format_yuan(totals.all.value), "", "", "", "",
                         "", ""], "total"))
        doc.table(columns, rows, font_size=8.5)
    position = budget_position(totals, budget)
    lines = labels.budget_lines
    # The workbook's budget lines, in its order: what all items are worth, what the
    # bought ones cost (spent, committed, to buy), and that against the funds.
    values = [("value", format_yuan(totals.all.value)), ("cost", format_yuan(position.cost)),
              ("spent", format_yuan(position.spent)),
              ("committed", format_yuan(position.committed)),
              ("planned", format_yuan(position.planned)),
              ("limit", format_yuan(budget.budget_limit) or labels.not_set),
              ("sponsorship", format_yuan(budget.sponsorship)),
              ("available", format_yuan(budget.available) or labels.not_set),
              ("remaining", format_yuan(position.remaining) or labels.not_set)]
    if budget.budget_limit is not None and not position.over_budget:
        values.append(("state", labels.within_budget))  # over budget: the banner says so
    strong = {"cost", "available", "remaining", "state"}
    picture = BudgetPicture(labels.chart_budget, labels.chart_by_category, lines, position,
                            [(label, totals.by_category[cid].cost)
                             for cid, label in labels.categories.items()
                             if cid in totals.by_category])
    # Beside the lines, the same figures drawn (with no items, nothing to draw).
    chart = (lambda width: budget_drawing(picture, width, doc.font.name,
                                          doc.font.bold_name or doc.font.name)) if items else None
    columns = [Column(labels.budget, 2), Column("", 1.2, "right")]
    if chart is None:
        columns.append(Column("", 6))
    rows = [Row([lines[name], value] + ([] if chart else [""]),
                "total" if name in strong else "normal") for name, value in values]
    with doc.keep_together():
        doc.spacer(6)
        doc.table(columns, rows, zebra=False, beside=chart)
        if position.over_budget:
            doc.warning(Markup("<b>" + escape_text(labels.over_budget.format(
                amount=format_yuan(-position.remaining))) + "</b>"))
    return doc


def write_supply_list(path: Path, items: Sequence[SupplyItemRow], budget: BudgetSettings,
                      header: PageHeader, page_labels: PageLabels,
                      labels: SupplyPdfLabels) -> Path:
    """Write the supply list PDF atomically."""
    return build_supply_list(items, budget, header, page_labels, labels).build(Path(path))
