"""Checks of the prize quiz: rounds without questions, questions without an answer, a round or
a prize, and prize items with fewer left than the questions still to win them."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.checks import Problem, Severity
from gala_manager.core.models import PrizeHandout
from gala_manager.core.operations import Area
from gala_manager.core.quiz.questions import list_questions, quiz_acts
from gala_manager.core.supplies import prize_stock


def check_quiz(session: Session) -> list[Problem]:
    """Every quiz problem, each pointing at the question or the Quiz page."""
    questions = list_questions(session)
    problems = []
    asked = Counter(q.data.act_id for q in questions)
    for act_id, title in quiz_acts(session):
        if not asked[act_id]:
            problems.append(Problem(Area.QUIZ, "quiz_round_empty", Severity.WARNING,
                                    {"round": title}, ("quiz",)))
    for q in questions:
        short = q.data.question if len(q.data.question) <= 30 else q.data.question[:29] + "…"
        if not q.data.answer:
            problems.append(Problem(Area.QUIZ, "quiz_no_answer", Severity.WARNING,
                                    {"question": short}, ("quiz_question", q.id)))
        if q.data.act_id is None:
            problems.append(Problem(Area.QUIZ, "quiz_no_round", Severity.WARNING,
                                    {"question": short}, ("quiz_question", q.id)))
        elif q.data.prize_item_id is None:
            problems.append(Problem(Area.QUIZ, "quiz_no_prize", Severity.WARNING,
                                    {"question": short}, ("quiz_question", q.id)))
    # A question already won needs no more stock.
    won = set(session.scalars(select(PrizeHandout.question_id).where(
        PrizeHandout.question_id.is_not(None))))
    needed = Counter(q.data.prize_item_id for q in questions
                     if q.data.prize_item_id is not None and q.data.act_id is not None
                     and q.id not in won)
    for item_id, stock in sorted(prize_stock(session).items()):
        if needed[item_id] > stock.left:
            problems.append(Problem(Area.QUIZ, "quiz_prize_short", Severity.WARNING,
                                    {"prize": stock.name, "left": f"{stock.left.normalize():f}",
                                     "needed": needed[item_id]}, ("quiz",)))
    return problems
