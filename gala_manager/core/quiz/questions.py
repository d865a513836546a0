"""Quiz questions: each with its answer, its round (a prize-quiz act) and its prize item."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import Act, ActKind, QuizQuestion, SupplyItem
from gala_manager.core.operations import Area, changes
from gala_manager.core.references import find_referrers, reattach

TEXT_MAX = 1000


@dataclass(frozen=True)
class QuestionData:
    """What the committee writes: the question, its answer, the round, the prize."""

    question: str
    answer: str = ""
    act_id: int | None = None
    prize_item_id: int | None = None

    def replace(self, **changes_) -> QuestionData:
        return replace(self, **changes_)


@dataclass(frozen=True)
class QuestionRow:
    """A question as lists show it: its place in its round and the names it links to."""

    id: int
    position: int
    data: QuestionData
    round_title: str
    prize_name: str


@dataclass(frozen=True)
class RemovedQuestion:
    """What puts a removed question back: its id, place, data and the hand-outs naming it."""

    id: int
    position: int
    data: QuestionData
    links: tuple


def list_questions(session: Session) -> list[QuestionRow]:
    """Every question, round by round in running order (those without a round last)."""
    rows = session.execute(
        select(QuizQuestion, Act.title, Act.position, SupplyItem.name)
        .outerjoin(Act, Act.id == QuizQuestion.act_id)
        .outerjoin(SupplyItem, SupplyItem.id == QuizQuestion.prize_item_id))
    out = [(position is None, position or 0, q.position, q.id,
            QuestionRow(q.id, q.position, QuestionData(q.question, q.answer, q.act_id,
                                                       q.prize_item_id), title or "",
                        prize or "")) for q, title, position, prize in rows]
    return [row for *_key, row in sorted(out, key=lambda r: r[:4])]


def quiz_acts(session: Session) -> list[tuple[int, str]]:
    """The acts that are quiz rounds, (id, title) in running order."""
    return list(session.execute(select(Act.id, Act.title).where(
        Act.kind == ActKind.PRIZE_QUIZ).order_by(Act.position, Act.id)).all())


def _clean(session: Session, data: QuestionData) -> QuestionData:
    question, answer = data.question.strip(), data.answer.strip()
    if not question:
        raise ValidationError("question", "required", data.question)
    if len(question) > TEXT_MAX or len(answer) > TEXT_MAX:
        raise ValidationError("question", "too_long", question[:40])
    if data.act_id is not None and session.get(Act, data.act_id) is None:
        raise NotFoundError("act", data.act_id)
    if data.prize_item_id is not None and session.get(SupplyItem, data.prize_item_id) is None:
        raise NotFoundError("supply_item", data.prize_item_id)
    return data.replace(question=question, answer=answer)


def _last_position(session: Session, act_id: int | None) -> int:
    return session.scalar(select(func.max(QuizQuestion.position)).where(
        QuizQuestion.act_id.is_(None) if act_id is None
        else QuizQuestion.act_id == act_id)) or 0


@changes(Area.QUIZ)
def add_question(session: Session, *, data: QuestionData, question_id: int | None = None,
                 position: int | None = None) -> int:
    """Add a question at the end of its round; returns its id (`question_id` on a redo)."""
    data = _clean(session, data)
    if position is None:
        position = _last_position(session, data.act_id) + 1
    row = QuizQuestion(id=question_id, position=position, question=data.question,
                       answer=data.answer, act_id=data.act_id,
                       prize_item_id=data.prize_item_id)
    session.add(row)
    session.flush()
    return row.id


@changes(Area.QUIZ)
def update_question(session: Session, *, question_id: int, data: QuestionData) -> QuestionData:
    """Replace a question's data (a new round puts it last there); returns the previous."""
    row = session.get(QuizQuestion, question_id)
    if row is None:
        raise NotFoundError("quiz_question", question_id)
    previous = QuestionData(row.question, row.answer, row.act_id, row.prize_item_id)
    data = _clean(session, data)
    if data.act_id != row.act_id:
        row.position = _last_position(session, data.act_id) + 1
    row.question, row.answer = data.question, data.answer
    row.act_id, row.prize_item_id = data.act_id, data.prize_item_id
    return previous


@changes(Area.QUIZ, Area.SUPPLIES)
def remove_questions(session: Session, *, question_ids: list[int]) -> list[RemovedQuestion]:
    """Remove questions; prizes already handed out for them stay handed out."""
    removed = []
    for question_id in question_ids:
        row = session.get(QuizQuestion, question_id)
        if row is None:
            raise NotFoundError("quiz_question", question_id)
        links = tuple(find_referrers(session, "quiz_question", question_id, skip=set()))
        removed.append(RemovedQuestion(row.id, row.position, QuestionData(
            row.question, row.answer, row.act_id, row.prize_item_id), links))
        session.delete(row)
    session.flush()
    return removed


@changes(Area.QUIZ, Area.SUPPLIES)
def restore_questions(session: Session, *, removed: list[RemovedQuestion]) -> list[int]:
    """Put removed questions back under their ids (undo)."""
    ids = []
    for gone in removed:
        data = gone.data
        if data.act_id is not None and session.get(Act, data.act_id) is None:
            data = data.replace(act_id=None)
        if data.prize_item_id is not None and session.get(SupplyItem, data.prize_item_id) is None:
            data = data.replace(prize_item_id=None)
        ids.append(add_question(session, data=data, question_id=gone.id,
                                position=gone.position))
        reattach(session, list(gone.links), gone.id)
    session.flush()
    return ids


@changes(Area.QUIZ)
def move_question(session: Session, *, question_id: int, step: int) -> int:
    """Move a question up (-1) or down (+1) within its round; returns `-step` (undo)."""
    row = session.get(QuizQuestion, question_id)
    if row is None:
        raise NotFoundError("quiz_question", question_id)
    same = list(session.scalars(select(QuizQuestion).where(
        QuizQuestion.act_id.is_(None) if row.act_id is None
        else QuizQuestion.act_id == row.act_id).order_by(QuizQuestion.position,
                                                           QuizQuestion.id)))
    index = same.index(row)
    other = index + step
    if step not in (-1, 1) or not 0 <= other < len(same):
        raise ValidationError("question_id", "cannot_move", question_id)
    same[index], same[other] = same[other], same[index]
    for position, question in enumerate(same, start=1):
        question.position = position
    return -step
