"""A workbook held in memory (cells, styles, layout) and written with XlsxWriter in one go.

XlsxWriter writes fast, stores each formula with its computed value and draws
native charts, but a cell is written once with its final format. Exporters
build a `Book` of `Sheet`s here instead, style cells in any order, and
`save_workbook` hands everything to XlsxWriter at the end (openpyxl stays the
reader of workbooks, in `imports/`).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell
from xlsxwriter.worksheet import Worksheet

from gala_manager.export.kit.files import atomic_write_bytes
from gala_manager.export.kit.xlsx_print import PrintSetup, apply_print_setup

_TEMPORAL = (dt.date, dt.time, dt.timedelta)  # datetime is a date


class Cell:
    """One cell: its value, or a formula with the value it computes to, and its style.

    `style` holds XlsxWriter format properties (``bold``, ``num_format``,
    ``text_wrap``, ``bg_color`` ...).
    """

    __slots__ = ("row", "column", "value", "formula", "style")  # tens of thousands per list

    def __init__(self, row: int, column: int, value: object = None,
                 style: dict | None = None) -> None:
        self.row, self.column = row, column
        self.value = value
        self.formula: str | None = None
        self.style = {} if style is None else style

    @property
    def coordinate(self) -> str:
        """The cell's A1 name, e.g. "B5"."""
        return xl_rowcol_to_cell(self.row - 1, self.column - 1)

    def set(self, **style: object) -> Cell:
        """Add format properties (e.g. ``align="center"``); returns the cell."""
        self.style.update(style)
        return self


@dataclass(frozen=True)
class Series:
    """One series of a chart: category labels and values as 1-based cell ranges
    (first row, first column, last row, last column) on a sheet."""

    name: str
    sheet: str
    categories: tuple[int, int, int, int]
    values: tuple[int, int, int, int]
    colours: tuple[str, ...] = ()  # one colour per point (pie) or one for the series


@dataclass(frozen=True)
class Chart:
    """A native chart: ``pie``, ``bar`` or ``column`` (``stacked`` for stacked bars)."""

    kind: str
    title: str
    series: tuple[Series, ...]
    stacked: bool = False
    size: tuple[int, int] = (480, 288)  # pixels
    number_format: str = ""


class Sheet:
    """One worksheet's cells and layout, 1-based like Excel's own row and column numbers."""

    def __init__(self, book: Book, title: str) -> None:
        self.parent = book
        self.title = title
        self.cells: dict[tuple[int, int], Cell] = {}
        self.widths: dict[int, float] = {}
        self.heights: dict[int, float] = {}
        self.merged: list[tuple[int, int, int, int]] = []
        self.freeze: tuple[int, int] | None = None  # the first unfrozen cell
        self.autofilter: tuple[int, int, int, int] | None = None
        self.validations: list[tuple[tuple[int, int, int, int], dict]] = []
        self.conditionals: list[tuple[tuple[int, int, int, int], dict, dict]] = []
        self.charts: list[tuple[int, int, Chart]] = []
        self.page_breaks: list[int] = []  # rows that start a new printed page
        self.hidden = False
        self.print = PrintSetup()

    def cell(self, row: int, column: int) -> Cell:
        """The cell at (row, column), created empty on first use."""
        found = self.cells.get((row, column))
        if found is None:
            found = self.cells[(row, column)] = Cell(row, column)
        return found

    def put(self, row: int, column: int, value: object, style: dict) -> Cell:
        """Set a cell's value (no formula) and add `style` to its style; returns it."""
        found = self.cells.get((row, column))
        if found is None:
            found = self.cells[(row, column)] = Cell(row, column, value, style)
        else:
            found.value, found.formula = value, None
            found.style.update(style)
        return found

    @property
    def max_row(self) -> int:
        """The last row with a cell or covered by a chart (charts print too)."""
        # A default row is 20 pixels high.
        charts = [row + -(-chart.size[1] // 20) for row, _c, chart in self.charts]
        return max([r for r, _c in self.cells] + charts, default=0)

    @property
    def max_column(self) -> int:
        return max((c for _r, c in self.cells), default=0)

    def merge(self, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        """Merge a block of cells; the top-left one's value and style show."""
        self.merged.append((first_row, first_col, last_row, last_col))

    def add_chart(self, row: int, column: int, chart: Chart) -> None:
        """Place `chart` with its top-left corner on (row, column)."""
        self.charts.append((row, column, chart))


class Book:
    """The sheets of a workbook and its document properties."""

    def __init__(self, *, title: str = "", creator: str = "Gala Manager") -> None:
        self.sheets: list[Sheet] = []
        self.properties: dict[str, object] = {"title": title, "author": creator}
        self.active = 0

    @property
    def sheetnames(self) -> list[str]:
        return [sheet.title for sheet in self.sheets]

    def sheet(self, title: str) -> Sheet | None:
        """The sheet named `title`, if there is one."""
        return next((s for s in self.sheets if s.title == title), None)

    def create_sheet(self, title: str) -> Sheet:
        sheet = Sheet(self, title)
        self.sheets.append(sheet)
        return sheet


class _ClassicWorksheet(Worksheet):
    """A worksheet whose formulas use classic functions only (`write_formula` in
    xlsx_cells refuses others): XlsxWriter's preparation of each formula, 30
    regular expressions adding "_xlfn." to newer functions, has nothing to do and
    would cost a list of 3,000 items a third of a second."""

    def _prepare_formula(self, formula, expand_future_functions=False):
        return formula[1:] if formula.startswith("=") else formula


class _Formats:
    """One XlsxWriter format per distinct style."""

    def __init__(self, workbook: xlsxwriter.Workbook) -> None:
        self.workbook = workbook
        self.made: dict[tuple, object] = {}
        self.seen: dict[tuple, object] = {}  # styles as written, in any key order

    def __call__(self, style: dict):
        if not style:
            return None
        found = self.seen.get(tuple(style.items()))
        if found is None:
            key = tuple(sorted(style.items()))
            found = self.made.get(key)
            if found is None:
                found = self.made[key] = self.workbook.add_format(dict(style))
            self.seen[tuple(style.items())] = found
        return found


def _number(value: object) -> object:
    return float(value) if type(value) is Decimal else value


def _write(ws, cell: Cell, fmt) -> None:
    row, col, value = cell.row - 1, cell.column - 1, cell.value
    kind = type(value)
    if cell.formula is not None:
        ws.write_formula(row, col, cell.formula, fmt, "" if value is None else _number(value))
    elif kind is str:
        ws.write_string(row, col, value, fmt)
    elif kind in (int, float, Decimal):
        ws.write_number(row, col, _number(value), fmt)
    elif value is None:
        if fmt is not None:
            ws.write_blank(row, col, None, fmt)
    elif kind is bool:
        ws.write_boolean(row, col, value, fmt)
    elif isinstance(value, _TEMPORAL):
        ws.write_datetime(row, col, value, fmt)
    else:
        ws.write_string(row, col, str(value), fmt)


def _flush(workbook: xlsxwriter.Workbook, sheet: Sheet, formats: _Formats) -> None:
    ws = workbook.add_worksheet(sheet.title, worksheet_class=_ClassicWorksheet)
    for column, width in sheet.widths.items():
        ws.set_column(column - 1, column - 1, width)
    for row, height in sheet.heights.items():
        ws.set_row(row - 1, height)
    merged_corners = set()
    for first_row, first_col, last_row, last_col in sheet.merged:
        corner = sheet.cell(first_row, first_col)
        # Blank first: merge_range would read "=..." text as a formula.
        ws.merge_range(first_row - 1, first_col - 1, last_row - 1, last_col - 1, "",
                       formats(corner.style))
        _write(ws, corner, formats(corner.style))
        merged_corners.add((first_row, first_col))
    for key, cell in sheet.cells.items():
        if key not in merged_corners:
            _write(ws, cell, formats(cell.style))
    if sheet.freeze:
        ws.freeze_panes(sheet.freeze[0] - 1, sheet.freeze[1] - 1)
    if sheet.autofilter:
        ws.autofilter(*(n - 1 for n in sheet.autofilter))
    for cells, options in sheet.validations:
        ws.data_validation(*(n - 1 for n in cells), options)
    for cells, options, style in sheet.conditionals:
        ws.conditional_format(*(n - 1 for n in cells), {**options, "format": formats(style)})
    for row, column, chart in sheet.charts:
        ws.insert_chart(row - 1, column - 1, _chart(workbook, chart),
                        {"x_scale": chart.size[0] / 480, "y_scale": chart.size[1] / 288})
    if sheet.page_breaks:
        ws.set_h_pagebreaks([row - 1 for row in sheet.page_breaks])
    apply_print_setup(ws, sheet.print, sheet.widths, sheet.max_row, sheet.max_column)
    if sheet.hidden:
        ws.hide()


def _chart(workbook: xlsxwriter.Workbook, chart: Chart):
    kind = {"type": chart.kind}
    if chart.stacked:
        kind["subtype"] = "stacked"
    made = workbook.add_chart(kind)
    for series in chart.series:
        ranges = {name: [series.sheet, *(n - 1 for n in getattr(series, name))]
                  for name in ("categories", "values")}
        options = {"name": series.name, **ranges}
        if chart.kind == "pie":
            options["points"] = [{"fill": {"color": c}} for c in series.colours]
            options["data_labels"] = {"percentage": True, "category": True,
                                      "separator": "\n", "position": "best_fit"}
        elif series.colours:
            options["fill"] = {"color": series.colours[0]}
            options["gap"] = 60
        made.add_series(options)
    made.set_title({"name": chart.title, "name_font": {"size": 12, "bold": True}})
    if chart.kind != "pie":
        axis = {"num_format": chart.number_format or "General", "major_gridlines": {
            "visible": True, "line": {"color": "#D9D9D9"}}}
        if chart.kind == "bar":
            made.set_x_axis(axis)
            # Bars run top-down in the order of the table, the values' axis below them.
            made.set_y_axis({"reverse": True, "crossing": "max"})
        else:
            made.set_y_axis(axis)
        made.set_legend({"position": "bottom"} if len(chart.series) > 1 else {"none": True})
    else:
        made.set_legend({"none": True})
    return made


def save_workbook(book: Book, path: Path | str) -> Path:
    """Write `book` with XlsxWriter, atomically; raises `DiskFullError` /
    `PermissionDeniedError`, never OSError."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False,
                                            "strings_to_formulas": False,
                                            "strings_to_urls": False})
    formats = _Formats(workbook)
    for sheet in book.sheets:
        _flush(workbook, sheet, formats)
    if book.sheets:
        workbook.worksheets()[book.active].activate()
    workbook.set_properties({k: v for k, v in book.properties.items() if v})
    workbook.close()
    return atomic_write_bytes(Path(path), buffer.getvalue())
