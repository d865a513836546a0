"""New gala from this one: copy what a committee reuses, reset what it must redo.

What is copied is a table-driven list: each copied table names the columns
it resets (statuses back to the start) and the dates it moves with the gala
date. Acts, rehearsals, the show log, staffing assignments and the review
belong to one night and are not copied. A test requires every table of the
schema to be classified here, so a new area's table cannot be forgotten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, insert, select, text
from sqlalchemy.orm import Session

from gala_manager.core.gala.facts import GalaFacts, get_gala_facts, set_gala_facts
from gala_manager.core.models import (
    Base,
    GuestStatus,
    PromiseStatus,
    SponsorStatus,
    SupplyStatus,
    TaskStatus,
)
from gala_manager.core.operations import AREAS, changes
from gala_manager.core.storage import GalaDocument


@dataclass(frozen=True)
class CopyRule:
    """How one table is copied: columns set to a fixed value, date columns moved."""

    reset: Mapping[str, object] = field(default_factory=dict)
    move_dates: tuple[str, ...] = ()


COPIED: dict[str, CopyRule] = {
    "department": CopyRule(),
    "person": CopyRule(),
    "person_role": CopyRule(reset={"confirmed": False}),
    "staff_settings": CopyRule(),
    "post": CopyRule(),
    "shift": CopyRule(),  # times of the gala day: they move with the date by themselves
    "duty": CopyRule(),
    "supply_category": CopyRule(),
    "supply_budget": CopyRule(),
    "supply_item": CopyRule(reset={"status": SupplyStatus.PLANNED}, move_dates=("needed_by",)),
    "contingency_settings": CopyRule(),
    "contingency_plan": CopyRule(),
    "plan_contact": CopyRule(),
    "plan_equipment": CopyRule(),
    "plan_step": CopyRule(),
    "plan_post": CopyRule(),
    "programme_settings": CopyRule(),
    "programme_section": CopyRule(),
    "task": CopyRule(reset={"status": TaskStatus.TODO}, move_dates=("due_date",)),
    "task_step": CopyRule(reset={"done": False}),
    # Next year's outreach starts from the same companies and the same promises.
    "sponsor": CopyRule(reset={"status": SponsorStatus.APPROACHED}),
    "sponsor_goods": CopyRule(),
    "sponsor_promise": CopyRule(reset={"status": PromiseStatus.PENDING, "photo_path": ""}),
    # Next year's guests are invited again; seats and texts carry over as a start.
    "guest": CopyRule(reset={"status": GuestStatus.TO_INVITE}),
    "seating_plan": CopyRule(),
    "invitation_text": CopyRule(),
    # Next year's draws: the same prizes and pools (a volunteers' list changes, seats not).
    "draw": CopyRule(),
    "draw_name": CopyRule(),
    # The rule and the awards carry over; scores, votes and decisions belong to one night.
    "award_settings": CopyRule(),
    "award_category": CopyRule(),
    # Questions carry over without their round (an act of this night); prizes handed out
    # do not.
    "quiz_question": CopyRule(),
}

# One night's own data. "gala" is written from the new facts instead.
NOT_COPIED = frozenset({"gala", "act", "rehearsal", "rehearsal_timing", "rehearsal_event",
                        "show_event", "duty_person", "review", "department_review",
                        "draw_winner", "award_entry", "score", "audience_vote",
                        "award_tiebreak", "prize_handout"})


@dataclass(frozen=True)
class GalaCopy:
    """The rows to write into the new gala, table by table, in dependency order."""

    facts: GalaFacts
    tables: tuple[tuple[str, tuple[dict, ...]], ...]


def unclassified_tables() -> set[str]:
    """Tables of the schema this module does not know what to do with."""
    return {t.name for t in Base.metadata.sorted_tables} - set(COPIED) - NOT_COPIED


def _prepare(table, rows: list[dict], rule: CopyRule, delta: dt.timedelta | None) -> tuple:
    # A reference into a table that is not copied (an act, say) cannot follow.
    dangling = [fk.parent.name for fk in table.foreign_keys
                if fk.column.table.name not in COPIED]
    out = []
    for row in rows:
        row = {**row, **rule.reset}
        for name in dangling:
            row[name] = None
        if delta is not None:
            for name in rule.move_dates:
                if row.get(name) is not None:
                    row[name] = row[name] + delta
        out.append(row)
    return tuple(out)


def read_copy(session: Session, *, name: str, date: dt.date | None) -> GalaCopy:
    """Everything the new gala takes over from this one, as plain rows."""
    facts = get_gala_facts(session)
    delta = date - facts.date if date is not None and facts.date is not None else None
    tables = []
    for table in Base.metadata.sorted_tables:
        rule = COPIED.get(table.name)
        if rule is None:
            continue
        rows = [dict(r._mapping) for r in session.execute(select(table).order_by(*table.
                                                                               primary_key))]
        tables.append((table.name, _prepare(table, rows, rule, delta)))
    return GalaCopy(facts.replace(name=name, date=date), tuple(tables))


@changes(*AREAS)
def write_copy(session: Session, *, copy: GalaCopy) -> dict[str, int]:
    """Fill a new, empty gala with the copy; returns the rows written per table."""
    # Departments and people refer to each other: check the keys at commit.
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    set_gala_facts(session, facts=copy.facts)
    by_name = {t.name: t for t in Base.metadata.sorted_tables}
    for name, _rows in reversed(copy.tables):
        session.execute(delete(by_name[name]))  # built-in rows a new file starts with
    counts = {}
    for name, rows in copy.tables:
        if rows:
            session.execute(insert(by_name[name]), list(rows))
        counts[name] = len(rows)
    return counts


def new_gala_from(source: GalaDocument, target: Path, *, name: str,
                  date: dt.date | None) -> dict[str, int]:
    """Create `target` as a new gala from `source`; returns the rows copied per table.

    Raises `FileExistsAlreadyError` rather than overwrite; on any failure the
    half-made file is removed.
    """
    copy = source.read(read_copy, name=name, date=date)
    doc = GalaDocument.create(Path(target))
    try:
        counts = doc.run(write_copy, copy=copy)
    except BaseException:
        doc.close()
        Path(target).unlink(missing_ok=True)
        raise
    doc.close()
    return counts
