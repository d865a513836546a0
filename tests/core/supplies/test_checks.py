"""Supply checks: late items, loans without a return-to, nobody in charge, over budget."""

import datetime as dt
from decimal import Decimal

import pytest

from gala_manager.core.checks import Severity, run_checks
from gala_manager.core.models import SponsorStatus, SupplySource, SupplyStatus
from gala_manager.core.sponsors.records import add_sponsor, update_sponsor
from gala_manager.core.sponsors.rows import SponsorData
from gala_manager.core.staff.people import add_person
from gala_manager.core.supplies.checks import check_supplies
from gala_manager.core.supplies.items import SupplyItemData, add_item
from gala_manager.core.supplies.settings import category_by_key, set_budget_limit
from tests.core.supplies.fixtures import demo_gala, empty_gala


@pytest.fixture
def supply_doc(tmp_path):
    yield from empty_gala(tmp_path)


@pytest.fixture
def supply_demo(tmp_path):
    yield from demo_gala(tmp_path)


TODAY = dt.date(2027, 4, 20)
B, L = SupplySource.BUY, SupplySource.BORROW
P, ORD, IH, DONE = (SupplyStatus.PLANNED, SupplyStatus.ORDERED, SupplyStatus.IN_HAND,
                    SupplyStatus.DONE)


@pytest.mark.parametrize(("values", "codes"), [
    ({}, set()),
    ({"needed_by": dt.date(2027, 4, 19), "status": P}, {"supply_overdue"}),
    ({"needed_by": dt.date(2027, 4, 19), "status": ORD}, {"supply_overdue"}),
    ({"needed_by": dt.date(2027, 4, 19), "status": IH}, set()),
    ({"needed_by": TODAY, "status": P}, set()),
    ({"source": L}, {"supply_no_return_to"}),
    ({"source": L, "return_to": "王老师"}, set()),
    ({"source": B, "must_return": True}, {"supply_no_return_to"}),
    ({"source": L, "status": DONE}, set()),
    ({"person": False}, {"supply_no_responsible"}),
    ({"person": False, "source": L, "needed_by": dt.date(2027, 4, 1)},
     {"supply_no_responsible", "supply_no_return_to", "supply_overdue"}),
])
def test_item_checks(supply_doc, values, codes):
    person = supply_doc.run(add_person, name="罗明轩")
    values = dict(values)
    has_person = values.pop("person", True)
    supply_doc.run(add_item, data=SupplyItemData(
        name="音响", category_id=supply_doc.read(category_by_key, key="stage"),
        responsible_person_id=person if has_person else None, **values))
    problems = supply_doc.read(check_supplies, today=TODAY)
    assert {p.code for p in problems} == codes
    assert all(p.target[0] == "supply_item" for p in problems)


def test_over_budget_is_an_error_registered_in_run_checks(supply_doc):
    supply_doc.run(add_item, data=SupplyItemData(
        name="横幅", category_id=supply_doc.read(category_by_key, key="publicity"),
        quantity=Decimal(4), unit_price=Decimal("45.00")))
    supply_doc.run(set_budget_limit, budget_limit=Decimal("150"))
    sponsor = supply_doc.run(add_sponsor, data=SponsorData(
        "星光广告公司", status=SponsorStatus.RECEIVED, cash=Decimal("20")))
    over = [p for p in supply_doc.read(run_checks) if p.code == "supply_over_budget"]
    assert len(over) == 1
    assert over[0].severity == Severity.ERROR
    assert over[0].params["overrun"] == "10.00"
    supply_doc.run(update_sponsor, sponsor_id=sponsor, data=SponsorData(
        "星光广告公司", status=SponsorStatus.RECEIVED, cash=Decimal("30")))
    assert not [p for p in supply_doc.read(run_checks) if p.code == "supply_over_budget"]


def test_demo_has_the_plans_supplies_within_budget(supply_demo):
    from gala_manager.core.supplies.items import list_items
    from gala_manager.core.supplies.totals import gala_budget_position

    names = {r.name for r in supply_demo.read(list_items)}
    for name in ("矿泉水", "气球", "彩带", "荧光棒", "哨子", "邀请函", "主持人稿件", "节目清单",
                 "海报", "横幅", "看板", "传单", "音响", "扩音设备", "话筒", "急救箱"):
        assert name in names
    keys = {r.category_key for r in supply_demo.read(list_items)}
    assert {"props", "prizes", "first_aid"} <= keys
    position = supply_demo.read(gala_budget_position)
    assert position.budget.sponsorship > 0
    assert not position.over_budget
    assert position.remaining == Decimal("496.50")
