"""The plan's work: tasks in the six phases, with their checklist steps."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from gala_manager.core.models.base import Base


def utc_now() -> dt.datetime:
    """Now in UTC, without a zone (SQLite keeps naive datetimes)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Phase(enum.StrEnum):
    """The plan's six phases, in the order they run."""

    BEFORE = "before"            # 会前工作
    PLANNING = "planning"        # 策划及准备期
    COORDINATION = "coordination"  # 协调及进展期
    COUNTDOWN = "countdown"      # 倒计时期
    DAY = "day"                  # 晚会当天
    AFTER = "after"              # 后期工作


class TaskStatus(enum.StrEnum):
    """Where a task stands."""

    TODO = "todo"
    DOING = "doing"
    DONE = "done"
    DROPPED = "dropped"


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])


class Task(Base):
    """One piece of the plan's work, with a person in charge and a due date.

    The due date is either absolute (`due_date`) or relative to the gala date
    (`due_offset_days`, negative before the gala), never both, so that a
    relative date moves when the gala date moves.
    """

    __tablename__ = "task"
    __table_args__ = (
        CheckConstraint("NOT (due_date IS NOT NULL AND due_offset_days IS NOT NULL)",
                        name="one_due_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    phase: Mapped[Phase] = mapped_column(_enum(Phase), default=Phase.BEFORE, index=True)
    status: Mapped[TaskStatus] = mapped_column(_enum(TaskStatus), default=TaskStatus.TODO)
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), nullable=True, index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True
    )
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    due_offset_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    due_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # What the task is about, if anything; a link goes when its target is deleted.
    act_id: Mapped[int | None] = mapped_column(
        ForeignKey("act.id", ondelete="SET NULL"), nullable=True, index=True)
    supply_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("supply_item.id", ondelete="SET NULL"), nullable=True, index=True)
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("contingency_plan.id", ondelete="SET NULL"), nullable=True, index=True)

    # A calendar's SEQUENCE and LAST-MODIFIED: bumped whenever the task, one of its
    # steps, or (for a date relative to the gala) the gala date changes.
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    modified_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True,
                                                            default=lambda: utc_now())

    steps: Mapped[list[TaskStep]] = relationship(
        back_populates="task", order_by="TaskStep.position", cascade="all, delete-orphan",
        passive_deletes=True,
    )


class TaskStep(Base):
    """A checklist sub-step of a task, in order."""

    __tablename__ = "task_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(300))
    done: Mapped[bool] = mapped_column(Boolean, default=False)

    task: Mapped[Task] = relationship(back_populates="steps")
