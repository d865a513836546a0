"""Reordering the running order and its sections, and undoing each change."""

import pytest

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import ActStatus, SectionKind
from gala_manager.core.programme.acts import add_act, unordered_acts
from gala_manager.core.programme.order import (
    insert_into_order,
    move_act,
    place_acts,
    place_and_select,
    remove_from_order,
    restore_order,
    unplace,
)
from gala_manager.core.programme.rows import ActFields
from gala_manager.core.programme.schedule import running_order
from gala_manager.core.programme.sections import (
    add_section,
    list_sections,
    move_section,
    remove_section,
    rename_section,
)
from tests.core.programme.fixtures import act, small_programme, starts, titles


def sections_of(doc) -> list:
    return [(a.title, a.section_kind) for a in doc.read(running_order)]


def test_move_down_changes_order_and_times_and_undo_restores_both(empty_doc):
    ids = small_programme(empty_doc)
    assert titles(empty_doc) == ["A", "B", "C", "D"]
    assert starts(empty_doc) == ["19:00", "19:06", "19:12", "19:18"]
    before = empty_doc.run(move_act, act_id=ids["A"], position=3)
    assert titles(empty_doc) == ["B", "C", "A", "D"]
    # A was moved into the second half, between C and D.
    assert sections_of(empty_doc)[2] == ("A", SectionKind.SECOND_HALF)
    empty_doc.run(restore_order, snapshot=before)
    assert titles(empty_doc) == ["A", "B", "C", "D"]
    assert sections_of(empty_doc)[0] == ("A", SectionKind.FIRST_HALF)


def test_restore_order_returns_the_redo_snapshot(empty_doc):
    ids = small_programme(empty_doc)
    before = empty_doc.run(move_act, act_id=ids["D"], position=1)
    after = empty_doc.run(restore_order, snapshot=before)
    assert titles(empty_doc) == ["A", "B", "C", "D"]
    empty_doc.run(restore_order, snapshot=after)
    assert titles(empty_doc) == ["D", "A", "B", "C"]


def test_several_acts_moved_down_land_together_in_their_order(empty_doc):
    ids = small_programme(empty_doc, titles=("A", "B", "C", "D", "E", "F"))
    # A drag of A and B dropped before F: position 3 of the order they left (C, D, E, F).
    before = empty_doc.run(place_acts, act_ids=[ids["A"], ids["B"]], position=4)
    assert titles(empty_doc) == ["C", "D", "E", "A", "B", "F"]
    empty_doc.run(restore_order, snapshot=before)
    empty_doc.run(place_acts, act_ids=[ids["E"], ids["C"]], position=1)
    assert titles(empty_doc) == ["E", "C", "A", "B", "D", "F"]


def test_moving_to_a_section_edge_keeps_the_section(empty_doc):
    ids = small_programme(empty_doc)
    # B moved to position 2 (already there) stays; C to position 3 keeps the second half.
    empty_doc.run(move_act, act_id=ids["D"], position=3)
    assert titles(empty_doc) == ["A", "B", "D", "C"]
    assert sections_of(empty_doc)[2] == ("D", SectionKind.SECOND_HALF)
    # The last act of the first half moved to the boundary stays in the first half.
    empty_doc.run(move_act, act_id=ids["A"], position=2)
    assert sections_of(empty_doc)[:2] == [("B", SectionKind.FIRST_HALF),
                                          ("A", SectionKind.FIRST_HALF)]


def test_explicit_section_puts_an_act_at_its_end_or_start(empty_doc):
    ids = small_programme(empty_doc)
    empty_doc.run(move_act, act_id=ids["C"], position=99, section_id=ids["first"])
    assert titles(empty_doc) == ["A", "B", "C", "D"]
    assert sections_of(empty_doc)[2] == ("C", SectionKind.FIRST_HALF)
    empty_doc.run(move_act, act_id=ids["A"], position=1, section_id=ids["second"])
    assert sections_of(empty_doc) == [("B", SectionKind.FIRST_HALF),
                                      ("C", SectionKind.FIRST_HALF),
                                      ("A", SectionKind.SECOND_HALF),
                                      ("D", SectionKind.SECOND_HALF)]


def test_positions_are_clamped(empty_doc):
    ids = small_programme(empty_doc)
    empty_doc.run(move_act, act_id=ids["B"], position=-5)
    assert titles(empty_doc) == ["B", "A", "C", "D"]
    empty_doc.run(move_act, act_id=ids["B"], position=500)
    assert titles(empty_doc) == ["A", "C", "D", "B"]
    assert [a.position for a in empty_doc.read(running_order)] == [1, 2, 3, 4]


def test_insert_and_remove_from_order(empty_doc):
    ids = small_programme(empty_doc)
    new = empty_doc.run(add_act, fields=act("E"))
    assert [a.title for a in empty_doc.read(unordered_acts)] == ["E"]
    before = empty_doc.run(insert_into_order, act_id=new, position=2)
    assert titles(empty_doc) == ["A", "E", "B", "C", "D"]
    assert empty_doc.read(unordered_acts) == []
    empty_doc.run(restore_order, snapshot=before)
    assert [a.title for a in empty_doc.read(unordered_acts)] == ["E"]
    snapshot = empty_doc.run(remove_from_order, act_id=ids["C"])
    assert titles(empty_doc) == ["A", "B", "D"]
    assert [a.title for a in empty_doc.read(unordered_acts)] == ["C", "E"]
    empty_doc.run(restore_order, snapshot=snapshot)
    assert titles(empty_doc) == ["A", "B", "C", "D"]


def test_first_insert_into_an_empty_order_joins_the_first_section(empty_doc):
    section = empty_doc.run(add_section, name="序幕")
    new = empty_doc.run(add_act, fields=act("E"))
    empty_doc.run(insert_into_order, act_id=new, position=1)
    assert empty_doc.read(running_order)[0].section_id == section


def test_an_order_without_sections_works(empty_doc):
    first = empty_doc.run(add_act, fields=act("X"), position=1)
    empty_doc.run(add_act, fields=act("Y"), position=1)
    assert titles(empty_doc) == ["Y", "X"]
    assert empty_doc.read(running_order)[1].act_id == first
    assert empty_doc.read(running_order)[0].section_id is None


def test_sections_add_rename_move_remove_and_undo(empty_doc):
    ids = small_programme(empty_doc)
    encore = empty_doc.run(add_section, name="加演")
    assert empty_doc.run(rename_section, section_id=encore, name="返场") == "加演"
    assert [s.name for s in empty_doc.read(list_sections)][-1] == "返场"
    with pytest.raises(ValidationError):
        empty_doc.run(add_section, name="  ")
    before_move = empty_doc.run(move_section, section_id=ids["second"], position=1)
    assert titles(empty_doc) == ["C", "D", "A", "B"]
    empty_doc.run(restore_order, snapshot=before_move)
    assert titles(empty_doc) == ["A", "B", "C", "D"]
    before = empty_doc.run(remove_section, section_id=ids["second"])
    # The second half's acts join the first half and stay in the order.
    assert sections_of(empty_doc) == [(t, SectionKind.FIRST_HALF) for t in "ABCD"]
    empty_doc.run(restore_order, snapshot=before)
    assert sections_of(empty_doc)[3] == ("D", SectionKind.SECOND_HALF)
    assert [s.kind for s in empty_doc.read(list_sections)][:2] == [
        SectionKind.FIRST_HALF, SectionKind.SECOND_HALF]


def test_removing_the_first_section_hands_its_acts_to_the_next(empty_doc):
    ids = small_programme(empty_doc)
    empty_doc.run(remove_section, section_id=ids["first"])
    assert sections_of(empty_doc) == [(t, SectionKind.SECOND_HALF) for t in "ABCD"]


def test_unknown_act_or_section(empty_doc):
    ids = small_programme(empty_doc)
    with pytest.raises(NotFoundError):
        empty_doc.run(move_act, act_id=999, position=1)
    with pytest.raises(NotFoundError):
        empty_doc.run(move_act, act_id=ids["A"], position=1, section_id=999)
    assert titles(empty_doc) == ["A", "B", "C", "D"]


def test_reorder_in_the_demo_moves_every_later_time(demo_doc):
    order = demo_doc.read(running_order)
    fifth = order[4]
    demo_doc.run(move_act, act_id=fifth.act_id, position=1)
    moved = demo_doc.read(running_order)
    assert moved[0].act_id == fifth.act_id
    assert moved[0].start == order[0].start
    assert moved[1].start > order[1].start


def test_several_acts_leave_the_order_at_once(empty_doc):
    from gala_manager.core.programme.order import remove_acts_from_order

    ids = small_programme(empty_doc)
    before = empty_doc.run(remove_acts_from_order, act_ids=[ids["B"], ids["C"]])
    assert titles(empty_doc) == ["A", "D"]
    empty_doc.run(restore_order, snapshot=before)
    assert titles(empty_doc) == ["A", "B", "C", "D"]


def test_placing_from_the_side_list_selects_the_submitted_and_undo_restores_both(empty_doc):
    small_programme(empty_doc)
    waiting = empty_doc.run(add_act, fields=ActFields(title="E"))
    confirmed = empty_doc.run(add_act, fields=ActFields(title="F",
                                                        status=ActStatus.CONFIRMED))
    placed = empty_doc.run(place_and_select, act_ids=[waiting, confirmed], position=2)
    order = empty_doc.read(running_order)
    assert [a.title for a in order] == ["A", "E", "F", "B", "C", "D"]
    assert {a.title: a.status for a in order}["E"] == ActStatus.SELECTED
    assert {a.title: a.status for a in order}["F"] == ActStatus.CONFIRMED  # never lowered
    empty_doc.run(unplace, placed=placed)
    assert titles(empty_doc) == ["A", "B", "C", "D"]
    assert {a.title: a.fields.status for a in empty_doc.read(unordered_acts)} == {
        "E": ActStatus.SUBMITTED, "F": ActStatus.CONFIRMED}
