"""People and departments: edit, remove with references, restore (undo)."""

from __future__ import annotations

import pytest

from gala_manager.core.errors import InUseError, NotFoundError, ValidationError
from gala_manager.core.models import Gender, Role
from gala_manager.core.staff.department_edits import (
    DepartmentData,
    create_department,
    department_data,
    remove_department,
    restore_department,
    update_department,
)
from gala_manager.core.staff.directory import list_staff_departments, list_staff_people
from gala_manager.core.staff.person_edits import (
    PersonData,
    create_person,
    person_data,
    remove_person,
    restore_person,
    update_person,
)


def _by_name(doc, name):
    return next(p for p in doc.read(list_staff_people) if p.name == name)


def test_demo_has_people_across_departments(demo_doc):
    people = demo_doc.read(list_staff_people)
    assert 25 <= len(people) <= 30
    assert {p.department_name for p in people} >= {"文艺部", "外联部", "宣传部", "组织部",
                                                  "学生会", "记者团"}
    assert Role.DIRECTOR in _by_name(demo_doc, "胡志强").roles


def test_create_update_and_undo_person(demo_doc):
    dept = demo_doc.read(list_staff_departments)[0]
    pid = demo_doc.run(create_person, data=PersonData(
        " 新同学 ", Gender.FEMALE, "139 0000 1111", dept.id, "微信 x", "23 级 1 班",
        roles=frozenset({Role.USHER})))
    assert demo_doc.read(person_data, person_id=pid).name == "新同学"
    before = demo_doc.read(person_data, person_id=pid)
    previous = demo_doc.run(update_person, person_id=pid, data=PersonData(
        "新同学", Gender.FEMALE, "13900001111", None, roles=frozenset({Role.HOST}),
        host_confirmed=True))
    assert previous == before
    now = demo_doc.read(person_data, person_id=pid)
    assert now.roles == {Role.HOST} and now.host_confirmed and now.department_id is None
    demo_doc.run(update_person, person_id=pid, data=previous)
    assert demo_doc.read(person_data, person_id=pid) == before


@pytest.mark.parametrize(("data", "field", "code"), [
    (PersonData("   "), "name", "required"),
    (PersonData("甲", phone="call me"), "phone", "invalid_phone"),
    (PersonData("甲", phone="=1+1"), "phone", "invalid_phone"),
])
def test_bad_person_data_is_refused(empty_doc, data, field, code):
    with pytest.raises(ValidationError) as info:
        empty_doc.run(create_person, data=data)
    assert (info.value.field, info.value.code) == (field, code)


def test_person_in_use_cannot_be_removed(demo_doc):
    head = _by_name(demo_doc, "陈思远")
    with pytest.raises(InUseError) as info:
        demo_doc.run(remove_person, person_id=head.id)
    assert "department_head:文艺部" in info.value.references
    on_post = _by_name(demo_doc, "罗明轩")
    with pytest.raises(InUseError) as info:
        demo_doc.run(remove_person, person_id=on_post.id)
    assert "duty:音控台 · 晚会演出" in info.value.references
    assert "supply_item:音响" in info.value.references  # another area's column
    assert _by_name(demo_doc, "罗明轩")  # still there


def test_remove_and_restore_person_keeps_id_and_roles(demo_doc):
    candidate = _by_name(demo_doc, "曾婉清")  # press, on no post, nothing in her charge
    snapshot = demo_doc.run(remove_person, person_id=candidate.id)
    assert all(p.id != candidate.id for p in demo_doc.read(list_staff_people))
    demo_doc.run(restore_person, snapshot=snapshot)
    again = _by_name(demo_doc, "曾婉清")
    assert again == candidate


def test_department_edit_remove_restore(demo_doc):
    depts = demo_doc.read(list_staff_departments)
    press = next(d for d in depts if d.name == "记者团")
    members = {p.id for p in demo_doc.read(list_staff_people) if p.department_id == press.id}
    with pytest.raises(ValidationError):
        demo_doc.run(update_department, department_id=press.id,
                     data=DepartmentData("文艺部"))
    with pytest.raises(ValidationError):
        demo_doc.run(update_department, department_id=press.id,
                     data=DepartmentData("记者团", colour="red"))
    with pytest.raises(InUseError) as info:
        demo_doc.run(remove_department, department_id=press.id)
    refs = info.value.references
    assert "member:彭博文" in refs
    assert "task:记者团报道晚会" in info.value.references
    snapshot = demo_doc.run(remove_department, department_id=press.id, detach_members=True)
    assert all(p.department_id != press.id for p in demo_doc.read(list_staff_people))
    demo_doc.run(restore_department, snapshot=snapshot)
    back = next(d for d in demo_doc.read(list_staff_departments) if d.id == press.id)
    assert back == press
    assert {p.id for p in demo_doc.read(list_staff_people)
            if p.department_id == press.id} == members
    with pytest.raises(InUseError) as info:  # tasks pointed back at it, too
        demo_doc.run(remove_department, department_id=press.id)
    assert info.value.references == refs


def test_create_department_and_unknown_head(empty_doc):
    dept_id = empty_doc.run(create_department, data=DepartmentData(" 礼仪队 ", "迎宾",
                                                                    "#ff8800"))
    assert empty_doc.read(department_data, department_id=dept_id).name == "礼仪队"
    with pytest.raises(NotFoundError):
        empty_doc.run(update_department, department_id=dept_id,
                      data=DepartmentData("礼仪队", head_person_id=999))
