"""Checks of the sponsors: promises not kept on the night, mentions with no point, loose ends."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core import clock
from gala_manager.core.checks import Problem, Severity
from gala_manager.core.gala import get_gala_facts
from gala_manager.core.models import (
    Act,
    ActStatus,
    PromiseKind,
    PromiseStatus,
    SponsorGoods,
    SponsorStatus,
    SupplyItem,
    SupplySource,
)
from gala_manager.core.operations import Area
from gala_manager.core.sponsors.promises import list_promises
from gala_manager.core.sponsors.records import list_sponsors

# An act on which a host mention can still be spoken.
_OFF_STAGE = frozenset({ActStatus.NOT_SELECTED, ActStatus.WITHDRAWN})


def _promise_problems(session: Session, gala_day: bool) -> list[Problem]:
    problems = []
    off_stage = set(session.scalars(select(Act.id).where(Act.status.in_(_OFF_STAGE))))
    for row in list_promises(session):
        promise = row.promise
        if row.sponsor_status not in (SponsorStatus.AGREED, SponsorStatus.RECEIVED) \
                or promise.status != PromiseStatus.PENDING:
            continue
        target = ("sponsor", row.sponsor_id)
        params = {"company": row.company, "kind": promise.kind.value, "detail": promise.detail}
        if promise.kind == PromiseKind.HOST_MENTION and (
                row.act_position is None or promise.act_id in off_stage):
            problems.append(Problem(Area.SPONSORS, "sponsor_mention_no_point", Severity.WARNING,
                                    params, target))
        if gala_day:
            problems.append(Problem(Area.SPONSORS, "sponsor_promise_pending", Severity.WARNING,
                                    params, target))
    return problems


def check_sponsors(session: Session, today: dt.date | None = None) -> list[Problem]:
    """Every sponsor problem; `today` is fixed by tests."""
    today = today or clock.now().date()
    date = get_gala_facts(session).date
    gala_day = date is not None and today >= date
    problems = []
    sources = dict(session.execute(select(SupplyItem.id, SupplyItem.source).where(
        SupplyItem.id.in_(select(SponsorGoods.supply_item_id)))).all())
    for row in list_sponsors(session):
        data, target = row.data, ("sponsor", row.id)
        if data.status == SponsorStatus.DECLINED:
            continue
        if data.handled_by_person_id is None:
            problems.append(Problem(Area.SPONSORS, "sponsor_no_handler", Severity.WARNING,
                                    {"company": data.company}, target))
        if gala_day and data.status == SponsorStatus.AGREED and data.cash > 0:
            problems.append(Problem(Area.SPONSORS, "sponsor_cash_not_received", Severity.WARNING,
                                    {"company": data.company, "cash": str(data.cash)}, target))
        for good in data.goods:
            source = sources.get(good.supply_item_id)
            if source is not None and source != SupplySource.SPONSOR:
                # Bought in the supply list and given by a sponsor: counted twice.
                problems.append(Problem(
                    Area.SPONSORS, "sponsor_goods_not_sponsored", Severity.WARNING,
                    {"company": data.company, "item": row.item_names.get(good.supply_item_id,
                                                                         "")}, target))
    return problems + _promise_problems(session, gala_day)
