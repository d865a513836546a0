"""Record a quiz winner (page or console): ask who won what, then hand out the prize."""

from __future__ import annotations

from sqlalchemy import select

from gala_manager.core.models import PrizeHandout
from gala_manager.core.quiz import list_questions
from gala_manager.core.supplies import prize_choices
from gala_manager.ui.quiz.quiz_commands import hand_out_command
from gala_manager.ui.quiz.quiz_dialogs import WinnerDialog


def _won(session) -> set[int]:
    return set(session.scalars(select(PrizeHandout.question_id).where(
        PrizeHandout.question_id.is_not(None))))


def winner_dialog(controller, act_id: int | None, parent=None) -> WinnerDialog:
    """The dialog for a round (all questions when `act_id` is None), on its first question
    nobody has won yet."""
    questions = [q for q in controller.read(list_questions)
                 if act_id is None or q.data.act_id == act_id]
    won = controller.read(_won)
    first = next((q.id for q in questions if q.id not in won), None)
    return WinnerDialog(questions, controller.read(prize_choices), first, parent)


def record_winner(controller, dialog: WinnerDialog, act_id: int | None, parent=None) -> bool:
    """Hand out the prize the dialog names (undoable); False when refused (told why)."""
    question = dialog.questions.get(dialog.question_id())
    round_id = question.data.act_id if question is not None else act_id
    return controller.push(hand_out_command(
        controller, dialog.item_id(), dialog.winner(), act_id=round_id,
        question_id=dialog.question_id(), prize=dialog.prize_name()), parent)
