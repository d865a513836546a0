"""Safe, printable openpyxl workbooks: layout, print setup, saving (cells: xlsx_cells)."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from gala_manager.export.kit.files import atomic_write_bytes
from gala_manager.export.kit.xlsx_cells import (
    DATE,
    DATETIME,
    INTEGER,
    MAX_TEXT,
    TIME,
    YUAN,
    CellWarning,
    safe_value,
    write_cell,
    write_formula,
    write_row,
)

# Exporters import everything from here; the cell functions live in xlsx_cells.
__all__ = ["DATE", "DATETIME", "INTEGER", "MAX_TEXT", "TIME", "YUAN", "CellWarning"]
__all__ += ["safe_value", "write_cell", "write_formula", "write_row"]

HEADER_FILL = PatternFill("solid", fgColor="2F3E4E")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TITLE_FONT = Font(bold=True, size=14)
THIN = Side(style="thin", color="CBD2D9")


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


def write_table(
    ws: Worksheet,
    header_row: int,
    labels: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    formats: Sequence[str | None] | None = None,
    warnings: list[CellWarning] | None = None,
) -> int:
    """Header (frozen, auto-filter) plus data rows written with `write_cell`; returns
    the last data row (the header row if there is none) for totals and print areas."""
    last = header_row + len(rows)
    write_header(ws, header_row, labels, autofilter_to_row=last)
    for offset, values in enumerate(rows, start=1):
        write_row(ws, header_row + offset, values, formats=formats, warnings=warnings)
    return last


def add_choice_validation(
    ws: Worksheet, cell_range: str, options: Sequence[str], *, error: str = "", prompt: str = ""
) -> DataValidation:
    """A drop-down list on `cell_range` (e.g. ``"C3:C200"``) offering `options`.

    Short lists go inline; long ones (Excel allows 255 characters) or options with
    commas are written to a hidden sheet "_lists" and referenced. `error` is the
    message Excel shows for other input; `prompt` a hint shown on the cell.
    """
    inline = ",".join(options)
    if len(inline) <= 250 and not any("," in o or '"' in o for o in options):
        formula = '"' + inline + '"'
    else:
        lists = ws.parent["_lists"] if "_lists" in ws.parent.sheetnames else None
        if lists is None:
            lists = ws.parent.create_sheet("_lists")
            lists.sheet_state = "hidden"
        col = lists.max_column + 1 if lists.max_row > 1 or lists["A1"].value else 1
        for row, option in enumerate(options, start=1):
            write_cell(lists, row, col, option)
        letter = get_column_letter(col)
        formula = f"'_lists'!${letter}$1:${letter}${max(1, len(options))}"
    validation = DataValidation(type="list", formula1=formula, allow_blank=True)
    validation.error, validation.showErrorMessage = error[:225] or None, bool(error)
    validation.prompt, validation.showInputMessage = prompt[:255] or None, bool(prompt)
    ws.add_data_validation(validation)
    validation.add(cell_range)
    return validation


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
    """Set each column's width to its longest content as displayed (numbers with their
    format, e.g. ¥1,280.00; formulas as a typical amount); merged cells are skipped."""
    merged = {rc for rng in ws.merged_cells.ranges for rc in rng.cells}
    widths: dict[int, float] = {}
    for row in ws.iter_rows(min_row=from_row):
        for cell in row:
            if (cell.row, cell.column) in merged:
                continue
            widths[cell.column] = max(widths.get(cell.column, 0), _display_width(cell))
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = min(
            max_width, max(min_width, width + 2)
        )


_FORMULA_WIDTH = 12  # a formula's value is unknown here: room for "¥12,345.00"


def _display_width(cell: Cell) -> float:
    value, fmt = cell.value, cell.number_format or ""
    if cell.data_type == "f":
        return _FORMULA_WIDTH
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        decimals = 2 if "0.00" in fmt else 0 if "0" in fmt else None
        if decimals is not None:
            text = f"{value:,.{decimals}f}"
            return len(text) + (1 if "¥" in fmt else 0) + (1 if "%" in fmt else 0)
    return text_width(value)


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
