"""Stream the sheets of an OpenDocument spreadsheet (.ods: LibreOffice, WPS) row by row.

An .ods may say "this row, repeated a million times" in a few bytes; readers that
build the whole sheet first (python-calamine: 1 GB for a 9 KB file) can be brought
down by one. Here rows come one at a time from defusedxml's iterparse, at most
`MAX_COLUMNS` cells wide, so the caller's row caps bound the work and the memory.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from defusedxml.ElementTree import iterparse

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_SHEET = f"{{{_TABLE}}}table"
_ROW = f"{{{_TABLE}}}table-row"
_CELLS = (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell")
_P = f"{{{_TEXT}}}p"
_SPACE, _TAB, _BREAK = f"{{{_TEXT}}}s", f"{{{_TEXT}}}tab", f"{{{_TEXT}}}line-break"
_STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_STYLE, _TABLE_PROPS = f"{{{_STYLE_NS}}}style", f"{{{_STYLE_NS}}}table-properties"
_DURATION = re.compile(r"^-?PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$")


def _text(element) -> str:
    """A paragraph's text with its spaces, tabs and line breaks as typed."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == _SPACE:
            parts.append(" " * int(child.get(f"{{{_TEXT}}}c", "1")))
        elif child.tag == _TAB:
            parts.append("\t")
        elif child.tag == _BREAK:
            parts.append("\n")
        else:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _value(cell) -> object:
    """A cell's value as the other readers give it: float, bool, date, datetime,
    time or timedelta, str, or None when empty."""
    kind = cell.get(f"{{{_OFFICE}}}value-type")
    if kind in ("float", "percentage", "currency"):
        return float(cell.get(f"{{{_OFFICE}}}value", "0"))
    if kind == "boolean":
        return cell.get(f"{{{_OFFICE}}}boolean-value") == "true"
    if kind == "date":
        text = cell.get(f"{{{_OFFICE}}}date-value", "")
        return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
    if kind == "time":
        match = _DURATION.match(cell.get(f"{{{_OFFICE}}}time-value", ""))
        if match:
            hours, minutes, seconds = (float(g) if g else 0.0 for g in match.groups())
            span = dt.timedelta(hours=hours, minutes=minutes, seconds=round(seconds))
            # A clock time below a day reads as a time of day, as in an .xlsx.
            return (dt.datetime.min + span).time() if span < dt.timedelta(days=1) else span
    # Direct paragraphs only: a comment (office:annotation) holds paragraphs too.
    paragraphs = [_text(p) for p in cell if p.tag == _P]
    return "\n".join(paragraphs) if paragraphs else None


def sheet_names(path: Path) -> list[tuple[str, bool]]:
    """(name, hidden) of every sheet, in order; a sheet is hidden by its table style."""
    hidden_styles: set[str] = set()
    style = ""
    names = []
    for event, element in _events(path, ("start", "end")):
        if event == "end":
            if element.tag == _ROW:
                element.clear()  # only the sheets' names and styles are wanted here
        elif element.tag == _STYLE:
            style = element.get(f"{{{_STYLE_NS}}}name", "")
        elif element.tag == _TABLE_PROPS and element.get(f"{{{_TABLE}}}display") == "false":
            hidden_styles.add(style)
        elif element.tag == _SHEET:
            names.append((element.get(f"{{{_TABLE}}}name", ""),
                          element.get(f"{{{_TABLE}}}style-name") in hidden_styles))
    return names


def _events(path: Path, events: tuple[str, ...]):
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
        yield from iterparse(content, events=events, forbid_dtd=True)


def sheet_rows(path: Path, index: int, max_columns: int) -> Iterator[list]:
    """The rows of the `index`-th sheet from row 1, each at most `max_columns` wide;
    repeated rows are yielded one by one, so a caller that stops stops the work."""
    sheet = -1
    inside = False
    for event, element in _events(path, ("start", "end")):
        if element.tag == _SHEET:
            if event == "start":
                sheet += 1
                inside = sheet == index
            elif inside:
                return
            continue
        if not inside or element.tag != _ROW or event != "end":
            continue
        row: list = []
        for cell in element:
            if cell.tag not in _CELLS:
                continue
            value = _value(cell)
            repeat = int(cell.get(f"{{{_TABLE}}}number-columns-repeated", "1"))
            row.extend([value] * min(repeat, max_columns - len(row)))
            if len(row) >= max_columns:
                break
        while row and row[-1] is None:
            row.pop()
        for _ in range(int(element.get(f"{{{_TABLE}}}number-rows-repeated", "1"))):
            yield list(row)
        element.clear()
