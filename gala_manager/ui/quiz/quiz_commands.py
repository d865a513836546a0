"""Undo commands of the Quiz page and the console's winner key: each step one core verb."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gala_manager.app.quiz.wording import describe_quiz_error
from gala_manager.core import clock
from gala_manager.core.quiz.questions import (
    QuestionData,
    add_question,
    move_question,
    remove_questions,
    restore_questions,
    update_question,
)
from gala_manager.core.supplies import Winner, hand_out_prize, restore_handouts, take_back_prizes
from gala_manager.ui.undo import AddingCommand, VerbCommand, keyword

translate = QCoreApplication.translate


def _worded(command: VerbCommand) -> VerbCommand:
    command.describe = describe_quiz_error
    return command


def _short(text: str) -> str:
    return text if len(text) <= 20 else text[:19] + "…"


def add_question_command(controller, data: QuestionData) -> VerbCommand:
    """Add a question (its id is the command's `result`); a redo keeps that id."""
    return _worded(AddingCommand(
        controller, translate("Quiz", "Add question “{q}”").format(q=_short(data.question)),
        add_question, keyword("question_id"), remove_questions,
        lambda question_id: {"question_ids": [question_id]}, data=data))


def edit_question_command(controller, question_id: int, data: QuestionData) -> VerbCommand:
    """Replace a question; undo puts the previous back."""
    return _worded(VerbCommand(
        controller, translate("Quiz", "Edit question “{q}”").format(q=_short(data.question)),
        lambda c: c.run(update_question, question_id=question_id, data=data),
        lambda c, previous: c.run(update_question, question_id=question_id, data=previous)))


def remove_questions_command(controller, question_ids: list[int]) -> VerbCommand:
    """Remove questions; undo brings them back in their places."""
    count = len(question_ids)
    return _worded(VerbCommand(
        controller, translate("Quiz", "Remove %n question(s)", "", count),
        lambda c: c.run(remove_questions, question_ids=list(question_ids)),
        lambda c, removed: c.run(restore_questions, removed=removed)))


def move_question_command(controller, question_id: int, step: int) -> VerbCommand:
    """Move a question up or down in its round."""
    return _worded(VerbCommand(
        controller, translate("Quiz", "Move question"),
        lambda c: c.run(move_question, question_id=question_id, step=step),
        lambda c, back: c.run(move_question, question_id=question_id, step=back)))


def hand_out_command(controller, item_id: int, winner: Winner, *, act_id: int | None,
                     question_id: int | None, prize: str) -> VerbCommand:
    """Record a winner and take their prize from the stock; undo puts it back."""
    at = clock.now().replace(microsecond=0)
    return _worded(AddingCommand(
        controller, translate("Quiz", "{winner} wins {prize}").format(winner=winner.name,
                                                                      prize=prize),
        hand_out_prize, keyword("handout_id"), take_back_prizes,
        lambda handout_id: {"handout_ids": [handout_id]}, item_id=item_id, winner=winner,
        at=at, act_id=act_id, question_id=question_id))


def take_back_command(controller, handout_ids: list[int]) -> VerbCommand:
    """Take prizes back (recorded by mistake): they return to the stock."""
    count = len(handout_ids)
    return _worded(VerbCommand(
        controller, translate("Quiz", "Take back %n prize(s)", "", count),
        lambda c: c.run(take_back_prizes, handout_ids=list(handout_ids)),
        lambda c, removed: c.run(restore_handouts, removed=removed)))
