"""Write imported acts in one transaction: new ones added, known ones updated, undoable.

Public API:
- `IMPORTED_FIELDS`: the act fields a submission sheet provides; an update
  changes only these (status, placement, host and fixed start stay as they are).
- `import_key(submitted_by, title) -> str`: what identifies a sheet row across
  imports, so importing the same workbook twice does not duplicate acts.
- `plan_import(session, *, rows) -> list[PlannedRow]`: per row, whether it adds,
  updates or leaves unchanged which act, and whom its contact is (the preview
  shows this; `core.person_match` links only a certain match).
- `import_acts(session, *, rows, placement=None) -> ImportResult` (verb, all or
  nothing; with a `Placement`, the acts not yet in the running order are put at the
  end of their sections, in the sheet's order) and `undo_import(session, *, result)`
  (verb) which puts the order back, removes the added acts and restores the updated.
`rows` is a list of `(key, ActFields)`.
"""

from __future__ import annotations

import enum
import functools
import unicodedata
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from gala_manager.core.bulk import in_chunks
from gala_manager.core.import_rows import CategoryFilter
from gala_manager.core.models import Act, Section, SectionKind
from gala_manager.core.operations import Area, changes
from gala_manager.core.person_match import Match, PersonMatch, match_people, name_key
from gala_manager.core.programme.act_bulk import current_fields, insert_acts, update_acts
from gala_manager.core.programme.order import order_snapshot, restore_order, write_order
from gala_manager.core.programme.rows import ActFields, OrderSnapshot
from gala_manager.core.programme.sections import add_section

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
    """The effect of one row: `act_id` is the act it updates (None when added), `contact`
    how its contact name matched the gala's people (None without a name)."""

    key: str
    action: RowAction
    act_id: int | None
    contact: PersonMatch | None = None


@dataclass(frozen=True)
class Placement:
    """Put the imported acts into the running order: `keys` are (row key, section
    name) in order, `sections` the sections to find or add, as (name, kind)."""

    keys: tuple[tuple[str, str], ...]
    sections: tuple[tuple[str, SectionKind], ...] = ()


@dataclass(frozen=True)
class ImportResult:
    """What an import did, for the report and for undo."""

    added: tuple[int, ...]
    updated: tuple[tuple[int, dict], ...]  # (act id, previous values of changed fields)
    unchanged: int
    order_before: OrderSnapshot | None = None  # when the import placed acts
    placed: tuple[int, ...] = ()
    sections_added: tuple[int, ...] = ()


_SPACING = CategoryFilter("ZP")


@functools.lru_cache(maxsize=4096)  # the same submitters come back on every row
def _norm(text: str) -> str:
    # Titles and submitters are at most 200 characters; a longer one is refused anyway.
    return unicodedata.normalize("NFKC", (text or "")[:1000]).casefold().translate(_SPACING)


def import_key(submitted_by: str, title: str) -> str:
    """A row's identity: who submitted it and its title, spacing and punctuation ignored."""
    return f"{_norm(submitted_by)}|{_norm(title)}"


def _existing(session: Session, keys: list[str]) -> dict[str, int]:
    wanted = set(keys)
    # Every imported act's key, sorted out here: a sheet brings thousands of keys, and
    # an IN of thousands of parameters took longer to build than the gala's acts to read.
    rows = session.execute(select(Act.import_key, Act.id).where(Act.import_key != ""))
    return {key: act_id for key, act_id in rows if key in wanted}


def _differences(current: ActFields, new: ActFields) -> dict:
    found = {name: getattr(new, name) for name in IMPORTED_FIELDS
             if getattr(new, name) != getattr(current, name)}
    # A contact is linked when the sheet names someone certain, never unlinked by it.
    if current.contact_person_id is None and new.contact_person_id is not None:
        found["contact_person_id"] = new.contact_person_id
    return found


def _linked(fields: ActFields, contact: PersonMatch | None) -> ActFields:
    if contact is not None and contact.match == Match.LINKED:
        return fields.replace(contact_person_id=contact.person_id)
    return fields


def _plan(session: Session, rows: list[tuple[str, ActFields]]
          ) -> tuple[list[PlannedRow], dict[int, ActFields]]:
    """The planned rows, and the current fields of the acts they update."""
    known = _existing(session, [key for key, _ in rows])
    contacts = match_people(session, [(f.contact_name, f.contact_phone) for _, f in rows])
    current = current_fields(session, sorted(set(known.values())))
    planned = []
    for key, fields in rows:
        contact = contacts.get((fields.contact_name, fields.contact_phone))
        fields = _linked(fields, contact)
        act_id = known.get(key)
        if act_id is None:
            planned.append(PlannedRow(key, RowAction.ADD, None, contact))
        else:
            action = RowAction.UPDATE if _differences(current[act_id], fields) \
                else RowAction.UNCHANGED
            planned.append(PlannedRow(key, action, act_id, contact))
    return planned, current


def plan_import(session: Session, *, rows: list[tuple[str, ActFields]]) -> list[PlannedRow]:
    """What importing `rows` would do, row by row, without writing anything."""
    return _plan(session, rows)[0]


def _section_ids(session: Session, sections: tuple[tuple[str, SectionKind], ...],
                 again) -> tuple[dict[str, int], list[int]]:
    """Section name → id for the rundown's groups, adding the missing ones."""
    existing = list(session.scalars(select(Section).order_by(Section.position)))
    found: dict[str, int] = {}
    added: list[int] = []
    for name, kind in sections:
        match = next((s for s in existing if s.kind == kind and (
            kind != SectionKind.CUSTOM or name_key(s.name) == name_key(name))), None)
        if match is None:
            section_id = add_section(session, name="" if kind != SectionKind.CUSTOM else name,
                                     kind=kind, section_id=next(again, None))
            added.append(section_id)
            match = session.get(Section, section_id)
            existing.append(match)
        found[name] = match.id
    return found, added


def _place(session: Session, placement: Placement, ids: dict[str, int],
           redo_of: ImportResult | None) -> tuple[OrderSnapshot, tuple[int, ...], list[int]]:
    """Append the acts not yet in the running order to the end of their sections, in the
    sheet's order (an act without a section joins the last act's), written at once."""
    before = order_snapshot(session)
    again = iter(redo_of.sections_added if redo_of is not None else ())
    sections, added = _section_ids(session, placement.sections, again)
    entries = [(act_id, section_id) for act_id, section_id, _ in before.placements]
    ordered = {act_id for act_id, _ in entries}
    first = session.scalar(select(Section.id).order_by(Section.position, Section.id).limit(1))
    placed = []
    for key, section in placement.keys:
        act_id = ids.get(key)
        if act_id is None or act_id in ordered:
            continue  # already in the running order: left where the user put it
        section_id = sections.get(section)
        if section_id is None:
            section_id = entries[-1][1] if entries else first
        entries.append((act_id, section_id))
        ordered.add(act_id)
        placed.append(act_id)
    write_order(session, entries)
    return before, tuple(placed), added


@changes(Area.PROGRAMME)
def import_acts(session: Session, *, rows: list[tuple[str, ActFields]],
                placement: Placement | None = None,
                redo_of: ImportResult | None = None) -> ImportResult:
    """Add or update every row; any invalid row rolls the whole import back.

    `redo_of` (the result of a first run, on a redo after undo) gives the new
    acts and sections back their ids, in the same order.
    """
    new, changes, unchanged = [], [], 0
    ids: dict[str, int] = {}
    plan, current = _plan(session, rows)
    for planned, (key, fields) in zip(plan, rows, strict=True):
        fields = _linked(fields, planned.contact)
        if planned.action == RowAction.ADD:
            new.append((fields, key))
            continue
        ids[key] = planned.act_id
        if planned.action == RowAction.UPDATE:
            changes.append((planned.act_id, _differences(current[planned.act_id], fields)))
        else:
            unchanged += 1
    updated = update_acts(session, changes=changes)
    # New acts in one statement: a sheet may hold thousands.
    added = insert_acts(session, acts=new, act_ids=list(redo_of.added) if redo_of else None)
    ids.update((key, act_id) for (_, key), act_id in zip(new, added, strict=True))
    if placement is None:
        return ImportResult(tuple(added), tuple(updated), unchanged)
    before, placed, sections = _place(session, placement, ids, redo_of)
    return ImportResult(tuple(added), tuple(updated), unchanged, before, placed,
                        tuple(sections))


@changes(Area.PROGRAMME)
def undo_import(session: Session, *, result: ImportResult) -> None:
    """Put the running order back, remove the acts an import added and restore those
    it changed."""
    if result.order_before is not None:
        restore_order(session, snapshot=result.order_before)
    _remove(session, list(result.added))
    update_acts(session, changes=list(result.updated))


def _remove(session: Session, act_ids: list[int]) -> None:
    """Delete the acts an import added, as `remove_act` would (their rehearsal timings
    go by their foreign key, other areas' links to them are cleared, the order closes
    up), in a few statements: act by act, undoing 2,000 acts took 17 seconds."""
    order = order_snapshot(session)
    for chunk in in_chunks(act_ids):
        session.execute(delete(Act).where(Act.id.in_(chunk)))
    gone = set(act_ids)
    write_order(session, [(act_id, section_id) for act_id, section_id, _ in order.placements
                          if act_id not in gone])
