"""How big each part of a zipped workbook (.xlsx, .ods) may be once unpacked, checked first.

The file size alone says little: 15 MB of repeated text unpack to 200 MB of shared
strings, which openpyxl holds in memory whole. The sizes come from the archive's
directory; Python's zipfile never unpacks a part beyond the size written there.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from gala_manager.core import errors

# What a parser reads (XML: sheets, shared strings, styles) may unpack to this much:
# a 2,000-row sheet of long notes is a few MB; the cap leaves ten times that.
MAX_PARSED_PART = 16 * 1024 * 1024
MAX_OTHER_PART = 20 * 1024 * 1024  # pictures and the like: never parsed, kept whole
MAX_UNPACKED = 100 * 1024 * 1024
MAX_RATIO = 200  # real sheets compress ~10-30x; a zip bomb compresses thousands of times
_PARSED = (".xml", ".rels", ".vml")


def check_parts(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """`WorkbookError("too_large")` naming the part when any unpacks beyond its cap
    ("xl/sharedStrings.xml: 198 MB > 16 MB"), or the whole beyond `MAX_UNPACKED` (or
    a zip-bomb ratio)."""
    for info in infos:
        parsed = info.filename.lower().endswith(_PARSED)
        cap = MAX_PARSED_PART if parsed else MAX_OTHER_PART
        if info.file_size > cap:
            raise errors.WorkbookError(Path(path), "too_large",
                                       f"{info.filename}: {_mb(info.file_size)} > {_mb(cap)}")
    unpacked = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if unpacked > MAX_UNPACKED or (unpacked > 10 * 1024 * 1024 and unpacked / packed > MAX_RATIO):
        raise errors.WorkbookError(Path(path), "too_large",
                                   f"{_mb(unpacked)} > {_mb(MAX_UNPACKED)}")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"
