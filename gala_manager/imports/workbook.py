"""Tolerant, safe reading of a table from an .xlsx that a department filled in."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gala_manager.core import errors

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200  # real sheets compress ~10-30x; a zip bomb compresses thousands of times
MAX_COLUMNS = 60
HEADER_SCAN_ROWS = 30
_BLANK_RUN_STOP = 1000  # this many blank rows in a row: the rest is formatting, stop
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_BRACKETS = re.compile(r"[(\[{【《<][^)\]}】》>]*[)\]}】》>]")


@dataclass(frozen=True)
class SourceRow:
    """One data row: `number` is the row number in the sheet (for messages such as
    "row 7: duration not understood"), `values` maps field keys to raw cell values
    (str, int, float, datetime, time, timedelta, bool or None, as openpyxl gives them)."""

    number: int
    values: dict[str, Any]


@dataclass(frozen=True)
class TableRead:
    """What `read_table` found: the sheet, the header row, the data rows, the fields
    that had no column (`missing`), header cells that matched no field
    (`unmatched_headers`, e.g. to tell the user "column 备注2 was ignored") and
    each found field's header text as written in the sheet (`headers`)."""

    sheet: str
    header_row: int
    rows: list[SourceRow]
    missing: list[str] = field(default_factory=list)
    unmatched_headers: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)


def normalise_header(text: object) -> str:
    """A header cell reduced for comparison: fullwidth→halfwidth, case, spaces and
    punctuation dropped (so "名称：", " Title* " and "ＴＩＴＬＥ" all compare equal)."""
    s = unicodedata.normalize("NFKC", "" if text is None else str(text)).casefold()
    return "".join(ch for ch in s if unicodedata.category(ch)[0] not in "PZSC")


def _header_keys(text: object) -> set[str]:
    """A header's comparable forms: with and without bracketed units ("时长(分钟)")."""
    raw = unicodedata.normalize("NFKC", "" if text is None else str(text))
    return {k for k in (normalise_header(raw), normalise_header(_BRACKETS.sub("", raw))) if k}


def _fail(path: Path, reason: str, detail: str = "") -> errors.WorkbookError:
    return errors.WorkbookError(path, reason, detail)


def check_container(path: Path) -> None:
    """Refuse what is not a sane .xlsx before openpyxl sees it (cheap checks first)."""
    if not path.exists():
        raise errors.FileMissingError(path)
    if path.is_dir():
        raise errors.IsDirectoryError(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
            if head == _OLE:
                # Password-protected .xlsx files are OLE containers holding an
                # EncryptionInfo stream; other OLE files are old binary .xls.
                data = handle.read(MAX_FILE_BYTES)
                raise _fail(path, "encrypted" if _ENCRYPTION_STREAM in data else "old_xls")
    except OSError as exc:  # no access, or a disk/network error while reading
        raise errors.PermissionDeniedError(path) from exc
    if size == 0:
        raise _fail(path, "empty")
    if size > MAX_FILE_BYTES:
        raise _fail(path, "too_large", f"{size} bytes > {MAX_FILE_BYTES}")
    if not head.startswith(b"PK"):
        raise _fail(path, "not_xlsx")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise _fail(path, "truncated" if "not a zip" in str(exc) else "corrupt") from exc
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names:
        raise _fail(path, "not_xlsx")
    unpacked = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if unpacked > MAX_UNPACKED_BYTES or (
        unpacked > 10 * 1024 * 1024 and unpacked / packed > MAX_RATIO
    ):
        raise _fail(path, "too_large", f"{unpacked} bytes unpacked")


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
            unmatched.append(str(cell).strip())
        else:
            found[key] = index
    return found, unmatched


def read_table(
    path: Path | str,
    columns: Mapping[str, list[str]],
    *,
    required: Iterable[str] = (),
    max_rows: int = 5000,
    sheet: str | None = None,
) -> TableRead:
    """Read a table from the first sheet (or `sheet`) whose header row matches.

    `columns` maps each field key to its header aliases, e.g.
    ``{"title": ["节目名称", "节目", "Title"], "duration": ["时长", "Duration"]}``;
    the header row may sit anywhere in the first 30 rows (below a merged title),
    columns may come in any order, blank rows are skipped. `required` fields must
    have a column. Raises `WorkbookError` (see its reasons) for anything malformed,
    `too_large` beyond `max_rows` data rows; never a library traceback.
    """
    path = Path(path)
    check_container(path)
    aliases = {
        key: set().union(*(_header_keys(a) for a in names)) for key, names in columns.items()
    }
    required = list(required)
    try:
        return _read(path, aliases, required, max_rows, sheet)
    except errors.GalaError:
        raise
    except Exception as exc:  # openpyxl/defusedxml/zip errors of a damaged file
        raise _classify(path, exc) from exc


def _classify(path: Path, exc: Exception) -> errors.WorkbookError:
    from defusedxml import DefusedXmlException

    cause: BaseException | None = exc
    while cause is not None:  # openpyxl re-raises parse errors as a bare ValueError
        if isinstance(cause, DefusedXmlException):
            return _fail(path, "xml_attack", type(cause).__name__)
        if isinstance(cause, MemoryError):
            return _fail(path, "too_large")
        cause = cause.__cause__ or cause.__context__
    return _fail(path, "corrupt", f"{type(exc).__name__}: {exc}"[:200])


def _read(path: Path, aliases, required: list[str], max_rows: int, sheet: str | None) -> TableRead:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        sheets = [wb[sheet]] if sheet and sheet in wb.sheetnames else wb.worksheets
        best_missing: list[str] = list(required)
        for ws in sheets:
            result = _read_sheet(path, ws, aliases, required, max_rows)
            if isinstance(result, TableRead):
                return result
            if len(result) < len(best_missing):
                best_missing = result
        raise _fail(path, "no_header", ", ".join(best_missing))
    finally:
        wb.close()


def _read_sheet(path: Path, ws, aliases, required, max_rows) -> TableRead | list[str]:
    """The table of one sheet, or the required fields it lacks (no header here)."""
    # Read-only mode trusts the sheet's stated size; some tools write "A1" there,
    # which would hide every row below. Our own caps bound the reading instead.
    ws.reset_dimensions()
    rows = ws.iter_rows(max_col=MAX_COLUMNS, values_only=True)
    best: tuple[int, dict[str, int], list[str], tuple] | None = None
    for number, cells in enumerate(rows, start=1):
        found, unmatched = _match_header(cells, aliases)
        needed = all(key in found for key in required)
        if needed and len(found) >= min(2, len(aliases)):
            if best is None or len(found) > len(best[1]):
                best = (number, found, unmatched, cells)
            if len(found) == len(aliases):
                break
        if number >= HEADER_SCAN_ROWS:
            break
    if best is None:
        return [key for key in required] or list(aliases)
    header_row, found, unmatched, header_cells = best
    data: list[SourceRow] = []
    blank_run = 0
    for number, cells in enumerate(
        ws.iter_rows(min_row=header_row + 1, max_col=MAX_COLUMNS, values_only=True),
        start=header_row + 1,
    ):
        values = {key: (cells[i] if i < len(cells) else None) for key, i in found.items()}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
            blank_run += 1
            if blank_run >= _BLANK_RUN_STOP:
                break
            continue
        blank_run = 0
        if len(data) >= max_rows:
            raise _fail(path, "too_large", f"more than {max_rows} rows")
        data.append(SourceRow(number, values))
    missing = [key for key in aliases if key not in found]
    headers = {key: str(header_cells[i]).strip() for key, i in found.items()}
    return TableRead(ws.title, header_row, data, missing, unmatched, headers)


def cell_text(value: object) -> str:
    """A cell as trimmed text: None → "", 12.0 → "12", dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ") if hasattr(value, "date") else value.isoformat()
    return unicodedata.normalize("NFKC", str(value)).strip()


def phone_text(value: object) -> str:
    """A phone number as text although Excel stored it as a number:
    13812345678.0 → "13812345678", "１３８ 1234 5678" → "13812345678"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(int(value)) if float(value).is_integer() else str(value)
    return re.sub(r"\s+", "", cell_text(value))
