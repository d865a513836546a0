"""Plain-value rows of the awards: settings, categories, the score grid and the results."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal

from gala_manager.core.models import AwardBasis, ScoreRule


@dataclass(frozen=True)
class AwardSettingsRow:
    """The scoring rule, the highest score a judge may give, and the printed criteria."""

    rule: ScoreRule = ScoreRule.DROP_HIGH_LOW
    max_score: int = 100
    criteria: str = ""

    def criteria_lines(self) -> list[tuple[str, str]]:
        """(criterion, points) for each line of the criteria ("艺术表现 40")."""
        lines = []
        for line in self.criteria.splitlines():
            line = line.strip()
            if not line:
                continue
            name, _, points = line.rpartition(" ")
            lines.append((name.strip(), points) if name and points.isdigit() else (line, ""))
        return lines


@dataclass(frozen=True)
class CategoryData:
    """An award as the user edits it."""

    name: str
    count: int = 1
    basis: AwardBasis = AwardBasis.SCORE

    def replace(self, **changes: object) -> CategoryData:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class CategoryRow:
    """An award with its id and place in the list."""

    id: int
    data: CategoryData
    sort_order: int


@dataclass(frozen=True)
class Judge:
    """A judge of the gala (a guest of the judge kind who has not declined)."""

    id: int
    name: str
    title: str = ""


@dataclass(frozen=True)
class Entry:
    """An act that may compete: in the running order, with its number and performers."""

    act_id: int
    number: int
    title: str
    performers: str
    competes: bool
    by_default: bool  # what its kind and status say, before the committee's choice


@dataclass(frozen=True, slots=True)
class ActResult:
    """One competing act's scores, final score, rank and votes."""

    act_id: int
    number: int
    title: str
    performers: str
    scores: dict[int, Decimal] = field(default_factory=dict)  # judge id → score
    missing: tuple[str, ...] = ()  # judges who did not score it
    final: Decimal | None = None
    rank: int | None = None  # shared by tied acts (1, 2, 2, 4)
    tied: bool = False
    votes: int | None = None
    vote_rank: int | None = None
    vote_tied: bool = False


@dataclass(frozen=True)
class AwardResult:
    """Who gets an award; `contested` lists acts tied for its last places, undecided."""

    category: CategoryRow
    winners: tuple[ActResult, ...] = ()
    contested: tuple[ActResult, ...] = ()
    decided_by_committee: bool = False  # a tie was broken by the committee's order

    @property
    def complete(self) -> bool:
        """Every place of the award has a winner."""
        return len(self.winners) == self.category.data.count


@dataclass(frozen=True)
class Results:
    """The whole ranking and the awards, for the host, the certificates and the review."""

    settings: AwardSettingsRow
    judges: tuple[Judge, ...]
    acts: tuple[ActResult, ...]  # by rank, unscored last
    awards: tuple[AwardResult, ...]

    def award_of(self, act_id: int) -> list[str]:
        """The names of the awards an act won."""
        return [a.category.data.name for a in self.awards
                if any(w.act_id == act_id for w in a.winners)]
