"""The review: overall part and department notes with undo, and figures from every area."""

import datetime as dt

import pytest

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import TaskStatus
from gala_manager.core.show.actions import Action, perform
from gala_manager.core.staff.people import list_departments
from gala_manager.core.tasks.edits import move_task
from gala_manager.core.tasks.review import (
    DepartmentNotes,
    ReviewOverall,
    get_review_overall,
    list_department_reviews,
    set_department_notes,
    set_review_overall,
)
from gala_manager.core.tasks.review_figures import review_figures
from gala_manager.core.tasks.rows import list_tasks


def test_overall_edit_and_undo(demo_doc):
    assert demo_doc.read(get_review_overall) == ReviewOverall()
    previous = demo_doc.run(set_review_overall,
                            overall=ReviewOverall(1200, "晚会圆满成功", "观众反响热烈"))
    assert demo_doc.read(get_review_overall).audience_count == 1200
    demo_doc.run(set_review_overall, overall=previous)
    assert demo_doc.read(get_review_overall) == ReviewOverall()
    with pytest.raises(ValidationError):
        demo_doc.run(set_review_overall, overall=ReviewOverall(-1))


def test_department_notes_edit_and_undo(demo_doc):
    rows = demo_doc.read(list_department_reviews)
    assert [r.department_name for r in rows] == [d.name for d in demo_doc.read(list_departments)]
    assert all(r.notes.empty for r in rows)
    arts = rows[0].department_id
    notes = DepartmentNotes("节目质量高", "两次彩排到位", "候场区太挤")
    previous = demo_doc.run(set_department_notes, department_id=arts, notes=notes)
    assert previous.empty
    assert demo_doc.read(list_department_reviews)[0].notes == notes
    demo_doc.run(set_department_notes, department_id=arts, notes=previous)
    assert demo_doc.read(list_department_reviews)[0].notes.empty
    with pytest.raises(NotFoundError):
        demo_doc.run(set_department_notes, department_id=999, notes=notes)


def test_figures_before_the_night(demo_doc):
    figures = demo_doc.read(review_figures)
    assert figures.run_minutes is None and figures.incidents == ()
    assert figures.planned_minutes == 150
    assert figures.cost is not None and figures.cost > 0  # the demo's supply list
    assert (figures.tasks_done, figures.tasks_total) == (14, 33)


def test_figures_after_the_night(demo_doc):
    start = dt.datetime(2027, 4, 30, 19, 0)
    demo_doc.run(perform, action=Action.START, at=start)
    demo_doc.run(perform, action=Action.INCIDENT, at=start + dt.timedelta(minutes=30),
                 kind="injury")
    demo_doc.run(perform, action=Action.RESOLVE, at=start + dt.timedelta(minutes=42),
                 incident=1)
    demo_doc.run(perform, action=Action.END, at=start + dt.timedelta(minutes=165))
    task = demo_doc.read(list_tasks)[-1]
    demo_doc.run(move_task, task_id=task.id, status=TaskStatus.DROPPED)
    demo_doc.run(set_review_overall, overall=ReviewOverall(850))
    figures = demo_doc.read(review_figures)
    assert (figures.run_minutes, figures.overrun_minutes) == (165, 15)
    assert [(i.kind, i.minutes) for i in figures.incidents] == [("injury", 12)]
    assert figures.audience_count == 850
    assert figures.tasks_total == 32


def test_figures_of_an_empty_gala(empty_doc):
    figures = empty_doc.read(review_figures)
    assert (figures.cost, figures.spent, figures.run_minutes) == (None, None, None)
    assert (figures.tasks_done, figures.tasks_total) == (0, 0)
