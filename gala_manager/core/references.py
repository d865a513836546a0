"""Find rows of any area that refer to a person or a department, by foreign key.

Reading the foreign keys from the models means an area that adds a column
pointing at a person (an act's contact, a task's person in charge) is guarded
against deletion without changing this module.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from gala_manager.core.models import Base

# Columns tried, in order, to name a referring row for the user.
LABEL_COLUMNS = ("title", "name", "label", "company")


@dataclass(frozen=True)
class Referrer:
    """Rows of one table whose `column` points at the row being deleted."""

    table: str
    column: str
    ids: tuple[int, ...]
    labels: tuple[str, ...]


def _foreign_columns(target: str, skip: set[tuple[str, str]]) -> list[tuple[Table, str]]:
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == target and (table.name, fk.parent.name) not in skip:
                found.append((table, fk.parent.name))
    return found


def _label(table: Table):
    for name in LABEL_COLUMNS:
        if name in table.c:
            return table.c[name]
    return table.c.id


def find_referrers(session: Session, target: str, key: int,
                   skip: set[tuple[str, str]]) -> list[Referrer]:
    """Every table row pointing at `target` row `key`, except the (table, column)s skipped."""
    found = []
    for table, column in _foreign_columns(target, skip):
        rows = session.execute(select(table.c.id, _label(table))
                               .where(table.c[column] == key).order_by(table.c.id)).all()
        if rows:
            found.append(Referrer(table.name, column, tuple(r[0] for r in rows),
                                  tuple(str(r[1]) for r in rows)))
    return found


def _kind(referrer: Referrer) -> str:
    """The table's name, or "table_role" when the table points at the same target from
    two columns (an act's contact and its host: "act_contact", "act_host")."""
    table = Base.metadata.tables[referrer.table]
    target = next(fk.column.table.name for fk in table.foreign_keys
                  if fk.parent.name == referrer.column)
    if sum(1 for fk in table.foreign_keys if fk.column.table.name == target) == 1:
        return referrer.table
    return f"{referrer.table}_{referrer.column.removesuffix('_id').removesuffix('_person')}"


def as_references(referrers: list[Referrer]) -> list[str]:
    """The "kind:label" strings of an `InUseError` (kind: see `_kind`)."""
    return [f"{_kind(r)}:{label}" for r in referrers for label in r.labels]


def detach(session: Session, referrers: list[Referrer]) -> None:
    """Set the referring columns to NULL (they must be nullable)."""
    for r in referrers:
        table = Base.metadata.tables[r.table]
        session.execute(update(table).where(table.c.id.in_(r.ids)).values({r.column: None}))


def reattach(session: Session, referrers: list[Referrer], key: int) -> None:
    """Point the rows back at `key` (undo of `detach`), skipping rows gone since."""
    for r in referrers:
        table = Base.metadata.tables[r.table]
        session.execute(update(table).where(table.c.id.in_(r.ids)).values({r.column: key}))
