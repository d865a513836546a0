"""Verbs on the running order's sections (上半场, 下半场, one's own); undone by `restore_order`.

Public API (verbs take `(session, *, ...)`, one transaction each via `GalaDocument.run`):
- `add_section(name="", kind=CUSTOM, position=None, section_id=None) -> int`,
  `rename_section(section_id, name) -> str` (the previous name),
  `move_section(section_id, position) -> OrderSnapshot`,
  `remove_section(section_id) -> OrderSnapshot` (its acts join the section
  before it, or after it when it is the first).
- `list_sections(session)`: query.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import Section, SectionKind
from gala_manager.core.operations import Area, changes
from gala_manager.core.programme.order import order_snapshot, ordered_sections, write_order
from gala_manager.core.programme.rows import OrderSnapshot, SectionRow


def list_sections(session: Session) -> list[SectionRow]:
    """The sections in their order."""
    return [SectionRow(s.id, s.kind, s.name, s.position) for s in ordered_sections(session)]


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
    sections = ordered_sections(session)
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
    sections = ordered_sections(session)
    section = next((s for s in sections if s.id == section_id), None)
    if section is None:
        raise NotFoundError("section", section_id)
    sections.remove(section)
    sections.insert(min(max(position - 1, 0), len(sections)), section)
    for number, item in enumerate(sections, start=1):
        item.position = number
    session.flush()
    write_order(session, [(a, s) for a, s, _ in before.placements], sections)
    return before


@changes(Area.PROGRAMME)
def remove_section(session: Session, *, section_id: int) -> OrderSnapshot:
    """Delete a section; its acts stay in the order in the neighbouring section."""
    before = order_snapshot(session)
    sections = ordered_sections(session)
    ids = [s.id for s in sections]
    if section_id not in ids:
        raise NotFoundError("section", section_id)
    index = ids.index(section_id)
    others = ids[:index] + ids[index + 1:]
    heir = ids[index - 1] if index > 0 else (others[0] if others else None)
    entries = [(a, heir if s == section_id else s) for a, s, _ in before.placements]
    session.delete(sections[index])
    session.flush()
    write_order(session, entries)
    return before
