"""Contingency plans and rule thresholds: edits, undo data, validation, the demo's plans."""

import pytest

from gala_manager.core.contingency.plans import (
    Contact,
    Equipment,
    PlanData,
    add_plan,
    delete_plan,
    get_plan,
    list_kinds,
    list_plans,
    move_plan,
    plan_for_kind,
    restore_plan,
    update_plan,
)
from gala_manager.core.contingency.rules import RuleSettings
from gala_manager.core.contingency.thresholds import get_rule_settings, set_rule_settings
from gala_manager.core.errors import NotFoundError, ValidationError

WEATHER = PlanData(
    kind="恶劣天气", title="下雨应急方案", trigger="晚会前两小时降雨概率超过 60%",
    decides="会长", acts="组织部",
    contacts=(Contact("后勤处", "场地", "13000000000"),),
    equipment=(Equipment("雨衣", 50, "仓库"),), steps=("  改到礼堂  ", "", "广播通知观众"),
)


def test_demo_has_the_four_plans_of_the_seed(demo_doc):
    plans = demo_doc.read(list_plans)
    assert [p.data.kind for p in plans] == ["programme", "injury", "power", "disorder"]
    power = demo_doc.read(plan_for_kind, kind="power")
    assert "最多推迟1小时" in power.data.steps[0]
    assert any(c.phone for c in power.data.contacts)
    assert any(e.name == "手电筒" for e in power.data.equipment)
    injury = demo_doc.read(plan_for_kind, kind="injury")
    assert injury.data.contacts[0].name == "沈佳宁"


def test_add_trims_and_keeps_user_kind(demo_doc):
    plan_id = demo_doc.run(add_plan, data=WEATHER)
    row = demo_doc.read(get_plan, plan_id=plan_id)
    assert row.position == 4
    assert row.data.steps == ("改到礼堂", "广播通知观众")
    assert row.data.equipment[0].quantity == 50
    assert demo_doc.read(list_kinds)[-1] == "恶劣天气"


def test_update_returns_previous_for_undo(demo_doc):
    plan_id = demo_doc.read(list_plans)[0].id
    before = demo_doc.read(get_plan, plan_id=plan_id).data
    previous = demo_doc.run(update_plan, plan_id=plan_id,
                            data=before.replace(title="节目应急", steps=("只有一步",)))
    assert previous == before
    assert demo_doc.read(get_plan, plan_id=plan_id).data.steps == ("只有一步",)
    demo_doc.run(update_plan, plan_id=plan_id, data=previous)
    assert demo_doc.read(get_plan, plan_id=plan_id).data == before


def test_delete_and_restore_keep_id_and_position(demo_doc):
    plans = demo_doc.read(list_plans)
    deleted = demo_doc.run(delete_plan, plan_id=plans[1].id)
    assert [p.id for p in demo_doc.read(list_plans)] == [plans[0].id, plans[2].id, plans[3].id]
    demo_doc.run(restore_plan, deleted=deleted)
    assert demo_doc.read(list_plans) == plans


def test_move_plan(demo_doc):
    ids = [p.id for p in demo_doc.read(list_plans)]
    old = demo_doc.run(move_plan, plan_id=ids[3], position=0)
    assert old == 3
    assert [p.id for p in demo_doc.read(list_plans)] == [ids[3], ids[0], ids[1], ids[2]]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (WEATHER.replace(title="  "), "title"),
        (WEATHER.replace(kind=""), "kind"),
        (WEATHER.replace(contacts=(Contact(" ", "x", "1"),)), "contacts"),
        (WEATHER.replace(equipment=(Equipment("灯", -1),)), "equipment"),
    ],
)
def test_bad_plans_are_refused_and_nothing_is_written(demo_doc, data, field):
    with pytest.raises(ValidationError) as info:
        demo_doc.run(add_plan, data=data)
    assert info.value.field == field
    assert len(demo_doc.read(list_plans)) == 4


def test_missing_plan(demo_doc):
    with pytest.raises(NotFoundError):
        demo_doc.run(update_plan, plan_id=999, data=WEATHER)


def test_rule_settings_default_to_the_plan_and_are_stored(demo_doc):
    assert demo_doc.read(get_rule_settings) == RuleSettings(60, 10, 10, 2, 1)
    previous = demo_doc.run(set_rule_settings, settings=RuleSettings(45, 15, 5, 2, 1))
    assert previous == RuleSettings()
    assert demo_doc.read(get_rule_settings).first_half_outage_minutes == 15
    with pytest.raises(ValidationError):
        demo_doc.run(set_rule_settings, settings=RuleSettings(first_half_outage_minutes=0))
    assert demo_doc.read(get_rule_settings).first_half_outage_minutes == 15


def test_checks_name_missing_kinds_steps_and_phones(demo_doc):
    from gala_manager.core.contingency.checks import check_contingency

    assert demo_doc.read(check_contingency) == []
    plans = demo_doc.read(list_plans)
    demo_doc.run(delete_plan, plan_id=plans[3].id)
    demo_doc.run(update_plan, plan_id=plans[0].id, data=plans[0].data.replace(
        steps=(), contacts=(Contact("电工"),)))
    codes = {(p.code, tuple(sorted(p.params.items()))) for p in demo_doc.read(check_contingency)}
    assert codes == {
        ("missing_plan", (("kind", "disorder"),)),
        ("plan_without_steps", (("title", "节目演出应急方案"),)),
        ("contact_without_phone", (("name", "电工"), ("title", "节目演出应急方案"))),
    }
