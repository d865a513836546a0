"""Safe, printable workbooks: layout, print setup, saving (cells: xlsx_cells, model: xlsx_book)."""

from __future__ import annotations

import functools
import math
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from xlsxwriter.utility import xl_cell_to_rowcol, xl_col_to_name

from gala_manager.export.kit import xlsx_book
from gala_manager.export.kit.xlsx_book import Book, Cell, Chart, Series, Sheet
from gala_manager.export.kit.xlsx_cells import (
    CLOCK,
    DATE,
    DATETIME,
    DURATION,
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

# Exporters import everything from here; the cells and the model live beside it.
__all__ = ["CLOCK", "DATE", "DATETIME", "DURATION", "INTEGER", "MAX_TEXT", "TIME", "YUAN"]
__all__ += ["Book", "Cell", "CellWarning", "Chart", "Series", "Sheet"]
__all__ += ["safe_value", "write_cell", "write_formula", "write_row"]

HEADER_STYLE = {"bold": True, "font_color": "#FFFFFF", "bg_color": "#2F3E4E",
                "valign": "vcenter", "text_wrap": True, "bottom": 1, "bottom_color": "#CBD2D9"}
TITLE_STYLE = {"bold": True, "font_size": 14, "valign": "vcenter"}
TOP_RULE = {"top": 1, "top_color": "#2F3E4E"}
LINE_POINTS = 15  # one line of 11-pt text


def column(index: int, absolute: bool = False) -> str:
    """The letter of a 1-based column: 1 → "A"."""
    return xl_col_to_name(index - 1, absolute)


def quote_sheetname(title: str) -> str:
    """A sheet's name as a formula on another sheet names it: always quoted, so any
    name (Chinese, with spaces, like a cell reference) reads the same everywhere."""
    return "'" + title.replace("'", "''") + "'"


def _bounds(text: str) -> tuple[int, int, int, int]:
    first, _, last = text.replace("$", "").partition(":")
    (r1, c1), (r2, c2) = xl_cell_to_rowcol(first), xl_cell_to_rowcol(last or first)
    return r1 + 1, c1 + 1, r2 + 1, c2 + 1


def write_title(ws: Sheet, text: str, *, row: int = 1) -> Cell:
    """A large bold title (e.g. the gala's name). It is not merged: text runs on over
    the empty cells beside it, so a merge narrower than the title cannot cut it."""
    cell = write_cell(ws, row, 1, text, **TITLE_STYLE)
    ws.heights[row] = 24
    return cell


def write_header(ws: Sheet, row: int, labels: Sequence[str], *, freeze: bool = True,
                 autofilter_to_row: int | None = None) -> None:
    """A styled header row; freezes the panes below it and optionally sets an auto-filter
    spanning the header and the data down to `autofilter_to_row`."""
    for col, label in enumerate(labels, start=1):
        write_cell(ws, row, col, label, **HEADER_STYLE)
    ws.heights[row] = max(ws.heights.get(row, 0), 20)  # more when a label wraps
    if freeze:
        ws.freeze = (row + 1, 1)
    if autofilter_to_row is not None:
        ws.autofilter = (row, 1, max(row, autofilter_to_row), len(labels))


def write_table(ws: Sheet, header_row: int, labels: Sequence[str],
                rows: Sequence[Sequence[object]], *,
                formats: Sequence[str | None] | None = None,
                warnings: list[CellWarning] | None = None) -> int:
    """Header (frozen, auto-filter) plus data rows written with `write_cell`; returns
    the last data row (the header row if there is none) for totals and print areas."""
    last = header_row + len(rows)
    write_header(ws, header_row, labels, autofilter_to_row=last)
    for offset, values in enumerate(rows, start=1):
        write_row(ws, header_row + offset, values, formats=formats, warnings=warnings)
    return last


def add_choice_validation(ws: Sheet, cells: str, options: Sequence[str], *, error: str = "",
                          prompt: str = "") -> None:
    """A drop-down list on `cells` (e.g. ``"C3:C200"``) offering `options`.

    Short lists go inline; long ones (Excel allows 255 characters) or options with
    commas are written to a hidden sheet "_lists" and referenced. `error` is the
    message Excel shows for other input; `prompt` a hint shown on the cell.
    """
    inline = ",".join(options)
    rule: dict = {"validate": "list", "ignore_blank": True}
    if len(inline) <= 250 and not any("," in o or '"' in o for o in options):
        rule["source"] = list(options)
    else:
        lists = ws.parent.sheet("_lists") or ws.parent.create_sheet("_lists")
        lists.hidden = True
        col = lists.max_column + 1
        for row, option in enumerate(options, start=1):
            write_cell(lists, row, col, option)
        letter = column(col)
        rule["source"] = f"='_lists'!${letter}$1:${letter}${max(1, len(options))}"
    if error:
        rule.update(error_message=error[:225], show_error=True)
    else:
        rule["show_error"] = False
    if prompt:
        rule["input_message"] = prompt[:255]
    ws.validations.append((_bounds(cells), rule))


def add_input_hint(ws: Sheet, cells: str, prompt: str) -> None:
    """A hint Excel shows when one of `cells` is selected; any value is accepted."""
    ws.validations.append((_bounds(cells), {"validate": "any", "input_message": prompt[:255]}))


def text_width(value: object) -> float:
    """Display width of a value in Excel columns: CJK and fullwidth characters count 2.2."""
    if value is None:
        return 0
    if isinstance(value, str) and "\n" not in value:
        return _width(value)
    if isinstance(value, bool):
        text = str(value).upper()
    elif isinstance(value, float | Decimal):
        text = f"{value:,.2f}"
    elif isinstance(value, datetime | date | time | timedelta):
        text = "2026-12-31 23:59" if isinstance(value, datetime) else "2026-12-31"
    else:
        text = str(value)
    longest = max(text.split("\n"), key=_width) if text else ""
    return _width(longest)


# A Chinese character at 11 pt is about 2.2 digit widths in Excel's and WPS's fonts.
WIDE = 2.2


@functools.lru_cache(maxsize=4096)  # names, units and statuses repeat down a list
def _width(text: str) -> float:
    if text.isascii():
        return len(text)
    return sum(WIDE if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _display_width(cell: Cell) -> float:
    value = cell.value
    kind = type(value)
    if kind is str and "\n" not in value:
        return _width(value)
    if kind in (int, float, Decimal):
        fmt = str(cell.style.get("num_format", ""))
        decimals = 2 if "0.00" in fmt else 0 if "0" in fmt else None
        if decimals is not None:
            text = f"{value:,.{decimals}f}"
            return len(text) + (1 if "¥" in fmt else 0) + (1 if "%" in fmt else 0)
        if '"' in fmt:  # a count with its word: 0" 项"
            return len(str(value)) + _width(fmt.split('"')[1])
    if kind in (time, timedelta):
        return len(str(cell.style.get("num_format", ""))) or 8
    return text_width(value)


def fit_columns(ws: Sheet, *, min_width: float = 6, max_width: float = 50,
                from_row: int = 1) -> None:
    """Set each column's width to its longest content as displayed (numbers with their
    format, e.g. ¥1,280.00; formulas by their value); merged cells are skipped.
    Text longer than `max_width` wraps in its cell instead of being cut."""
    merged = {(r, c) for r1, c1, r2, c2 in ws.merged
              for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
    widths: dict[int, float] = {}
    for (row, col), cell in ws.cells.items():
        if row < from_row or (row, col) in merged:
            continue
        width = _display_width(cell)
        widths[col] = max(widths.get(col, 0), width)
        if width + 2 > max_width and isinstance(cell.value, str):
            cell.set(text_wrap=True, valign="top")
    for col, width in widths.items():
        ws.widths[col] = min(max_width, max(min_width, width + 2))


def fit_rows(ws: Sheet) -> None:
    """Give each row holding wrapped text the height its lines need (a set height is
    a minimum), so every viewer shows all of it, on screen and on paper; the other
    cells of a taller row sit at its top, beside the first line."""
    spans = {(r1, c1): sum(ws.widths.get(c, 8.43) for c in range(c1, c2 + 1))
             for r1, c1, _r2, c2 in ws.merged}
    lines: dict[int, int] = {}
    for (row, col), cell in ws.cells.items():
        if not cell.style.get("text_wrap") or cell.value in (None, ""):
            continue
        room = max(1.0, spans.get((row, col), ws.widths.get(col, 8.43)) - 1)
        text = str(cell.value)
        count = sum(max(1, math.ceil(_width(part) / room)) for part in text.split("\n"))
        lines[row] = max(lines.get(row, 1), count)
    taller = {row for row, count in lines.items()
              if LINE_POINTS * count > ws.heights.get(row, LINE_POINTS)}
    for row in taller:
        ws.heights[row] = min(409, LINE_POINTS * lines[row])
    for (row, _col), cell in ws.cells.items():
        if row in taller:
            cell.style.setdefault("valign", "top")


def setup_print(ws: Sheet, *, landscape: bool | None = None, header_row: int | None = None,
                header_text: str = "", page_label: str = "{page} / {pages}",
                repeat_columns: int = 1, groups: Sequence[tuple[int, int]] = ()) -> None:
    """A4 in the orientation that fits (or the one asked for), `header_row` repeated on
    every page, `header_text` (e.g. the gala's name) on top, `page_label`
    (``{page}``/``{pages}``) at the bottom. A sheet too wide for one page at 8 pt
    prints in column `groups` (or packed ones) with its first `repeat_columns` repeated."""
    setup = ws.print
    setup.enabled = True
    setup.orientation = "auto" if landscape is None else "landscape" if landscape \
        else "portrait"
    setup.header_rows = (header_row, header_row) if header_row else None
    setup.header_text, setup.footer_text = header_text, page_label
    setup.repeat_columns, setup.groups = repeat_columns, tuple(groups)


def new_workbook(*, title: str = "", creator: str = "Gala Manager") -> Book:
    """An empty workbook with document properties set."""
    return Book(title=title, creator=creator)


def add_sheet(wb: Book, title: str) -> Sheet:
    """A new sheet named `title`, made legal (no []:*?/\\, at most 31 characters, unique)."""
    name = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip("'")[:31] or "Sheet"
    base, n = name, 2
    while name.casefold() in (s.casefold() for s in wb.sheetnames):
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    return wb.create_sheet(name)


def save_workbook(wb: Book, path: Path | str) -> Path:
    """Fit row heights to wrapped text, then save atomically; raises `DiskFullError` /
    `PermissionDeniedError`, never OSError."""
    for ws in wb.sheets:
        fit_rows(ws)
    return xlsx_book.save_workbook(wb, path)
