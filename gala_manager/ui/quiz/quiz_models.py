"""Table models of the Quiz page: questions, prize stock, winners."""

from __future__ import annotations

from gala_manager.core.quiz.questions import QuestionRow
from gala_manager.core.supplies.prizes import Handout, PrizeStock
from gala_manager.ui.table_model import CENTER, RIGHT, Column, RowTableModel


def _amount(value) -> str:
    return f"{value.normalize():f}"


class QuestionTableModel(RowTableModel[QuestionRow]):
    """One row per question, round by round."""

    def declare_columns(self) -> list[Column[QuestionRow]]:
        return [
            Column("round", self.tr("Round"), lambda r: r.round_title or self.tr("(no round)")),
            Column("number", self.tr("No."), lambda r: str(r.position), align=CENTER,
                   sort=lambda r: r.position),
            Column("question", self.tr("Question"), lambda r: r.data.question,
                   tooltip=lambda r: r.data.question),
            Column("answer", self.tr("Answer"), lambda r: r.data.answer,
                   tooltip=lambda r: r.data.answer or None),
            Column("prize", self.tr("Prize"), lambda r: r.prize_name),
        ]


class PrizeTableModel(RowTableModel[PrizeStock]):
    """The prize items: in the supplies, handed out, left."""

    def row_key(self, row: PrizeStock) -> object:
        return row.item_id

    def declare_columns(self) -> list[Column[PrizeStock]]:
        return [
            Column("name", self.tr("Prize"), lambda r: r.name),
            Column("quantity", self.tr("In supplies"),
                   lambda r: f"{_amount(r.quantity)} {r.unit}".strip(), align=RIGHT,
                   sort=lambda r: r.quantity),
            Column("handed", self.tr("Handed out"), lambda r: str(r.handed), align=RIGHT,
                   sort=lambda r: r.handed),
            Column("left", self.tr("Left"), lambda r: _amount(r.left), align=RIGHT,
                   sort=lambda r: r.left),
        ]


class WinnerTableModel(RowTableModel[Handout]):
    """The winners, in the order they won."""

    def __init__(self, parent=None) -> None:
        self.titles: dict[int, str] = {}
        super().__init__(parent)

    def declare_columns(self) -> list[Column[Handout]]:
        return [
            Column("time", self.tr("Time"), lambda r: f"{r.handed_at:%H:%M}", align=CENTER,
                   sort=lambda r: r.handed_at),
            Column("winner", self.tr("Winner"), lambda r: r.winner.name),
            Column("class", self.tr("Class"), lambda r: r.winner.winner_class),
            Column("phone", self.tr("Phone"), lambda r: r.winner.phone),
            Column("prize", self.tr("Prize"), lambda r: r.item_name),
            Column("round", self.tr("Round"), lambda r: self.titles.get(r.act_id, "")),
        ]
