"""Galas with long text in every free-text field, and every PDF export of the command line."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from sqlalchemy import Enum, String

from gala_manager.core.models import Base

# Columns holding no free text: a colour, lookup keys, what the app derives itself.
NOT_FREE = {"colour", "key", "import_key", "version_num"}
PIECES = [
    "晚会节目备注：灯光需要暖色，音响请提前调试；（注意）“演员”需要提前30分钟到场！",
    "《青春飞扬》开场舞——全体演员上场，追光跟随领舞。",
    "mixed English words, with commas; and (brackets) ",
    "an_unbroken_token_without_any_spaces_at_all_" * 2,
    "\n", "\n\n", "<b>不是粗体</b> & 1 < 2 ",
    "１２３４５６全角数字 ", "ＡＢＣ全角字母 ", "\t制表符\t",
]


def free_text_columns() -> dict[str, list[str]]:
    """Every text column of the schema a user types into, by table."""
    found: dict[str, list[str]] = {}
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, String) and not isinstance(column.type, Enum) \
                    and column.name not in NOT_FREE:
                found.setdefault(table.name, []).append(column.name)
    return found


def long_text(length: int, rng: random.Random, end: str = "") -> str:
    """`length` characters of Chinese and mixed text, ending with `end`."""
    parts: list[str] = []
    size = 0
    while size < length:
        piece = rng.choice(PIECES)
        parts.append(piece)
        size += len(piece)
    text = "".join(parts)[: max(0, length - len(end))]
    return text + end if length else ""


def fill(path: Path, length: int, *, every_row: bool = False, seed: int = 15) -> None:
    """Put `length` characters into every free-text field of the gala at `path` (of the
    first row of each table, or of `every_row`)."""
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    for table, columns in free_text_columns().items():
        where = "" if every_row else f' WHERE rowid = (SELECT min(rowid) FROM "{table}")'
        # Every row's text starts with its row number: some columns are unique (a name).
        value = "rowid || '·' || ?" if every_row else "?"
        for column in columns:
            conn.execute(f'UPDATE "{table}" SET "{column}" = {value}{where}',
                         (long_text(length, rng, end=f"【{table}.{column}完】"),))
    conn.commit()
    conn.close()


def pdf_exports(gala: Path, folder: Path) -> list[list[str]]:
    """The command-line arguments of every PDF export of `gala` (each run-sheet variant)."""
    from gala_manager.commands import export_commands
    from gala_manager.export.programme.runsheet import VARIANTS

    runs = []
    for command in export_commands():
        if command.name in ("act-template", "winners", "music-pack"):
            continue  # a blank form, a workbook, a folder of tracks: no PDF of the gala
        out = str(folder / f"{command.name}.pdf")
        if command.name == "runsheet":
            runs += [["export", "runsheet", str(gala), "-o", out.replace(".pdf", f"-{v}.pdf"),
                      "--variant", v] for v in VARIANTS]
        elif command.name == "show-report":  # the plan alone: the demo has no logged show
            runs.append(["export", "show-report", str(gala), "-o", out, "--allow-empty"])
        else:
            runs.append(["export", command.name, str(gala), "-o", out])
    return runs
