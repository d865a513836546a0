"""The post-gala review (活动总结 / 效果分析): overall figures and each department's notes."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from gala_manager.core.models.base import Base


class Review(Base):
    """The review's overall part; a file holds at most one row (id 1)."""

    __tablename__ = "review"

    id: Mapped[int] = mapped_column(primary_key=True)
    audience_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    effect: Mapped[str] = mapped_column(Text, default="")


class DepartmentReview(Base):
    """One department's review: its summary, what went well, what to improve.

    A department's review goes with the department: deleting one is a decision
    about the committee, and its notes would name nobody any more.
    """

    __tablename__ = "department_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="CASCADE"), unique=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    went_well: Mapped[str] = mapped_column(Text, default="")
    to_improve: Mapped[str] = mapped_column(Text, default="")
