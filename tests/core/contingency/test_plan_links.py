"""Plans name the gala's people and posts: one phone, changed once, on every card."""

import dataclasses
import sqlite3

import pytest

from gala_manager.core.checks import run_checks
from gala_manager.core.contingency.plans import Contact, PlanData, add_plan, list_plans
from gala_manager.core.errors import InUseError, NotFoundError
from gala_manager.core.staff.people import list_people
from gala_manager.core.staff.person_edits import person_data, remove_person, update_person
from gala_manager.core.staff.posts import list_posts
from gala_manager.core.storage.document import GalaDocument
from gala_manager.core.storage.engine import mark_as_gala_file
from gala_manager.core.storage.schema import upgrade_to


def _person(doc, name):
    return next(p for p in doc.read(list_people) if p.name == name)


def _set_phone(doc, person_id, phone):
    data = doc.read(lambda session: person_data(session, person_id))
    doc.run(update_person, person_id=person_id, data=dataclasses.replace(data, phone=phone))


def test_a_phone_changed_once_is_changed_on_every_plan(demo_doc):
    commander = _person(demo_doc, "胡志强")
    _set_phone(demo_doc, commander.id, "13900000000")
    plans = demo_doc.read(list_plans)
    on_cards = [c.phone for row in plans for c in row.data.contacts if c.name == "胡志强"]
    assert on_cards == ["13900000000"] * 4
    power = next(row for row in plans if row.data.kind == "power")
    assert (power.decider.name, power.decider.phone, power.data.decides) == (
        "胡志强", "13900000000", "晚会总指挥")
    assert power.posts == ("音控台", "观众席")


def test_check_flags_a_linked_contact_whose_person_has_no_phone(demo_doc):
    medic = _person(demo_doc, "沈佳宁")
    assert not [p for p in demo_doc.read(run_checks) if p.code == "contact_without_phone"]
    _set_phone(demo_doc, medic.id, "")
    found = [p for p in demo_doc.read(run_checks) if p.code == "contact_without_phone"]
    assert [(p.params["name"], p.params["title"]) for p in found] == [
        ("沈佳宁", "人员意外受伤应急方案")]


def test_a_person_named_by_a_plan_cannot_be_removed(demo_doc):
    medic = _person(demo_doc, "沈佳宁")
    with pytest.raises(InUseError) as raised:
        demo_doc.run(remove_person, person_id=medic.id)
    assert "plan_contact:人员意外受伤应急方案" in raised.value.references
    commander = _person(demo_doc, "胡志强")
    with pytest.raises(InUseError) as raised:
        demo_doc.run(remove_person, person_id=commander.id)
    assert "contingency_plan:停电应急方案" in raised.value.references


def test_unknown_people_and_posts_are_refused(demo_doc):
    with pytest.raises(NotFoundError):
        demo_doc.run(add_plan, data=PlanData("other", "雨天预案", decides_person_id=999))
    with pytest.raises(NotFoundError):
        demo_doc.run(add_plan, data=PlanData("other", "雨天预案", acts_post_ids=(999,)))
    post = demo_doc.read(list_posts)[0]
    person = _person(demo_doc, "罗明轩")
    plan_id = demo_doc.run(add_plan, data=PlanData(
        "other", "雨天预案", contacts=(Contact("", "音响", "", person.id),),
        acts_post_ids=(post.id,)))
    row = next(r for r in demo_doc.read(list_plans) if r.id == plan_id)
    assert row.data.contacts == (Contact("罗明轩", "音响", person.phone, person.id),)
    assert row.posts == (post.name,)


def test_upgrading_links_contacts_copied_from_people(tmp_path):
    path = tmp_path / "旧.gala"
    conn = sqlite3.connect(path)
    mark_as_gala_file(conn)
    conn.close()
    upgrade_to(path, "0011")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO gala (id, name, theme, organiser, co_organisers, venue, date, "
                     "start_time, planned_minutes, min_minutes, max_minutes, audience, notes) "
                     "VALUES (1, '旧版晚会', '', '', '', '', NULL, '19:00:00.000000', 150, 120, "
                     "180, '', '')")
        conn.execute("INSERT INTO person (id, name, gender, phone, department_id, notes, "
                     "other_contact, student_no) VALUES "
                     "(1, '胡志强', 'male', '13412345614', NULL, '', '', ''), "
                     "(2, '沈佳宁', 'female', '17812345626', NULL, '', '', '')")
        conn.execute("INSERT INTO contingency_plan (id, kind, title, trigger, decides, acts, "
                     "notes, sort_order) VALUES (1, 'injury', '受伤预案', '', "
                     "'晚会总指挥 胡志强', '', '', 0)")
        conn.execute("INSERT INTO plan_contact (id, plan_id, position, name, role, phone) "
                     "VALUES (1, 1, 0, '沈佳宁', '校医', '17812345626'), "
                     "(2, 1, 1, '校医院急诊', '医院', '120'), "
                     "(3, 1, 2, '胡志强', '总指挥', '13000000000')")
    conn.close()
    with GalaDocument.open(path) as doc:
        row = doc.read(list_plans)[0]
    assert [c.person_id for c in row.data.contacts] == [2, None, None]  # other phone: a copy
    assert (row.decider.name, row.data.decides) == ("胡志强", "晚会总指挥")
