"""Exact money and quantity values: parsing what people type, rounding to the fen."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

FEN = Decimal("0.01")
MILLI = Decimal("0.001")

# Currency marks people put around yuan amounts, in any combination:
# "¥12.5", "￥12.5", "12.5元", "RMB 12.50", "CNY12.5", "12.5 块".
_CURRENCY = re.compile(r"^(?:[¥￥]|rmb|cny)\s*|\s*(?:元|块|圆|rmb|cny|yuan)$", re.IGNORECASE)


def to_decimal(value: object) -> Decimal | None:
    """A Decimal from a number or plain numeric text; None when it is not one.

    Floats go through `repr` so that 12.5 becomes Decimal("12.5"), not the
    binary fraction a float really holds.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        value = repr(value)
    text = str(value).strip().replace(",", "").replace(",", "")
    try:
        result = Decimal(text)
    except InvalidOperation:
        return None
    return result if result.is_finite() else None


def parse_money(value: object) -> Decimal | None:
    """Yuan from a cell or a text field: `¥12.5`, `12.5元`, `1,200`, 12.5; None if not money."""
    if isinstance(value, str):
        text = value.strip()
        previous = None
        while text != previous:  # strip marks on both sides, one at a time
            previous = text
            text = _CURRENCY.sub("", text).strip()
        value = text
    amount = to_decimal(value)
    if amount is None:
        return None
    return round_money(amount)


def parse_quantity(value: object) -> Decimal | None:
    """A quantity from a cell or text field (up to three decimals); None if not a number."""
    amount = to_decimal(value)
    if amount is None:
        return None
    return amount.quantize(MILLI, rounding=ROUND_HALF_UP)


def round_money(amount: Decimal) -> Decimal:
    """Round to the fen, halves up (as Excel's ROUND does for amounts)."""
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def subtotal(quantity: Decimal, unit_price: Decimal) -> Decimal:
    """Quantity × unit price, rounded to the fen."""
    return round_money(quantity * unit_price)


def format_yuan(amount: Decimal | None) -> str:
    """`¥1,234.50`; an empty string for no amount."""
    if amount is None:
        return ""
    sign = "-" if amount < 0 else ""
    return f"{sign}¥{abs(round_money(amount)):,.2f}"


def format_quantity(quantity: Decimal) -> str:
    """A quantity without trailing zeros: 12, 2.5."""
    return f"{quantity.normalize():f}"
