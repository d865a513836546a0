"""Writing single cells safely: text stays text, Excel's limits are respected."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

YUAN = "¥#,##0.00"
INTEGER = "#,##0"
DATE = "yyyy-mm-dd"
DATETIME = "yyyy-mm-dd hh:mm"
TIME = "hh:mm"
MAX_TEXT = 32767  # Excel's limit for one cell
_NATIVE = (bool, int, float, Decimal, date, time, timedelta)  # datetime is a date
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class CellWarning:
    """Something changed in a value on its way into the sheet.

    `code`: ``truncated`` (text cut to 32,767 characters; `detail` = original
    length) or ``illegal_removed`` (control characters Excel cannot hold removed).
    """

    sheet: str
    cell: str
    code: str
    detail: str = ""


def safe_value(value: object) -> tuple[object, list[str]]:
    """`value` as a cell may hold it, plus the codes of what had to change.

    Numbers, Decimals, booleans, dates, times and timedeltas pass through; any other
    object (an Enum, a Path) becomes its text. Text loses characters Excel refuses
    and is cut to 32,767 characters. Formula-like text is NOT altered here:
    `write_cell` marks it as a string so that it is shown, never evaluated.
    """
    if value is None or isinstance(value, _NATIVE):
        return value, []
    if not isinstance(value, str):
        value = str(value)  # openpyxl refuses unknown types with a ValueError
    codes = []
    cleaned = ILLEGAL_CHARACTERS_RE.sub("", value)
    if cleaned != value:
        codes.append("illegal_removed")
    if len(cleaned) > MAX_TEXT:
        codes.append("truncated")
        cleaned = cleaned[:MAX_TEXT]
    return cleaned, codes


def write_cell(
    ws: Worksheet,
    row: int,
    col: int,
    value: object,
    *,
    number_format: str | None = None,
    bold: bool = False,
    wrap: bool = False,
    warnings: list[CellWarning] | None = None,
) -> Cell:
    """Write user data into a cell: text is always text (never a formula).

    Dates get `DATE`, datetimes `DATETIME`, times `TIME` unless `number_format`
    says otherwise; `Decimal`s stay exact. What had to change is appended to
    `warnings` (if given) as `CellWarning`s for the caller to show.
    """
    clean, codes = safe_value(value)
    cell = ws.cell(row=row, column=col)
    cell.value = clean
    if isinstance(clean, str):
        # openpyxl turns any text starting with "=" into a formula; force plain text,
        # and quotePrefix keeps Excel from re-reading it as one when the cell is edited.
        cell.data_type = "s"
        if clean.startswith(_FORMULA_START):
            cell.quotePrefix = True
    if number_format:
        cell.number_format = number_format
    elif isinstance(clean, datetime):
        cell.number_format = DATETIME
    elif isinstance(clean, date):
        cell.number_format = DATE
    elif isinstance(clean, time):
        cell.number_format = TIME
    if bold:
        cell.font = Font(bold=True)
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    if warnings is not None:
        original = len(value) if isinstance(value, str) else 0
        for code in codes:
            detail = str(original) if code == "truncated" else ""
            warnings.append(CellWarning(ws.title, cell.coordinate, code, detail))
    return cell


def write_formula(
    ws: Worksheet,
    row: int,
    col: int,
    formula: str,
    *,
    number_format: str | None = None,
    bold: bool = False,
) -> Cell:
    """Write a formula we built ourselves (e.g. ``=C5*D5``, ``=SUBTOTAL(9,E3:E40)``)."""
    if not formula.startswith("="):
        raise ValueError(f"a formula must start with '=': {formula!r}")
    cell = ws.cell(row=row, column=col, value=formula)
    if number_format:
        cell.number_format = number_format
    if bold:
        cell.font = Font(bold=True)
    return cell


def write_row(
    ws: Worksheet,
    row: int,
    values: Sequence[object],
    *,
    start_col: int = 1,
    formats: Sequence[str | None] | None = None,
    warnings: list[CellWarning] | None = None,
) -> None:
    """`write_cell` for each value of a row; `formats` gives per-column number formats."""
    for offset, value in enumerate(values):
        fmt = formats[offset] if formats and offset < len(formats) else None
        write_cell(ws, row, start_col + offset, value, number_format=fmt, warnings=warnings)
