"""The plan's task template, as readable data, and the verb that applies it to a gala.

Every task of the seed plan's six phases, with the department in charge and a
due date relative to the gala date (days before are negative; the day's own
calls carry their time of day).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.models import Department, Phase, Task
from gala_manager.core.operations import Area, changes
from gala_manager.core.tasks.dates import Due
from gala_manager.core.tasks.edits import add_task
from gala_manager.core.tasks.rows import StepFields, TaskFields, list_tasks

B, P, C, D, G, A = (Phase.BEFORE, Phase.PLANNING, Phase.COORDINATION, Phase.COUNTDOWN,
                    Phase.DAY, Phase.AFTER)
# The plan's task that collects the departments' acts: its date is their deadline.
ACT_COLLECTION = "收集各系节目"
ARTS, OUTREACH, PUBLICITY, ORGANISATION, UNION, PRESS = (
    "文艺部", "外联部", "宣传部", "组织部", "学生会", "记者团")


@dataclass(frozen=True)
class TemplateTask:
    """One task of the template; `department` None means the president's own."""

    phase: Phase
    title: str
    department: str | None
    offset_days: int
    time: dt.time | None = None
    steps: tuple[str, ...] = ()
    notes: str = ""


T = TemplateTask
PLAN_TEMPLATE: tuple[TemplateTask, ...] = (
    # 会前工作: before anything
    T(B, "召开协会会议，分配各部门工作", ORGANISATION, -56),
    T(B, "向各系征集节目（节目道具自备）", ARTS, -49, steps=("发征集通知到各系", "接受社团推荐")),
    T(B, "联系赞助商", OUTREACH, -49),
    T(B, "宣传准备：海报、横幅、广播站", PUBLICITY, -45,
      steps=("设计海报", "定制横幅", "联系校广播站")),
    T(B, "邀请校记者团全程采访", PRESS, -40),
    T(B, "选定主持人（两男两女）", ARTS, -28, steps=("主持候选人试镜", "确定四位主持人")),
    T(B, "列出物品清单与预算", ORGANISATION, -28),
    T(B, "准备邀请函", OUTREACH, -14),
    T(B, "撰写主持稿与节目单", ARTS, -7, steps=("主持串词", "节目清单")),
    T(B, "舞台设备前一天全部到位", ORGANISATION, -1, steps=("音响", "扩音设备", "话筒")),
    T(B, "提前调试音响", ORGANISATION, -1, dt.time(16, 0)),
    # 策划及准备期: planning
    T(P, ACT_COLLECTION, ARTS, -35),
    T(P, "确定赞助商", OUTREACH, -30),
    T(P, "前期宣传", PUBLICITY, -30, steps=("张贴海报", "广播站播报")),
    # 协调及进展期: coordination
    T(C, "节目初审及第一次彩排", ARTS, -21, steps=("节目筛选", "第一次彩排")),
    T(C, "中期宣传", PUBLICITY, -18, steps=("看板", "传单")),
    T(C, "确定礼仪与灯光音响人员", ORGANISATION, -18),
    T(C, "会场布局规划", ORGANISATION, -14),
    T(C, "采购晚会物品", ORGANISATION, -12,
      steps=("矿泉水", "气球", "彩带", "荧光棒", "哨子")),
    # 倒计时期: countdown
    T(D, "确定节目顺序", ARTS, -7),
    T(D, "邀请学校领导", None, -7, notes="会长负责邀请"),
    T(D, "末期宣传", PUBLICITY, -5, steps=("悬挂横幅", "发放传单")),
    T(D, "第二次彩排（终审）", ARTS, -3),
    T(D, "准备奖品与颁奖事宜", OUTREACH, -3),
    T(D, "布置会场（舞台、座位）", ORGANISATION, -1),
    # 晚会当天: the day
    T(G, "下午完成会场布置", ORGANISATION, 0, dt.time(14, 0)),
    T(G, "参演人员 15:30 前上妆", ARTS, 0, dt.time(15, 30)),
    T(G, "观众 18:00 入场", UNION, 0, dt.time(18, 0)),
    T(G, "晚会 19:00 开始", ORGANISATION, 0, dt.time(19, 0)),
    # 后期工作: afterwards
    T(A, "嘉宾和评委离场后方可离开，维持秩序", UNION, 0, dt.time(22, 0)),
    T(A, "清理会场", ORGANISATION, 0, dt.time(23, 0)),
    T(A, "记者团报道晚会", PRESS, 3),
    T(A, "各部门活动总结与效果分析", ORGANISATION, 14,
      steps=(ARTS, OUTREACH, PUBLICITY, ORGANISATION, UNION, PRESS)),
)


@dataclass(frozen=True)
class TemplateResult:
    """What applying the template added, so undo can take it out again."""

    task_ids: tuple[int, ...]
    department_ids: tuple[int, ...]


@changes(Area.TASKS, Area.PEOPLE)
def apply_template(session: Session, *,
                   template: tuple[TemplateTask, ...] = PLAN_TEMPLATE,
                   redo_of: TemplateResult | None = None) -> TemplateResult:
    """Add the template's tasks to the gala.

    Departments are matched by name and created when missing; each task goes
    to its department's head. Tasks already present (same phase and title)
    are skipped, so applying twice adds nothing. `redo_of` (the result of a
    first run, on a redo after undo) gives tasks and departments back their ids.
    """
    task_again = iter(redo_of.task_ids if redo_of is not None else ())
    dept_again = iter(redo_of.department_ids if redo_of is not None else ())
    departments = {d.name: d for d in session.scalars(select(Department))}
    # Compared without typography, so a gala whose template tasks were written with
    # half-width punctuation (before 2027) does not get them a second time.
    existing = {(t.phase, _plain(t.title)) for t in session.scalars(select(Task))}
    created: list[int] = []
    task_ids: list[int] = []
    for item in template:
        if (item.phase, _plain(item.title)) in existing:
            continue
        dept = None
        if item.department is not None:
            dept = departments.get(item.department)
            if dept is None:
                order = max((d.sort_order for d in departments.values()), default=0) + 1
                dept = Department(id=next(dept_again, None), name=item.department, duties="",
                                  colour="", sort_order=order)
                session.add(dept)
                session.flush()
                departments[dept.name] = dept
                created.append(dept.id)
        fields = TaskFields(
            title=item.title, phase=item.phase,
            department_id=dept.id if dept else None,
            person_id=dept.head_person_id if dept else None,
            due=Due.relative(item.offset_days, item.time), notes=item.notes,
            steps=tuple(StepFields(text) for text in item.steps))
        task_ids.append(add_task(session, fields=fields, task_id=next(task_again, None)))
    return TemplateResult(tuple(task_ids), tuple(created))


def act_deadline(session: Session) -> dt.date | None:
    """When the departments' acts are due: the date of the plan's task collecting them."""
    return next((row.due_on for row in list_tasks(session)
                 if row.phase == Phase.PLANNING and _plain(row.title) == ACT_COLLECTION), None)


def _plain(title: str) -> str:
    return unicodedata.normalize("NFKC", title)


@changes(Area.TASKS, Area.PEOPLE)
def remove_template(session: Session, *, result: TemplateResult) -> None:
    """Undo `apply_template`: remove the tasks and departments it added."""
    for task_id in result.task_ids:
        task = session.get(Task, task_id)
        if task is not None:
            session.delete(task)
    session.flush()
    for dept_id in result.department_ids:
        dept = session.get(Department, dept_id)
        if dept is not None:
            session.delete(dept)
