"""Guest verbs, the seating plan and the guests' checks."""

from __future__ import annotations

import datetime as dt

import pytest

from gala_manager.core.checks import run_checks
from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.guests.checks import check_guests
from gala_manager.core.guests.invitations import invitation_texts, set_invitation_text
from gala_manager.core.guests.records import (
    add_guest,
    get_guest,
    list_guests,
    remove_guests,
    restore_guests,
    set_guest_statuses,
    update_guest,
)
from gala_manager.core.guests.rows import GuestData, SeatingPlanRow
from gala_manager.core.guests.seating import (
    get_seating_plan,
    seat_guest,
    seats,
    set_seating_plan,
    set_seats,
)
from gala_manager.core.models import GuestKind, GuestStatus, SeatNumbering
from gala_manager.core.sponsors.records import list_sponsors, remove_sponsors, restore_sponsors


def by_name(doc) -> dict:
    return {row.name: row for row in doc.read(list_guests)}


def test_demo_guests_must_hold(demo_doc):
    rows = demo_doc.read(list_guests)
    kinds = [row.data.kind for row in rows]
    assert len(rows) == 8
    assert kinds.count(GuestKind.JUDGE) == 5 and kinds.count(GuestKind.SPONSOR) == 2
    assert kinds.count(GuestKind.LEADER) == 1
    assert all(row.seat is not None for row in rows)
    assert all(row.receiver for row in rows)
    assert by_name(demo_doc)["刘经理"].sponsor == "星光广告公司"
    assert by_name(demo_doc)["刘洋"].receiver_is_post


@pytest.mark.parametrize(("numbering", "order"), [
    (SeatNumbering.LEFT_TO_RIGHT, [1, 2, 3, 4, 5, 6]),
    (SeatNumbering.ODD_EVEN, [6, 4, 2, 1, 3, 5]),
])
def test_seat_order_as_the_audience_faces_the_stage(numbering, order):
    assert SeatingPlanRow(1, 6, numbering).seat_order() == order


def test_seating_swaps_and_undoes(demo_doc):
    guests = by_name(demo_doc)
    zhang, li = guests["张明"], guests["李文华"]
    previous = demo_doc.run(seat_guest, guest_id=li.id, seat=zhang.seat)
    after = by_name(demo_doc)
    assert after["李文华"].seat == zhang.seat and after["张明"].seat == li.seat
    demo_doc.run(set_seats, assignments=previous)
    assert by_name(demo_doc)["张明"].seat == zhang.seat
    free = (2, 12)
    demo_doc.run(seat_guest, guest_id=zhang.id, seat=free)
    assert demo_doc.read(seats)[free] == zhang.id
    with pytest.raises(ValidationError):
        demo_doc.run(seat_guest, guest_id=zhang.id, seat=(3, 1))  # no third row


def test_the_plan_cannot_shrink_under_a_seated_guest(demo_doc):
    with pytest.raises(ValidationError) as info:
        demo_doc.run(set_seating_plan, plan=SeatingPlanRow(1, 12))
    assert info.value.code == "seats_taken"
    previous = demo_doc.run(set_seating_plan, plan=SeatingPlanRow(3, 10,
                                                                  SeatNumbering.LEFT_TO_RIGHT))
    assert demo_doc.read(get_seating_plan).rows == 3
    demo_doc.run(set_seating_plan, plan=previous)
    assert demo_doc.read(get_seating_plan) == previous


def test_edit_remove_restore(demo_doc):
    zhang = by_name(demo_doc)["张明"]
    previous = demo_doc.run(update_guest, guest_id=zhang.id,
                            data=zhang.data.replace(title="  院党委副书记 "))
    assert demo_doc.read(get_guest, guest_id=zhang.id).data.title == "院党委副书记"
    demo_doc.run(update_guest, guest_id=zhang.id, data=previous)
    removed = demo_doc.run(remove_guests, guest_ids=[zhang.id])
    assert "张明" not in by_name(demo_doc)
    demo_doc.run(restore_guests, removed=removed)
    assert demo_doc.read(get_guest, guest_id=zhang.id) == zhang
    with pytest.raises(ValidationError):
        demo_doc.run(add_guest, data=GuestData(" "))
    with pytest.raises(NotFoundError):
        demo_doc.run(add_guest, data=GuestData("某人", receiver_post_id=999))


def test_removing_a_sponsor_and_undo_keep_its_representative_linked(demo_doc):
    star = demo_doc.read(list_sponsors)[0]
    removed = demo_doc.run(remove_sponsors, sponsor_ids=[star.id])
    assert by_name(demo_doc)["刘经理"].sponsor == ""
    demo_doc.run(restore_sponsors, removed=removed)
    assert by_name(demo_doc)["刘经理"].sponsor == "星光广告公司"


def test_invitation_texts_fall_back_to_the_defaults(demo_doc):
    assert demo_doc.read(invitation_texts) == {}
    demo_doc.run(set_invitation_text, kind=GuestKind.JUDGE, text=("尊敬的{name}老师：", "正文"))
    assert demo_doc.read(invitation_texts) == {GuestKind.JUDGE: ("尊敬的{name}老师：", "正文")}
    previous = demo_doc.run(set_invitation_text, kind=GuestKind.JUDGE, text=("", " "))
    assert demo_doc.read(invitation_texts) == {}
    assert previous == ("尊敬的{name}老师：", "正文")


def test_checks(demo_doc):
    assert demo_doc.read(check_guests, today=dt.date(2027, 4, 20)) == []
    # Three days before, the judge who has not answered is reported; on the day, an error.
    before = demo_doc.read(check_guests, today=dt.date(2027, 4, 27))
    assert [(p.code, p.params["name"], p.severity) for p in before] == [
        ("guest_judge_unconfirmed", "刘洋", "warning")]
    assert demo_doc.read(check_guests, today=dt.date(2027, 4, 30))[0].severity == "error"
    zhang = by_name(demo_doc)["张明"]
    demo_doc.run(set_seats, assignments={zhang.id: None})
    demo_doc.run(update_guest, guest_id=zhang.id, data=zhang.data.replace(
        receiver_person_id=None))
    found = {(p.code, p.params["name"]) for p in demo_doc.read(run_checks) if p.area == "guests"}
    assert found == {("guest_no_seat", "张明"), ("guest_no_receiver", "张明")}
    demo_doc.run(set_guest_statuses, statuses={zhang.id: GuestStatus.DECLINED})
    assert not [p for p in demo_doc.read(run_checks) if p.area == "guests"]


def test_new_gala_from_this_one_invites_again(demo_doc, tmp_path):
    from gala_manager.core.gala.copy import new_gala_from
    from gala_manager.core.storage.document import GalaDocument

    new_gala_from(demo_doc, tmp_path / "明年.gala", name="明年", date=dt.date(2028, 4, 28))
    with GalaDocument.open(tmp_path / "明年.gala") as doc:
        rows = doc.read(list_guests)
    assert len(rows) == 8
    assert {row.data.status for row in rows} == {GuestStatus.TO_INVITE}
    assert rows[6].sponsor == "星光广告公司"
