"""Verbs on the running order; each returns what undo needs.

Public API (verbs take `(session, *, ...)`, each is one transaction via
`GalaDocument.run`; positions are 1-based over the whole order):
- `place_act(act_id, position, section_id=None) -> OrderSnapshot`: insert an act
  not yet in the order, or move one that is. `move_act` and `insert_into_order`
  are the same verb under the names the UI uses.
- `place_and_select(act_ids, position, section_id=None) -> PlacedActs`: put acts
  from the side list into the order, where a merely submitted act becomes
  selected (an act in the order has been chosen); `unplace(placed)` undoes it.
- `remove_from_order(act_id) -> OrderSnapshot`: back to the "not in order" list;
  `remove_acts_from_order(act_ids)` does it for several at once.
- `add_section(name="", kind=CUSTOM, position=None, section_id=None) -> int`,
  `rename_section(section_id, name) -> str` (the previous name),
  `move_section(section_id, position) -> OrderSnapshot`,
  `remove_section(section_id) -> OrderSnapshot` (its acts join the section
  before it, or after it when it is the first).
- `restore_order(snapshot) -> OrderSnapshot`: the undo of all of the above;
  returns the order it replaced, so redo is the same call.
- `order_snapshot(session)`, `listordered_sections(session)`: queries.

Without `section_id`, a moved act keeps its section when the new place is at
that section's edge, else it joins the section of the act it is put before
(or after, at the very end). The verbs read where acts are with one plain
select and write only the acts whose place changed (2,000 acts stay quick).
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from gala_manager.core.bulk import expire_loaded
from gala_manager.core.errors import NotFoundError
from gala_manager.core.models import Act, ActStatus, Section
from gala_manager.core.operations import Area, changes
from gala_manager.core.programme.rows import OrderSnapshot, PlacedActs

_MISSING = object()
# (act id, section id) in running order, or (act id, section id, position) as stored.
Entry = tuple[int, int | None]
Placement = tuple[int, int | None, int | None]


def ordered_sections(session: Session) -> list[Section]:
    """The sections, first to last (ORM objects: the verbs renumber them)."""
    return list(session.scalars(select(Section).order_by(Section.position, Section.id)))


# Every act's id, section and position: the one read an order verb needs.
_PLACES = select(Act.id, Act.section_id, Act.position)


def _places(session: Session) -> dict[int, tuple[int | None, int | None]]:
    """Every act's (section id, position) by id: one plain select, no ORM objects."""
    session.flush()
    return {act_id: (section_id, position) for act_id, section_id, position
            in session.connection().execute(_PLACES)}


def _placements(places: dict[int, tuple[int | None, int | None]]) -> list[Placement]:
    """Where the acts of the order are, first to last."""
    return sorted(((act_id, section_id, position)
                   for act_id, (section_id, position) in places.items() if position is not None),
                  key=lambda p: (p[2], p[0]))


def _act_exists(session: Session, act_id: int) -> None:
    if session.scalar(select(Act.id).where(Act.id == act_id)) is None:
        raise NotFoundError("act", act_id)


def _by_section(entries: list[Entry], sections: list[Section]) -> list[Entry]:
    """Entries with each section's acts together, in section order (stable)."""
    rank = {s.id: i for i, s in enumerate(sections)}
    return sorted(entries, key=lambda e: -1 if e[1] is None else rank.get(e[1], -1))


def write_order(session: Session, entries: list[Entry],
                 sections: list[Section] | None = None,
                 places: dict[int, tuple[int | None, int | None]] | None = None) -> None:
    """Number `entries` 1..N (sections kept together) and write only what changed.

    Every act not listed leaves the order. One UPDATE per changed act, by
    primary key, instead of loading thousands of acts to renumber them.
    `places` is what `_places` read, when the caller has it and wrote no place since.
    """
    session.flush()
    entries = _by_section(entries, ordered_sections(session) if sections is None else sections)
    stored = _places(session) if places is None else places
    wanted = {act_id: (section_id, number)
              for number, (act_id, section_id) in enumerate(entries, start=1)}
    rows = [{"id": act_id, "section_id": place[0], "position": place[1]}
            for act_id, place in wanted.items() if stored.get(act_id) != place]
    rows += [{"id": act_id, "section_id": None, "position": None}
             for act_id, place in stored.items() if act_id not in wanted and place != (None, None)]
    if rows:
        session.execute(update(Act), rows)
        # Acts this session already loaded must not keep their old places.
        expire_loaded(session, Act, attributes=["section_id", "position"])


def _snapshot(sections: list[Section], placements: list[Placement]) -> OrderSnapshot:
    return OrderSnapshot(tuple((s.id, s.kind, s.name, s.position) for s in sections),
                         tuple(placements))


def order_snapshot(session: Session) -> OrderSnapshot:
    """The sections and every act's place in the order."""
    return _snapshot(ordered_sections(session), _placements(_places(session)))


def _section_for(current: Entry | None, entries: list[Entry], index: int,
                 sections: list[Section]) -> int | None:
    """The section of an act put at `index` of `entries` (`current`: its place, if ordered)."""
    before = entries[index - 1][1] if index > 0 else _MISSING
    after = entries[index][1] if index < len(entries) else _MISSING
    candidates = [s for s in (after, before) if s is not _MISSING]
    if not candidates:
        if current is not None:
            return current[1]
        return sections[0].id if sections else None
    if current is not None and current[1] in candidates:
        return current[1]
    return candidates[0]


def _place(entries: list[Entry], act_id: int, position: int, section_id: int | None,
           sections: list[Section], current: Entry | None) -> list[Entry]:
    """The order after putting one act, no longer in `entries`, at `position` (pure; see
    the module doc); `current` is where it was, if it was in the order."""
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
        chosen = _section_for(current, entries, index, sections)
    entries.insert(index, (act_id, chosen))
    return _by_section(entries, sections)


@changes(Area.PROGRAMME)
def place_act(session: Session, *, act_id: int, position: int,
              section_id: int | None = None) -> OrderSnapshot:
    """Put an act at `position` of the order (clamped to the ends); see module doc."""
    return place_acts(session, act_ids=[act_id], position=position, section_id=section_id)


move_act = place_act
insert_into_order = place_act


@changes(Area.PROGRAMME)
def place_acts(session: Session, *, act_ids: list[int], position: int,
               section_id: int | None = None) -> OrderSnapshot:
    """Put several acts, in the given order, from `position` on (one drag of many):
    the position in the order they all left first, so they land together."""
    sections = ordered_sections(session)
    places = _places(session)
    placements = _placements(places)
    before = _snapshot(sections, placements)
    moving = set(act_ids)
    current = {act_id: (act_id, sid) for act_id, sid, _ in placements if act_id in moving}
    entries = [(act_id, sid) for act_id, sid, _ in placements if act_id not in moving]
    for offset, act_id in enumerate(act_ids):
        if act_id not in places:
            raise NotFoundError("act", act_id)
        entries = _place(entries, act_id, position + offset, section_id, sections,
                         current.get(act_id))
    write_order(session, entries, sections, places)
    return before


@changes(Area.PROGRAMME)
def place_and_select(session: Session, *, act_ids: list[int], position: int,
                     section_id: int | None = None) -> PlacedActs:
    """Put acts into the order from `position`; those only submitted become selected."""
    before = place_acts(session, act_ids=act_ids, position=position, section_id=section_id)
    raised = []
    for act_id in act_ids:
        act = session.get(Act, act_id)
        if act.status == ActStatus.SUBMITTED:
            raised.append((act_id, act.status))
            act.status = ActStatus.SELECTED
    return PlacedActs(before, tuple(raised))


@changes(Area.PROGRAMME)
def unplace(session: Session, *, placed: PlacedActs) -> None:
    """Undo `place_and_select`: the order as it was, the statuses as they were."""
    restore_order(session, snapshot=placed.order)
    for act_id, status in placed.statuses:
        _act_exists(session, act_id)
        session.get(Act, act_id).status = ActStatus(status)


@changes(Area.PROGRAMME)
def remove_from_order(session: Session, *, act_id: int) -> OrderSnapshot:
    """Take an act out of the running order (it stays among the submitted acts)."""
    before = order_snapshot(session)
    _act_exists(session, act_id)
    write_order(session, [(a, s) for a, s, _ in before.placements if a != act_id])
    return before


@changes(Area.PROGRAMME)
def remove_acts_from_order(session: Session, *, act_ids: list[int]) -> OrderSnapshot:
    """Take several acts out of the running order at once (one drag of many)."""
    before = order_snapshot(session)
    for act_id in act_ids:
        _act_exists(session, act_id)
    leaving = set(act_ids)
    write_order(session, [(a, s) for a, s, _ in before.placements if a not in leaving])
    return before


@changes(Area.PROGRAMME)
def restore_order(session: Session, *, snapshot: OrderSnapshot) -> OrderSnapshot:
    """Make the sections and the order exactly `snapshot`; returns the replaced one."""
    places = _places(session)
    sections = ordered_sections(session)
    before = _snapshot(sections, _placements(places))
    wanted = {sid for sid, *_ in snapshot.sections}
    going = [section for section in sections if section.id not in wanted]
    if going:
        # Acts leave the sections about to go, so no foreign key points at them.
        session.execute(update(Act).where(Act.section_id.is_not(None),
                                          Act.section_id.not_in(wanted))
                        .values(section_id=None))
        for section in going:
            session.delete(section)
        session.flush()
        places = None
    for sid, kind, name, position in snapshot.sections:
        section = session.get(Section, sid)
        if section is None:
            section = Section(id=sid)
            session.add(section)
        section.kind, section.name, section.position = kind, name, position
    places = _places(session) if places is None else places
    # Acts deleted since have nothing to put back.
    placements = sorted((p for p in snapshot.placements if p[0] in places),
                        key=lambda p: (p[2], p[0]))
    write_order(session, [(act_id, sid) for act_id, sid, _ in placements], places=places)
    return before
