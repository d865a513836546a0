"""The host's quiz cards with the interface's words (GUI and CLI)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.pdf_page import page_header, page_labels
from gala_manager.core.programme import running_order
from gala_manager.core.quiz import list_questions, quiz_acts
from gala_manager.export.quiz.host_cards import (
    CardQuestion,
    QuizCard,
    QuizCardLabels,
    write_quiz_cards,
)

translate = QCoreApplication.translate


def export_quiz_cards(source, path: Path) -> Path:
    """One card per quiz round, in running order: the questions, answers and prizes."""
    read = source.read
    starts = {a.act_id: a.start for a in read(running_order)}
    questions = read(list_questions)
    cards = []
    for act_id, title in read(quiz_acts):
        start = starts.get(act_id)
        cards.append(QuizCard(
            title, translate("QuizExport", "Starts {time}").format(time=f"{start:%H:%M}")
            if start else "",
            [CardQuestion(q.data.question, q.data.answer, q.prize_name)
             for q in questions if q.data.act_id == act_id]))
    labels = QuizCardLabels(
        document_title=translate("QuizExport", "Quiz cards for the host"),
        intro=translate("QuizExport", "Read the question, wait for hands, then the answer."),
        question=translate("QuizExport", "Q{n}."),
        answer=translate("QuizExport", "Answer: {answer}"),
        prize=translate("QuizExport", "Prize: {prize}"),
        no_questions=translate("QuizExport", "No question for this round yet."),
        empty=translate("QuizExport", "The programme has no quiz round."))
    return write_quiz_cards(Path(path), cards, page_header(read), page_labels(), labels)
