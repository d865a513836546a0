"""Sponsors (赞助商), what each gives (cash, goods in kind) and what the gala promises back."""

from __future__ import annotations

import enum
from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gala_manager.core.models.base import Base
from gala_manager.core.models.supplies import FixedDecimal, _enum


class SponsorStatus(enum.StrEnum):
    """How far the outreach department has got with a sponsor, in order."""

    APPROACHED = "approached"
    AGREED = "agreed"
    RECEIVED = "received"
    DECLINED = "declined"


class PromiseKind(enum.StrEnum):
    """What the association promised a sponsor in return; the UI words the kinds."""

    POSTER_LOGO = "poster_logo"
    BANNER = "banner"
    BOOTH = "booth"
    HOST_MENTION = "host_mention"
    PROGRAMME_AD = "programme_ad"
    OTHER = "other"


class PromiseStatus(enum.StrEnum):
    """Whether a promise was kept: pending until done, or dropped with the sponsor's consent."""

    PENDING = "pending"
    DONE = "done"
    DROPPED = "dropped"


class Sponsor(Base):
    """A company the outreach department brings in: who, what it gives, how far it got."""

    __tablename__ = "sponsor"

    id: Mapped[int] = mapped_column(primary_key=True)
    company: Mapped[str] = mapped_column(String(200))
    contact_name: Mapped[str] = mapped_column(String(100), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    # The committee member who looks after the sponsor (usually of 外联部).
    handled_by_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True)
    status: Mapped[SponsorStatus] = mapped_column(_enum(SponsorStatus),
                                                  default=SponsorStatus.APPROACHED)
    cash: Mapped[Decimal] = mapped_column("cash_fen", FixedDecimal(2), default=Decimal(0))
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class SponsorGoods(Base):
    """Goods in kind a sponsor gives, with their value; a supply item where they are one."""

    __tablename__ = "sponsor_goods"

    id: Mapped[int] = mapped_column(primary_key=True)
    sponsor_id: Mapped[int] = mapped_column(ForeignKey("sponsor.id", ondelete="CASCADE"),
                                            index=True)
    description: Mapped[str] = mapped_column(String(200))
    value: Mapped[Decimal] = mapped_column("value_fen", FixedDecimal(2), default=Decimal(0))
    supply_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("supply_item.id", ondelete="SET NULL"), nullable=True, index=True)


class SponsorPromise(Base):
    """One thing promised to a sponsor, with its status so nothing is forgotten on the night."""

    __tablename__ = "sponsor_promise"

    id: Mapped[int] = mapped_column(primary_key=True)
    sponsor_id: Mapped[int] = mapped_column(ForeignKey("sponsor.id", ondelete="CASCADE"),
                                            index=True)
    kind: Mapped[PromiseKind] = mapped_column(_enum(PromiseKind), default=PromiseKind.OTHER)
    detail: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[PromiseStatus] = mapped_column(_enum(PromiseStatus),
                                                  default=PromiseStatus.PENDING)
    # For a host mention: the act after whose link the host thanks the sponsor.
    act_id: Mapped[int | None] = mapped_column(ForeignKey("act.id", ondelete="SET NULL"),
                                               nullable=True, index=True)
    # A photo showing the promise kept (the banner up, the booth), for the report.
    photo_path: Mapped[str] = mapped_column(String(500), default="")
