"""The demo gala's roles, hosts, posts and shifts of the day (from the seed plan)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.models import Department, Gender, Person, Role
from gala_manager.core.staff.duties import assign_person
from gala_manager.core.staff.hosts import HostStatus, set_host_status
from gala_manager.core.staff.person_edits import (
    PersonData,
    create_person,
    person_data,
    update_person,
)
from gala_manager.core.staff.posts import PostData, ShiftData, create_post, create_shift

M, F = Gender.MALE, Gender.FEMALE
R = Role

# People beyond the shell's list: (name, gender, phone, department, notes).
MORE_PEOPLE = [
    ("李卓然", M, "13812345627", "组织部", "后台调度"),
    ("付思琪", F, "15012345628", "学生会", "舞台监督助理"),
]

# name -> roles; department heads get DEPARTMENT_HEAD from the departments.
ROLES = {
    "胡志强": {R.DIRECTOR},
    "蒋天佑": {R.OTHER},
    "高雅琳": {R.USHER}, "梁晓雪": {R.USHER},
    "罗明轩": {R.LIGHTS_SOUND}, "宋宇航": {R.LIGHTS_SOUND},
    "唐昊天": {R.ORDER_KEEPER}, "韩若曦": {R.ORDER_KEEPER},
    "曹子墨": {R.ORDER_KEEPER}, "邓雨桐": {R.ORDER_KEEPER}, "付思琪": {R.ORDER_KEEPER},
    "彭博文": {R.PRESS}, "曾婉清": {R.PRESS},
    "沈佳宁": {R.MEDICAL},
    "李卓然": {R.OTHER}, "冯佳怡": {R.OTHER}, "何子轩": {R.OTHER},
}

# Optional contact details: name -> (other contact, class or student number).
CONTACTS = {
    "林雨婷": ("微信 lyt_host", "22 级播音 1 班"),
    "王浩然": ("QQ 80012345", "22 级播音 1 班"),
    "赵欣怡": ("微信 zxy2004", "23 级英语 2 班"),
    "孙嘉豪": ("微信 sjh_mc", "23 级计算机 1 班"),
    "胡志强": ("微信 hzq_org", "21 级管理 1 班"),
}

# Six candidates (3 + 3); four chosen, two of each; all four confirmed.
HOSTS = [
    ("林雨婷", HostStatus.CONFIRMED), ("王浩然", HostStatus.CONFIRMED),
    ("赵欣怡", HostStatus.CONFIRMED), ("孙嘉豪", HostStatus.CONFIRMED),
    ("周梦琪", HostStatus.CANDIDATE), ("吴俊杰", HostStatus.CANDIDATE),
]

# (name, place, people needed by default)
POSTS = [
    ("舞台左侧", "西广场舞台左侧台口", 1),
    ("舞台右侧", "西广场舞台右侧台口", 1),
    ("音控台", "舞台正前方 15 米", 2),
    ("观众入口", "西广场东入口", 2),
    ("观众席", "西广场观众区", 4),
    ("后台入口", "舞台后侧通道", 1),
    ("化妆间", "艺术楼 A101", 1),
    ("急救点", "西广场东南角帐篷", 1),
]

# (name, start, end): the day of the plan.
SHIFTS = [
    ("下午布置", dt.time(13, 0), dt.time(17, 0)),
    ("上妆候场", dt.time(15, 30), dt.time(18, 0)),
    ("观众入场", dt.time(18, 0), dt.time(19, 0)),
    ("晚会演出", dt.time(19, 0), dt.time(21, 30)),
    ("散场清场", dt.time(21, 30), dt.time(22, 30)),
]

# shift -> post -> people on it.
DUTIES = {
    "下午布置": {"音控台": ["罗明轩", "宋宇航"], "观众席": ["李卓然", "何子轩", "冯佳怡"]},
    "上妆候场": {"化妆间": ["周梦琪"], "后台入口": ["吴俊杰"]},
    "观众入场": {"观众入口": ["高雅琳", "梁晓雪"],
             "观众席": ["唐昊天", "韩若曦", "曹子墨", "邓雨桐"],
             "音控台": ["罗明轩", "宋宇航"], "急救点": ["沈佳宁"]},
    "晚会演出": {"舞台左侧": ["李卓然"], "舞台右侧": ["付思琪"], "音控台": ["罗明轩", "宋宇航"],
             "观众席": ["唐昊天", "韩若曦", "曹子墨", "邓雨桐"], "后台入口": ["吴俊杰"],
             "急救点": ["沈佳宁"]},
    "散场清场": {"观众席": ["唐昊天", "曹子墨", "李卓然", "何子轩"], "音控台": ["罗明轩", "宋宇航"],
             "观众入口": ["韩若曦", "邓雨桐"]},
}


def fill_staff(session: Session) -> None:
    """Roles, contacts, hosts, posts, shifts and who stands where when."""
    depts = dict(session.execute(select(Department.name, Department.id)).all())
    for name, gender, phone, dept, notes in MORE_PEOPLE:
        create_person(session, data=PersonData(name, gender, phone, depts.get(dept),
                                               notes=notes))
    ids = dict(session.execute(select(Person.name, Person.id)).all())
    heads = set(session.scalars(select(Department.head_person_id)))
    for name, person_id in ids.items():
        data = person_data(session, person_id)
        roles = set(data.roles) | ROLES.get(name, set())
        if person_id in heads:
            roles.add(R.DEPARTMENT_HEAD)
        other, student_no = CONTACTS.get(name, (data.other_contact, data.student_no))
        update_person(session, person_id=person_id, data=PersonData(
            data.name, data.gender, data.phone, data.department_id, other, student_no,
            data.notes, frozenset(roles), data.host_confirmed))
    for name, status in HOSTS:
        set_host_status(session, person_id=ids[name], status=status)
    posts = {name: create_post(session, data=PostData(name, place, needed))
             for name, place, needed in POSTS}
    shifts = {name: create_shift(session, data=ShiftData(name, start, end))
              for name, start, end in SHIFTS}
    for shift, by_post in DUTIES.items():
        for post, people in by_post.items():
            for person in people:
                assign_person(session, person_id=ids[person], post_id=posts[post],
                              shift_id=shifts[shift])
