"""One pass over an .xlsx's XML before any reader: formula cells without a value, and
whether the fast reader may take the file.

calamine (the fast reader) holds each sheet as a dense grid from A1 to its farthest
cell, so one cell at XFD1048576 would make it ask for gigabytes and abort the
process, and its XML parser is not defusedxml. It gets a workbook only when every
cell and row says where it stands and the farthest cell keeps the grid small, and
when no part declares a DTD (Excel, WPS and LibreOffice never write one) and no cell
holds an error value. Anything else goes to openpyxl's streaming reader, which is
bounded and refuses entity tricks.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import ParseError

from defusedxml.ElementTree import fromstring

from gala_manager.imports.formula_scan import cells_without_value, sheet_parts

MAX_GRID_CELLS = 2_000_000  # about 50 MB in calamine: 200,000 rows of 10 columns
_PARSED = (".xml", ".rels")
_DTD = b"<!DOCTYPE"
_CONTENT_TYPES = "[Content_Types].xml"
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_ROW_NUMBER = re.compile(rb"<(?:\w+:)?row\b[^>]*?\sr=\"([0-9]{1,7})\"")
_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")
# calamine reads an error cell (#DIV/0!) as empty, openpyxl as its text, which the
# import then refuses as a number or shows as typed: such sheets stay with openpyxl.
_ERROR_CELL = re.compile(rb"<(?:\w+:)?c\b[^>]*?\st=\"e\"")
_CELL_COLUMN = re.compile(rb"<(?:\w+:)?c\b[^>]*?\sr=\"([A-Z]{1,3})[0-9]")


@dataclass(frozen=True)
class XlsxScan:
    """Sheet name → its cells holding a formula without a saved value (sheets with
    none left out), and whether calamine may read the workbook."""

    formulas: dict[str, frozenset[str]] = field(default_factory=dict)
    fast: bool = False


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def grid_cells(data: bytes) -> int | None:
    """The cells of the grid from A1 to a sheet XML's farthest cell; None when a row
    or a cell does not say where it stands (its place then depends on the reader)."""
    rows = _ROW_NUMBER.findall(data)
    columns = _CELL_COLUMN.findall(data)
    if len(rows) != len(_ROW.findall(data)) or len(columns) != len(_CELL.findall(data)):
        return None
    if not rows:
        return 0
    widest = max(columns, key=lambda letters: (len(letters), letters), default=b"A")
    return max(map(int, rows)) * _column_number(widest)


def scan_xlsx(path: Path) -> XlsxScan:
    """The formulas without values and the fast reader's verdict for an .xlsx whose
    container `check_container` has passed. Raises what zipfile and defusedxml raise
    for a damaged or hostile workbook; the caller words it."""
    formulas = {}
    with zipfile.ZipFile(path) as archive:
        infos = {info.filename: info for info in archive.infolist()}
        sheets = sheet_parts(archive)
        fast = bool(sheets)  # no sheet found through the relations: openpyxl decides
        for name, member in sheets.items():
            if member not in infos:
                continue
            data = archive.read(member)
            cells = cells_without_value(data)
            if cells:
                formulas[name] = cells
            if fast:
                grid = grid_cells(data)
                fast = (grid is not None and grid <= MAX_GRID_CELLS and _DTD not in data
                        and not _ERROR_CELL.search(data))
        if fast:
            listed = set(sheets.values())
            fast = not any(_DTD in archive.read(name) for name in infos
                           if name.lower().endswith(_PARSED) and name not in listed)
        if fast:
            fast = _well_formed(archive, _CONTENT_TYPES)
    return XlsxScan(formulas, fast)


def _well_formed(archive: zipfile.ZipFile, member: str) -> bool:
    """Whether a part is there and parses. calamine never reads the content types, which
    Excel and openpyxl require: a workbook without them is refused, not half read."""
    try:
        fromstring(archive.read(member))
    except (KeyError, ParseError):
        return False
    return True
