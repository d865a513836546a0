"""Write the supplies workbook and PDF with the interface's words (GUI and CLI)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.pdf_page import page_header, page_labels
from gala_manager.app.supplies.columns import ITEM_COLUMNS, item_column_titles
from gala_manager.app.supplies.wording import category_label, source_label, status_label
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.supplies.items import SupplyItemRow, list_items
from gala_manager.core.supplies.settings import get_budget, list_categories
from gala_manager.export.supplies.list_pdf import SupplyPdfLabels, write_supply_list
from gala_manager.export.supplies.workbook import (
    SupplyWorkbook,
    SupplyWorkbookLabels,
    write_supplies_workbook,
)

translate = QCoreApplication.translate


def _categories(read: Callable) -> dict[int, str]:
    return {row.id: category_label(row.key, row.name) for row in read(list_categories)}


def _budget_lines() -> dict[str, str]:
    return {
        "value": translate("SupplyExport", "Value of all items"),
        "cost": translate("SupplyExport", "Cost of bought items"),
        "spent": translate("SupplyExport", "Spent (bought, in hand)"),
        "committed": translate("SupplyExport", "Committed (ordered)"),
        "planned": translate("SupplyExport", "Still to buy"),
        "limit": translate("SupplyExport", "Budget limit"),
        "sponsorship": translate("SupplyExport", "Sponsorship income"),
        "available": translate("SupplyExport", "Available (limit + sponsorship)"),
        "remaining": translate("SupplyExport", "Remaining"),
        "state": translate("SupplyExport", "Budget status"),
    }


def workbook_labels(read: Callable) -> SupplyWorkbookLabels:
    """Every word of the workbook in the current language."""
    titles = item_column_titles()
    headers = [titles[key] for key in ITEM_COLUMNS]
    headers.insert(12, translate("SupplyExport", "Must return"))
    return SupplyWorkbookLabels(
        items_sheet=translate("SupplyExport", "Items"),
        budget_sheet=translate("SupplyExport", "Budget"),
        shopping_sheet=translate("SupplyExport", "Shopping list"),
        returns_sheet=translate("SupplyExport", "Returns"),
        item_headers=headers, categories=_categories(read),
        sources={s: source_label(s) for s in SupplySource},
        statuses={s: status_label(s) for s in SupplyStatus},
        yes=translate("SupplyExport", "yes"), no=translate("SupplyExport", "no"),
        total=translate("SupplyExport", "Total"),
        subtotal=translate("SupplyExport", "Subtotal"),
        items_caption=translate("SupplyExport", "{count} items"),
        filtered_caption=translate("SupplyExport", "{count} of {all} items (filtered)"),
        count_format=translate("SupplyExport", '0" items"'),
        by_category=translate("SupplyExport", "Totals by category"),
        by_department=translate("SupplyExport", "Totals by department"),
        no_department=translate("SupplyExport", "(no department)"),
        group_headers=[translate("SupplyExport", "Group"), translate("SupplyExport", "Count"),
                       translate("SupplyExport", "Value"),
                       translate("SupplyExport", "Cost (bought)")],
        budget_lines=_budget_lines(), not_set=translate("SupplyExport", "not set"),
        over_budget=translate("SupplyExport", "OVER BUDGET"),
        within_budget=translate("SupplyExport", "within budget"),
        filtered_note=translate("SupplyExport", "Totals of the exported (filtered) items only"),
        shopping_headers=["√", translate("SupplyExport", "Item"),
                          translate("SupplyExport", "Quantity"), translate("SupplyExport", "Unit"),
                          translate("SupplyExport", "Unit price"),
                          translate("SupplyExport", "Subtotal"),
                          translate("SupplyExport", "Needed by"),
                          translate("SupplyExport", "Responsible"),
                          translate("SupplyExport", "Notes")],
        no_supplier=translate("SupplyExport", "(supplier not chosen yet)"),
        returns_headers=[translate("SupplyExport", "Returned"), translate("SupplyExport", "Item"),
                         translate("SupplyExport", "Quantity"), translate("SupplyExport", "Unit"),
                         translate("SupplyExport", "Lent by"),
                         translate("SupplyExport", "Return to"),
                         translate("SupplyExport", "Returned by"),
                         translate("SupplyExport", "Department"),
                         translate("SupplyExport", "Needed by"),
                         translate("SupplyExport", "Status")],
        page_label=translate("SupplyExport", "Page {page} of {pages}"),
        subject=translate("SupplyExport", "Supplies and budget"),
        chart_data=translate("SupplyExport", "For the charts"),
        chart_by_category=translate("SupplyExport", "Cost by category"),
        chart_budget=translate("SupplyExport", "Spending against the available funds"),
    )


def prepare_workbook(source, path: Path, items: Sequence[SupplyItemRow] | None = None
                     ) -> Callable[[], SupplyWorkbook]:
    """Read and word everything now; the returned call writes the file (Qt-free, so a
    worker thread may run it while the window stays responsive).

    `items`: the rows a filter shows, or None for every item.
    """
    read = source.read
    everything = read(list_items)
    chosen = list(everything if items is None else items)
    budget, labels, name = read(get_budget), workbook_labels(read), read(get_gala_facts).name
    return partial(write_supplies_workbook, Path(path), chosen, budget, labels, gala_name=name,
                   all_count=len(everything))


def export_workbook(source, path: Path,
                    items: Sequence[SupplyItemRow] | None = None) -> SupplyWorkbook:
    """Write the workbook of the gala `source` (controller or document) reads."""
    return prepare_workbook(source, path, items)()


def export_pdf(source, path: Path, items: Sequence[SupplyItemRow] | None = None) -> Path:
    """Write the printable supply list."""
    read = source.read
    everything = read(list_items)
    chosen = everything if items is None else list(items)
    # lupdate reads a plural count only from a plain name.
    count, total = len(chosen), len(everything)
    subtitle = (translate("SupplyExport", "%n item(s)", "", count) if count == total else
                translate("SupplyExport", "{count} of %n item(s) (filtered)", "", total).format(
                    count=count))
    labels = SupplyPdfLabels(
        title=translate("SupplyExport", "Supply list"), subtitle=subtitle,
        headers=[translate("SupplyExport", "Item"), translate("SupplyExport", "Quantity"),
                 translate("SupplyExport", "Unit price"), translate("SupplyExport", "Subtotal"),
                 translate("SupplyExport", "Source"),
                 translate("SupplyExport", "Supplier / lender"),
                 translate("SupplyExport", "Responsible"), translate("SupplyExport", "Needed by"),
                 translate("SupplyExport", "Status"), "√"],
        categories=_categories(read), sources={s: source_label(s) for s in SupplySource},
        statuses={s: status_label(s) for s in SupplyStatus},
        subtotal=translate("SupplyExport", "Subtotal of {category}"),
        total=translate("SupplyExport", "Total"),
        budget=translate("SupplyExport", "Budget and spending"),
        budget_lines=_budget_lines(), not_set=translate("SupplyExport", "not set"),
        over_budget=translate("SupplyExport", "Over budget by {amount}!"),
        empty=translate("SupplyExport", "No items."),
        within_budget=translate("SupplyExport", "within budget"),
        chart_budget=translate("SupplyExport", "Spending against the available funds"),
        chart_by_category=translate("SupplyExport", "Cost by category"))
    return write_supply_list(Path(path), chosen, read(get_budget), page_header(read),
                             page_labels(), labels)
