"""Each check of the running order, proven able to fire and to stay quiet."""

import datetime as dt

from gala_manager.core.checks import Severity, run_checks
from gala_manager.core.gala.facts import get_gala_facts, set_gala_facts
from gala_manager.core.models import ActKind, ActStatus, MicKind
from gala_manager.core.programme.acts import add_act, update_act
from gala_manager.core.programme.checks import check_programme, performer_names
from gala_manager.core.programme.rehearsals import ProgrammeSettingsRow, set_programme_settings
from gala_manager.core.staff.people import add_person
from tests.core.programme.fixtures import act, small_programme


def codes(doc) -> list[str]:
    return [p.code for p in doc.read(check_programme)]


def short_gala(doc):
    # The small programme runs 23 minutes: make that "within" so only the
    # problem under test shows.
    doc.run(set_gala_facts, facts=doc.read(get_gala_facts).replace(
        min_minutes=10, planned_minutes=20, max_minutes=60))


def test_demo_is_clean(demo_doc):
    assert demo_doc.read(check_programme) == []


def test_clean_small_programme(empty_doc):
    small_programme(empty_doc)
    short_gala(empty_doc)
    assert codes(empty_doc) == []


def test_performer_names_split():
    assert performer_names("张伟、李娜,王强;刘洋 / Tom Lee") == {
        "张伟", "李娜", "王强", "刘洋", "tom lee"}
    assert performer_names("话剧社(周萍:吴昊)等") == {"话剧社"}
    assert performer_names("") == set()


def test_performer_in_two_consecutive_acts(empty_doc):
    ids = small_programme(empty_doc)
    short_gala(empty_doc)
    empty_doc.run(update_act, act_id=ids["A"], changes={"performers": "张伟、李娜"})
    empty_doc.run(update_act, act_id=ids["B"], changes={"performers": "王强、张伟(领唱)"})
    # Not consecutive: no problem for D.
    empty_doc.run(update_act, act_id=ids["D"], changes={"performers": "李娜"})
    problems = empty_doc.read(check_programme)
    assert [(p.code, p.params["performer"], p.target) for p in problems] == [
        ("performer_back_to_back", "张伟", ("act", ids["B"]))]
    assert problems[0].params["first"] == "A"


def test_status_in_order(empty_doc):
    ids = small_programme(empty_doc)
    short_gala(empty_doc)
    empty_doc.run(update_act, act_id=ids["A"], changes={"status": ActStatus.SUBMITTED})
    empty_doc.run(update_act, act_id=ids["B"], changes={"status": ActStatus.WITHDRAWN})
    empty_doc.run(update_act, act_id=ids["C"], changes={"status": ActStatus.CONFIRMED})
    problems = empty_doc.read(check_programme)
    assert [(p.code, p.severity, p.target) for p in problems] == [
        ("act_not_selected", Severity.WARNING, ("act", ids["A"])),
        ("act_withdrawn", Severity.ERROR, ("act", ids["B"]))]


def test_act_without_contact_but_not_the_intermission(empty_doc):
    ids = small_programme(empty_doc)
    short_gala(empty_doc)
    empty_doc.run(update_act, act_id=ids["A"], changes={"contact_name": "", "contact_phone": ""})
    empty_doc.run(update_act, act_id=ids["B"], changes={
        "contact_name": "", "contact_phone": "", "kind": ActKind.INTERMISSION})
    assert codes(empty_doc) == ["act_without_contact"]
    person = empty_doc.run(add_person, name="周婷", phone="136")
    empty_doc.run(update_act, act_id=ids["A"], changes={"contact_person_id": person})
    assert codes(empty_doc) == []


def test_running_total_outside_the_planned_range(empty_doc):
    small_programme(empty_doc)
    problems = empty_doc.read(check_programme)
    assert [(p.code, p.params) for p in problems] == [
        ("running_total_under", {"minutes": 23, "min": 120, "max": 180})]
    for index in range(40):
        empty_doc.run(add_act, fields=act(f"X{index}"), position=99)
    assert codes(empty_doc) == ["running_total_over"]


def test_fixed_start_overlap(empty_doc):
    ids = small_programme(empty_doc)
    short_gala(empty_doc)
    empty_doc.run(update_act, act_id=ids["C"], changes={"fixed_start": dt.time(19, 14)})
    assert codes(empty_doc) == []  # a gap is fine
    empty_doc.run(update_act, act_id=ids["C"], changes={"fixed_start": dt.time(19, 8)})
    problems = empty_doc.read(check_programme)
    assert [(p.code, p.severity, p.params["minutes"], p.params["fixed"]) for p in problems] == [
        ("fixed_start_overlap", Severity.ERROR, 4, "19:08")]


def test_host_link_without_host(empty_doc):
    ids = small_programme(empty_doc)
    short_gala(empty_doc)
    empty_doc.run(update_act, act_id=ids["B"], changes={"host_link": "有请……"})
    assert codes(empty_doc) == ["host_link_without_host"]
    host = empty_doc.run(add_person, name="林雨婷")
    empty_doc.run(update_act, act_id=ids["B"], changes={"host_person_id": host})
    assert codes(empty_doc) == []


def test_microphones_back_to_back(empty_doc):
    ids = small_programme(empty_doc)
    short_gala(empty_doc)
    empty_doc.run(update_act, act_id=ids["A"], changes={"mic_count": 3})
    empty_doc.run(update_act, act_id=ids["B"], changes={"mic_count": 2})
    # Without a recorded mic count the gala is not checked.
    assert codes(empty_doc) == []
    empty_doc.run(set_programme_settings, settings=ProgrammeSettingsRow(60, 4))
    problems = empty_doc.read(check_programme)
    assert [(p.code, p.params["needed"], p.params["available"]) for p in problems] == [
        ("mics_back_to_back", 5, 4)]
    # Different kinds do not compete for the same microphones.
    empty_doc.run(update_act, act_id=ids["B"], changes={"mic_kind": MicKind.HEADSET})
    assert codes(empty_doc) == []
    empty_doc.run(update_act, act_id=ids["C"], changes={"mic_count": 6})
    assert codes(empty_doc) == ["mics_exceed"]


def test_programme_checks_are_registered(empty_doc):
    small_programme(empty_doc)
    assert "running_total_under" in [p.code for p in empty_doc.read(run_checks)]


def test_an_act_under_half_a_minute_or_over_an_hour_is_worth_a_look(empty_doc):
    short = empty_doc.run(add_act, fields=act("合唱", duration_seconds=12))  # "00:12"
    empty_doc.run(add_act, fields=act("独唱", duration_seconds=30))
    long = empty_doc.run(add_act, fields=act("话剧", duration_seconds=3601), position=1)
    found = [(p.code, p.target, p.params["seconds"]) for p in empty_doc.read(check_programme)
             if p.code.startswith("act_too")]
    assert found == [("act_too_long", ("act", long), 3601), ("act_too_short", ("act", short), 12)]
