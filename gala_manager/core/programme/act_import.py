"""Write imported acts in one transaction: new ones added, known ones updated, undoable.

Public API:
- `IMPORTED_FIELDS`: the act fields a submission sheet provides; an update
  changes only these (status, placement, host and fixed start stay as they are).
- `import_key(submitted_by, title) -> str`: what identifies a sheet row across
  imports, so importing the same workbook twice does not duplicate acts.
- `plan_import(session, *, rows) -> list[PlannedRow]`: per row, whether it adds,
  updates or leaves unchanged which act (the preview shows this).
- `import_acts(session, *, rows) -> ImportResult` (verb, all or nothing) and
  `undo_import(session, *, result)` (verb) which removes the added acts and puts
  the updated ones' previous values back.
`rows` is a list of `(key, ActFields)`.
"""

from __future__ import annotations

import enum
import functools
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.models import Act
from gala_manager.core.operations import Area, changes
from gala_manager.core.programme.acts import get_act, insert_acts, remove_act, update_act
from gala_manager.core.programme.rows import ActFields

IMPORTED_FIELDS = ("title", "kind", "performers", "head_count", "submitted_by_department_id",
                   "submitted_by_text", "contact_name", "contact_phone", "duration_seconds",
                   "mic_count", "props", "music_file", "lighting_notes", "sound_notes", "notes")


class RowAction(enum.StrEnum):
    """What importing a row does."""

    ADD = "add"
    UPDATE = "update"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class PlannedRow:
    """The effect of one row: `act_id` is the act it updates (None when added)."""

    key: str
    action: RowAction
    act_id: int | None


@dataclass(frozen=True)
class ImportResult:
    """What an import did, for the report and for undo."""

    added: tuple[int, ...]
    updated: tuple[tuple[int, dict], ...]  # (act id, previous values of changed fields)
    unchanged: int


@functools.lru_cache(maxsize=4096)  # the same submitters come back on every row
def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith(("Z", "P")))


def import_key(submitted_by: str, title: str) -> str:
    """A row's identity: who submitted it and its title, spacing and punctuation ignored."""
    return f"{_norm(submitted_by)}|{_norm(title)}"


def _existing(session: Session, keys: list[str]) -> dict[str, int]:
    rows = session.execute(select(Act.import_key, Act.id).where(Act.import_key.in_(keys)))
    return {key: act_id for key, act_id in rows}


def _differences(current: ActFields, new: ActFields) -> dict:
    return {name: getattr(new, name) for name in IMPORTED_FIELDS
            if getattr(new, name) != getattr(current, name)}


def plan_import(session: Session, *, rows: list[tuple[str, ActFields]]) -> list[PlannedRow]:
    """What importing `rows` would do, row by row, without writing anything."""
    known = _existing(session, [key for key, _ in rows])
    planned = []
    for key, fields in rows:
        act_id = known.get(key)
        if act_id is None:
            planned.append(PlannedRow(key, RowAction.ADD, None))
        else:
            current = get_act(session, act_id=act_id).fields
            action = RowAction.UPDATE if _differences(current, fields) else RowAction.UNCHANGED
            planned.append(PlannedRow(key, action, act_id))
    return planned


@changes(Area.PROGRAMME)
def import_acts(session: Session, *, rows: list[tuple[str, ActFields]],
                redo_of: ImportResult | None = None) -> ImportResult:
    """Add or update every row; any invalid row rolls the whole import back.

    `redo_of` (the result of a first run, on a redo after undo) gives the new
    acts back their ids, in the same order.
    """
    new, updated, unchanged = [], [], 0
    for planned, (key, fields) in zip(plan_import(session, rows=rows), rows, strict=True):
        if planned.action == RowAction.ADD:
            new.append((fields, key))
        elif planned.action == RowAction.UPDATE:
            current = get_act(session, act_id=planned.act_id).fields
            previous = update_act(session, act_id=planned.act_id,
                                  changes=_differences(current, fields))
            updated.append((planned.act_id, previous))
        else:
            unchanged += 1
    # New acts in one statement: a sheet may hold thousands.
    added = insert_acts(session, acts=new, act_ids=list(redo_of.added) if redo_of else None)
    return ImportResult(tuple(added), tuple(updated), unchanged)


@changes(Area.PROGRAMME)
def undo_import(session: Session, *, result: ImportResult) -> None:
    """Remove the acts an import added and restore those it changed."""
    for act_id in result.added:
        if session.get(Act, act_id) is not None:
            remove_act(session, act_id=act_id)
    for act_id, previous in result.updated:
        if session.get(Act, act_id) is not None:
            update_act(session, act_id=act_id, changes=previous)
