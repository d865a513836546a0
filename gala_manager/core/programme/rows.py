"""Plain-value rows of the programme that verbs take and queries return.

Public API:
- `ActFields`: every editable field of an act (add/update take and give these).
- `ActRow`: an act as the UI lists it: id, fields, placement and resolved names.
- `ScheduledAct`: one act of the running order with its computed times; what the
  Programme page, the show console, staff checks and the run-sheets read.
- `SectionRow`, `OrderSnapshot` (the whole order, for undo), `RemovedAct`,
  `ProgrammeSummary` (planned end and total against the gala's planned length).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from dataclasses import dataclass

from gala_manager.core.models import ActKind, ActStatus, MicKind, SectionKind

# Statuses an act in the running order may have without being reported.
PLAYABLE = frozenset({ActStatus.SELECTED, ActStatus.REHEARSED, ActStatus.CONFIRMED})


@dataclass(frozen=True)
class ActFields:
    """The editable fields of an act, as plain values."""

    title: str
    kind: ActKind = ActKind.OTHER
    performers: str = ""
    head_count: int = 0
    submitted_by_department_id: int | None = None
    submitted_by_text: str = ""
    contact_person_id: int | None = None
    contact_name: str = ""
    contact_phone: str = ""
    duration_seconds: int = 180
    changeover_seconds: int | None = None
    mic_count: int = 0
    mic_kind: MicKind = MicKind.HANDHELD
    props: str = ""
    music_file: str = ""
    lighting_notes: str = ""
    sound_notes: str = ""
    host_link: str = ""
    host_person_id: int | None = None
    fixed_start: dt.time | None = None
    status: ActStatus = ActStatus.SUBMITTED
    notes: str = ""

    def replace(self, **changes: object) -> ActFields:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)


ACT_FIELDS = tuple(f.name for f in dataclasses.fields(ActFields))


@dataclass(frozen=True)
class ActRow:
    """An act with its placement and the names its ids refer to."""

    id: int
    fields: ActFields
    section_id: int | None
    position: int | None
    submitted_by: str
    contact_name: str
    contact_phone: str
    host_name: str
    import_key: str = ""

    @property
    def title(self) -> str:
        """The act's title."""
        return self.fields.title

    @property
    def in_order(self) -> bool:
        """True when the act is in the running order."""
        return self.position is not None


@dataclass(frozen=True)
class SectionRow:
    """A section of the running order; `name` is empty for the unnamed halves."""

    id: int
    kind: SectionKind
    name: str
    position: int


class Verdict(enum.StrEnum):
    """The running total against the gala's shortest and longest length."""

    UNDER = "under"
    WITHIN = "within"
    OVER = "over"


@dataclass(frozen=True, slots=True)
class ScheduledAct:
    """One act of the running order with its computed times (datetimes).

    `gap_seconds` > 0 is idle stage time before a fixed start, < 0 an overlap.
    `measured_seconds` is the latest rehearsal's timing, if any.
    `day_offset` is 1 for an act starting after midnight of the gala's date.
    """

    act_id: int
    position: int
    number: int
    section_id: int | None
    section_kind: SectionKind | None
    section_name: str
    title: str
    kind: ActKind
    status: ActStatus
    performers: str
    head_count: int
    submitted_by: str
    duration_seconds: int
    changeover_seconds: int
    changeover_is_default: bool
    fixed_start: dt.time | None
    start: dt.datetime
    end: dt.datetime
    gap_seconds: int
    measured_seconds: int | None
    contact_name: str
    contact_phone: str
    host_link: str
    host_person_id: int | None
    host_name: str
    mic_count: int
    mic_kind: MicKind
    props: str
    music_file: str
    lighting_notes: str
    sound_notes: str
    notes: str
    day_offset: int = 0

    @property
    def overlap_seconds(self) -> int:
        """How long the previous act is still on at this act's fixed start."""
        return max(0, -self.gap_seconds)


@dataclass(frozen=True)
class ProgrammeSummary:
    """The running order's totals against the gala's planned length."""

    start: dt.datetime
    planned_end: dt.datetime | None
    total_seconds: int
    act_count: int
    planned_minutes: int
    min_minutes: int
    max_minutes: int
    verdict: Verdict
    # Minutes below the shortest (UNDER) or above the longest (OVER) length;
    # for WITHIN, minutes against the planned length (negative: shorter).
    difference_minutes: int

    @property
    def total_minutes(self) -> int:
        """The running time in whole minutes, rounded as the verdict rounds it."""
        return total_minutes(self.total_seconds)


def total_minutes(seconds: int) -> int:
    """Whole minutes, half a minute and more rounded up: the one rounding of a length."""
    return (seconds + 30) // 60


@dataclass(frozen=True)
class OrderSnapshot:
    """The whole running order: sections and placements, for undo.

    `sections` holds (id, kind, name, position); `placements` holds
    (act_id, section_id, position) for every act in the order.
    """

    sections: tuple[tuple[int, SectionKind, str, int], ...]
    placements: tuple[tuple[int, int | None, int], ...]


@dataclass(frozen=True)
class PlacedActs:
    """What `place_and_select` changed: the order before it and the statuses it raised."""

    order: OrderSnapshot
    statuses: tuple[tuple[int, ActStatus], ...]


@dataclass(frozen=True)
class RemovedAct:
    """Everything `restore_act` needs to put a removed act back, same id."""

    act_id: int
    fields: ActFields
    import_key: str
    timings: tuple[tuple[int, int], ...]
    order: OrderSnapshot
    # (table, column, row ids) of other areas' rows that pointed at the act.
    links: tuple[tuple[str, str, tuple[int, ...]], ...] = ()
