"""Verbs on the running order and its sections; each returns what undo needs.

Public API (verbs take `(session, *, ...)`, each is one transaction via
`GalaDocument.run`; positions are 1-based over the whole order):
- `place_act(act_id, position, section_id=None) -> OrderSnapshot`: insert an act
  not yet in the order, or move one that is. `move_act` and `insert_into_order`
  are the same verb under the names the UI uses.
- `remove_from_order(act_id) -> OrderSnapshot`: back to the "not in order" list;
  `remove_acts_from_order(act_ids)` does it for several at once.
- `add_section(name="", kind=CUSTOM, position=None, section_id=None) -> int`,
  `rename_section(section_id, name) -> str` (the previous name),
  `move_section(section_id, position) -> OrderSnapshot`,
  `remove_section(section_id) -> OrderSnapshot` (its acts join the section
  before it, or after it when it is the first).
- `restore_order(snapshot) -> OrderSnapshot`: the undo of all of the above;
  returns the order it replaced, so redo is the same call.
- `order_snapshot(session)`, `list_sections(session)`: queries.

Without `section_id`, a moved act keeps its section when the new place is at
that section's edge, else it joins the section of the act it is put before
(or after, at the very end).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import Act, Section, SectionKind
from gala_manager.core.operations import Area, changes
from gala_manager.core.programme.rows import OrderSnapshot, SectionRow

_MISSING = object()


def _sections(session: Session) -> list[Section]:
    return list(session.scalars(select(Section).order_by(Section.position, Section.id)))


def ordered_acts(session: Session) -> list[Act]:
    """The acts in the running order, first to last (ORM objects; core use only)."""
    return list(session.scalars(
        select(Act).where(Act.position.is_not(None)).order_by(Act.position, Act.id)))


def _act(session: Session, act_id: int) -> Act:
    act = session.get(Act, act_id)
    if act is None:
        raise NotFoundError("act", act_id)
    return act


def _write_order(session: Session, entries: list[tuple[Act, int | None]]) -> None:
    """Number `entries` 1..N, keeping each section's acts together in section order."""
    rank = {s.id: i for i, s in enumerate(_sections(session))}
    entries = sorted(entries, key=lambda e: -1 if e[1] is None else rank.get(e[1], -1))
    listed = {act.id for act, _ in entries}
    for act in ordered_acts(session):
        if act.id not in listed:
            act.position, act.section_id = None, None
    for number, (act, section_id) in enumerate(entries, start=1):
        act.position, act.section_id = number, section_id
    session.flush()


def order_snapshot(session: Session) -> OrderSnapshot:
    """The sections and every act's place in the order."""
    return OrderSnapshot(
        tuple((s.id, s.kind, s.name, s.position) for s in _sections(session)),
        tuple((a.id, a.section_id, a.position) for a in ordered_acts(session)),
    )


def list_sections(session: Session) -> list[SectionRow]:
    """The sections in their order."""
    return [SectionRow(s.id, s.kind, s.name, s.position) for s in _sections(session)]


def _section_for(act: Act, entries: list[tuple[Act, int | None]], index: int,
                 sections: list[Section]) -> int | None:
    before = entries[index - 1][1] if index > 0 else _MISSING
    after = entries[index][1] if index < len(entries) else _MISSING
    candidates = [s for s in (after, before) if s is not _MISSING]
    if not candidates:
        if act.position is not None:
            return act.section_id
        return sections[0].id if sections else None
    if act.position is not None and act.section_id in candidates:
        return act.section_id
    return candidates[0]


@changes(Area.PROGRAMME)
def place_act(session: Session, *, act_id: int, position: int,
              section_id: int | None = None) -> OrderSnapshot:
    """Put an act at `position` of the order (clamped to the ends); see module doc."""
    before = order_snapshot(session)
    act = _act(session, act_id)
    sections = _sections(session)
    entries = [(a, a.section_id) for a in ordered_acts(session) if a.id != act_id]
    index = min(max(int(position) - 1, 0), len(entries))
    if section_id is not None:
        ids = [s.id for s in sections]
        if section_id not in ids:
            raise NotFoundError("section", section_id)
        inside = [i for i, (_, s) in enumerate(entries) if s == section_id]
        if inside:
            index = min(max(index, inside[0]), inside[-1] + 1)
        else:
            rank = ids.index(section_id)
            index = sum(1 for _, s in entries if s is None or ids.index(s) < rank)
        chosen = section_id
    else:
        chosen = _section_for(act, entries, index, sections)
    entries.insert(index, (act, chosen))
    _write_order(session, entries)
    return before


move_act = place_act
insert_into_order = place_act


@changes(Area.PROGRAMME)
def place_acts(session: Session, *, act_ids: list[int], position: int,
               section_id: int | None = None) -> OrderSnapshot:
    """Put several acts, in the given order, from `position` on (one drag of many)."""
    before = order_snapshot(session)
    for offset, act_id in enumerate(act_ids):
        place_act(session, act_id=act_id, position=position + offset, section_id=section_id)
    return before


@changes(Area.PROGRAMME)
def remove_from_order(session: Session, *, act_id: int) -> OrderSnapshot:
    """Take an act out of the running order (it stays among the submitted acts)."""
    before = order_snapshot(session)
    _act(session, act_id)
    entries = [(a, a.section_id) for a in ordered_acts(session) if a.id != act_id]
    _write_order(session, entries)
    return before


@changes(Area.PROGRAMME)
def remove_acts_from_order(session: Session, *, act_ids: list[int]) -> OrderSnapshot:
    """Take several acts out of the running order at once (one drag of many)."""
    before = order_snapshot(session)
    for act_id in act_ids:
        _act(session, act_id)
    leaving = set(act_ids)
    _write_order(session, [(a, a.section_id) for a in ordered_acts(session)
                           if a.id not in leaving])
    return before


@changes(Area.PROGRAMME)
def add_section(session: Session, *, name: str = "", kind: SectionKind = SectionKind.CUSTOM,
                position: int | None = None, section_id: int | None = None) -> int:
    """Add a section (at 1-based `position` among sections, default last); its id.

    `section_id` re-inserts it under the id a first run gave it (redo after undo).
    """
    kind = SectionKind(kind)
    name = name.strip()
    if kind == SectionKind.CUSTOM and not name:
        raise ValidationError("section_name", "required", name)
    sections = _sections(session)
    index = len(sections) if position is None else min(max(position - 1, 0), len(sections))
    section = Section(id=section_id, kind=kind, name=name, position=0)
    session.add(section)
    sections.insert(index, section)
    for number, item in enumerate(sections, start=1):
        item.position = number
    session.flush()
    return section.id


@changes(Area.PROGRAMME)
def rename_section(session: Session, *, section_id: int, name: str) -> str:
    """Rename a section; returns the previous name."""
    section = session.get(Section, section_id)
    if section is None:
        raise NotFoundError("section", section_id)
    name = name.strip()
    if section.kind == SectionKind.CUSTOM and not name:
        raise ValidationError("section_name", "required", name)
    previous, section.name = section.name, name
    return previous


@changes(Area.PROGRAMME)
def move_section(session: Session, *, section_id: int, position: int) -> OrderSnapshot:
    """Move a section (with its acts) to 1-based `position` among sections."""
    before = order_snapshot(session)
    sections = _sections(session)
    section = next((s for s in sections if s.id == section_id), None)
    if section is None:
        raise NotFoundError("section", section_id)
    sections.remove(section)
    sections.insert(min(max(position - 1, 0), len(sections)), section)
    for number, item in enumerate(sections, start=1):
        item.position = number
    session.flush()
    _write_order(session, [(a, a.section_id) for a in ordered_acts(session)])
    return before


@changes(Area.PROGRAMME)
def remove_section(session: Session, *, section_id: int) -> OrderSnapshot:
    """Delete a section; its acts stay in the order in the neighbouring section."""
    before = order_snapshot(session)
    sections = _sections(session)
    ids = [s.id for s in sections]
    if section_id not in ids:
        raise NotFoundError("section", section_id)
    index = ids.index(section_id)
    others = ids[:index] + ids[index + 1:]
    heir = ids[index - 1] if index > 0 else (others[0] if others else None)
    entries = [(a, heir if a.section_id == section_id else a.section_id)
               for a in ordered_acts(session)]
    session.delete(sections[index])
    session.flush()
    _write_order(session, entries)
    return before


@changes(Area.PROGRAMME)
def restore_order(session: Session, *, snapshot: OrderSnapshot) -> OrderSnapshot:
    """Make the sections and the order exactly `snapshot`; returns the replaced one."""
    before = order_snapshot(session)
    wanted = {sid for sid, *_ in snapshot.sections}
    for act in session.scalars(select(Act).where(Act.section_id.is_not(None))):
        act.section_id = None
    for section in _sections(session):
        if section.id not in wanted:
            session.delete(section)
    session.flush()
    for sid, kind, name, position in snapshot.sections:
        section = session.get(Section, sid)
        if section is None:
            section = Section(id=sid)
            session.add(section)
        section.kind, section.name, section.position = kind, name, position
    session.flush()
    for act in ordered_acts(session):
        act.position = None
    for act_id, sid, position in snapshot.placements:
        act = session.get(Act, act_id)
        if act is not None:  # deleted since; nothing to put back
            act.section_id, act.position = sid, position
    session.flush()
    _write_order(session, [(a, a.section_id) for a in ordered_acts(session)])
    return before
