"""Task verbs: each one transaction whose return value undoes it exactly."""

import datetime as dt

import pytest

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.gala.facts import get_gala_facts, set_gala_facts
from gala_manager.core.models import Phase, TaskStatus
from gala_manager.core.staff.people import add_department, add_person
from gala_manager.core.tasks.dates import Due
from gala_manager.core.tasks.edits import (
    add_task,
    move_task,
    remove_task,
    reorder_phase,
    restore_task,
    set_step_done,
    update_task,
)
from gala_manager.core.tasks.rows import StepFields, TaskFields, get_task, list_tasks


def titles(doc, phase):
    return [r.title for r in doc.read(list_tasks, phase=phase)]


@pytest.fixture
def doc(empty_doc):
    facts = empty_doc.read(get_gala_facts)
    empty_doc.run(set_gala_facts, facts=facts.replace(date=dt.date(2027, 4, 30)))
    for title in ("海报", "横幅", "广播"):
        empty_doc.run(add_task, fields=TaskFields(title, Phase.PLANNING,
                                                  due=Due.relative(-30)))
    return empty_doc


def test_add_puts_a_task_last_in_its_phase_with_its_steps(doc):
    dept = doc.run(add_department, name="宣传部")
    person = doc.run(add_person, name="许静雯", department_id=dept)
    task_id = doc.run(add_task, fields=TaskFields(
        "  看板  ", Phase.PLANNING, TaskStatus.DOING, dept, person,
        Due.relative(0, dt.time(15, 30)), "备注",
        (StepFields("设计"), StepFields(" "), StepFields("打印", True))))
    row = doc.read(get_task, task_id=task_id)
    assert titles(doc, Phase.PLANNING) == ["海报", "横幅", "广播", "看板"]
    assert (row.department_name, row.person_name) == ("宣传部", "许静雯")
    assert row.due_on == dt.date(2027, 4, 30)
    assert [s.text for s in row.fields.steps] == ["设计", "打印"]
    assert row.steps_done == 1


@pytest.mark.parametrize("fields, error", [
    (TaskFields("   "), ValidationError),
    (TaskFields("x" * 201), ValidationError),
    (TaskFields("ok", due=Due(dt.date(2027, 1, 1), -3)), ValidationError),
    (TaskFields("ok", department_id=999), NotFoundError),
    (TaskFields("ok", person_id=999), NotFoundError),
])
def test_bad_values_are_refused_and_nothing_is_written(doc, fields, error):
    with pytest.raises(error):
        doc.run(add_task, fields=fields)
    assert len(doc.read(list_tasks)) == 3


def test_update_returns_the_previous_values(doc):
    task_id = doc.read(list_tasks)[1].id
    before = doc.read(get_task, task_id=task_id).fields
    previous = doc.run(update_task, task_id=task_id,
                       fields=TaskFields("横幅(大)", Phase.COUNTDOWN, due=Due.relative(-3)))
    assert previous == before
    assert titles(doc, Phase.PLANNING) == ["海报", "广播"]
    assert titles(doc, Phase.COUNTDOWN) == ["横幅(大)"]
    doc.run(update_task, task_id=task_id, fields=previous)
    assert doc.read(get_task, task_id=task_id).fields == before


def test_remove_and_restore_keep_id_place_and_steps(doc):
    victim = doc.read(list_tasks)[1]
    doc.run(update_task, task_id=victim.id, fields=TaskFields(
        victim.title, victim.phase, due=victim.due, steps=(StepFields("a", True),)))
    snapshot = doc.run(remove_task, task_id=victim.id)
    assert titles(doc, Phase.PLANNING) == ["海报", "广播"]
    assert doc.run(restore_task, snapshot=snapshot) == victim.id
    assert titles(doc, Phase.PLANNING) == ["海报", "横幅", "广播"]
    assert doc.read(get_task, task_id=victim.id).fields.steps == (StepFields("a", True),)


@pytest.mark.parametrize("phase, status, index, planning, countdown", [
    (Phase.COUNTDOWN, None, None, ["海报", "广播"], ["横幅"]),
    (None, TaskStatus.DONE, None, ["海报", "横幅", "广播"], []),
    (None, None, 0, ["横幅", "海报", "广播"], []),
    (None, None, 99, ["海报", "广播", "横幅"], []),
])
def test_move_and_its_undo(doc, phase, status, index, planning, countdown):
    task_id = doc.read(list_tasks)[1].id
    before = doc.read(get_task, task_id=task_id)
    previous = doc.run(move_task, task_id=task_id, phase=phase, status=status, index=index)
    assert titles(doc, Phase.PLANNING) == planning
    assert titles(doc, Phase.COUNTDOWN) == countdown
    if status is not None:
        assert doc.read(get_task, task_id=task_id).status == status
    doc.run(move_task, task_id=task_id, phase=previous.phase, status=previous.status,
            index=previous.index)
    assert titles(doc, Phase.PLANNING) == ["海报", "横幅", "广播"]
    assert doc.read(get_task, task_id=task_id).status == before.status


def test_reorder_phase_and_back(doc):
    ids = [r.id for r in doc.read(list_tasks)]
    previous = doc.run(reorder_phase, phase=Phase.PLANNING, task_ids=ids[::-1])
    assert titles(doc, Phase.PLANNING) == ["广播", "横幅", "海报"]
    doc.run(reorder_phase, phase=Phase.PLANNING, task_ids=previous)
    assert titles(doc, Phase.PLANNING) == ["海报", "横幅", "广播"]
    with pytest.raises(ValidationError):
        doc.run(reorder_phase, phase=Phase.PLANNING, task_ids=ids[:2])


def test_tick_a_step(doc):
    task_id = doc.run(add_task, fields=TaskFields("t", steps=(StepFields("a"), StepFields("b"))))
    assert doc.run(set_step_done, task_id=task_id, position=1, done=True) is False
    assert [s.done for s in doc.read(get_task, task_id=task_id).fields.steps] == [False, True]
    with pytest.raises(NotFoundError):
        doc.run(set_step_done, task_id=task_id, position=2, done=True)


def test_relative_dates_move_with_the_gala_date(doc):
    doc.run(set_gala_facts, facts=doc.read(get_gala_facts).replace(date=dt.date(2027, 5, 10)))
    assert {r.due_on for r in doc.read(list_tasks)} == {dt.date(2027, 4, 10)}


def test_filters(doc):
    dept = doc.run(add_department, name="文艺部")
    person = doc.run(add_person, name="陈思远", department_id=dept)
    doc.run(add_task, fields=TaskFields("彩排", Phase.COORDINATION, department_id=dept,
                                        person_id=person))
    assert [r.title for r in doc.read(list_tasks, department_id=dept)] == ["彩排"]
    assert [r.title for r in doc.read(list_tasks, person_id=person)] == ["彩排"]
    assert len(doc.read(list_tasks)) == 4


def test_links_to_an_act_a_supply_item_and_a_plan(demo_doc):
    from gala_manager.core.contingency.plans import delete_plan
    from gala_manager.core.programme.acts import remove_act
    from gala_manager.core.tasks.rows import link_choices

    choices = demo_doc.read(link_choices)
    (act_id, act_title), (item_id, item_name), (plan_id, plan_title) = (
        choices["act"][0], choices["supply_item"][0], choices["contingency_plan"][0])
    task_id = demo_doc.run(add_task, fields=TaskFields(
        "借道具", act_id=act_id, supply_item_id=item_id, plan_id=plan_id))
    row = demo_doc.read(get_task, task_id=task_id)
    assert [(link.kind, link.id, link.label) for link in row.links] == [
        ("act", act_id, act_title), ("supply_item", item_id, item_name),
        ("contingency_plan", plan_id, plan_title)]
    with pytest.raises(NotFoundError):
        demo_doc.run(add_task, fields=TaskFields("x", act_id=99999))
    # Deleting what a task is about removes the link, not the task.
    demo_doc.run(remove_act, act_id=act_id)
    demo_doc.run(delete_plan, plan_id=plan_id)
    assert [link.kind for link in demo_doc.read(get_task, task_id=task_id).links] == [
        "supply_item"]
