"""Money and quantities are exact decimals, parsed from what people type."""

from decimal import Decimal

import pytest

from gala_manager.core.money import (
    format_quantity,
    format_yuan,
    parse_money,
    parse_quantity,
    subtotal,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("¥12.5", "12.50"),
    ("￥12.5", "12.50"),
    ("12.5元", "12.50"),
    ("12.5 元", "12.50"),
    (" RMB 1,200 ", "1200.00"),
    ("CNY3", "3.00"),
    ("8块", "8.00"),
    (12.5, "12.50"),
    (0.1, "0.10"),
    (7, "7.00"),
    ("0.005", "0.01"),  # half a fen rounds up
    ("abc", None),
    ("", None),
    ("¥", None),
    (None, None),
    ("nan", None),
])
def test_parse_money(text, expected):
    result = parse_money(text)
    assert (None if result is None else str(result)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("3", "3"), ("2.5", "2.5"), (4.0, "4"), ("1,000", "1000"), ("x", None),
])
def test_parse_quantity(text, expected):
    result = parse_quantity(text)
    assert (None if result is None else format_quantity(result)) == expected


@pytest.mark.parametrize(("quantity", "price", "expected"), [
    ("3", "0.10", "0.30"),         # a float would give 0.30000000000000004
    ("300", "0.35", "105.00"),
    ("2.5", "39.90", "99.75"),
    ("0.333", "10.00", "3.33"),
    ("0.125", "0.10", "0.01"),     # 0.0125 rounds half up to the fen
])
def test_subtotal_is_exact(quantity, price, expected):
    assert str(subtotal(Decimal(quantity), Decimal(price))) == expected


@pytest.mark.parametrize(("amount", "text"), [
    (Decimal("1234.5"), "¥1,234.50"), (Decimal("-3"), "-¥3.00"), (None, ""),
])
def test_format_yuan(amount, text):
    assert format_yuan(amount) == text
