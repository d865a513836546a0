"""The Staff area words its problems, references and roles in Chinese (GUI and CLI)."""

from gala_manager.app.staff.wording import describe_staff_error, roles_text
from gala_manager.app.wording import describe_problem
from gala_manager.core.checks import Problem
from gala_manager.core.errors import InUseError, ValidationError
from gala_manager.core.models import Role
from gala_manager.core.operations import Area


def test_problems_in_chinese(app_language):
    import gala_manager.app.wordings as wordings

    wordings.load_all()
    clash = Problem(Area.STAFF, "double_booked", params={
        "person": "罗明轩", "post_a": "音控台", "shift_a": "晚会演出", "post_b": "舞台右侧",
        "shift_b": "晚会演出", "person_id": 1, "cells": ()})
    assert describe_problem(clash) == \
        "罗明轩同时在两个岗位：音控台（晚会演出）和舞台右侧（晚会演出）。"
    mix = Problem(Area.STAFF, "host_mix", params={"wanted": 4, "male": 2, "female": 2, "chosen": 4,
                                               "chosen_male": 3, "chosen_female": 1})
    assert describe_problem(mix) == "主持人为男 3 名、女 1 名；需要男 2 名、女 2 名。"
    busy = Problem(Area.STAFF, "busy_on_post", params={
        "person": "林雨婷", "post": "入口", "shift": "晚会演出", "what": "act:青春舞曲",
        "person_id": 2, "cells": ()})
    assert describe_problem(busy) == \
        "林雨婷在入口（晚会演出）值岗，但同一时间要参加节目“青春舞曲”。"
    short = Problem(Area.STAFF, "hosts_provisional", params={"names": ("甲", "乙"), "n": 2})
    assert describe_problem(short) == "主持人尚未确认：甲、乙。"


def test_errors_and_roles_in_chinese(app_language):
    error = InUseError("person", 3, ["department_head:文艺部", "duty:音控台 · 晚会演出",
                                     "task:清理会场"])
    assert describe_staff_error(error) == (
        "无法删除此人，仍有关联：文艺部负责人；值岗：音控台 · 晚会演出；任务“清理会场”。")
    assert describe_staff_error(ValidationError("phone", "invalid_phone", "x")).startswith(
        "电话号码只能包含数字")
    assert roles_text({Role.HOST, Role.DIRECTOR}) == "总指挥、主持人"


def test_counts_of_one_read_as_english_and_chinese(qapp):
    """"needs 1 person", "1 host chosen": not "1 people", "1 hosts"; Chinese has one form."""
    import gala_manager.app.wordings as wordings
    from gala_manager.app.i18n import install_language
    from gala_manager.app.staff.exports import contact_labels

    wordings.load_all()
    short = Problem(Area.STAFF, "post_short", params={
        "post": "音控台", "needed": 1, "shift": "晚会演出", "assigned": 0})
    hosts = Problem(Area.STAFF, "host_count", params={"chosen": 1, "wanted": 4})
    mix = Problem(Area.STAFF, "host_mix", params={"wanted": 4, "male": 2, "female": 2,
                                               "chosen": 2, "chosen_male": 1, "chosen_female": 1})
    assert describe_problem(short) == "Post 音控台 needs 1 person during 晚会演出, only 0 assigned."
    assert describe_problem(hosts) == "1 host chosen, 4 wanted."
    assert describe_problem(mix) == "Hosts chosen: 1 male, 1 female; wanted 2 and 2."
    assert contact_labels([object()], 1).summary == "1 person in 1 department"
    assert contact_labels([object()] * 28, 6).summary == "28 people in 6 departments"
    install_language("zh_CN")
    try:
        assert describe_problem(short) == "岗位“音控台”在“晚会演出”需要 1 人，只安排了 0 人。"
        assert describe_problem(hosts) == "已选主持人 1 名，需要 4 名。"
        assert contact_labels([object()] * 28, 6).summary == "共 28 人，6 个部门"
    finally:
        install_language("en")
