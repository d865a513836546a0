"""Table models of the Awards page: awards, competing acts, the score grid and the ranking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from gala_manager.app.awards.wording import basis_label, format_score, rank_text
from gala_manager.core.awards.rows import ActResult, CategoryRow, Entry, Judge, Results
from gala_manager.ui import theme
from gala_manager.ui.table_model import CENTER, RIGHT, Column, RowTableModel
from gala_manager.ui.theme import Tone


class CategoryTableModel(RowTableModel[CategoryRow]):
    """The awards in their order: name, places, what they go by."""

    def declare_columns(self) -> list[Column[CategoryRow]]:
        return [Column("name", self.tr("Award"), lambda r: r.data.name),
                Column("count", self.tr("Places"), lambda r: str(r.data.count), align=CENTER),
                Column("basis", self.tr("By"), lambda r: basis_label(r.data.basis))]


class EntryTableModel(RowTableModel[Entry]):
    """The acts of the running order with a box ticked when they compete.

    Ticking is handed to the page through `competes_requested(act_id, competes)`.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.competes_requested: Callable[[int, bool], bool] | None = None

    def row_key(self, row: Entry) -> int:
        return row.act_id

    def declare_columns(self) -> list[Column[Entry]]:
        return [Column("number", self.tr("No."), lambda r: str(r.number or ""), align=CENTER),
                Column("title", self.tr("Act"), lambda r: r.title),
                Column("competes", self.tr("Competes"), lambda r: "", align=CENTER),
                Column("default", self.tr("By its kind"),
                       lambda r: self.tr("competes") if r.by_default else self.tr("does not"))]

    def cell_data(self, row: Entry, column: Column, role: int):
        if column.key == "competes" and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.competes else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not row.competes:
            return theme.colour(Tone.MUTED)
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].key == "competes":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() \
                or self.competes_requested is None:
            return super().setData(index, value, role)
        row = self.row_at(index.row())
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        return self.competes_requested(row.act_id, checked)


class ScoreTableModel(RowTableModel[ActResult]):
    """Competing acts in running order × judges, typed into; final score and rank follow.

    An edit is handed to the page through `score_edited(act_id, judge_id or None, text)`
    (None: the audience's votes).
    """

    def __init__(self, parent=None) -> None:
        self._judges: tuple[Judge, ...] = ()
        super().__init__(parent)
        self.score_edited: Callable[[int, int | None, str], bool] | None = None

    def row_key(self, row: ActResult) -> int:
        return row.act_id

    def declare_columns(self) -> list[Column[ActResult]]:
        columns = [Column("number", self.tr("No."), lambda r: str(r.number or ""), align=CENTER),
                   Column("title", self.tr("Act"), lambda r: r.title)]
        columns += [Column(f"judge_{j.id}", j.name,
                           lambda r, i=j.id: format_score(r.scores.get(i)), align=RIGHT,
                           editable=True, sort=lambda r, i=j.id: r.scores.get(i) or -1,
                           tooltip=lambda r, j=j: j.title or None)
                    for j in self._judges]
        columns += [
            Column("final", self.tr("Final"), lambda r: format_score(r.final), align=RIGHT,
                   sort=lambda r: r.final if r.final is not None else -1),
            Column("rank", self.tr("Rank"), lambda r: rank_text(r.rank, r.tied), align=CENTER,
                   sort=lambda r: r.rank or 999),
            Column("votes", self.tr("Audience votes"),
                   lambda r: "" if r.votes is None else str(r.votes), align=RIGHT,
                   editable=True, sort=lambda r: r.votes if r.votes is not None else -1),
            Column("missing", self.tr("Not scored by"), lambda r: "、".join(r.missing)),
        ]
        return columns

    @property
    def judges(self) -> tuple[Judge, ...]:
        """The judges, one column each."""
        return self._judges

    def set_results(self, results: Results) -> None:
        """Show the acts in running order under one column per judge."""
        self.beginResetModel()
        self._judges = results.judges
        self._columns = self.declare_columns()
        self._by_key = {column.key: number for number, column in enumerate(self._columns)}
        self._rows = sorted(results.acts, key=lambda a: a.number)
        self._index = None
        self.endResetModel()

    def cell_data(self, row: ActResult, column: Column, role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            if column.key == "rank" and row.tied:
                return theme.colour(Tone.TINT_WARNING)
            if column.key.startswith("judge_") and \
                    int(column.key.removeprefix("judge_")) not in row.scores:
                return theme.colour(Tone.TINT_NEUTRAL)
        return None

    def commit_edit(self, row: ActResult, column: Column, text: str) -> bool:
        if self.score_edited is None:
            return False
        judge = int(column.key.removeprefix("judge_")) if column.key.startswith("judge_") \
            else None
        return self.score_edited(row.act_id, judge, text)


class RankingTableModel(RowTableModel[ActResult]):
    """The acts by rank: final score, votes and the awards each won."""

    def __init__(self, parent=None) -> None:
        self._results: Results | None = None
        super().__init__(parent)

    def row_key(self, row: ActResult) -> int:
        return row.act_id

    def declare_columns(self) -> list[Column[ActResult]]:
        return [
            Column("rank", self.tr("Rank"), lambda r: rank_text(r.rank, r.tied), align=CENTER),
            Column("title", self.tr("Act"), lambda r: r.title),
            Column("final", self.tr("Final"), lambda r: format_score(r.final), align=RIGHT),
            Column("votes", self.tr("Votes"), lambda r: "" if r.votes is None else str(r.votes),
                   align=RIGHT),
            Column("awards", self.tr("Awards"), lambda r: "、".join(
                self._results.award_of(r.act_id)) if self._results else ""),
        ]

    def set_results(self, results: Results) -> None:
        """Show the ranking of these results."""
        self._results = results
        self.set_rows(results.acts)

    def cell_data(self, row: ActResult, column: Column, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and column.key == "rank" and row.tied:
            return theme.colour(Tone.TINT_WARNING)
        if role == Qt.ItemDataRole.BackgroundRole and column.key == "awards" and \
                self._results and self._results.award_of(row.act_id):
            return theme.colour(Tone.TINT_SUCCESS)
        return None
