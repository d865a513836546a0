"""Roles of people, the wanted host mix, posts, shifts and duties on the night."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Enum, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from gala_manager.core.models.base import Base


class Role(enum.StrEnum):
    """What a person does for the gala; a person may have several."""

    DIRECTOR = "director"
    DEPARTMENT_HEAD = "department_head"
    HOST = "host"
    HOST_CANDIDATE = "host_candidate"
    USHER = "usher"
    LIGHTS_SOUND = "lights_sound"
    ORDER_KEEPER = "order_keeper"
    PRESS = "press"
    MEDICAL = "medical"
    ACT_CONTACT = "act_contact"
    PERFORMER = "performer"
    OTHER = "other"


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])


class PersonRole(Base):
    """One role of one person. `confirmed` matters for hosts: provisional until set."""

    __tablename__ = "person_role"
    __table_args__ = (UniqueConstraint("person_id", "role", name="uq_person_role_person_id_role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(_enum(Role))
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)


class StaffSettings(Base):
    """The wanted number and mix of hosts (one row, id 1; defaults 4 = 2 + 2)."""

    __tablename__ = "staff_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    hosts_wanted: Mapped[int] = mapped_column(Integer, default=4)
    hosts_male: Mapped[int] = mapped_column(Integer, default=2)
    hosts_female: Mapped[int] = mapped_column(Integer, default=2)


class Post(Base):
    """A fixed post on the night (stage left, sound desk, entrance ...)."""

    __tablename__ = "post"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    needed: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Shift(Base):
    """A period of the gala day; an end not after the start runs past midnight."""

    __tablename__ = "shift"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    start: Mapped[dt.time] = mapped_column(Time)
    end: Mapped[dt.time] = mapped_column(Time)


class Duty(Base):
    """A post staffed during a shift, with the number of people it needs then."""

    __tablename__ = "duty"
    __table_args__ = (UniqueConstraint("post_id", "shift_id", name="uq_duty_post_id_shift_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"), index=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id", ondelete="CASCADE"), index=True)
    needed: Mapped[int] = mapped_column(Integer, default=1)


class DutyPerson(Base):
    """A person assigned to a duty."""

    __tablename__ = "duty_person"
    __table_args__ = (
        UniqueConstraint("duty_id", "person_id", name="uq_duty_person_duty_id_person_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    duty_id: Mapped[int] = mapped_column(ForeignKey("duty.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
