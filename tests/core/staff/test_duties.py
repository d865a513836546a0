"""Hosts, posts, shifts and assignments, and the staff checks (table-driven)."""

from __future__ import annotations

import datetime as dt

import pytest

from gala_manager.core.errors import InUseError, ValidationError
from gala_manager.core.models import Gender
from gala_manager.core.operations import Area
from gala_manager.core.staff.checks import check_staff, register_busy_finder
from gala_manager.core.staff.duties import (
    DutyNeed,
    assign_person,
    read_roster,
    restore_assignment,
    set_duty_needed,
    unassign_person,
    undo_assign,
)
from gala_manager.core.staff.hosts import (
    HostPlan,
    HostStatus,
    host_summary,
    restore_roles,
    set_host_plan,
    set_host_status,
)
from gala_manager.core.staff.person_edits import PersonData, create_person
from gala_manager.core.staff.posts import (
    PostData,
    ShiftData,
    create_post,
    create_shift,
    overlaps,
    remove_post,
    remove_shift,
    restore_post,
    restore_shift,
)

T = dt.time


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((T(13), T(17)), (T(15, 30), T(18)), True),
    ((T(18), T(19)), (T(19), T(21, 30)), False),  # touching ends
    ((T(21, 30), T(0, 30)), (T(23), T(23, 30)), True),  # past midnight
    ((T(21, 30), T(0, 30)), (T(13), T(14)), False),
])
def test_shift_overlap(a, b, expected):
    assert overlaps(ShiftData("a", *a), ShiftData("b", *b)) is expected
    assert overlaps(ShiftData("b", *b), ShiftData("a", *a)) is expected


def test_demo_hosts_match_the_plan(demo_doc):
    summary = demo_doc.read(host_summary)
    assert summary.plan == HostPlan(4, 2, 2)
    assert len([r for r in summary.rows if r.status != HostStatus.NONE]) == 6
    assert summary.matches


def _codes(doc):
    return sorted(p.code for p in doc.read(check_staff))


def _staff(doc):
    """Three people, two posts, two overlapping shifts and one later shift."""
    ids = {name: doc.run(create_person, data=PersonData(name, gender))
           for name, gender in (("男甲", Gender.MALE), ("男乙", Gender.MALE),
                                ("女甲", Gender.FEMALE))}
    posts = {n: doc.run(create_post, data=PostData(n, needed=1)) for n in ("入口", "音控台")}
    shifts = {n: doc.run(create_shift, data=ShiftData(n, s, e)) for n, s, e in (
        ("布置", T(13), T(17)), ("上妆", T(15, 30), T(18)), ("演出", T(19), T(21, 30)))}
    return ids, posts, shifts


# Each case: host statuses, host plan, assignments (person, post, shift), codes expected.
CASES = [
    ("nothing planned", {}, None, [], ["host_count"]),
    ("mix 1+1 of 2", {"男甲": "confirmed", "女甲": "confirmed"}, HostPlan(2, 1, 1), [], []),
    ("two men for 1+1", {"男甲": "confirmed", "男乙": "confirmed"}, HostPlan(2, 1, 1), [],
     ["host_mix"]),
    ("provisional host", {"男甲": "chosen", "女甲": "confirmed"}, HostPlan(2, 1, 1), [],
     ["hosts_provisional"]),
    ("candidates are not hosts", {"男甲": "candidate"}, HostPlan(1, 1, 0), [], ["host_count"]),
    ("post filled", {}, HostPlan(0, 0, 0), [("男甲", "入口", "演出")], []),
    ("double booked", {}, HostPlan(0, 0, 0),
     [("男甲", "入口", "布置"), ("男甲", "音控台", "上妆")], ["double_booked"]),
    ("same post, later shift", {}, HostPlan(0, 0, 0),
     [("男甲", "入口", "上妆"), ("男甲", "入口", "演出")], []),
]


@pytest.mark.parametrize(("label", "hosts", "plan", "assigned", "codes"), CASES,
                         ids=[c[0] for c in CASES])
def test_staff_checks(empty_doc, label, hosts, plan, assigned, codes):
    ids, posts, shifts = _staff(empty_doc)
    for name, status in hosts.items():
        empty_doc.run(set_host_status, person_id=ids[name], status=HostStatus(status))
    if plan is not None:
        empty_doc.run(set_host_plan, plan=plan)
    for person, post, shift in assigned:
        empty_doc.run(assign_person, person_id=ids[person], post_id=posts[post],
                      shift_id=shifts[shift])
    assert _codes(empty_doc) == sorted(codes)


def test_post_short_and_department_head(demo_doc):
    problems = demo_doc.read(check_staff)
    short = [p for p in problems if p.code == "post_short"]
    assert [(p.params["post"], p.params["shift"], p.params["assigned"]) for p in short] == [
        ("观众席", "下午布置", 3)]


def test_busy_finder_reports_person_on_post_while_performing(empty_doc):
    ids, posts, shifts = _staff(empty_doc)
    empty_doc.run(set_host_plan, plan=HostPlan(0, 0, 0))
    empty_doc.run(assign_person, person_id=ids["女甲"], post_id=posts["入口"],
                  shift_id=shifts["演出"])
    pid = ids["女甲"]

    def finder(session):
        return [(pid, "女甲", 19 * 60 + 40, 19 * 60 + 45, "act:《青春》")]

    register_busy_finder(finder)
    try:
        problems = empty_doc.read(check_staff)
    finally:
        from gala_manager.core.staff import checks as staff_checks

        staff_checks._BUSY_FINDERS.remove(finder)
    busy = [p for p in problems if p.code == "busy_on_post"]
    assert [(b.params["person"], b.params["post"], b.params["what"]) for b in busy] == [
        ("女甲", "入口", "act:《青春》")]


def test_assign_and_undo_removes_created_duty(empty_doc):
    ids, posts, shifts = _staff(empty_doc)
    result = empty_doc.run(assign_person, person_id=ids["男甲"], post_id=posts["入口"],
                           shift_id=shifts["演出"])
    assert result.duty_created
    with pytest.raises(ValidationError):
        empty_doc.run(assign_person, person_id=ids["男甲"], post_id=posts["入口"],
                      shift_id=shifts["演出"])
    empty_doc.run(undo_assign, result=result)
    assert empty_doc.read(read_roster).duties == []


def test_unassign_restore_and_needed(empty_doc):
    ids, posts, shifts = _staff(empty_doc)
    empty_doc.run(set_duty_needed, post_id=posts["入口"], shift_id=shifts["演出"], needed=2)
    empty_doc.run(assign_person, person_id=ids["男甲"], post_id=posts["入口"],
                  shift_id=shifts["演出"])
    assert [p.code for p in empty_doc.read(check_staff) if p.area == Area.STAFF
            and p.code == "post_short"] == ["post_short"]
    duty = empty_doc.read(read_roster).duty(posts["入口"], shifts["演出"])
    found = empty_doc.run(unassign_person, assignment_id=duty.people[0].id)
    empty_doc.run(restore_assignment, found=found)
    assert empty_doc.read(read_roster).duty(posts["入口"], shifts["演出"]) == duty
    with pytest.raises(InUseError):
        empty_doc.run(set_duty_needed, post_id=posts["入口"], shift_id=shifts["演出"],
                      needed=None)
    assert empty_doc.run(set_duty_needed, post_id=posts["入口"], shift_id=shifts["演出"],
                         needed=1) == DutyNeed(2, duty.id)


def test_remove_post_and_shift_with_people(empty_doc):
    ids, posts, shifts = _staff(empty_doc)
    empty_doc.run(assign_person, person_id=ids["男甲"], post_id=posts["入口"],
                  shift_id=shifts["演出"])
    before = empty_doc.read(read_roster)
    with pytest.raises(InUseError) as info:
        empty_doc.run(remove_post, post_id=posts["入口"])
    assert info.value.references == ["assigned:男甲"]
    snapshot = empty_doc.run(remove_post, post_id=posts["入口"], force=True)
    empty_doc.run(restore_post, snapshot=snapshot)
    assert empty_doc.read(read_roster) == before
    snapshot = empty_doc.run(remove_shift, shift_id=shifts["演出"], force=True)
    assert empty_doc.read(read_roster).duties == []
    empty_doc.run(restore_shift, snapshot=snapshot)
    assert empty_doc.read(read_roster) == before


@pytest.mark.parametrize(("plan", "field"), [
    (HostPlan(4, 3, 2), "male"), (HostPlan(-1, 0, 0), "wanted"), (HostPlan(4, 2, 21), "female"),
])
def test_bad_host_plan(empty_doc, plan, field):
    with pytest.raises(ValidationError) as info:
        empty_doc.run(set_host_plan, plan=plan)
    assert info.value.field == field


def test_host_status_undo(demo_doc):
    row = next(r for r in demo_doc.read(host_summary).rows if r.name == "周梦琪")
    previous = demo_doc.run(set_host_status, person_id=row.person_id,
                            status=HostStatus.CHOSEN)
    assert not demo_doc.read(host_summary).matches
    demo_doc.run(restore_roles, person_id=row.person_id, state=previous)
    assert demo_doc.read(host_summary).matches


def test_bad_shift(empty_doc):
    with pytest.raises(ValidationError) as info:
        empty_doc.run(create_shift, data=ShiftData("空", T(19), T(19)))
    assert info.value.code == "empty_shift"
