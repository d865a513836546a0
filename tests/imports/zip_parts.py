"""A zipped workbook (.xlsx, .ods) copied with one part changed, for the hostile-file tests."""

from __future__ import annotations

import zipfile
from pathlib import Path


def rewrite_part(src: Path, dst: Path, member: str, change) -> Path:
    """`src` copied to `dst` with `member`'s bytes passed through `change`."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info.filename, change(data) if info.filename == member else data)
    return dst
