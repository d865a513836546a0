"""Find the formula cells that hold no saved value, which every reader reads as empty.

Excel and WPS save a formula's last result beside it; a sheet written by a program
(or by a tool that does not calculate) saves the formula alone. Readers then see an
empty cell, and a row would lose its name without a word. `cells_without_value` finds
such cells in a sheet's XML (`xlsx_scan` runs it on every sheet) so the import can say
"B5 holds a formula without a saved value".
"""

from __future__ import annotations

import posixpath
import re
import zipfile

from defusedxml.ElementTree import fromstring

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# A cell element, with or without a namespace prefix: its attributes and its content.
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL)
_FORMULA = re.compile(rb"<(?:\w+:)?f\b")
_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]")  # a value with content
_ANY_VALUE = re.compile(rb"<(?:\w+:)?v\b")
_STRING = re.compile(rb'\bt="str"')
_REF = re.compile(rb'\br="([A-Z]{1,3}[0-9]{1,7})"')


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → the zip member holding it, from the workbook and its relations."""
    workbook = fromstring(archive.read("xl/workbook.xml"))
    try:
        rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_PKG}Relationship")}
    parts = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"), "")
        if target:
            member = target.lstrip("/") if target.startswith("/") \
                else posixpath.normpath(posixpath.join("xl", target))
            parts[sheet.get("name", "")] = member
    return parts


def cells_without_value(data: bytes) -> frozenset[str]:
    """The A1 references of the formula cells of a sheet's XML that have no value."""
    if not _FORMULA.search(data):
        return frozenset()
    found = set()
    for match in _CELL.finditer(data):
        inner = match.group(2)
        if not inner or not _FORMULA.search(inner) or _VALUE.search(inner):
            continue
        # An empty value is a saved empty text only in a text-typed cell (t="str");
        # openpyxl and other writers leave an empty <v></v> for a number never computed.
        if not (_STRING.search(match.group(1)) and _ANY_VALUE.search(inner)):
            ref = _REF.search(match.group(1))
            if ref:
                found.add(ref.group(1).decode())
    return frozenset(found)
