"""What the sponsors bring: the cash the budget counts, and the value of goods in kind."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.models import Sponsor, SponsorGoods, SponsorStatus
from gala_manager.core.sponsors.rows import COUNTED

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class SponsorshipTotals:
    """Cash agreed (the budget's sponsorship income), of it received, and goods' value."""

    cash: Decimal = ZERO
    received: Decimal = ZERO
    goods: Decimal = ZERO
    sponsors: int = 0


def sponsorship_income(session: Session) -> Decimal:
    """The sponsors' cash the budget counts: every sponsor who agreed or has paid."""
    return sum(session.scalars(select(Sponsor.cash).where(Sponsor.status.in_(COUNTED))), ZERO)


def sponsorship_totals(session: Session) -> SponsorshipTotals:
    """Cash agreed and received, and the goods of sponsors who said yes."""
    cash = received = goods = ZERO
    count = 0
    for sponsor in session.scalars(select(Sponsor).where(Sponsor.status.in_(COUNTED))):
        count += 1
        cash += sponsor.cash
        if sponsor.status == SponsorStatus.RECEIVED:
            received += sponsor.cash
    for value in session.scalars(select(SponsorGoods.value).join(
            Sponsor, SponsorGoods.sponsor_id == Sponsor.id).where(Sponsor.status.in_(COUNTED))):
        goods += value
    return SponsorshipTotals(cash, received, goods, count)
