"""Contingency plans (应急方案) with contacts, equipment and steps, and the rule thresholds."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gala_manager.core.models.base import Base


class ContingencySettings(Base):
    """The thresholds of the plan's rules for this gala (one row, id 1)."""

    __tablename__ = "contingency_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    start_delay_max_minutes: Mapped[int] = mapped_column(Integer, default=60)
    first_half_outage_minutes: Mapped[int] = mapped_column(Integer, default=10)
    second_half_outage_minutes: Mapped[int] = mapped_column(Integer, default=10)
    standby_count: Mapped[int] = mapped_column(Integer, default=2)
    restarts_allowed: Mapped[int] = mapped_column(Integer, default=1)


class ContingencyPlan(Base):
    """One plan. `kind` is a built-in code (programme, injury, power, disorder) or
    a kind the committee named itself (e.g. 恶劣天气)."""

    __tablename__ = "contingency_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(200))
    trigger: Mapped[str] = mapped_column(Text, default="")
    # Who decides: one of the gala's people (name and phone read from them), and
    # `decides` says in what capacity (晚会总指挥) or names someone from outside.
    decides: Mapped[str] = mapped_column(String(200), default="")
    decides_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id"), nullable=True, index=True)
    # Who acts: the posts of the night in `posts`, and anyone else in `acts`.
    acts: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    contacts: Mapped[list[PlanContact]] = relationship(
        cascade="all, delete-orphan", order_by="PlanContact.position")
    equipment: Mapped[list[PlanEquipment]] = relationship(
        cascade="all, delete-orphan", order_by="PlanEquipment.position")
    steps: Mapped[list[PlanStep]] = relationship(
        cascade="all, delete-orphan", order_by="PlanStep.position")
    posts: Mapped[list[PlanPost]] = relationship(
        cascade="all, delete-orphan", order_by="PlanPost.position")


class PlanContact(Base):
    """Someone to call when the plan runs: medical staff, hospital, electrician ...

    A contact who is one of the gala's people names them by `person_id`: their
    name and phone are read from the person (one phone, changed once, on every
    card); `name` and `phone` then keep the last copy. Others (the hospital) are typed.
    """

    __tablename__ = "plan_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("contingency_plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id"), nullable=True, index=True)


class PlanPost(Base):
    """A post of the night whose people act when the plan runs (音控台, 急救点)."""

    __tablename__ = "plan_post"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("contingency_plan.id", ondelete="CASCADE"), index=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class PlanEquipment(Base):
    """Something to have ready: first-aid kit, torches, whistles, spare microphones."""

    __tablename__ = "plan_equipment"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("contingency_plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    location: Mapped[str] = mapped_column(String(200), default="")


class PlanStep(Base):
    """One step of the plan, in order."""

    __tablename__ = "plan_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("contingency_plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
