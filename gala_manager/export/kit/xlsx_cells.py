"""Writing single cells safely: text stays text, Excel's limits are respected."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from gala_manager.export.kit.xlsx_book import Cell, Sheet

YUAN = "¥#,##0.00"
INTEGER = "#,##0"
DATE = "yyyy-mm-dd"
DATETIME = "yyyy-mm-dd hh:mm"
TIME = "hh:mm"
CLOCK = "hh:mm:ss"
DURATION = "[h]:mm:ss"  # a length of time that sums past 24 hours
MAX_TEXT = 32767  # Excel's limit for one cell
_NATIVE = (bool, int, float, Decimal, date, time, timedelta)  # datetime is a date
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# By exact type: a list of thousands of cells is written without isinstance chains.
_FORMATS = {datetime: DATETIME, date: DATE, time: TIME, timedelta: DURATION}
_PLAIN = {bool, int, float, Decimal, type(None), *_FORMATS}
# Control characters an .xlsx cannot hold (tab, line feed and carriage return it can).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# The functions our formulas may use: every spreadsheet program knows them, and
# none needs the "_xlfn." prefix newer Excel functions are stored with.
CLASSIC_FUNCTIONS = frozenset({"ROUND", "SUM", "SUBTOTAL", "SUMIFS", "COUNTIFS", "IF",
                               "SUMIF", "COUNTIF", "COUNTA", "MIN", "MAX", "ABS"})
_FUNCTION = re.compile(r"([A-Z][A-Z0-9.]*)\(")


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
    `write_cell` writes it as text, never as a formula.
    """
    if value is None or isinstance(value, _NATIVE):
        return value, []
    if not isinstance(value, str):
        value = str(value)
    codes = []
    # XlsxWriter stores a carriage return as "_x000D_", which not every reader decodes.
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = _ILLEGAL.sub("", value) if not value.isprintable() else value
    if cleaned != value:
        codes.append("illegal_removed")
    if len(cleaned) > MAX_TEXT:
        codes.append("truncated")
        cleaned = cleaned[:MAX_TEXT]
    return cleaned, codes


def write_cell(
    ws: Sheet,
    row: int,
    col: int,
    value: object,
    *,
    number_format: str | None = None,
    bold: bool = False,
    wrap: bool = False,
    warnings: list[CellWarning] | None = None,
    **style: object,
) -> Cell:
    """Write user data into a cell: text is always text (never a formula).

    Dates get `DATE`, datetimes `DATETIME`, times `TIME` (all centred),
    timedeltas `DURATION` unless `number_format` says otherwise; `Decimal`s stay
    exact until written. Text of several lines wraps. `style` adds XlsxWriter
    format properties. What had to change is appended to `warnings` (if given)
    as `CellWarning`s for the caller to show.
    """
    kind = type(value)
    if kind is str and value.isprintable() and len(value) <= MAX_TEXT:
        clean, codes = value, ()
    elif kind in _PLAIN:
        clean, codes = value, ()
    else:
        clean, codes = safe_value(value)
        kind = type(clean)
    fmt = number_format or _FORMATS.get(kind)
    if fmt:
        style["num_format"] = fmt
    if kind in _FORMATS:
        style.setdefault("align", "center")  # never flush against the text beside it
    elif kind is str:
        if clean.startswith(_FORMULA_START):
            style["quote_prefix"] = True  # Excel keeps it text when the cell is edited
        if "\n" in clean:
            wrap = True  # lines of one cell show as lines, never overprinted
    if bold:
        style["bold"] = True
    if wrap:
        style.update(text_wrap=True, valign="top")
    cell = ws.put(row, col, clean, style)
    if codes and warnings is not None:
        original = len(value) if isinstance(value, str) else 0
        for code in codes:
            detail = str(original) if code == "truncated" else ""
            warnings.append(CellWarning(ws.title, cell.coordinate, code, detail))
    return cell


def write_formula(
    ws: Sheet,
    row: int,
    col: int,
    formula: str,
    value: object,
    *,
    number_format: str | None = None,
    bold: bool = False,
    **style: object,
) -> Cell:
    """Write a formula we built ourselves (e.g. ``=C5*D5``) with the `value` the app
    computed for it, so a viewer that does not recalculate still shows the figure."""
    if not formula.startswith("="):
        raise ValueError(f"a formula must start with '=': {formula!r}")
    unknown = set(_FUNCTION.findall(re.sub(r'"[^"]*"', "", formula))) - CLASSIC_FUNCTIONS
    if unknown:
        raise ValueError(f"not a classic spreadsheet function: {sorted(unknown)}")
    cell = ws.cell(row, col)
    cell.formula, cell.value = formula, value
    if number_format:
        style["num_format"] = number_format
    if bold:
        style["bold"] = True
    cell.style.update(style)
    return cell


def write_row(
    ws: Sheet,
    row: int,
    values: Sequence[object],
    *,
    start_col: int = 1,
    formats: Sequence[str | None] | None = None,
    warnings: list[CellWarning] | None = None,
    **style: object,
) -> None:
    """`write_cell` for each value of a row; `formats` gives per-column number formats."""
    for offset, value in enumerate(values):
        fmt = formats[offset] if formats and offset < len(formats) else None
        write_cell(ws, row, start_col + offset, value, number_format=fmt, warnings=warnings,
                   **dict(style))
