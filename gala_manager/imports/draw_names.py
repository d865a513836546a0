"""The names of a lucky draw's pool, read from a sheet with a name column (姓名 / Name)."""

from __future__ import annotations

from pathlib import Path

from gala_manager.imports.tables import read_tables
from gala_manager.imports.workbook import cell_text

NAME_HEADERS = ["姓名", "名字", "名单", "中奖人", "志愿者", "Name", "Names", "Full name"]
MAX_NAMES = 20_000


def read_draw_names(path: Path | str) -> list[str]:
    """Every name in the name column of every sheet that has one (xlsx, xls, ods, csv), in
    order, blanks skipped, each as typed (trimmed); `WorkbookError` for a file that cannot
    be read or has no name column."""
    workbook = read_tables(path, {"name": NAME_HEADERS}, required=["name"], max_rows=MAX_NAMES)
    names = (cell_text(row.values.get("name")).strip()
             for table in workbook.tables for row in table.rows)
    return [name for name in names if name]
