"""Words of the Quiz area: problems and validation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.wording import describe_error, register_problem_wording
from gala_manager.core.checks import Problem
from gala_manager.core.errors import ValidationError
from gala_manager.core.operations import Area

translate = QCoreApplication.translate

_VALIDATION = {
    ("question", "required"): QT_TRANSLATE_NOOP("Quiz", "A question needs its text."),
    ("question", "too_long"): QT_TRANSLATE_NOOP("Quiz", "The question or the answer is too "
                                                        "long."),
    ("question_id", "cannot_move"): QT_TRANSLATE_NOOP("Quiz", "It cannot move further."),
    ("winner", "required"): QT_TRANSLATE_NOOP("Quiz", "A winner needs a name."),
    ("winner", "too_long"): QT_TRANSLATE_NOOP("Quiz", "The name or the class is too long."),
    ("prize", "out_of_stock"): QT_TRANSLATE_NOOP(
        "Quiz", "No “{value}” is left in the supplies: choose another prize."),
}


def describe_quiz_error(exc: BaseException) -> str:
    """An error of a quiz edit in words; the area's rules first, then the shared ones."""
    if isinstance(exc, ValidationError):
        text = _VALIDATION.get((exc.field, exc.code))
        if text:
            return translate("Quiz", text).format(value=exc.value)
    return describe_error(exc)


def describe_quiz_problem(problem: Problem) -> str | None:
    """Words for the Quiz area's problem codes; None for other areas' codes."""
    if problem.area != Area.QUIZ:
        return None
    p = problem.params
    texts = {
        "quiz_round_empty": translate("Quiz", "The quiz round “{round}” has no questions."),
        "quiz_no_answer": translate("Quiz", "The quiz question “{question}” has no answer."),
        "quiz_no_round": translate("Quiz", "The quiz question “{question}” belongs to no "
                                           "round."),
        "quiz_no_prize": translate("Quiz", "The quiz question “{question}” has no prize."),
        "quiz_prize_short": translate("Quiz", "Only {left} “{prize}” left for {needed} "
                                              "questions still to win."),
    }
    text = texts.get(problem.code)
    return text.format(**p) if text else None


register_problem_wording(describe_quiz_problem)
