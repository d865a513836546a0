"""The prize quiz: questions and answers per round, their prizes, checks."""

# What other areas of core may use; inside an area, modules import each other directly.
from gala_manager.core.quiz.questions import list_questions, quiz_acts

__all__ = ["list_questions", "quiz_acts"]
