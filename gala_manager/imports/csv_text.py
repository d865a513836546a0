"""A .csv as Excel and WPS write it: UTF-8 (with or without BOM), GB18030/GBK or UTF-16,
separated by commas, tabs or semicolons; the encoding and the separator are found, not asked."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path

from gala_manager.core import errors

# Excel holds at most 32,767 characters in a cell; the csv module's own limit
# (131,072) refuses anything longer before it can fill the memory.
_SEPARATORS = (",", "\t", ";")
_SAMPLE_LINES = 30


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in; raises `UnicodeDecodeError`.

    A BOM decides; without one, text that is valid UTF-8 is UTF-8 and anything else
    is read as GB18030 (a superset of GBK and GB2312: what Excel on a Chinese
    Windows writes).
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030"), "gb18030"


def separator(text: str) -> str:
    """The separator most used in the first lines (a comma when none is)."""
    lines = [line for line in text.splitlines()[:_SAMPLE_LINES] if line.strip()]
    counts = {sep: sum(line.count(sep) for line in lines) for sep in _SEPARATORS}
    best = max(_SEPARATORS, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def csv_rows(path: Path, text: str) -> Iterator[list[str]]:
    """The rows of a decoded CSV text; raises `WorkbookError` for a malformed one."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator(text))
    try:
        yield from reader
    except csv.Error as exc:
        reason = "too_large" if "field limit" in str(exc) else "corrupt"
        detail = f"a cell over {csv.field_size_limit()} characters" \
            if reason == "too_large" else str(exc)[:200]
        raise errors.WorkbookError(path, reason, detail) from exc


def read_csv(path: Path) -> tuple[Iterator[list[str]], str]:
    """The rows of a CSV file and its encoding; raises `WorkbookError` when no known
    encoding reads it."""
    try:
        text, encoding = decode(path.read_bytes())
    except UnicodeDecodeError as exc:
        raise errors.WorkbookError(path, "not_spreadsheet", "unknown text encoding") from exc
    except OSError as exc:
        raise errors.PermissionDeniedError(path) from exc
    return csv_rows(path, text), encoding
