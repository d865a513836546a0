"""Open a spreadsheet of any format people send as sheets of rows, all read the same way.

Each format has the reader that is safe on it: calamine reads a plain .xlsx/.xlsm about
ten times faster than openpyxl, which streams the others (its XML through defusedxml;
`xlsx_scan` says which is which), xlrd reads .xls, `ods_reader` streams .ods and the csv module
reads .csv in the encoding `csv_text` finds. Rows always start at row 1, column A,
hold at most `MAX_COLUMNS` cells, and give an empty cell as None or "".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from gala_manager.core import errors
from gala_manager.imports import ods_reader
from gala_manager.imports.csv_text import read_csv
from gala_manager.imports.workbook import Format, check_container
from gala_manager.imports.xlsx_scan import scan_xlsx

MAX_COLUMNS = 60


@dataclass(frozen=True)
class Sheet:
    """One sheet: its name, its rows (read lazily, once), whether it is hidden, and the
    cells ("B5") that hold a formula without a saved value."""

    name: str
    rows: Iterable[list | tuple]
    hidden: bool = False
    formula_cells: frozenset[str] = frozenset()


@contextmanager
def open_sheets(path: Path) -> Iterator[tuple[Format, list[Sheet]]]:
    """(format, sheets) of a workbook; every failure of a reader, also while the rows
    are read inside the `with` block, becomes one `WorkbookError`."""
    fmt = check_container(path)
    if fmt == Format.XLSB:
        raise errors.WorkbookError(path, "xlsb")
    try:
        with _OPENERS[fmt](path) as sheets:
            yield fmt, sheets
    except errors.GalaError:
        raise
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - any library error of a damaged file
        raise classify(path, exc) from exc


def classify(path: Path, exc: BaseException) -> errors.WorkbookError:
    """The `WorkbookError` for what a reader raised on a damaged or hostile file."""
    from defusedxml import DefusedXmlException

    cause: BaseException | None = exc
    while cause is not None:  # openpyxl re-raises parse errors as a bare ValueError
        if isinstance(cause, DefusedXmlException):
            return errors.WorkbookError(path, "xml_attack", type(cause).__name__)
        if isinstance(cause, MemoryError):
            return errors.WorkbookError(path, "too_large")
        if "encrypted" in str(cause).lower():  # xlrd: "Workbook is encrypted"
            return errors.WorkbookError(path, "encrypted")
        cause = cause.__cause__ or cause.__context__
    return errors.WorkbookError(path, "corrupt", f"{type(exc).__name__}: {exc}"[:200])


@contextmanager
def _xlsx(path: Path) -> Iterator[list[Sheet]]:
    scan = scan_xlsx(path)
    # An open file, not the path: both readers judge a file by its name's ending, and
    # the format was found from the bytes (WPS users rename an .xlsx to .xls).
    with path.open("rb") as handle:
        if scan.fast:
            from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

            with CalamineWorkbook.from_filelike(handle) as book:
                # By name: chart sheets count among the sheets but hold no rows.
                yield [Sheet(meta.name, _lazy(_calamine_rows, book, meta.name),
                             meta.visible != SheetVisibleEnum.Visible,
                             scan.formulas.get(meta.name, frozenset()))
                       for meta in book.sheets_metadata if meta.typ == SheetTypeEnum.WorkSheet]
            return
        from openpyxl import load_workbook

        wb = load_workbook(handle, read_only=True, data_only=True)
        try:
            sheets = []
            for ws in wb.worksheets:
                # Read-only mode trusts the sheet's stated size; some tools write "A1"
                # there, which would hide every row below. Our caps bound the reading.
                ws.reset_dimensions()
                sheets.append(Sheet(ws.title, _lazy(ws.iter_rows, max_col=MAX_COLUMNS,
                                                    values_only=True),
                                    ws.sheet_state != "visible",
                                    scan.formulas.get(ws.title, frozenset())))
            yield sheets
        finally:
            wb.close()


def _calamine_rows(book, name: str) -> Iterator[list]:
    """A sheet's rows from A1 as openpyxl gives them: an empty cell is None, a whole
    number an int and a date a datetime, so both readers import alike."""
    for row in book.get_sheet_by_name(name).to_python(skip_empty_area=False):
        cells = []
        for value in row[:MAX_COLUMNS]:
            kind = value.__class__
            if kind is str:
                cells.append(value or None)
            elif kind is float:
                cells.append(int(value) if value.is_integer() and abs(value) < 1e15 else value)
            elif kind is date:
                cells.append(datetime.combine(value, time()))
            else:
                cells.append(value)
        yield cells


def _lazy(start, *args, **kwargs) -> Iterable:
    """An iterable that starts reading only when iterated."""

    class Rows:
        def __iter__(self):
            return iter(start(*args, **kwargs))

    return Rows()


def _xls_rows(book, sheet) -> Iterator[list]:
    import xlrd

    for index in range(sheet.nrows):
        cells = []
        for cell in sheet.row_slice(index, 0, MAX_COLUMNS):
            if cell.ctype == xlrd.XL_CELL_DATE:
                value = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
                cells.append(value.time() if cell.value < 1 else value)
            elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                cells.append(bool(cell.value))
            elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                cells.append(None)
            else:
                cells.append(cell.value)
        yield cells


@contextmanager
def _xls(path: Path) -> Iterator[list[Sheet]]:
    import xlrd

    book = xlrd.open_workbook(path, on_demand=True, ragged_rows=True)
    try:
        sheets = []
        for index, name in enumerate(book.sheet_names()):
            sheet = book.sheet_by_index(index)
            sheets.append(Sheet(name, _lazy(_xls_rows, book, sheet), sheet.visibility != 0))
        yield sheets
    finally:
        book.release_resources()


@contextmanager
def _ods(path: Path) -> Iterator[list[Sheet]]:
    yield [Sheet(name, _lazy(ods_reader.sheet_rows, path, index, MAX_COLUMNS), hidden)
           for index, (name, hidden) in enumerate(ods_reader.sheet_names(path))]


@contextmanager
def _csv(path: Path) -> Iterator[list[Sheet]]:
    rows, _encoding = read_csv(path)
    # A CSV has one sheet; Excel and WPS name it after the file.
    yield [Sheet(path.stem, rows)]


_OPENERS = {Format.XLSX: _xlsx, Format.XLS: _xls, Format.ODS: _ods, Format.CSV: _csv}
