"""Builds the demo gala's prize quiz: two rounds of questions, notebooks and tea vouchers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.models import Act, SupplyItem
from gala_manager.core.quiz.questions import QuestionData, add_question

# (round, prize item, question, answer): the first round is easy, the second harder.
QUESTIONS = [
    ("有奖问答（第一轮）", "笔记本（有奖问答）", "五一国际劳动节起源于哪个国家的工人运动？",
     "美国（1886 年芝加哥工人大罢工）"),
    ("有奖问答（第一轮）", "笔记本（有奖问答）", "我校创业协会成立于哪一年？", "2015 年"),
    ("有奖问答（第一轮）", "笔记本（有奖问答）", "今晚的主题是什么？", "“我与祖国共奋进”"),
    ("有奖问答（第一轮）", "笔记本（有奖问答）", "“劳动最光荣”出自哪首儿歌？", "《劳动最光荣》"),
    ("有奖问答（第二轮）", "奶茶券（有奖问答）", "今晚第一个节目的名字是什么？",
     "开场舞《青春飞扬》"),
    ("有奖问答（第二轮）", "奶茶券（有奖问答）", "《春江花月夜》的作者是谁？", "唐代诗人张若虚"),
    ("有奖问答（第二轮）", "奶茶券（有奖问答）", "请说出三位为今晚提供赞助的商家之一。",
     "青禾文具店、蜜雪奶茶（学院店）等，答出一家即可"),
    ("有奖问答（第二轮）", "奶茶券（有奖问答）", "“三百六十行，行行出状元”说的是什么道理？",
     "各行各业都能做出成绩（言之成理即可）"),
]


def fill_quiz(session: Session) -> None:
    """Four questions a round, each won by one prize from the supplies."""
    acts = dict(session.execute(select(Act.title, Act.id)).all())
    items = dict(session.execute(select(SupplyItem.name, SupplyItem.id)).all())
    for round_title, prize, question, answer in QUESTIONS:
        add_question(session, data=QuestionData(question, answer, acts[round_title],
                                                items[prize]))
