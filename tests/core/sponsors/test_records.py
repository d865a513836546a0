"""Sponsor verbs: goods and promises kept by id through edits, undo and removal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gala_manager.core.checks import run_checks
from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import PromiseKind, PromiseStatus, SponsorStatus
from gala_manager.core.sponsors.checks import check_sponsors
from gala_manager.core.sponsors.income import sponsorship_totals
from gala_manager.core.sponsors.promises import list_promises, set_promise_statuses
from gala_manager.core.sponsors.records import (
    add_sponsor,
    get_sponsor,
    list_sponsors,
    remove_sponsors,
    restore_sponsors,
    update_sponsor,
)
from gala_manager.core.sponsors.rows import GoodsData, PromiseData, SponsorData
from gala_manager.core.supplies.items import list_items


def test_demo_sponsors_carry_the_budgets_sponsorship(demo_doc):
    rows = demo_doc.read(list_sponsors)
    assert [r.company for r in rows] == ["星光广告公司", "青禾文具店", "蜜雪奶茶（学院店）"]
    totals = demo_doc.read(sponsorship_totals)
    assert (totals.cash, totals.received, totals.goods) == (
        Decimal("800.00"), Decimal("500.00"), Decimal("844.00"))
    # The goods of 蜜雪 are the prize stock item of the quiz.
    mixue = rows[2]
    assert list(mixue.item_names.values()) == ["奶茶券（有奖问答）"]
    mentions = [p for p in demo_doc.read(list_promises)
                if p.promise.kind == PromiseKind.HOST_MENTION]
    assert [m.act_title for m in mentions] == ["中场休息", "有奖问答（第一轮）",
                                               "有奖问答（第二轮）"]


def test_edit_keeps_promise_ids_and_undo_restores_deleted_ones(demo_doc):
    row = demo_doc.read(list_sponsors)[1]
    kept, dropped = row.data.promises[0], row.data.promises[1:]
    data = row.data.replace(promises=(kept, PromiseData(PromiseKind.OTHER, "新承诺")),
                            cash=Decimal("350"))
    previous = demo_doc.run(update_sponsor, sponsor_id=row.id, data=data)
    after = demo_doc.read(get_sponsor, sponsor_id=row.id).data
    assert after.promises[0].id == kept.id
    assert [p.detail for p in after.promises] == [kept.detail, "新承诺"]
    demo_doc.run(update_sponsor, sponsor_id=row.id, data=previous)
    restored = demo_doc.read(get_sponsor, sponsor_id=row.id).data
    assert [p.id for p in restored.promises] == [kept.id, *(p.id for p in dropped)]
    assert restored.cash == Decimal("300.00")


def test_remove_and_restore_keep_every_id(demo_doc):
    before = demo_doc.read(list_sponsors)
    removed = demo_doc.run(remove_sponsors, sponsor_ids=[before[0].id, before[2].id])
    assert [r.company for r in demo_doc.read(list_sponsors)] == ["青禾文具店"]
    assert len(demo_doc.read(list_promises)) == 3
    demo_doc.run(restore_sponsors, removed=removed)
    assert demo_doc.read(list_sponsors) == before


@pytest.mark.parametrize(("change", "error"), [
    ({"company": "  "}, ValidationError), ({"cash": Decimal("-1")}, ValidationError),
    ({"contact_phone": "打电话"}, ValidationError),
    ({"handled_by_person_id": 9999}, NotFoundError),
    ({"goods": (GoodsData("", Decimal(1)),)}, ValidationError),
    ({"goods": (GoodsData("券", Decimal(1), 9999),)}, NotFoundError),
])
def test_bad_data_is_refused(empty_doc, change, error):
    with pytest.raises(error):
        empty_doc.run(add_sponsor, data=SponsorData("公司").replace(**change))
    assert empty_doc.read(list_sponsors) == []


def test_promise_statuses_and_their_undo(demo_doc):
    pending = [p.id for p in demo_doc.read(list_promises)
               if p.promise.status == PromiseStatus.PENDING]
    previous = demo_doc.run(set_promise_statuses,
                            statuses={pid: PromiseStatus.DONE for pid in pending})
    assert {p.promise.status for p in demo_doc.read(list_promises)} == {PromiseStatus.DONE}
    demo_doc.run(set_promise_statuses, statuses=previous)
    assert sum(p.promise.status == PromiseStatus.PENDING
               for p in demo_doc.read(list_promises)) == len(pending)


def test_checks_on_the_night(demo_doc):
    before = {p.code for p in demo_doc.read(check_sponsors, today=dt.date(2027, 4, 20))}
    assert before == set()  # the demo is in order three weeks ahead
    night = demo_doc.read(check_sponsors, today=dt.date(2027, 4, 30))
    codes = [p.code for p in night]
    assert codes.count("sponsor_promise_pending") == 6
    assert codes.count("sponsor_cash_not_received") == 1  # 青禾文具店 agreed, not paid
    assert all(p.target[0] == "sponsor" for p in night)


def test_checks_find_loose_ends(demo_doc):
    rows = demo_doc.read(list_sponsors)
    items = {i.name: i.id for i in demo_doc.read(list_items)}
    star = rows[0]
    demo_doc.run(update_sponsor, sponsor_id=star.id, data=star.data.replace(
        handled_by_person_id=None,
        goods=(GoodsData("海报印刷", Decimal("180"), items["海报"]),),
        promises=(PromiseData(PromiseKind.HOST_MENTION, "鸣谢"),)))
    found = {(p.code, p.params.get("company")) for p in demo_doc.read(run_checks)
             if p.area == "sponsors"}
    assert found == {("sponsor_no_handler", "星光广告公司"),
                     ("sponsor_goods_not_sponsored", "星光广告公司"),
                     ("sponsor_mention_no_point", "星光广告公司")}
    # A declined sponsor asks nothing of anyone.
    demo_doc.run(update_sponsor, sponsor_id=star.id, data=demo_doc.read(
        get_sponsor, sponsor_id=star.id).data.replace(status=SponsorStatus.DECLINED))
    assert not [p for p in demo_doc.read(run_checks) if p.area == "sponsors"]


def test_new_gala_from_this_one_starts_outreach_again(demo_doc, tmp_path):
    from gala_manager.core.gala.copy import new_gala_from
    from gala_manager.core.storage.document import GalaDocument

    new_gala_from(demo_doc, tmp_path / "明年.gala", name="明年", date=dt.date(2028, 4, 28))
    with GalaDocument.open(tmp_path / "明年.gala") as doc:
        rows = doc.read(list_sponsors)
        promises = doc.read(list_promises)
        budget_sponsorship = doc.read(sponsorship_totals).cash
    assert [r.company for r in rows] == ["星光广告公司", "青禾文具店", "蜜雪奶茶（学院店）"]
    assert {r.data.status for r in rows} == {SponsorStatus.APPROACHED}
    assert {p.promise.status for p in promises} == {PromiseStatus.PENDING}
    # Acts are not copied: a mention waits for its new point in next year's programme.
    assert {p.promise.act_id for p in promises} == {None}
    assert rows[1].data.goods[0].supply_item_id is not None  # supply items are copied
    assert budget_sponsorship == Decimal("0.00")  # nobody has said yes yet
