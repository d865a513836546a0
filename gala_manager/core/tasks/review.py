"""The post-gala review: read it, and the verbs that edit it (each returns its undo)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import Department, DepartmentReview, Review
from gala_manager.core.operations import Area, changes

REVIEW_ID = 1
MAX_AUDIENCE = 1_000_000


@dataclass(frozen=True)
class ReviewOverall:
    """The review's overall part: audience count, summary (活动总结), effect (效果分析)."""

    audience_count: int | None = None
    summary: str = ""
    effect: str = ""


@dataclass(frozen=True)
class DepartmentNotes:
    """One department's review as plain values."""

    summary: str = ""
    went_well: str = ""
    to_improve: str = ""

    @property
    def empty(self) -> bool:
        return not (self.summary.strip() or self.went_well.strip() or self.to_improve.strip())


@dataclass(frozen=True)
class DepartmentReviewRow:
    """A department with its review (empty notes while none is written)."""

    department_id: int
    department_name: str
    notes: DepartmentNotes


def get_review_overall(session: Session) -> ReviewOverall:
    """The overall part of the review."""
    review = session.get(Review, REVIEW_ID)
    if review is None:
        return ReviewOverall()
    return ReviewOverall(review.audience_count, review.summary, review.effect)


def list_department_reviews(session: Session) -> list[DepartmentReviewRow]:
    """Every department in display order, with its review notes."""
    rows = session.execute(
        select(Department, DepartmentReview)
        .outerjoin(DepartmentReview, DepartmentReview.department_id == Department.id)
        .order_by(Department.sort_order, Department.id))
    return [DepartmentReviewRow(d.id, d.name, DepartmentNotes(r.summary, r.went_well,
                                                              r.to_improve)
                                if r else DepartmentNotes()) for d, r in rows]


@changes(Area.TASKS)
def set_review_overall(session: Session, *, overall: ReviewOverall) -> ReviewOverall:
    """Replace the overall part; returns the previous one."""
    count = overall.audience_count
    if count is not None and not 0 <= count <= MAX_AUDIENCE:
        raise ValidationError("audience_count", "out_of_range", count)
    previous = get_review_overall(session)
    review = session.get(Review, REVIEW_ID)
    if review is None:
        review = Review(id=REVIEW_ID)
        session.add(review)
    review.audience_count = count
    review.summary = overall.summary
    review.effect = overall.effect
    return previous


@changes(Area.TASKS)
def set_department_notes(session: Session, *, department_id: int,
                         notes: DepartmentNotes) -> DepartmentNotes:
    """Replace a department's review notes; returns the previous ones.

    Empty notes remove the row, so an undone first edit leaves no trace.
    """
    if session.get(Department, department_id) is None:
        raise NotFoundError("department", department_id)
    row = session.scalar(select(DepartmentReview)
                         .where(DepartmentReview.department_id == department_id))
    previous = DepartmentNotes(row.summary, row.went_well, row.to_improve) if row \
        else DepartmentNotes()
    if notes.empty:
        if row is not None:
            session.delete(row)
        return previous
    if row is None:
        row = DepartmentReview(department_id=department_id)
        session.add(row)
    row.summary, row.went_well, row.to_improve = notes.summary, notes.went_well, \
        notes.to_improve
    return previous
