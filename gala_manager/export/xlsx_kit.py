"""Safe, printable openpyxl sheets: text never becomes a formula, widths fit Chinese."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from gala_manager.export.files import atomic_write_bytes

YUAN = "¥#,##0.00"
INTEGER = "#,##0"
DATE = "yyyy-mm-dd"
DATETIME = "yyyy-mm-dd hh:mm"
TIME = "hh:mm"
MAX_TEXT = 32767  # Excel's limit for one cell
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HEADER_FILL = PatternFill("solid", fgColor="2F3E4E")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TITLE_FONT = Font(bold=True, size=14)
THIN = Side(style="thin", color="CBD2D9")


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

    Text loses characters Excel refuses and is cut to 32,767 characters; other
    values pass through. Formula-like text is NOT altered here: `write_cell` marks
    it as a string so that it is shown, never evaluated.
    """
    if not isinstance(value, str):
        return value, []
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


def write_title(ws: Worksheet, text: str, ncols: int, *, row: int = 1) -> Cell:
    """A large bold title merged across `ncols` columns (e.g. the gala's name)."""
    cell = write_cell(ws, row, 1, text)
    cell.font = TITLE_FONT
    cell.alignment = Alignment(vertical="center")
    if ncols > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    ws.row_dimensions[row].height = 24
    return cell


def write_header(
    ws: Worksheet,
    row: int,
    labels: Sequence[str],
    *,
    freeze: bool = True,
    autofilter_to_row: int | None = None,
) -> None:
    """A styled header row; freezes the panes below it and optionally sets an auto-filter
    spanning the header and the data down to `autofilter_to_row`."""
    for col, label in enumerate(labels, start=1):
        cell = write_cell(ws, row, col, label)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        cell.border = Border(bottom=THIN)
    ws.row_dimensions[row].height = 20
    if freeze:
        ws.freeze_panes = ws.cell(row=row + 1, column=1)
    if autofilter_to_row is not None:
        last = get_column_letter(len(labels))
        ws.auto_filter.ref = f"A{row}:{last}{max(row, autofilter_to_row)}"


def text_width(value: object) -> float:
    """Display width of a value in Excel columns: CJK and fullwidth characters count 2."""
    if value is None:
        return 0
    if isinstance(value, float | Decimal):
        text = f"{value:,.2f}"
    elif isinstance(value, datetime | date | time):
        text = "2026-12-31 23:59" if isinstance(value, datetime) else "2026-12-31"
    else:
        text = str(value)
    longest = max(text.split("\n"), key=len) if text else ""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in longest)


def fit_columns(
    ws: Worksheet, *, min_width: float = 6, max_width: float = 50, from_row: int = 1
) -> None:
    """Set each column's width to its longest content (formulas and merged cells skipped)."""
    merged = {rc for rng in ws.merged_cells.ranges for rc in rng.cells}
    widths: dict[int, float] = {}
    for row in ws.iter_rows(min_row=from_row):
        for cell in row:
            if (cell.row, cell.column) in merged or cell.data_type == "f":
                continue
            widths[cell.column] = max(widths.get(cell.column, 0), text_width(cell.value))
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = min(
            max_width, max(min_width, width + 2)
        )


def _hf_text(text: str) -> str:
    return text.replace("&", "&&")  # "&" starts a header/footer code in Excel


def setup_print(
    ws: Worksheet,
    *,
    landscape: bool = False,
    header_row: int | None = None,
    header_text: str = "",
    page_label: str = "{page} / {pages}",
) -> None:
    """A4, fit to one page wide, `header_row` repeated on every printed page,
    `header_text` (e.g. the gala's name) centred on top and `page_label`
    (``{page}``/``{pages}``, e.g. "第 {page} 页 / 共 {pages} 页") at the bottom."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    if header_row:
        ws.print_title_rows = f"{header_row}:{header_row}"
    if header_text:
        ws.oddHeader.center.text = _hf_text(header_text)
    if page_label:
        footer = _hf_text(page_label).replace("{page}", "&P").replace("{pages}", "&N")
        ws.oddFooter.center.text = footer


def new_workbook(*, title: str = "", creator: str = "Gala Manager") -> Workbook:
    """An empty workbook (its first sheet removed) with document properties set."""
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.title = title
    wb.properties.creator = creator
    return wb


def add_sheet(wb: Workbook, title: str) -> Worksheet:
    """A new sheet named `title`, made legal (no []:*?/\\, at most 31 characters, unique)."""
    name = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip("'")[:31] or "Sheet"
    base, n = name, 2
    while name in wb.sheetnames:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    return wb.create_sheet(name)


def save_workbook(wb: Workbook, path: Path | str) -> Path:
    """Save atomically; raises `DiskFullError` / `PermissionDeniedError`, never OSError."""
    buffer = io.BytesIO()
    wb.save(buffer)
    return atomic_write_bytes(Path(path), buffer.getvalue())
