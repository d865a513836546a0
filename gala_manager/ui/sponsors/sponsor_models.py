"""Table models of the Sponsors page: the sponsors, and every promise across them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gala_manager.app.sponsors.wording import (
    promise_status_label,
    promise_text,
    sponsor_status_label,
)
from gala_manager.core.models import PromiseStatus, SponsorStatus
from gala_manager.core.money import format_yuan
from gala_manager.core.sponsors.rows import PromiseRow, SponsorRow
from gala_manager.ui import theme
from gala_manager.ui.table_model import CENTER, RIGHT, Column, RowTableModel
from gala_manager.ui.theme import Tone

# Grey while talking, amber once agreed, green once the money or goods are in.
_STATUS_TONES = {SponsorStatus.APPROACHED: Tone.TINT_NEUTRAL,
                 SponsorStatus.AGREED: Tone.TINT_WARNING, SponsorStatus.RECEIVED: Tone.TINT_SUCCESS,
                 SponsorStatus.DECLINED: Tone.TINT_DONE}
_PROMISE_TONES = {PromiseStatus.PENDING: Tone.TINT_WARNING, PromiseStatus.DONE: Tone.TINT_SUCCESS,
                  PromiseStatus.DROPPED: Tone.TINT_DONE}


class SponsorTableModel(RowTableModel[SponsorRow]):
    """One row per sponsor: who, how far, what it gives, how many promises are kept."""

    def declare_columns(self) -> list[Column[SponsorRow]]:
        return [
            Column("company", self.tr("Company"), lambda r: r.company),
            Column("status", self.tr("Status"), lambda r: sponsor_status_label(r.data.status),
                   sort=lambda r: list(SponsorStatus).index(r.data.status)),
            Column("cash", self.tr("Cash"), lambda r: format_yuan(r.data.cash), align=RIGHT,
                   sort=lambda r: r.data.cash),
            Column("goods", self.tr("Goods in kind"),
                   lambda r: format_yuan(r.data.goods_value) if r.data.goods else "",
                   align=RIGHT, sort=lambda r: r.data.goods_value,
                   tooltip=lambda r: "\n".join(g.description for g in r.data.goods) or None),
            Column("promises", self.tr("Promises kept"),
                   lambda r: f"{r.promises_done} / {len(r.data.promises)}"
                   if r.data.promises else "", align=CENTER,
                   sort=lambda r: (r.promises_open, r.promises_done)),
            Column("handled_by", self.tr("Looked after by"), lambda r: r.handled_by),
            Column("contact", self.tr("Contact"), lambda r: " ".join(
                p for p in (r.data.contact_name, r.data.contact_phone) if p)),
        ]

    def cell_data(self, row: SponsorRow, column: Column, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and column.key == "status":
            return theme.colour(_STATUS_TONES[row.data.status])
        return None


class PromiseTableModel(RowTableModel[PromiseRow]):
    """Every promise, sponsor by sponsor: the checklist so that nothing is forgotten."""

    def declare_columns(self) -> list[Column[PromiseRow]]:
        return [
            Column("sponsor", self.tr("Sponsor"), lambda r: r.company),
            Column("promise", self.tr("Promise"),
                   lambda r: promise_text(r.promise.kind, r.promise.detail)),
            Column("act", self.tr("When on stage"), lambda r: r.act_title),
            Column("status", self.tr("Status"), lambda r: promise_status_label(r.promise.status),
                   sort=lambda r: list(PromiseStatus).index(r.promise.status)),
        ]

    def cell_data(self, row: PromiseRow, column: Column, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and column.key == "status":
            return theme.colour(_PROMISE_TONES[row.promise.status])
        if role == Qt.ItemDataRole.ForegroundRole and row.sponsor_status in (
                SponsorStatus.APPROACHED, SponsorStatus.DECLINED):
            return theme.colour(Tone.MUTED)  # nothing is owed to a sponsor who has not agreed
        return None
