"""The duty grid: posts down, shifts across, who stands where when; people drop onto it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from gala_manager.core.checks import Problem
from gala_manager.core.staff.duties import DutyRow, Roster
from gala_manager.ui import theme
from gala_manager.ui.staff.people_model import PERSON_MIME
from gala_manager.ui.table_model import ids_from_mime
from gala_manager.ui.theme import Tone

translate = QCoreApplication.translate
DutyRole = Qt.ItemDataRole.UserRole + 1
CellRole = Qt.ItemDataRole.UserRole + 2  # (post_id, shift_id)
ConflictRole = Qt.ItemDataRole.UserRole + 3

# Cell colours: not staffed, short of people, a person clashes here, fine.
IDLE, SHORT, CLASH, FULL = (Tone.TINT_NEUTRAL, Tone.TINT_WARNING, Tone.TINT_ERROR,
                             Tone.TINT_SUCCESS)


def format_span(shift) -> str:
    """A shift's times as "19:00–21:30"."""
    return f"{shift.start:%H:%M}\u2013{shift.end:%H:%M}"


class RosterTableModel(QAbstractTableModel):
    """Posts × shifts. A cell lists the people on that post in that shift.

    Not a `RowTableModel`: its columns are the gala's shifts, read with the
    rows, not declared, and a cell is a duty (post, shift), not a field of a
    row, so there is nothing to declare. It shares the id drops with the
    people table instead.

    `drop_handler(person_ids, post_id, shift_id)` is called when people are
    dropped on a cell; the page turns it into undoable commands.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.roster = Roster([], [], [])
        self._duties: dict[tuple[int, int], DutyRow] = {}
        self.clashes: dict[tuple[int, int], set[int]] = {}
        self.drop_handler: Callable[[list[int], int, int], None] | None = None

    def set_roster(self, roster: Roster, problems: list[Problem]) -> None:
        """Show a roster; problems with "cells" params mark clashing people there."""
        self.beginResetModel()
        self.roster = roster
        # A paint asks for every cell several times; look duties up by cell, not by scan.
        self._duties = {(d.post_id, d.shift_id): d for d in roster.duties}
        self.clashes = {}
        for problem in problems:
            for cell in problem.params.get("cells", ()):
                self.clashes.setdefault(tuple(cell), set()).add(problem.params["person_id"])
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.roster.posts)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.roster.shifts)

    def cell(self, index: QModelIndex) -> tuple[int, int]:
        """(post_id, shift_id) of a cell."""
        return (self.roster.posts[index.row()].id, self.roster.shifts[index.column()].id)

    def index_of(self, post_id: int, shift_id: int) -> QModelIndex:
        """The cell of a post in a shift."""
        rows = [p.id for p in self.roster.posts]
        cols = [s.id for s in self.roster.shifts]
        if post_id in rows and shift_id in cols:
            return self.index(rows.index(post_id), cols.index(shift_id))
        return QModelIndex()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            shift = self.roster.shifts[section]
            return f"{shift.name}\n{format_span(shift)}"
        post = self.roster.posts[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return post.place
        return post.name

    def _duty(self, index) -> DutyRow | None:
        return self._duties.get(self.cell(index))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        duty = self._duty(index)
        cell = self.cell(index)
        clashing = self.clashes.get(cell, set())
        if role == CellRole:
            return cell
        if role == DutyRole:
            return duty
        if role == ConflictRole:
            return bool(clashing)
        if role == Qt.ItemDataRole.DisplayRole:
            if duty is None:
                return ""
            names = [("\u26a0 " if a.person_id in clashing else "") + a.person_name
                     for a in duty.people]
            return "\n".join(names + [f"{len(duty.people)}/{duty.needed}"])
        if role == Qt.ItemDataRole.BackgroundRole:
            if clashing:
                return theme.colour(CLASH)
            if duty is None:
                return theme.colour(IDLE)
            return theme.colour(SHORT if len(duty.people) < duty.needed else FULL)
        if role == Qt.ItemDataRole.ToolTipRole:
            if duty is None:
                return translate("Staff", "Not staffed in this shift. Drop a person here.")
            needed = duty.needed  # lupdate reads a plural count only from a plain name
            text = translate("Staff", "{assigned} of %n person(s)", "", needed).format(
                assigned=len(duty.people))
            if clashing:
                text += "\n" + translate("Staff", "\u26a0 marks someone who is needed "
                                                  "elsewhere at the same time.")
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def supportedDropActions(self):
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return parent.isValid() and bool(ids_from_mime(data, PERSON_MIME))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """People dropped on a cell are put on that post for that shift."""
        ids = ids_from_mime(data, PERSON_MIME)
        if not parent.isValid() or not ids or self.drop_handler is None:
            return False
        post_id, shift_id = self.cell(parent)
        self.drop_handler(ids, post_id, shift_id)
        # False: the grid reloads from the core; nothing for the view to move.
        return False
