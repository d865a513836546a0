"""Guests (嘉宾): leaders, judges, sponsors' people, press; their seats and invitation texts."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from gala_manager.core.models.base import Base
from gala_manager.core.models.supplies import _enum


class GuestKind(enum.StrEnum):
    """Who a guest is; the invitation's greeting and the checks depend on it."""

    LEADER = "leader"
    JUDGE = "judge"
    SPONSOR = "sponsor"
    MEDIA = "media"
    ALUMNUS = "alumnus"
    OTHER = "other"


class GuestStatus(enum.StrEnum):
    """Where an invitation stands: to invite → invited → confirmed or declined."""

    TO_INVITE = "to_invite"
    INVITED = "invited"
    CONFIRMED = "confirmed"
    DECLINED = "declined"


class SeatNumbering(enum.StrEnum):
    """How seats of a row are numbered: 1, 2, 3 … left to right (as the audience faces the
    stage), or the theatre way, odd to the right and even to the left of seat 1 in the middle."""

    LEFT_TO_RIGHT = "left_to_right"
    ODD_EVEN = "odd_even"


class Guest(Base):
    """Someone the gala invites, with who invites and receives them and where they sit."""

    __tablename__ = "guest"
    __table_args__ = (UniqueConstraint("seat_row", "seat_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    # Title and organisation as it is printed on the invitation (院团委书记).
    title: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[GuestKind] = mapped_column(_enum(GuestKind), default=GuestKind.OTHER)
    contact: Mapped[str] = mapped_column(String(100), default="")
    inviter_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True)
    status: Mapped[GuestStatus] = mapped_column(_enum(GuestStatus),
                                                default=GuestStatus.TO_INVITE)
    arrival_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    seat_row: Mapped[int | None] = mapped_column(Integer, nullable=True)
    seat_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Who meets the guest: a person of the gala, or a post (礼仪 at the entrance).
    receiver_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True)
    receiver_post_id: Mapped[int | None] = mapped_column(
        ForeignKey("post.id", ondelete="SET NULL"), nullable=True, index=True)
    # A sponsor's representative names the sponsor.
    sponsor_id: Mapped[int | None] = mapped_column(
        ForeignKey("sponsor.id", ondelete="SET NULL"), nullable=True, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class SeatingPlan(Base):
    """The reserved front rows: how many rows and seats, and how seats are numbered."""

    __tablename__ = "seating_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    rows: Mapped[int] = mapped_column(Integer, default=2)
    seats_per_row: Mapped[int] = mapped_column(Integer, default=12)
    numbering: Mapped[SeatNumbering] = mapped_column(_enum(SeatNumbering),
                                                     default=SeatNumbering.LEFT_TO_RIGHT)


class InvitationText(Base):
    """The committee's own greeting and body of the invitation for one kind of guest.

    A kind without a row uses the app's default words in the user's language.
    """

    __tablename__ = "invitation_text"

    kind: Mapped[GuestKind] = mapped_column(_enum(GuestKind), primary_key=True)
    greeting: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
