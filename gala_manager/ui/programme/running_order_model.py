"""The running order as a table: computed times, in-place edits and drag and drop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from gala_manager.app.programme.wording import (
    clock_text,
    kind_label,
    section_label,
    status_label,
)
from gala_manager.core.durations import format_duration
from gala_manager.core.programme.rows import PLAYABLE, ScheduledAct

ACT_IDS_MIME = "application/x-gala-act-ids"
ACT_ROLE = Qt.ItemDataRole.UserRole + 1

(POSITION, SECTION, START, END, TITLE, KIND, PERFORMERS, DURATION, MEASURED, DIFFERENCE,
 CHANGEOVER, FIXED, CONTACT, HOST, STATUS, NOTES) = range(16)
MEASURED_COLUMNS = (MEASURED, DIFFERENCE)
# Column → the act field an in-place edit changes.
EDITABLE = {TITLE: "title", PERFORMERS: "performers", DURATION: "duration_seconds",
            CHANGEOVER: "changeover_seconds", FIXED: "fixed_start", NOTES: "notes"}
_OVERLAP = QColor("#ffd6d6")
_GAP = QColor("#fff4cc")
_SECOND_SECTION = QColor("#f3f6fb")
_MUTED = QColor("#888888")


def encode_act_ids(act_ids: list[int]) -> QMimeData:
    """Drag payload naming acts by id."""
    mime = QMimeData()
    mime.setData(ACT_IDS_MIME, QByteArray(",".join(map(str, act_ids)).encode("ascii")))
    return mime


def decode_act_ids(mime: QMimeData) -> list[int]:
    """The act ids of a drag payload, or [] for anything else."""
    if not mime.hasFormat(ACT_IDS_MIME):
        return []
    text = bytes(mime.data(ACT_IDS_MIME).data()).decode("ascii")
    return [int(part) for part in text.split(",") if part.strip().isdigit()]


class RunningOrderTableModel(QAbstractTableModel):
    """Rows of `ScheduledAct`; edits and drops are handed to the page as requests.

    `edit_requested(act_id, field, text)` and `drop_requested(act_ids, position)`
    are set by the page, which turns them into undoable commands; the model
    never writes to the gala itself.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ScheduledAct] = []
        self._alternate_sections: set[int] = set()
        self.edit_requested: Callable[[int, str, str], bool] | None = None
        self.drop_requested: Callable[[list[int], int], bool] | None = None

    # -- rows -------------------------------------------------------------------

    def set_rows(self, rows: list[ScheduledAct]) -> None:
        """Replace every row (after any change to the programme)."""
        self.beginResetModel()
        self.rows = list(rows)
        sections: list[int | None] = []
        for row in self.rows:
            if row.section_id not in sections:
                sections.append(row.section_id)
        # Every other section gets a tint, so the halves read as blocks.
        self._alternate_sections = {s for i, s in enumerate(sections) if i % 2 and s}
        self.endResetModel()

    def row_of(self, act_id: int) -> int | None:
        """The row showing an act, or None."""
        return next((i for i, r in enumerate(self.rows) if r.act_id == act_id), None)

    def act_at(self, row: int) -> ScheduledAct | None:
        """The act of a row, or None outside the table."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # -- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 16

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("#"), self.tr("Section"), self.tr("Start"), self.tr("End"),
                self.tr("Title"), self.tr("Kind"), self.tr("Performers"),
                self.tr("Duration"), self.tr("Measured"), self.tr("Difference"),
                self.tr("Changeover"), self.tr("Fixed start"), self.tr("Contact"),
                self.tr("Host"), self.tr("Status"), self.tr("Notes")][section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        act = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(act, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(act, column)
        if role == ACT_ROLE:
            return act.act_id
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(act, column)
        if role == Qt.ItemDataRole.ForegroundRole and act.status not in PLAYABLE:
            return QBrush(_MUTED)
        if role == Qt.ItemDataRole.FontRole and act.status not in PLAYABLE:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(act, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                POSITION, START, END, DURATION, MEASURED, DIFFERENCE, CHANGEOVER):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, act: ScheduledAct, column: int):
        if column == POSITION:
            return str(act.position)
        if column == SECTION:
            return section_label(act.section_kind, act.section_name)
        if column == START:
            return clock_text(act.start, act.day_offset)
        if column == END:
            return clock_text(act.end, (act.end.date() - act.start.date()).days + act.day_offset)
        if column == TITLE:
            return act.title
        if column == KIND:
            return kind_label(act.kind)
        if column == PERFORMERS:
            return act.performers
        if column == DURATION:
            return format_duration(act.duration_seconds)
        if column == MEASURED:
            return format_duration(act.measured_seconds)
        if column == DIFFERENCE:
            if act.measured_seconds is None:
                return ""
            diff = act.measured_seconds - act.duration_seconds
            return ("+" if diff > 0 else "") + format_duration(diff) if diff else "0:00"
        if column == CHANGEOVER:
            text = format_duration(act.changeover_seconds)
            return text if not act.changeover_is_default else f"({text})"
        if column == FIXED:
            return self._fixed_text(act)
        if column == CONTACT:
            return " ".join(p for p in (act.contact_name, act.contact_phone) if p)
        if column == HOST:
            return act.host_name
        if column == STATUS:
            return status_label(act.status)
        if column == NOTES:
            return act.notes
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

    def _edit_text(self, act: ScheduledAct, column: int) -> str:
        if column == DURATION:
            return format_duration(act.duration_seconds)
        if column == CHANGEOVER:
            return "" if act.changeover_is_default else format_duration(act.changeover_seconds)
        if column == FIXED:
            return act.fixed_start.strftime("%H:%M") if act.fixed_start else ""
        return self._display(act, column)

    def _background(self, act: ScheduledAct, column: int):
        if column in (START, FIXED) and act.gap_seconds < 0:
            return QBrush(_OVERLAP)
        if column in (START, FIXED) and act.gap_seconds > 0:
            return QBrush(_GAP)
        if act.section_id in self._alternate_sections:
            return QBrush(_SECOND_SECTION)
        return None

    def _tooltip(self, act: ScheduledAct, column: int):
        if column == CHANGEOVER and act.changeover_is_default:
            return self.tr("The gala's default changeover (leave empty to keep it)")
        if column == DURATION:
            return self.tr("Type e.g. 3:30, 3分30秒, 210秒 or 3.5分钟")
        if column == FIXED:
            return self.tr("A fixed start such as 21:00; empty: follows the act before")
        if column == TITLE and act.host_link:
            return act.host_link
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        if self.edit_requested is None:
            return False
        act = self.rows[index.row()]
        if str(value) == self._edit_text(act, index.column()):
            return False  # nothing changed: no empty undo step
        return self.edit_requested(act.act_id, EDITABLE[index.column()], str(value))

    # -- drag and drop ----------------------------------------------------------------

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ACT_IDS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_act_ids([self.rows[r].act_id for r in rows])

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return bool(decode_act_ids(data))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Dropped acts go before the row dropped on (or at the end)."""
        act_ids = decode_act_ids(data)
        if not act_ids or self.drop_requested is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        # Moving acts down: the rows above the target close up once they leave.
        above = sum(1 for r in self.rows[:row] if r.act_id in act_ids)
        return self.drop_requested(act_ids, row - above + 1)

    def removeRows(self, row, count, parent=QModelIndex()) -> bool:
        # A finished move drag asks the source to remove its rows; the drop
        # already moved them in the gala, so there is nothing to remove here.
        return False
