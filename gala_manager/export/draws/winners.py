"""The winners' workbook: one row per winner with the prize, and a column to sign."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gala_manager.export.kit.xlsx import (
    add_sheet,
    fit_columns,
    new_workbook,
    save_workbook,
    setup_print,
    write_table,
    write_title,
)
from gala_manager.export.kit.xlsx_cells import write_cell

HEADER_ROW = 3


@dataclass(frozen=True)
class WinnerLine:
    """One winner as the handout table needs them, every value already worded."""

    draw: str
    position: int
    winner: str
    prize: str
    status: str
    drawn_at: dt.datetime
    note: str = ""  # e.g. "redrawn for 李思琪"


@dataclass(frozen=True)
class WinnersLabels:
    """The workbook's words, translated by the caller."""

    sheet: str
    title: str
    headers: tuple[str, str, str, str, str, str, str, str]  # …, signature
    empty: str
    page_label: str = "{page} / {pages}"


def write_winners_workbook(path: Path, lines: Sequence[WinnerLine], labels: WinnersLabels, *,
                           gala_name: str) -> Path:
    """One sheet of every winner in draw order, written atomically; user text is written as
    text (a name like "=1+1" stays a name)."""
    wb = new_workbook(title=f"{gala_name} · {labels.title}")
    ws = add_sheet(wb, labels.sheet)
    write_title(ws, f"{gala_name} · {labels.title}")
    rows = [(line.draw, line.position, line.winner, line.prize, line.status, line.drawn_at,
             line.note, "") for line in lines]
    last = write_table(ws, HEADER_ROW, labels.headers, rows,
                       formats=[None, "0", None, None, None, "hh:mm:ss", None, None])
    if not lines:
        write_cell(ws, HEADER_ROW + 1, 1, labels.empty)
    fit_columns(ws, from_row=HEADER_ROW, max_width=30)
    ws.widths[len(labels.headers)] = 16  # room for a signature
    for row in range(HEADER_ROW + 1, last + 1):
        ws.heights[row] = 24
    setup_print(ws, landscape=False, header_row=HEADER_ROW, header_text=gala_name,
                page_label=labels.page_label)
    return save_workbook(wb, path)
