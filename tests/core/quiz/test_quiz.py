"""The prize quiz: questions per round, prizes taken from the supply stock, checks."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from gala_manager.core.checks import run_checks
from gala_manager.core.errors import ValidationError
from gala_manager.core.models import SupplyItem
from gala_manager.core.quiz.questions import (
    QuestionData,
    add_question,
    list_questions,
    move_question,
    quiz_acts,
    remove_questions,
    restore_questions,
)
from gala_manager.core.supplies import (
    Winner,
    hand_out_prize,
    list_handouts,
    prize_stock,
    restore_handouts,
    take_back_prizes,
)

NIGHT = dt.datetime(2027, 4, 30, 20, 10)


def items(doc) -> dict[str, int]:
    return dict(doc.read(lambda s: s.execute(select(SupplyItem.name, SupplyItem.id)).all()))


def codes(doc) -> list[str]:
    return [p.code for p in doc.read(run_checks) if p.area == "quiz"]


def test_the_demo_has_two_rounds_with_questions_and_prizes(demo_doc):
    rounds = demo_doc.read(quiz_acts)
    assert [title for _id, title in rounds] == ["有奖问答（第一轮）", "有奖问答（第二轮）"]
    questions = demo_doc.read(list_questions)
    assert [q.round_title for q in questions] == (["有奖问答（第一轮）"] * 4
                                                  + ["有奖问答（第二轮）"] * 4)
    assert {q.prize_name for q in questions} == {"笔记本（有奖问答）", "奶茶券（有奖问答）"}
    assert all(q.data.answer for q in questions)
    assert codes(demo_doc) == []


def test_handing_out_a_prize_takes_one_from_the_stock(demo_doc):
    notebook = items(demo_doc)["笔记本（有奖问答）"]
    question = demo_doc.read(list_questions)[0]
    assert demo_doc.read(prize_stock)[notebook].left == 30
    handout = demo_doc.run(hand_out_prize, item_id=notebook, winner=Winner(
        " 王小明 ", "电子信息 2301 班"), at=NIGHT, act_id=question.data.act_id,
        question_id=question.id)
    stock = demo_doc.read(prize_stock)[notebook]
    assert (stock.quantity, stock.handed, stock.left) == (30, 1, 29)
    recorded = demo_doc.read(list_handouts)
    assert [(h.id, h.winner.name, h.item_name) for h in recorded] == [
        (handout, "王小明", "笔记本（有奖问答）")]
    removed = demo_doc.run(take_back_prizes, handout_ids=[handout])
    assert demo_doc.read(prize_stock)[notebook].left == 30
    demo_doc.run(restore_handouts, removed=removed)
    assert [h.id for h in demo_doc.read(list_handouts)] == [handout]


def test_no_prize_is_handed_out_beyond_the_stock(demo_doc):
    notebook = items(demo_doc)["笔记本（有奖问答）"]
    demo_doc.run(hand_out_prize, item_id=notebook, winner=Winner("甲"), at=NIGHT)
    with pytest.raises(ValidationError) as raised:
        demo_doc.run(hand_out_prize, item_id=notebook, winner=Winner("   "), at=NIGHT)
    assert raised.value.field == "winner"
    assert demo_doc.read(prize_stock)[notebook].handed == 1  # the refused one changed nothing
    # Only one notebook in the supplies, and it is gone.
    demo_doc.run(_set_quantity, item_id=notebook, quantity=1)
    with pytest.raises(ValidationError) as raised:
        demo_doc.run(hand_out_prize, item_id=notebook, winner=Winner("乙"), at=NIGHT)
    assert (raised.value.field, raised.value.code) == ("prize", "out_of_stock")
    assert len(demo_doc.read(list_handouts)) == 1


def _set_quantity(session, *, item_id, quantity):
    session.get(SupplyItem, item_id).quantity = quantity


def test_a_prize_item_short_of_its_questions_is_reported(demo_doc):
    tea = items(demo_doc)["奶茶券（有奖问答）"]
    demo_doc.run(_set_quantity, item_id=tea, quantity=3)
    assert codes(demo_doc) == ["quiz_prize_short"]  # 4 questions, 3 vouchers
    demo_doc.run(_set_quantity, item_id=tea, quantity=4)
    assert codes(demo_doc) == []
    # A question already won needs no more stock: 3 left for the 3 still to win.
    question = next(q for q in demo_doc.read(list_questions) if q.data.prize_item_id == tea)
    demo_doc.run(hand_out_prize, item_id=tea, winner=Winner("丙"), at=NIGHT,
                 question_id=question.id)
    assert codes(demo_doc) == []
    # A prize given away outside the questions leaves too few.
    demo_doc.run(hand_out_prize, item_id=tea, winner=Winner("己"), at=NIGHT)
    assert codes(demo_doc) == ["quiz_prize_short"]


def test_questions_move_within_their_round_and_come_back_after_removal(demo_doc):
    first = demo_doc.read(list_questions)[:4]
    demo_doc.run(move_question, question_id=first[1].id, step=-1)
    assert [q.id for q in demo_doc.read(list_questions)[:2]] == [first[1].id, first[0].id]
    with pytest.raises(ValidationError):
        demo_doc.run(move_question, question_id=first[1].id, step=-1)
    handout = demo_doc.run(hand_out_prize, item_id=first[0].data.prize_item_id,
                           winner=Winner("丁"), at=NIGHT, question_id=first[0].id)
    removed = demo_doc.run(remove_questions, question_ids=[first[0].id])
    assert first[0].id not in {q.id for q in demo_doc.read(list_questions)}
    assert demo_doc.read(list_handouts)[0].question_id is None  # the prize stays handed out
    demo_doc.run(restore_questions, removed=removed)
    assert demo_doc.read(list_handouts)[0].question_id == first[0].id
    assert handout == demo_doc.read(list_handouts)[0].id


def test_checks_of_rounds_and_questions(demo_doc):
    round_id = demo_doc.read(quiz_acts)[0][0]
    demo_doc.run(remove_questions, question_ids=[q.id for q in demo_doc.read(list_questions)
                                                 if q.data.act_id == round_id])
    demo_doc.run(add_question, data=QuestionData("没有答案的题目"))
    assert sorted(codes(demo_doc)) == ["quiz_no_answer", "quiz_no_round", "quiz_round_empty"]
    with pytest.raises(ValidationError):
        demo_doc.run(add_question, data=QuestionData("  "))


def test_the_quiz_and_the_lucky_draws_take_from_one_stock(demo_doc):
    from gala_manager.core.draws.drawing import prize_stock as draw_stock
    from gala_manager.core.models import Draw, DrawWinner, WinnerStatus

    tea = items(demo_doc)["奶茶券（有奖问答）"]
    before = demo_doc.read(prize_stock)[tea].left
    demo_doc.run(hand_out_prize, item_id=tea, winner=Winner("庚"), at=NIGHT)
    assert demo_doc.read(draw_stock, item_id=tea).collected == (
        demo_doc.read(prize_stock)[tea].handed)

    def collect_from_a_draw(session):
        draw = session.scalar(select(Draw).where(Draw.prize_item_id == tea))
        session.add(DrawWinner(draw_id=draw.id, entry="88", at=NIGHT,
                               status=WinnerStatus.COLLECTED))

    demo_doc.run(collect_from_a_draw)
    assert demo_doc.read(prize_stock)[tea].left == before - 2
    assert demo_doc.read(draw_stock, item_id=tea).left == before - 2
