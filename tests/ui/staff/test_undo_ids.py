"""Staff rows added by a command come back under their ids on redo, whatever SQLite says."""

from __future__ import annotations

import datetime as dt

from gala_manager.app.importing import ImportPreview
from gala_manager.app.staff.people_import import PEOPLE
from gala_manager.core.models import Gender
from gala_manager.core.staff.department_edits import DepartmentData, create_department
from gala_manager.core.staff.duties import read_roster, set_duty_needed
from gala_manager.core.staff.people import list_people
from gala_manager.core.staff.people_import import ImportedPerson
from gala_manager.core.staff.person_edits import PersonData, create_person, person_data
from gala_manager.core.staff.posts import PostData, ShiftData, create_post, create_shift
from gala_manager.ui.import_preview import import_command
from gala_manager.ui.staff import staff_commands as commands
from tests.ui.undo_helpers import FAR, outside_the_stack, redo, undo


def _someone(controller) -> int:
    return controller.read(list_people)[0].id


def test_a_duty_on_a_redone_post_and_shift_still_names_them(controller, warnings_shown):
    post = commands.add_post(controller, PostData("检票口", needed=2))
    shift = commands.add_shift(controller, ShiftData("散场", dt.time(21, 30), dt.time(22, 30)))
    assert controller.push(post) and controller.push(shift)
    on_duty = commands.assign(controller, _someone(controller), "某人", post.result,
                              shift.result)
    assert controller.push(on_duty)
    before = (post.result, shift.result, on_duty.result)
    undo(controller, 3)
    outside_the_stack(controller, create_post, data=PostData("占位"), post_id=FAR)
    outside_the_stack(controller, create_shift,
                      data=ShiftData("占位", dt.time(8, 0), dt.time(9, 0)), shift_id=FAR)
    redo(controller, 3)
    assert (post.result, shift.result, on_duty.result) == before
    duty = controller.read(read_roster).duty(post.result, shift.result)
    assert duty.id == on_duty.result.duty_id
    assert [a.id for a in duty.people] == [on_duty.result.assignment_id]
    assert warnings_shown == []


def test_a_duty_staffed_by_hand_keeps_its_id_for_the_commands_above_it(controller,
                                                                       warnings_shown):
    roster = controller.read(read_roster)
    post, shift = roster.posts[0].id, roster.shifts[-1].id
    assert roster.duty(post, shift) is None
    staffed = commands.set_duty_needed(controller, post, shift, 2)
    assert controller.push(staffed)
    person = _someone(controller)
    assert controller.push(commands.assign(controller, person, "某人", post, shift))
    assignment = controller.read(read_roster).duty(post, shift).people[0].id
    assert controller.push(commands.unassign(controller, assignment, "某人"))
    duty_id = staffed.result.duty_id
    undo(controller, 3)
    other = next(p.id for p in roster.posts if p.id != post)
    outside_the_stack(controller, set_duty_needed, post_id=other, shift_id=shift, needed=1,
                      duty_id=FAR)
    redo(controller, 3)
    # Undoing the unassign puts the person back on the duty it names by id.
    undo(controller)
    duty = controller.read(read_roster).duty(post, shift)
    assert duty.id == duty_id and [a.person_id for a in duty.people] == [person]
    assert warnings_shown == []


def test_a_person_of_a_redone_department_is_still_in_it(controller, warnings_shown):
    department = commands.add_department(controller, DepartmentData("志愿者部"))
    assert controller.push(department)
    person = commands.add_person(controller, PersonData(
        "新同学", Gender.FEMALE, department_id=department.result))
    assert controller.push(person)
    before = (department.result, person.result)
    undo(controller, 2)
    outside_the_stack(controller, create_department, data=DepartmentData("占位"),
                      department_id=FAR)
    outside_the_stack(controller, create_person, data=PersonData("占位"), person_id=FAR)
    redo(controller, 2)
    assert (department.result, person.result) == before
    assert controller.read(person_data, person_id=person.result).department_id == department.result
    assert warnings_shown == []


def test_imported_people_and_departments_keep_their_ids(controller, warnings_shown):
    rows = [ImportedPerson(2, "甲同学", Gender.MALE, "13800000001", "新部门", "", "", frozenset(),
                           ""),
            ImportedPerson(3, "乙同学", Gender.FEMALE, "13800000002", "新部门", "", "",
                           frozenset(), "")]
    imported = import_command(controller, ImportPreview(
        (), lambda _r, _o: {"people": rows}, kind=PEOPLE, file_name="people.xlsx"))
    assert controller.push(imported)
    before = imported.result
    undo(controller)
    outside_the_stack(controller, create_department, data=DepartmentData("占位"),
                      department_id=FAR)
    outside_the_stack(controller, create_person, data=PersonData("占位"), person_id=FAR)
    redo(controller)
    assert imported.result == before and len(before.person_ids) == 2
    assert {controller.read(person_data, person_id=i).department_id for i in before.person_ids} == \
        set(before.department_ids)
    assert warnings_shown == []
