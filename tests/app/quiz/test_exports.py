"""The host's quiz cards, read back from the PDF."""

from __future__ import annotations

from gala_manager.app.quiz.exports import export_quiz_cards
from gala_manager.core.quiz.questions import QuestionData, add_question, quiz_acts
from tests.export.pdf_helpers import page_texts


def flat(path) -> list[str]:
    return [text.replace("\n", "") for text in page_texts(path.read_bytes())]


def test_one_card_per_round_with_questions_answers_and_prizes(demo_doc, tmp_path):
    pages = flat(export_quiz_cards(demo_doc, tmp_path / "有奖问答.pdf"))
    assert len(pages) == 2
    assert "有奖问答（第一轮）" in pages[0] and "有奖问答（第二轮）" in pages[1]
    assert "五一国际劳动节起源于哪个国家的工人运动？" in pages[0]
    assert "Answer: 美国（1886 年芝加哥工人大罢工）" in pages[0]
    assert "Prize: 奶茶券（有奖问答）" in pages[1] and "奶茶券" not in pages[0]
    assert "Starts 20:" in pages[1]


def test_user_text_is_printed_as_typed(demo_doc, tmp_path):
    round_id = demo_doc.read(quiz_acts)[0][0]
    demo_doc.run(add_question, data=QuestionData("<b>1 < 2</b> & 3?", "=SUM(A1)", round_id))
    pages = flat(export_quiz_cards(demo_doc, tmp_path / "cards.pdf"))
    assert "<b>1 < 2</b> & 3?" in pages[0] and "=SUM(A1)" in pages[0]


def test_in_chinese(demo_doc, tmp_path, app_language):
    pages = flat(export_quiz_cards(demo_doc, tmp_path / "cards.pdf"))
    assert "答案：" in pages[0] and "第1题" in pages[0]
