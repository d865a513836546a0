"""Checks of the prize quiz: rounds without questions, questions without an answer, a round or
a prize, and prize items with fewer left than the questions still to win them.

The rounds are acts, read from the programme's kept act rows, and the questions
are kept like them (their round is cleared when its act is removed, by a foreign
key, whichever verb removed it): an edit of the programme reads nothing again
here, and the prize stock is kept until the quiz, the supplies or the draws change.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.checks import Problem, Severity
from gala_manager.core.memo import kept_rows, memoized
from gala_manager.core.models import ActKind, PrizeHandout, QuizQuestion
from gala_manager.core.operations import Area
from gala_manager.core.programme import act_rows
from gala_manager.core.supplies import prize_stock

_QUESTION_COLUMNS = (QuizQuestion.id, QuizQuestion.act_id, QuizQuestion.position,
                     QuizQuestion.question, QuizQuestion.answer, QuizQuestion.prize_item_id)


def _questions(session: Session) -> list[tuple]:
    """(id, act, position, question, answer, prize item) of every question, kept by id."""
    def read(ids):
        query = select(*_QUESTION_COLUMNS)
        if ids is not None:
            query = query.where(QuizQuestion.id.in_(sorted(ids)))
        return [tuple(row) for row in session.connection().execute(query)]

    return list(kept_rows(session, "quiz.questions", "quiz_question", read).values())


@memoized(Area.QUIZ, Area.SUPPLIES, Area.DRAWS)
def _prizes(session: Session) -> tuple[frozenset[int], dict]:
    """The questions already won, and the stock of every prize item."""
    won = frozenset(session.scalars(select(PrizeHandout.question_id).where(
        PrizeHandout.question_id.is_not(None))))
    return won, prize_stock(session)


def check_quiz(session: Session) -> list[Problem]:
    """Every quiz problem, each pointing at the question or the Quiz page."""
    acts = act_rows(session)
    rounds = sorted((a.position is not None, a.position or 0, a.id, a.title)
                    for a in acts.values() if a.kind == ActKind.PRIZE_QUIZ)

    def in_order(question: tuple) -> tuple:
        # The quiz page's order: round by round in running order, those without one last.
        act = acts.get(question[1])
        position = None if act is None else act.position
        return position is None, position or 0, question[2], question[0]

    questions = sorted(_questions(session), key=in_order)
    problems = []
    asked = Counter(q[1] for q in questions)
    for *_key, act_id, title in rounds:
        if not asked[act_id]:
            problems.append(Problem(Area.QUIZ, "quiz_round_empty", Severity.WARNING,
                                    {"round": title}, ("quiz",)))
    for question_id, act_id, _position, text, answer, prize_item_id in questions:
        short = text if len(text) <= 30 else text[:29] + "…"
        if not answer:
            problems.append(Problem(Area.QUIZ, "quiz_no_answer", Severity.WARNING,
                                    {"question": short}, ("quiz_question", question_id)))
        if act_id is None:
            problems.append(Problem(Area.QUIZ, "quiz_no_round", Severity.WARNING,
                                    {"question": short}, ("quiz_question", question_id)))
        elif prize_item_id is None:
            problems.append(Problem(Area.QUIZ, "quiz_no_prize", Severity.WARNING,
                                    {"question": short}, ("quiz_question", question_id)))
    # A question already won needs no more stock.
    won, stock_of = _prizes(session)
    needed = Counter(prize_item_id for question_id, act_id, *_text, prize_item_id in questions
                     if prize_item_id is not None and act_id is not None
                     and question_id not in won)
    for item_id, stock in sorted(stock_of.items()):
        if needed[item_id] > stock.left:
            problems.append(Problem(Area.QUIZ, "quiz_prize_short", Severity.WARNING,
                                    {"prize": stock.name, "left": f"{stock.left.normalize():f}",
                                     "needed": needed[item_id]}, ("quiz",)))
    return problems
