"""Acts: add, edit, duplicate, remove and restore, status, rehearsals and measured times."""

import datetime as dt

import pytest

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import ActKind, ActStatus, RehearsalKind
from gala_manager.core.programme.acts import (
    add_act,
    duplicate_act,
    get_act,
    list_acts,
    remove_act,
    restore_act,
    set_hosts,
    set_status,
    set_statuses,
    unordered_acts,
    update_act,
)
from gala_manager.core.programme.rehearsals import (
    ProgrammeSettingsRow,
    add_rehearsal,
    apply_measured_durations,
    get_programme_settings,
    latest_measurements,
    list_rehearsals,
    record_timings,
    remove_rehearsal,
    restore_rehearsal,
    set_durations,
    set_programme_settings,
)
from gala_manager.core.programme.schedule import running_order
from gala_manager.core.staff.people import add_person
from tests.core.programme.fixtures import act, small_programme, starts, titles


def test_add_act_keeps_every_field(empty_doc):
    person = empty_doc.run(add_person, name="刘子涵", phone="13600002222")
    act_id = empty_doc.run(add_act, fields=act(
        "  合唱《我和我的祖国》 ", kind=ActKind.SONG, performers="合唱团", head_count=24,
        contact_person_id=person, contact_name="", contact_phone="", mic_count=2,
        props="谱架", music_file="伴奏.mp3", host_link="一首歌……", fixed_start=dt.time(19, 30),
        changeover_seconds=90))
    row = empty_doc.read(get_act, act_id=act_id)
    assert row.fields.title == "合唱《我和我的祖国》"
    assert row.fields.head_count == 24
    assert row.fields.fixed_start == dt.time(19, 30)
    assert (row.contact_name, row.contact_phone) == ("刘子涵", "13600002222")
    assert not row.in_order


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"title": "   "}, "title", "required"),
    ({"duration_seconds": 0}, "duration", "duration_range"),
    ({"changeover_seconds": -1}, "changeover", "duration_range"),
    ({"head_count": -2}, "head_count", "out_of_range"),
    ({"title": "长" * 201}, "title", "too_long"),
])
def test_bad_values_are_refused_and_nothing_changes(empty_doc, changes, field, code):
    act_id = empty_doc.run(add_act, fields=act("A"))
    with pytest.raises(ValidationError) as info:
        empty_doc.run(update_act, act_id=act_id, changes=changes)
    assert (info.value.field, info.value.code) == (field, code)
    assert empty_doc.read(get_act, act_id=act_id).fields == act("A")


def test_unknown_people_are_refused(empty_doc):
    with pytest.raises(NotFoundError):
        empty_doc.run(add_act, fields=act("A", host_person_id=12345))
    assert empty_doc.read(list_acts) == []


def test_update_returns_previous_values_for_undo(empty_doc):
    ids = small_programme(empty_doc)
    previous = empty_doc.run(update_act, act_id=ids["A"],
                             changes={"duration_seconds": 600, "title": "A2"})
    assert previous == {"duration_seconds": 300, "title": "A"}
    assert starts(empty_doc)[1] == "19:11"
    empty_doc.run(update_act, act_id=ids["A"], changes=previous)
    assert starts(empty_doc)[1] == "19:06"
    assert titles(empty_doc)[0] == "A"


def test_duplicate_goes_right_after_the_original(empty_doc):
    ids = small_programme(empty_doc)
    copy = empty_doc.run(duplicate_act, act_id=ids["A"], title="A (copy)")
    assert titles(empty_doc) == ["A", "A (copy)", "B", "C", "D"]
    empty_doc.run(remove_act, act_id=copy)
    assert titles(empty_doc) == ["A", "B", "C", "D"]


def test_remove_and_restore_keep_id_place_and_timings(empty_doc):
    ids = small_programme(empty_doc)
    rehearsal = empty_doc.run(add_rehearsal, kind=RehearsalKind.FIRST, date=dt.date(2027, 4, 23))
    empty_doc.run(record_timings, rehearsal_id=rehearsal, timings={ids["B"]: 333})
    removed = empty_doc.run(remove_act, act_id=ids["B"])
    assert titles(empty_doc) == ["A", "C", "D"]
    assert [a.position for a in empty_doc.read(running_order)] == [1, 2, 3]
    assert empty_doc.read(latest_measurements) == {}
    assert empty_doc.run(restore_act, removed=removed) == ids["B"]
    assert titles(empty_doc) == ["A", "B", "C", "D"]
    assert empty_doc.read(latest_measurements) == {ids["B"]: 333}


def test_status_of_several_acts_and_undo(empty_doc):
    ids = small_programme(empty_doc)
    previous = empty_doc.run(set_status, act_ids=[ids["A"], ids["B"]],
                             status=ActStatus.CONFIRMED)
    assert previous == {ids["A"]: ActStatus.SELECTED, ids["B"]: ActStatus.SELECTED}
    assert empty_doc.read(get_act, act_id=ids["A"]).fields.status == ActStatus.CONFIRMED
    empty_doc.run(set_statuses, statuses=previous)
    assert empty_doc.read(get_act, act_id=ids["A"]).fields.status == ActStatus.SELECTED


def test_default_changeover_comes_from_the_settings(empty_doc):
    small_programme(empty_doc)
    assert empty_doc.read(get_programme_settings) == ProgrammeSettingsRow(60, None)
    previous = empty_doc.run(set_programme_settings, settings=ProgrammeSettingsRow(120, 6))
    assert starts(empty_doc) == ["19:00", "19:07", "19:14", "19:21"]
    empty_doc.run(set_programme_settings, settings=previous)
    assert starts(empty_doc)[1] == "19:06"
    with pytest.raises(ValidationError):
        empty_doc.run(set_programme_settings, settings=ProgrammeSettingsRow(-1, None))


def test_measured_durations_apply_in_one_step_and_undo(empty_doc):
    ids = small_programme(empty_doc)
    first = empty_doc.run(add_rehearsal, kind=RehearsalKind.FIRST, date=dt.date(2027, 4, 20))
    final = empty_doc.run(add_rehearsal, kind=RehearsalKind.FINAL, date=dt.date(2027, 4, 28))
    empty_doc.run(record_timings, rehearsal_id=first, timings={ids["A"]: 400, ids["B"]: 250})
    empty_doc.run(record_timings, rehearsal_id=final, timings={ids["A"]: 360})
    # The final rehearsal is the latest for A; B keeps the first one's time.
    assert empty_doc.read(latest_measurements) == {ids["A"]: 360, ids["B"]: 250}
    assert empty_doc.read(running_order)[0].measured_seconds == 360
    previous = empty_doc.run(apply_measured_durations)
    assert previous == {ids["A"]: 300, ids["B"]: 300}
    assert [a.duration_seconds for a in empty_doc.read(running_order)][:2] == [360, 250]
    assert empty_doc.run(set_durations, durations=previous) == {ids["A"]: 360, ids["B"]: 250}
    assert [a.duration_seconds for a in empty_doc.read(running_order)][:2] == [300, 300]


def test_record_timings_returns_previous_and_clears_with_none(empty_doc):
    ids = small_programme(empty_doc)
    rehearsal = empty_doc.run(add_rehearsal, kind=RehearsalKind.FIRST)
    assert empty_doc.run(record_timings, rehearsal_id=rehearsal,
                         timings={ids["A"]: 290}) == {ids["A"]: None}
    assert empty_doc.run(record_timings, rehearsal_id=rehearsal,
                         timings={ids["A"]: None}) == {ids["A"]: 290}
    assert empty_doc.read(list_rehearsals)[0].timings == {}
    with pytest.raises(ValidationError):
        empty_doc.run(record_timings, rehearsal_id=rehearsal, timings={ids["A"]: 0})


def test_remove_and_restore_a_rehearsal(empty_doc):
    ids = small_programme(empty_doc)
    rehearsal = empty_doc.run(add_rehearsal, kind=RehearsalKind.FINAL, notes="带妆")
    empty_doc.run(record_timings, rehearsal_id=rehearsal, timings={ids["C"]: 310})
    row = empty_doc.run(remove_rehearsal, rehearsal_id=rehearsal)
    assert empty_doc.read(list_rehearsals) == []
    empty_doc.run(restore_rehearsal, row=row)
    assert empty_doc.read(list_rehearsals)[0].timings == {ids["C"]: 310}


def test_demo_programme(demo_doc):
    order = demo_doc.read(running_order)
    assert len(order) == 17
    assert len(demo_doc.read(unordered_acts)) == 3
    assert order[0].start.strftime("%H:%M") == "19:00"
    kinds = {a.kind for a in order}
    assert {ActKind.OPENING, ActKind.SKETCH, ActKind.STAGE_PLAY, ActKind.CROSSTALK,
            ActKind.RECITATION, ActKind.PRIZE_QUIZ, ActKind.AWARD, ActKind.CLOSING,
            ActKind.INTERMISSION} <= kinds
    total = (order[-1].end - order[0].start).total_seconds() / 60
    assert 140 <= total <= 165
    assert any(a.measured_seconds for a in order)
    assert all(a.host_name for a in order[1:])


def test_removing_an_act_unlinks_its_props_and_undo_links_them_again(empty_doc):
    from gala_manager.core.supplies.items import SupplyItemData, add_item, get_item
    from gala_manager.core.supplies.settings import category_by_key

    ids = small_programme(empty_doc)
    item = empty_doc.run(add_item, data=SupplyItemData(
        name="扇子", category_id=empty_doc.read(category_by_key, key="props"), act_id=ids["B"]))
    removed = empty_doc.run(remove_act, act_id=ids["B"])
    assert empty_doc.read(get_item, item_id=item).act_id is None
    empty_doc.run(restore_act, removed=removed)
    assert empty_doc.read(get_item, item_id=item).act_id == ids["B"]


def test_hosts_of_several_acts_change_in_one_step_and_back(demo_doc):
    from gala_manager.core.staff.people import list_people

    acts = [a.id for a in demo_doc.read(list_acts)[:3]]
    someone = demo_doc.read(list_people)[0].id
    before = {a: demo_doc.read(get_act, act_id=a).fields.host_person_id for a in acts}
    previous = demo_doc.run(set_hosts, hosts=dict.fromkeys(acts, someone))
    assert previous == before
    assert {demo_doc.read(get_act, act_id=a).fields.host_person_id for a in acts} == {someone}
    with pytest.raises(NotFoundError):
        demo_doc.run(set_hosts, hosts={acts[0]: None, acts[1]: 99999})
    assert demo_doc.read(get_act, act_id=acts[0]).fields.host_person_id == someone
    demo_doc.run(set_hosts, hosts=previous)
    assert {a: demo_doc.read(get_act, act_id=a).fields.host_person_id for a in acts} == before


def _side_list_as_orm_reads_it(doc) -> list:
    """The unordered acts as `get_act` builds them, from ORM objects, oldest first."""
    ids = sorted(a.id for a in doc.read(list_acts) if a.position is None)
    return [doc.read(get_act, act_id=i) for i in ids]


def test_the_side_list_follows_every_edit_it_shows(demo_doc):
    from dataclasses import replace

    from gala_manager.core.programme.order import place_act, remove_from_order
    from gala_manager.core.staff.department_edits import department_data, update_department
    from gala_manager.core.staff.people import list_departments
    from gala_manager.core.staff.person_edits import person_data, update_person

    assert demo_doc.read(unordered_acts) == _side_list_as_orm_reads_it(demo_doc)
    side = demo_doc.read(unordered_acts)
    first = side[0]
    department = demo_doc.read(list_departments)[0]
    person = demo_doc.run(add_person, name="周婷", phone="13600004444")
    demo_doc.run(update_act, act_id=first.id, changes={
        "title": "魔术《纸牌奇遇》（加长版）", "submitted_by_department_id": department.id,
        "contact_person_id": person, "contact_phone": ""})
    shown = demo_doc.read(unordered_acts)[0]
    assert (shown.title, shown.submitted_by, shown.contact_name, shown.contact_phone) == (
        "魔术《纸牌奇遇》（加长版）", department.name, "周婷", "13600004444")
    # Names it refers to change on the Staff page, not in the act.
    data = demo_doc.read(department_data, department_id=department.id)
    demo_doc.run(update_department, department_id=department.id,
                 data=replace(data, name="文艺部（新）"))
    demo_doc.run(update_person, person_id=person,
                 data=replace(demo_doc.read(person_data, person_id=person), name="周婷婷",
                              phone="13600009999"))
    shown = demo_doc.read(unordered_acts)[0]
    assert (shown.submitted_by, shown.contact_name, shown.contact_phone) == (
        "文艺部（新）", "周婷婷", "13600009999")
    # Placed in the order it leaves the list; taken out, an act joins it by its id.
    demo_doc.run(place_act, act_id=first.id, position=1)
    order = demo_doc.read(running_order)
    demo_doc.run(remove_from_order, act_id=order[-1].act_id)
    assert first.id not in [a.id for a in demo_doc.read(unordered_acts)]
    assert order[-1].act_id in [a.id for a in demo_doc.read(unordered_acts)]
    assert demo_doc.read(unordered_acts) == _side_list_as_orm_reads_it(demo_doc)
