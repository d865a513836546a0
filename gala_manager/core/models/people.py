"""Departments of the organising committee and the people of the gala."""

from __future__ import annotations

import enum

from sqlalchemy import Enum, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gala_manager.core.models.base import Base


class Gender(enum.StrEnum):
    """A person's gender as the host mix needs it."""

    MALE = "male"
    FEMALE = "female"
    UNSPECIFIED = "unspecified"


class Department(Base):
    """A department of the committee (文艺部, 外联部 ...)."""

    __tablename__ = "department"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    duties: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(9), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # use_alter: department and person refer to each other.
    head_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL", use_alter=True), nullable=True
    )

    members: Mapped[list[Person]] = relationship(
        back_populates="department", foreign_keys="Person.department_id"
    )
    head: Mapped[Person | None] = relationship(foreign_keys=[head_person_id], post_update=True)


class Person(Base):
    """Someone of the gala: committee member, host, performer's contact, staff."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    gender: Mapped[Gender] = mapped_column(
        Enum(Gender, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e]),
        default=Gender.UNSPECIFIED,
    )
    phone: Mapped[str] = mapped_column(String(40), default="")
    # Added by revision "staff"; server defaults fill rows of older files.
    other_contact: Mapped[str] = mapped_column(String(100), default="", server_default="")
    student_no: Mapped[str] = mapped_column(String(60), default="", server_default="")
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), nullable=True, index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    department: Mapped[Department | None] = relationship(
        back_populates="members", foreign_keys=[department_id]
    )
