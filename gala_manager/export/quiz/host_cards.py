"""The host's quiz cards (有奖问答主持卡): one page per round, each question with its answer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from gala_manager.export.kit.pdf import Markup, PageHeader, PageLabels, PdfDocument, escape_text


@dataclass(frozen=True)
class CardQuestion:
    """One question as the host reads it, the answer under it, and what it wins."""

    question: str
    answer: str
    prize: str


@dataclass(frozen=True)
class QuizCard:
    """A round: its title, when it starts, its questions in order."""

    title: str
    when: str
    questions: Sequence[CardQuestion]


@dataclass(frozen=True)
class QuizCardLabels:
    """Translated words of the cards; `question` and `answer` and `prize` take a value."""

    document_title: str
    intro: str
    question: str   # "Q{n}." / "第{n}题"
    answer: str     # "Answer: {answer}"
    prize: str      # "Prize: {prize}"
    no_questions: str
    empty: str


def build_quiz_cards(cards: Sequence[QuizCard], header: PageHeader, page_labels: PageLabels,
                     labels: QuizCardLabels) -> PdfDocument:
    """Large type, a round a page, each question kept whole with its answer."""
    doc = PdfDocument(header, page_labels, title_meta=labels.document_title)
    question = ParagraphStyle("question", doc.styles["body"], fontSize=16, leading=23,
                              spaceBefore=5 * mm, spaceAfter=1 * mm)
    answer = ParagraphStyle("answer", doc.styles["body"], fontSize=14, leading=20,
                            leftIndent=8 * mm, textColor="#A61B29", spaceAfter=0)
    prize = ParagraphStyle("prize", doc.styles["note"], fontSize=11, leading=15,
                           leftIndent=8 * mm, spaceAfter=2 * mm)
    doc.styles.update(question=question, answer=answer, prize=prize)
    if not cards:
        doc.title(labels.document_title)
        doc.paragraph(labels.empty)
    for number, card in enumerate(cards):
        if number:
            doc.page_break()
        doc.title(card.title)
        doc.note(" · ".join(p for p in (card.when, labels.intro) if p))
        if not card.questions:
            doc.paragraph(labels.no_questions)
        for n, item in enumerate(card.questions, start=1):
            with doc.keep_together():
                doc.paragraph(Markup(f"<b>{escape_text(labels.question.format(n=n))}</b> "
                                     f"{escape_text(item.question)}"), "question")
                doc.paragraph(labels.answer.format(answer=item.answer or "—"), "answer")
                if item.prize:
                    doc.paragraph(labels.prize.format(prize=item.prize), "prize")
    return doc


def write_quiz_cards(path: Path, cards: Sequence[QuizCard], header: PageHeader,
                     page_labels: PageLabels, labels: QuizCardLabels) -> Path:
    """Write the host's quiz cards atomically."""
    return build_quiz_cards(cards, header, page_labels, labels).build(path)
