"""The plan's template: its phases and tasks, applied to a new gala and to the demo."""

import datetime as dt

from gala_manager.core.checks import run_checks
from gala_manager.core.clock import NOW_VARIABLE
from gala_manager.core.demo.tasks_data import DEMO_NOW, OVERDUE
from gala_manager.core.gala.facts import get_gala_facts, set_gala_facts
from gala_manager.core.models import Phase, TaskStatus
from gala_manager.core.operations import Area
from gala_manager.core.staff.people import list_departments
from gala_manager.core.tasks.checks import check_tasks
from gala_manager.core.tasks.rows import list_tasks, phase_progress
from gala_manager.core.tasks.template import PLAN_TEMPLATE, apply_template, remove_template

# What the seed plan asks for, phase by phase: a word each task title must contain.
PLAN = {
    Phase.BEFORE: ["会议", "征集节目", "赞助商", "海报", "记者团", "主持人", "物品",
                   "邀请函", "主持稿", "舞台设备", "调试音响"],
    Phase.PLANNING: ["收集", "确定赞助商", "前期宣传"],
    Phase.COORDINATION: ["第一次彩排", "中期宣传", "礼仪与灯光音响", "会场布局", "采购"],
    Phase.COUNTDOWN: ["节目顺序", "领导", "末期宣传", "第二次彩排", "奖品", "布置会场"],
    Phase.DAY: ["会场布置", "15:30", "18:00", "19:00"],
    Phase.AFTER: ["离场", "清理", "报道", "总结"],
}


def test_template_covers_every_task_of_every_phase_in_order():
    by_phase = {p: [t.title for t in PLAN_TEMPLATE if t.phase == p] for p in Phase}
    for phase, words in PLAN.items():
        assert len(by_phase[phase]) == len(words), phase
        for word, title in zip(words, by_phase[phase], strict=True):
            assert word in title
    # Within each phase the due dates run forward, and the phases follow each other.
    offsets = [t.offset_days for t in PLAN_TEMPLATE if t.phase == Phase.DAY]
    assert offsets == [0, 0, 0, 0]
    assert [t.time for t in PLAN_TEMPLATE if t.phase == Phase.DAY] == [
        dt.time(14, 0), dt.time(15, 30), dt.time(18, 0), dt.time(19, 0)]
    assert max(t.offset_days for t in PLAN_TEMPLATE) == 14  # reviews within two weeks


def test_apply_to_a_new_gala_creates_departments_and_undo_removes_them(empty_doc):
    facts = empty_doc.read(get_gala_facts)
    empty_doc.run(set_gala_facts, facts=facts.replace(date=dt.date(2027, 4, 30)))
    result = empty_doc.run(apply_template)
    rows = empty_doc.read(list_tasks)
    assert len(rows) == len(PLAN_TEMPLATE)
    assert [r.title for r in rows] == [t.title for t in PLAN_TEMPLATE]
    assert {d.name for d in empty_doc.read(list_departments)} == {
        "文艺部", "外联部", "宣传部", "组织部", "学生会", "记者团"}
    makeup = next(r for r in rows if "15:30" in r.title)
    assert (makeup.due_on, makeup.due.time, makeup.department_name) == (
        dt.date(2027, 4, 30), dt.time(15, 30), "文艺部")
    assert empty_doc.run(apply_template).task_ids == ()  # nothing twice
    empty_doc.run(remove_template, result=result)
    assert empty_doc.read(list_tasks) == []
    assert empty_doc.read(list_departments) == []


def test_titles_typed_with_half_width_marks_count_as_the_template_task(empty_doc):
    """A gala whose template tasks were written with "," and "()" does not get them twice."""
    import dataclasses

    old = tuple(dataclasses.replace(t, title=t.title.replace("，", ",").replace("（", "(")
                                    .replace("）", ")").replace("：", ":"))
                for t in PLAN_TEMPLATE)
    assert old != PLAN_TEMPLATE
    empty_doc.run(apply_template, template=old)
    assert empty_doc.run(apply_template).task_ids == ()


def test_demo_tasks_at_demo_now(demo_doc):
    rows = demo_doc.read(list_tasks)
    gala_date = demo_doc.read(get_gala_facts).date
    assert len(rows) == len(PLAN_TEMPLATE)
    overdue = sorted(r.title for r in rows if r.overdue(gala_date, DEMO_NOW))
    assert overdue == sorted(OVERDUE)
    done = [r for r in rows if r.status == TaskStatus.DONE]
    assert 10 <= len(done) < len(rows)
    assert all(r.fields.person_id for r in rows), "every demo task has a person in charge"
    progress = {p.phase: (p.done, p.total) for p in demo_doc.read(phase_progress)}
    assert progress[Phase.PLANNING] == (3, 3)
    assert progress[Phase.DAY] == (0, 4)


def test_checks_report_the_overdue_demo_tasks_with_a_target(demo_doc, monkeypatch):
    problems = demo_doc.read(check_tasks, now=DEMO_NOW)
    assert sorted(p.params["title"] for p in problems) == sorted(OVERDUE)
    assert {p.code for p in problems} == {"task_overdue"}
    assert all(p.target[0] == "task" for p in problems)
    # Six days later the invitations are still late, and more work has fallen due.
    later = demo_doc.read(check_tasks, now=DEMO_NOW + dt.timedelta(days=6))
    assert len(later) > len(problems)
    # The registered checks run it on the pinned clock.
    monkeypatch.setenv(NOW_VARIABLE, DEMO_NOW.isoformat())
    assert [p for p in demo_doc.read(run_checks) if p.area == Area.TASKS] == problems


def test_open_task_without_person_is_reported(empty_doc):
    empty_doc.run(apply_template)
    problems = empty_doc.read(check_tasks, now=DEMO_NOW)
    # No gala date: nothing is late, but nobody is in charge of anything yet.
    assert {p.code for p in problems} == {"task_no_owner"}
    assert len(problems) == len(PLAN_TEMPLATE)
