"""The columns of the supply list: keys, titles and cell texts, shared by the table and exports."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from gala_manager.app.supplies.wording import category_label, source_label, status_label
from gala_manager.core.models import SupplyStatus
from gala_manager.core.money import format_quantity, format_yuan
from gala_manager.core.supplies.items import SupplyItemRow

translate = QCoreApplication.translate

ITEM_COLUMNS = ("name", "category", "quantity", "unit", "unit_price", "subtotal", "source",
                "supplier", "department", "person", "needed_by", "status", "return_to",
                "notes", "act")
NUMERIC_COLUMNS = frozenset({"quantity", "unit_price", "subtotal"})


def item_column_titles() -> dict[str, str]:
    """The title of each column of the supply list, in the current language."""
    return {
        "name": translate("SupplyColumns", "Item"),
        "category": translate("SupplyColumns", "Category"),
        "quantity": translate("SupplyColumns", "Quantity"),
        "unit": translate("SupplyColumns", "Unit"),
        "unit_price": translate("SupplyColumns", "Unit price"),
        "subtotal": translate("SupplyColumns", "Subtotal"),
        "source": translate("SupplyColumns", "Source"),
        "supplier": translate("SupplyColumns", "Supplier / lender"),
        "department": translate("SupplyColumns", "Department"),
        "person": translate("SupplyColumns", "Responsible"),
        "needed_by": translate("SupplyColumns", "Needed by"),
        "status": translate("SupplyColumns", "Status"),
        "return_to": translate("SupplyColumns", "Return to"),
        "notes": translate("SupplyColumns", "Notes"),
        "act": translate("SupplyColumns", "For act"),
    }


def item_cell_text(row: SupplyItemRow, key: str) -> str:
    """The text of one cell of the supply list, in the current language."""
    if key == "category":
        return category_label(row.category_key, row.category_name)
    if key == "quantity":
        return format_quantity(row.quantity)
    if key in ("unit_price", "subtotal"):
        return format_yuan(getattr(row, key))
    if key == "source":
        return source_label(row.source)
    if key == "department":
        return row.department_name
    if key == "person":
        return row.person_name
    if key == "needed_by":
        return row.needed_by.isoformat() if row.needed_by else ""
    if key == "status":
        return status_label(row.status)
    if key == "act":
        return row.act_title
    return getattr(row, key)


def item_sort_value(row: SupplyItemRow, key: str):
    """What a column sorts by: exact numbers, real dates (empty dates last), text."""
    if key in NUMERIC_COLUMNS:
        return getattr(row, key)
    if key == "needed_by":
        return row.needed_by or dt.date.max
    if key == "status":
        return list(SupplyStatus).index(row.status)
    return item_cell_text(row, key)
