"""Table models of the Lucky draw page: the draws, and the winners of the one selected."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gala_manager.app.draws.wording import pool_text, winner_status_label
from gala_manager.core.draws.rows import DrawRow, WinnerRow
from gala_manager.core.models import WinnerStatus
from gala_manager.ui import theme
from gala_manager.ui.table_model import CENTER, Column, RowTableModel
from gala_manager.ui.theme import Tone

_STATUS_TONES = {WinnerStatus.DRAWN: Tone.TINT_WARNING,
                 WinnerStatus.COLLECTED: Tone.TINT_SUCCESS, WinnerStatus.ABSENT: Tone.TINT_DONE}


class DrawTableModel(RowTableModel[DrawRow]):
    """One row per draw, in the evening's order: prize, winners, pool, drawn or not."""

    def declare_columns(self) -> list[Column[DrawRow]]:
        return [
            Column("name", self.tr("Draw"), lambda r: r.data.name),
            Column("prize", self.tr("Prize"), lambda r: r.prize_name),
            Column("winners", self.tr("Winners"), lambda r: str(r.data.winners), align=CENTER,
                   sort=lambda r: r.data.winners),
            Column("pool", self.tr("Pool"), lambda r: pool_text(r.data)),
            Column("state", self.tr("Drawn"), self._state, sort=lambda r: len(r.winners)),
        ]

    def _state(self, row: DrawRow) -> str:
        if not row.has_run:
            return self.tr("Not yet")
        collected = sum(w.status == WinnerStatus.COLLECTED for w in row.winners)
        return self.tr("Drawn {time} · {collected} collected").format(
            time=f"{row.winners[0].at:%H:%M}", collected=collected)


class WinnerTableModel(RowTableModel[WinnerRow]):
    """The winners of one draw in the order drawn; an absent one stays, its redraw below."""

    def declare_columns(self) -> list[Column[WinnerRow]]:
        return [
            Column("position", self.tr("No."), lambda r: str(r.position), align=CENTER,
                   sort=lambda r: r.position),
            Column("entry", self.tr("Winner"), lambda r: r.entry),
            Column("status", self.tr("Prize"), lambda r: winner_status_label(r.status)),
            Column("time", self.tr("Drawn at"), lambda r: f"{r.at:%H:%M:%S}", align=CENTER),
            Column("redraw", self.tr("Redrawn for"), lambda r: r.redraw_of),
        ]

    def cell_data(self, row: WinnerRow, column: Column, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and column.key == "status":
            return theme.colour(_STATUS_TONES[row.status])
        return None
