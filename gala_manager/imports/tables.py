"""The table of every sheet of a workbook: its header row (anywhere in the first rows, in any
order, Chinese or English), the data rows below it, and what was not used."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from operator import itemgetter
from pathlib import Path
from typing import Any

from gala_manager.core import errors
from gala_manager.imports.sheets import Sheet, open_sheets
from gala_manager.imports.workbook import Format, normalise_header

HEADER_SCAN_ROWS = 30
_BLANK_RUN_STOP = 1000  # this many blank rows in a row: the rest is formatting, stop
_BRACKETS = re.compile(r"[(\[{【《<][^)\]}】》>]*[)\]}】》>]")


def column_letter(index: int) -> str:
    """The letters of a 0-based column index: 0 → "A", 27 → "AB"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class SourceRow:
    """One data row: `number` is its row in the sheet, `values` maps field keys to the
    raw cell values (str, int, float, date, time, timedelta, bool or None), `cells` is
    the whole row as read and `formulas` the fields whose cell holds a formula
    without a saved value (read as empty)."""

    number: int
    values: dict[str, Any]
    cells: tuple = ()
    formulas: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TableRead:
    """The table of one sheet: its header row, data rows, the fields that had no column
    (`missing`), header cells that matched no field (`unmatched_headers`, to tell the
    user "column 备注2 was not used"), each field's header text (`headers`) and column
    index (`columns`), and the header row as written (`header_cells`)."""

    sheet: str
    header_row: int
    rows: list[SourceRow]
    missing: list[str] = field(default_factory=list)
    unmatched_headers: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    columns: dict[str, int] = field(default_factory=dict)
    header_cells: tuple = ()

    def cell(self, key: str, number: int) -> str:
        """The A1 reference of a field's cell in a row ("B5"); "" without a column."""
        index = self.columns.get(key)
        return "" if index is None else f"{column_letter(index)}{number}"


@dataclass(frozen=True)
class WorkbookRead:
    """Every recognised table of a workbook and the sheets that were skipped."""

    path: Path
    format: Format
    tables: list[TableRead]
    skipped_sheets: list[str] = field(default_factory=list)  # not empty, no header found

    @property
    def sheet_names(self) -> list[str]:
        """The sheets with a recognised header, in workbook order."""
        return [table.sheet for table in self.tables]


_LONGEST_HEADER = 100  # characters; a longer cell is data, not a column name


def _header_keys(text: object) -> set[str]:
    """A header's comparable forms: with and without bracketed units ("时长(分钟)")."""
    text = "" if text is None else str(text)
    if len(text) > _LONGEST_HEADER:
        return {"\0data"}  # matches no field, and is not listed as a column name
    raw = unicodedata.normalize("NFKC", text)
    return {k for k in (normalise_header(raw), normalise_header(_BRACKETS.sub("", raw))) if k}


def _match_header(cells: Iterable[object], aliases: Mapping[str, set[str]]):
    """(field → column index, unmatched header texts) for one candidate header row."""
    found: dict[str, int] = {}
    unmatched: list[str] = []
    for index, cell in enumerate(cells):
        keys = _header_keys(cell)
        if not keys:
            continue
        key = next((f for f, names in aliases.items() if keys & names and f not in found), None)
        if key is None:
            unmatched.append(str(cell).strip()[:_LONGEST_HEADER])
        else:
            found[key] = index
    return found, unmatched


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_sheet(sheet: Sheet, aliases, required: list[str], room: int,
                path: Path) -> TableRead | list[str] | None:
    """The table of one sheet; the required fields it lacks when no row is a header
    (an empty list for a sheet with a header but not the required columns); None
    when the sheet holds nothing."""
    rows = iter(sheet.rows)
    head = list(islice(rows, HEADER_SCAN_ROWS))
    best: tuple[int, dict[str, int], list[str], Sequence] | None = None
    fewest = list(required)
    for number, cells in enumerate(head, start=1):
        found, unmatched = _match_header(cells, aliases)
        lacking = [key for key in required if key not in found]
        if len(lacking) < len(fewest) and found:
            fewest = lacking
        if not lacking and len(found) >= min(2, len(aliases)) and (
                best is None or len(found) > len(best[1])):
            best = (number, found, unmatched, cells)
    if best is None:
        if all(_blank(v) for cells in head for v in cells):
            return None
        return fewest or list(required) or list(aliases)
    header_row, found, unmatched, header_cells = best
    data: list[SourceRow] = []
    blank_run = 0
    formulas = sheet.formula_cells
    keys, last = tuple(found), max(found.values())
    pick = itemgetter(*found.values()) if len(found) > 1 else lambda cells: (cells[last],)
    for number, cells in enumerate(chain(head[header_row:], rows), start=header_row + 1):
        if len(cells) > last:  # the fields' cells, gathered in one call
            values = dict(zip(keys, pick(cells), strict=True))
        else:
            values = {key: (cells[i] if i < len(cells) else None) for key, i in found.items()}
        if all(_blank(v) for v in values.values()):
            blank_run += 1
            if blank_run >= _BLANK_RUN_STOP:
                break
            continue
        blank_run = 0
        if len(data) >= room:
            raise errors.WorkbookError(path, "too_large", f"more than {room} rows")
        held = frozenset(key for key, i in found.items()
                         if f"{column_letter(i)}{number}" in formulas) if formulas else frozenset()
        data.append(SourceRow(number, values, tuple(cells), held))
    missing = [key for key in aliases if key not in found]
    headers = {key: str(header_cells[i]).strip() for key, i in found.items()}
    return TableRead(sheet.name, header_row, data, missing, unmatched, headers, found,
                     tuple(header_cells))


def read_tables(
    path: Path | str,
    columns: Mapping[str, list[str]],
    *,
    required: Iterable[str] = (),
    max_rows: int = 5000,
) -> WorkbookRead:
    """Read the table of every sheet whose header row matches `columns`.

    `columns` maps each field key to its header aliases, e.g.
    ``{"title": ["节目名称", "节目", "Title"], "duration": ["时长", "Duration"]}``;
    the header row may sit anywhere in the first 30 rows (below a merged title),
    columns may come in any order, blank rows are skipped. `required` fields must
    have a column. Hidden sheets and sheets without such a header are skipped.
    Raises `WorkbookError` (see its reasons) for anything malformed, `no_header`
    when no sheet has a header, `too_large` beyond `max_rows` data rows in all.
    """
    path = Path(path)
    aliases = {
        key: set().union(*(_header_keys(a) for a in names)) for key, names in columns.items()
    }
    required = list(required)
    tables: list[TableRead] = []
    skipped: list[str] = []
    fewest: list[str] | None = None
    with open_sheets(path) as (fmt, sheets):
        for sheet in sheets:
            if sheet.hidden:  # e.g. the lists behind a drop-down: not the user's table
                skipped.append(sheet.name)
                continue
            room = max_rows - sum(len(t.rows) for t in tables)
            found = _read_sheet(sheet, aliases, required, room, path)
            if isinstance(found, TableRead):
                tables.append(found)
            elif found is not None:
                skipped.append(sheet.name)
                if isinstance(found, list) and (fewest is None or len(found) < len(fewest)):
                    fewest = found
    if not tables:
        raise errors.WorkbookError(path, "no_header", ", ".join(
            fewest if fewest is not None else required))
    return WorkbookRead(path, fmt, tables, skipped)
