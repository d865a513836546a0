"""Checks every exported workbook must pass, read back as other programs read it.

- `formula_values`: each formula cell with the value stored beside it, as a
  reader that does not recalculate (openpyxl `data_only=True`, a phone's
  preview, a mail client) shows it; None would be an empty cell there.
- `printed_points`: the smallest size 11-pt text prints at on A4, from the
  sheet's own print settings and column widths.
- `libreoffice_csv`: the sheets as LibreOffice computes them (where installed).
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import openpyxl
from openpyxl.utils import column_index_from_string

A4 = {"portrait": 595.3, "landscape": 841.9}


def formula_values(path: Path) -> dict[tuple[str, str], tuple[str, object]]:
    """{(sheet, cell): (formula, stored value)} for every formula of the workbook."""
    formulas = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    found = {}
    for ws in formulas:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    found[(ws.title, cell.coordinate)] = (
                        cell.value, values[ws.title][cell.coordinate].value)
    return found


def _column_points(width: float) -> float:
    return (width * 7 + 5) * 0.75


def printed_points(ws) -> float:
    """The size 11-pt text prints at on A4 with the sheet's own setup (widths,
    orientation, fit-to-width or scale, manual column breaks, repeated columns)."""
    setup = ws.page_setup
    assert int(setup.paperSize) == 9, f"{ws.title}: not A4"
    margins = (ws.page_margins.left + ws.page_margins.right) * 72
    room = A4[setup.orientation or "portrait"] - margins
    area = str(ws.print_area or "").split("!")[-1].replace("$", "")
    last = column_index_from_string("".join(c for c in area.split(":")[-1] if c.isalpha())) \
        if area else ws.max_column
    widths = {}
    for key, dim in ws.column_dimensions.items():
        for index in range(dim.min or column_index_from_string(key), (dim.max or 0) + 1):
            widths[index] = dim.width
    points = {c: _column_points(widths.get(c, 8.43)) for c in range(1, last + 1)}
    breaks = sorted(b.id for b in ws.col_breaks.brk)
    repeated = 0.0
    if ws.print_title_cols:
        first, _, end = ws.print_title_cols.replace("$", "").partition(":")
        repeated = sum(points[c] for c in range(column_index_from_string(first),
                                                column_index_from_string(end) + 1))
    pages, start = [], 1
    for brk in [*breaks, last]:
        pages.append(sum(points[c] for c in range(start, brk + 1)))
        start = brk + 1
    widest = max([pages[0], *(repeated + width for width in pages[1:])])
    fit = ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage
    if fit:
        assert setup.fitToWidth in (None, 1), f"{ws.title}: fit to more than a page wide"
        scale = min(1.0, room / widest)
    else:
        scale = (setup.scale or 100) / 100
        assert widest * scale <= room + 1, f"{ws.title}: a page is wider than A4"
    return 11 * scale


def libreoffice() -> str | None:
    """LibreOffice's command, when it is installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_csv(path: Path, out: Path) -> dict[str, list[list[str]]]:
    """Every sheet of `path` as LibreOffice recalculates it: {sheet: rows of text}."""
    # Filter option token 12 = -1: one CSV per sheet (s-Items.csv, s-Budget.csv ...).
    csv_filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    subprocess.run([libreoffice(), "--headless", f"-env:UserInstallation=file://{out}/lo",
                    "--convert-to", csv_filter, "--outdir", str(out), str(path)],
                   check=True, timeout=180, capture_output=True)
    sheets = {}
    for sheet in openpyxl.load_workbook(path).sheetnames:
        name = out / f"{path.stem}-{sheet}.csv"
        if name.exists():
            with name.open(encoding="utf-8") as handle:
                sheets[sheet] = list(csv.reader(handle))
    return sheets
