"""The running order as a table: computed times, in-place edits and drag and drop."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from gala_manager.app.programme.wording import (
    clock_text,
    kind_label,
    section_label,
    status_label,
)
from gala_manager.core.durations import format_duration
from gala_manager.core.programme.rows import PLAYABLE, ScheduledAct
from gala_manager.ui import theme
from gala_manager.ui.table_model import CENTER, Column, RowTableModel, ids_from_mime
from gala_manager.ui.theme import Tone

ACT_IDS_MIME = "application/x-gala-act-ids"

# The planned-vs-measured columns, hidden until the page shows them.
MEASURED_COLUMNS = ("measured", "difference")
# Editable column → the act field an in-place edit changes.
_FIELDS = {"title": "title", "performers": "performers", "duration": "duration_seconds",
           "changeover": "changeover_seconds", "fixed": "fixed_start", "notes": "notes"}


def _end_text(act: ScheduledAct) -> str:
    return clock_text(act.end, (act.end.date() - act.start.date()).days + act.day_offset)


def _difference_text(act: ScheduledAct) -> str:
    if act.measured_seconds is None:
        return ""
    diff = act.measured_seconds - act.duration_seconds
    return ("+" if diff > 0 else "") + format_duration(diff) if diff else "0:00"


def _changeover_text(act: ScheduledAct) -> str:
    text = format_duration(act.changeover_seconds)
    return text if not act.changeover_is_default else f"({text})"


def _alternate_sections(rows: Sequence[ScheduledAct]) -> set[int]:
    """Every other section gets a tint, so the halves read as blocks."""
    sections = list(dict.fromkeys(row.section_id for row in rows))
    return {s for i, s in enumerate(sections) if i % 2 and s}


class RunningOrderTableModel(RowTableModel[ScheduledAct]):
    """Rows of `ScheduledAct`; edits and drops are handed to the page as requests.

    `edit_requested(act_id, field, text)` and `drop_requested(act_ids, position)`
    are set by the page, which turns them into undoable commands; the model
    never writes to the gala itself.
    """

    drag_mime = ACT_IDS_MIME
    drag_actions = Qt.DropAction.MoveAction
    drop_actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._alternate_sections: set[int] = set()
        self.edit_requested: Callable[[int, str, str], bool] | None = None
        self.drop_requested: Callable[[list[int], int], bool] | None = None

    def declare_columns(self) -> list[Column[ScheduledAct]]:
        return [
            Column("position", self.tr("#"), lambda a: str(a.position), CENTER),
            Column("section", self.tr("Section"),
                   lambda a: section_label(a.section_kind, a.section_name)),
            Column("start", self.tr("Start"), lambda a: clock_text(a.start, a.day_offset),
                   CENTER),
            Column("end", self.tr("End"), _end_text, CENTER),
            Column("title", self.tr("Title"), lambda a: a.title, editable=True,
                   tooltip=lambda a: a.host_link or None),
            Column("kind", self.tr("Kind"), lambda a: kind_label(a.kind)),
            Column("performers", self.tr("Performers"), lambda a: a.performers,
                   editable=True, tooltip=lambda a: a.performers or None),
            Column("duration", self.tr("Duration"),
                   lambda a: format_duration(a.duration_seconds), CENTER, editable=True,
                   tooltip=lambda a: self.tr("Type e.g. 3:30, 3分30秒, 210秒 or 3.5分钟")),
            Column("measured", self.tr("Measured"),
                   lambda a: format_duration(a.measured_seconds), CENTER),
            Column("difference", self.tr("Difference"), _difference_text, CENTER),
            Column("changeover", self.tr("Changeover"), _changeover_text, CENTER,
                   editable=True,
                   edit=lambda a: ("" if a.changeover_is_default
                                   else format_duration(a.changeover_seconds)),
                   tooltip=self._changeover_tip),
            Column("fixed", self.tr("Fixed start"), self._fixed_text, editable=True,
                   edit=lambda a: a.fixed_start.strftime("%H:%M") if a.fixed_start else "",
                   tooltip=lambda a: self.tr("A fixed start such as 21:00; empty: follows "
                                             "the act before")),
            Column("contact", self.tr("Contact"),
                   lambda a: " ".join(p for p in (a.contact_name, a.contact_phone) if p)),
            Column("host", self.tr("Host"), lambda a: a.host_name),
            Column("status", self.tr("Status"), lambda a: status_label(a.status)),
            Column("notes", self.tr("Notes"), lambda a: a.notes, editable=True),
        ]

    def row_key(self, row: ScheduledAct) -> int:
        return row.act_id

    def set_rows(self, rows: Sequence[ScheduledAct]) -> None:
        """Replace every row (a new gala)."""
        self._alternate_sections = _alternate_sections(rows)
        super().set_rows(rows)

    def update_rows(self, rows: Sequence[ScheduledAct], *, quiet_reorder: bool = False) -> None:
        """Show the order after a change: only rows that differ are repainted."""
        tinted = _alternate_sections(rows)
        retint, self._alternate_sections = tinted != self._alternate_sections, tinted
        super().update_rows(rows, quiet_reorder=quiet_reorder)
        if retint and self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _changeover_tip(self, act: ScheduledAct) -> str | None:
        if act.changeover_is_default:
            return self.tr("The gala's default changeover (leave empty to keep it)")
        return None

    def _fixed_text(self, act: ScheduledAct) -> str:
        if act.fixed_start is None:
            return ""
        fixed = act.fixed_start.strftime("%H:%M")
        minutes = round(abs(act.gap_seconds) / 60)
        if act.gap_seconds < 0:
            return self.tr("{time} (overlap {m} min)").format(time=fixed, m=minutes)
        if act.gap_seconds > 0:
            return self.tr("{time} (gap {m} min)").format(time=fixed, m=minutes)
        return fixed

    def cell_data(self, act: ScheduledAct, column: Column, role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            if column.key in ("start", "fixed") and act.gap_seconds:
                return theme.colour(Tone.TINT_ERROR if act.gap_seconds < 0 else Tone.TINT_WARNING)
            if act.section_id in self._alternate_sections:
                return theme.colour(Tone.TINT_SECTION)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and act.status not in PLAYABLE:
            return theme.colour(Tone.MUTED)
        if role == Qt.ItemDataRole.FontRole and act.status not in PLAYABLE:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def commit_edit(self, act: ScheduledAct, column: Column, text: str) -> bool:
        if self.edit_requested is None:
            return False
        return self.edit_requested(act.act_id, _FIELDS[column.key], text)

    # -- drag and drop ----------------------------------------------------------------

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return bool(ids_from_mime(data, ACT_IDS_MIME))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Dropped acts go before the row dropped on (or at the end)."""
        act_ids = ids_from_mime(data, ACT_IDS_MIME)
        if not act_ids or self.drop_requested is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        # Moving acts down: the rows above the target close up once they leave.
        above = sum(1 for r in self.rows()[:row] if r.act_id in act_ids)
        return self.drop_requested(act_ids, row - above + 1)
