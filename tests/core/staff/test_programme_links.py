"""Staff meets the programme: busy performers and hosts, act references, host links."""

from __future__ import annotations

import pytest

from gala_manager.core.errors import InUseError
from gala_manager.core.programme.acts import update_act
from gala_manager.core.staff.checks import check_staff
from gala_manager.core.staff.directory import list_staff_people
from gala_manager.core.staff.duties import assign_person, read_roster
from gala_manager.core.staff.hosts import HostStatus, set_host_status
from gala_manager.core.staff.person_edits import remove_person
from gala_manager.core.staff.programme_links import list_host_links, programme_busy


def _ids(doc):
    return {p.name: p.id for p in doc.read(list_staff_people)}


def _cell(doc, post, shift):
    roster = doc.read(read_roster)
    return (next(p.id for p in roster.posts if p.name == post),
            next(s.id for s in roster.shifts if s.name == shift))


def test_busy_times_come_from_the_running_order(demo_doc):
    busy = demo_doc.read(programme_busy)
    ids = _ids(demo_doc)
    hosting = [(s, e, w) for pid, _n, s, e, w in busy if pid == ids["王浩然"]
               and w.startswith("act_host:")]
    assert hosting[0][2] == "act_host:领导致辞"
    assert 19 * 60 <= hosting[0][0] < hosting[0][1] <= 22 * 60
    performing = {w for pid, _n, _s, _e, w in busy if pid == ids["赵欣怡"]
                  and w.startswith("act:")}
    assert performing == {"act:主持人开场"}


def test_person_on_a_post_while_hosting_or_performing(demo_doc):
    ids = _ids(demo_doc)
    post, shift = _cell(demo_doc, "观众入口", "晚会演出")
    demo_doc.run(assign_person, person_id=ids["王浩然"], post_id=post, shift_id=shift)
    busy = [p for p in demo_doc.read(check_staff) if p.code == "busy_on_post"]
    whats = {p.params["what"] for p in busy}
    assert "act:主持人开场" in whats and "act_host:领导致辞" in whats
    assert all(p.params["person"] == "王浩然" and p.params["cells"] == ((post, shift),)
               for p in busy)
    # Before the show he is free: no clash in the afternoon.
    post, shift = _cell(demo_doc, "观众席", "下午布置")
    demo_doc.run(assign_person, person_id=ids["王浩然"], post_id=post, shift_id=shift)
    assert len([p for p in demo_doc.read(check_staff) if p.code == "busy_on_post"]) == len(busy)


@pytest.mark.parametrize(("name", "reference"), [
    ("林雨婷", "act_host:主持人开场"),
    ("陈思远", "act_contact:主持人开场"),
])
def test_act_host_or_contact_cannot_be_removed(demo_doc, name, reference):
    with pytest.raises(InUseError) as info:
        demo_doc.run(remove_person, person_id=_ids(demo_doc)[name])
    assert reference in info.value.references


def test_host_link_checks(demo_doc):
    ids = _ids(demo_doc)
    link = next(x for x in demo_doc.read(list_host_links) if x.title == "领导致辞")
    demo_doc.run(update_act, act_id=link.act_id, changes={"host_person_id": ids["周梦琪"]})
    codes = {(p.code, p.params.get("person")) for p in demo_doc.read(check_staff)}
    assert ("link_host_not_chosen", "周梦琪") in codes
    demo_doc.run(set_host_status, person_id=ids["吴俊杰"], status=HostStatus.CONFIRMED)
    codes = {(p.code, p.params.get("person")) for p in demo_doc.read(check_staff)}
    assert ("host_without_link", "吴俊杰") in codes
    assert ("host_without_link", "王浩然") not in codes  # he still has other links
