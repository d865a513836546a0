"""The scoring rule and criteria, and the award categories with their counts."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gala_manager.core.awards.rows import AwardSettingsRow, CategoryData, CategoryRow
from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.memo import memoized
from gala_manager.core.models import AwardBasis, AwardCategory, AwardSettings, ScoreRule
from gala_manager.core.operations import Area, changes

SETTINGS_ID = 1
MAX_PLACES = 50


@memoized(Area.AWARDS)
def get_award_settings(session: Session) -> AwardSettingsRow:
    """The rule, highest score and criteria (drop the highest and lowest of 100 until set)."""
    row = session.get(AwardSettings, SETTINGS_ID)
    if row is None:
        return AwardSettingsRow()
    return AwardSettingsRow(row.rule, row.max_score, row.criteria)


@changes(Area.AWARDS)
def set_award_settings(session: Session, *, settings: AwardSettingsRow) -> AwardSettingsRow:
    """Replace the rule, highest score and criteria; returns the previous ones (undo)."""
    if not 1 <= settings.max_score <= 1000:
        raise ValidationError("max_score", "out_of_range", settings.max_score)
    previous = get_award_settings(session)
    row = session.get(AwardSettings, SETTINGS_ID)
    if row is None:
        row = AwardSettings(id=SETTINGS_ID)
        session.add(row)
    row.rule, row.max_score = ScoreRule(settings.rule), settings.max_score
    row.criteria = settings.criteria.strip()
    return previous


@memoized(Area.AWARDS)
def list_categories(session: Session) -> list[CategoryRow]:
    """The awards in the order they are listed (and announced in reverse)."""
    return [CategoryRow(c.id, CategoryData(c.name, c.count, c.basis), c.sort_order)
            for c in session.scalars(select(AwardCategory).order_by(AwardCategory.sort_order,
                                                                     AwardCategory.id))]


def _clean(data: CategoryData) -> CategoryData:
    name = data.name.strip()
    if not name:
        raise ValidationError("name", "required", data.name)
    if len(name) > 100:
        raise ValidationError("name", "too_long", len(name))
    if not 1 <= data.count <= MAX_PLACES:
        raise ValidationError("count", "out_of_range", data.count)
    return data.replace(name=name, basis=AwardBasis(data.basis))


@changes(Area.AWARDS)
def add_category(session: Session, *, data: CategoryData, category_id: int | None = None,
                 sort_order: int | None = None) -> int:
    """Add an award at the end of the list; returns its id (`category_id` on a redo)."""
    data = _clean(data)
    if sort_order is None:
        sort_order = (session.scalar(select(func.max(AwardCategory.sort_order))) or 0) + 1
    row = AwardCategory(id=category_id, name=data.name, count=data.count, basis=data.basis,
                        sort_order=sort_order)
    session.add(row)
    session.flush()
    return row.id


@changes(Area.AWARDS)
def update_category(session: Session, *, category_id: int, data: CategoryData) -> CategoryData:
    """Change an award; returns its previous data (undo)."""
    row = session.get(AwardCategory, category_id)
    if row is None:
        raise NotFoundError("award_category", category_id)
    previous = CategoryData(row.name, row.count, row.basis)
    data = _clean(data)
    row.name, row.count, row.basis = data.name, data.count, data.basis
    return previous


@changes(Area.AWARDS)
def remove_category(session: Session, *, category_id: int) -> CategoryRow:
    """Remove an award; returns it for undo."""
    row = session.get(AwardCategory, category_id)
    if row is None:
        raise NotFoundError("award_category", category_id)
    removed = CategoryRow(row.id, CategoryData(row.name, row.count, row.basis), row.sort_order)
    session.delete(row)
    return removed


@changes(Area.AWARDS)
def restore_category(session: Session, *, row: CategoryRow) -> int:
    """Put a removed award back in its place (undo of `remove_category`)."""
    return add_category(session, data=row.data, category_id=row.id, sort_order=row.sort_order)


@changes(Area.AWARDS)
def move_category(session: Session, *, category_id: int, step: int) -> int:
    """Move an award up (-1) or down (+1) the list; returns the opposite step (undo)."""
    rows = session.scalars(select(AwardCategory).order_by(AwardCategory.sort_order,
                                                          AwardCategory.id)).all()
    index = next((i for i, r in enumerate(rows) if r.id == category_id), None)
    if index is None:
        raise NotFoundError("award_category", category_id)
    other = index + step
    if not 0 <= other < len(rows):
        raise ValidationError("category_id", "cannot_move", step)
    rows = list(rows)
    rows[index], rows[other] = rows[other], rows[index]
    for number, row in enumerate(rows, start=1):
        row.sort_order = number
    return -step
