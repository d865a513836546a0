"""After an edit, an area's checks read only what the edit could have changed for them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from gala_manager.core.awards.checks import check_awards
from gala_manager.core.checks import run_checks
from gala_manager.core.draws.checks import check_draws
from gala_manager.core.models import ActKind, ActStatus, SupplyStatus
from gala_manager.core.programme.acts import remove_act, restore_act, update_act
from gala_manager.core.programme.order import place_act, remove_from_order
from gala_manager.core.programme.schedule import running_order
from gala_manager.core.quiz.checks import check_quiz
from gala_manager.core.quiz.questions import (
    QuestionData,
    add_question,
    list_questions,
    remove_questions,
    restore_questions,
    update_question,
)
from gala_manager.core.staff.hosts import HostStatus, host_summary, set_host_status
from gala_manager.core.staff.people import list_people
from gala_manager.core.staff.person_edits import person_data, update_person
from gala_manager.core.supplies import Winner, hand_out_prize, prize_stock
from gala_manager.core.supplies.items import (
    EDITABLE,
    SupplyItemData,
    get_item,
    list_items,
    remove_items,
    restore_items,
    update_item,
)
from gala_manager.core.tasks.readiness import readiness
from tests.core.statements import statements_of


def test_a_title_edit_costs_the_awards_quiz_and_draws_checks_no_query(demo_doc):
    checks = (check_awards, check_quiz, check_draws)
    for check in checks:
        assert demo_doc.read(statements_of(check)) != []
    round_id = demo_doc.read(list_questions)[0].data.act_id
    demo_doc.run(update_act, act_id=round_id, changes={"title": "有奖问答（开场）"})
    demo_doc.read(running_order)  # the programme's own reader reads the one act again
    for check in checks:
        assert demo_doc.read(statements_of(check)) == [], check.__name__
    # Emptied of its questions, the renamed round is reported under its new title.
    ids = [q.id for q in demo_doc.read(list_questions) if q.data.act_id == round_id]
    demo_doc.run(remove_questions, question_ids=ids)
    assert [p.params for p in demo_doc.read(check_quiz) if p.code == "quiz_round_empty"] == [
        {"round": "有奖问答（开场）"}]


def fresh(session):
    """The quiz checks computed from nothing (a verb's session has no memo)."""
    return check_quiz(session)


def test_kept_quiz_checks_equal_fresh_ones_after_any_edit(demo_doc):
    rng = random.Random(16)
    removed_act = removed_questions = removed_items = None
    prizes = sorted(demo_doc.read(prize_stock))
    for step in range(48):
        order = [a.act_id for a in demo_doc.read(running_order)]
        act = rng.choice(order)
        questions = demo_doc.read(list_questions)
        prizes_now = sorted(demo_doc.read(prize_stock))
        kind = step % 8
        if kind == 0 and removed_questions is None:  # a new question could take a removed id
            demo_doc.run(add_question, data=QuestionData(
                f"问题{step}" * rng.randint(1, 8), rng.choice(("", "答案")),
                rng.choice((None, act)), rng.choice((None, *prizes_now))))
        elif kind == 1 and questions:
            question = rng.choice(questions)
            demo_doc.run(update_question, question_id=question.id, data=question.data.replace(
                answer=rng.choice(("", "新答案")), act_id=rng.choice((None, act))))
        elif kind == 2:
            if removed_questions is None and questions:
                removed_questions = demo_doc.run(
                    remove_questions, question_ids=[rng.choice(questions).id])
            elif removed_questions is not None:
                demo_doc.run(restore_questions, removed=removed_questions)
                removed_questions = None
        elif kind == 3:
            demo_doc.run(update_act, act_id=act, changes={
                "title": f"节目{step}", "kind": rng.choice((ActKind.PRIZE_QUIZ, ActKind.SONG))})
        elif kind == 4:
            if removed_act is None:
                removed_act = demo_doc.run(remove_act, act_id=act)
            else:
                demo_doc.run(restore_act, removed=removed_act)
                removed_act = None
        elif kind == 5:
            if removed_items is None:
                removed_items = demo_doc.run(remove_items, item_ids=[rng.choice(prizes)])
            else:
                demo_doc.run(restore_items, items=removed_items)
                removed_items = None
        elif kind == 6 and questions:
            question = rng.choice(questions)
            item = question.data.prize_item_id
            if item in prizes_now and demo_doc.read(prize_stock)[item].left >= 1:
                demo_doc.run(hand_out_prize, item_id=item, winner=Winner("王小明", "2301 班"),
                             at=dt.datetime(2027, 4, 30, 20, step), question_id=question.id)
        elif rng.random() < 0.5:
            demo_doc.run(place_act, act_id=act, position=rng.randint(1, len(order)))
        else:
            demo_doc.run(remove_from_order, act_id=act)
        assert demo_doc.read(check_quiz) == demo_doc.run(fresh), step


def every_check(session):
    """Every area's checks and the dashboard's figures, computed from nothing in a verb's
    session, or kept across changes in a read's."""
    return run_checks(session), readiness(session, now=dt.datetime(2027, 4, 20, 12))


def test_every_check_kept_equals_a_fresh_one_after_any_edit(demo_doc):
    rng = random.Random(16)
    people = [p.id for p in demo_doc.read(list_people)]
    host = demo_doc.read(host_summary).rows[0].person_id
    items = [i.id for i in demo_doc.read(list_items)]
    removed_act = None
    for step in range(32):
        order = [a.act_id for a in demo_doc.read(running_order)]
        act = rng.choice(order)
        kind = step % 8
        if kind == 0:
            demo_doc.run(update_act, act_id=act, changes={
                "title": f"节目{step}", "performers": rng.choice(("张伟、李娜", "王强", "")),
                "music_file": rng.choice(("", "音乐/01.mp3", f"音乐/无此曲{step}.mp3"))})
        elif kind == 1:
            demo_doc.run(update_act, act_id=act, changes={
                "title": f"曲目{step}", "duration_seconds": rng.randint(20, 900),
                "status": rng.choice(list(ActStatus)),
                "host_person_id": rng.choice((None, host, rng.choice(people)))})
        elif kind == 2:
            demo_doc.run(place_act, act_id=act, position=rng.randint(1, len(order)))
        elif kind == 3:
            if removed_act is None:
                removed_act = demo_doc.run(remove_act, act_id=act)
            else:
                demo_doc.run(restore_act, removed=removed_act)
                removed_act = None
        elif kind == 4:
            person = rng.choice(people)
            data = demo_doc.read(person_data, person_id=person)
            demo_doc.run(update_person, person_id=person, data=dataclasses.replace(
                data, name=rng.choice(("张伟", "李娜", f"新名字{step}"))))
        elif kind == 5:
            item = demo_doc.read(get_item, item_id=rng.choice(items))
            data = SupplyItemData(**{name: getattr(item, name) for name in EDITABLE})
            demo_doc.run(update_item, item_id=item.id, data=data.replace(
                status=rng.choice(list(SupplyStatus)),
                responsible_person_id=rng.choice((None, rng.choice(people)))))
        elif kind == 6:
            demo_doc.run(set_host_status, person_id=rng.choice(people),
                         status=rng.choice(list(HostStatus)))
        else:
            demo_doc.run(remove_from_order, act_id=act)
        assert demo_doc.read(every_check) == demo_doc.run(every_check), step
