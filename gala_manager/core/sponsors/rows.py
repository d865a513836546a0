"""Plain-value rows of sponsors, their goods and promises, for verbs, pages and exports."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal

from gala_manager.core.models import PromiseKind, PromiseStatus, SponsorStatus

# Sponsors whose cash the budget counts: those who said yes, paid or not.
COUNTED = frozenset({SponsorStatus.AGREED, SponsorStatus.RECEIVED})


@dataclass(frozen=True)
class GoodsData:
    """Goods in kind: what, worth how much, and the supply item they are (if any).

    `id` is None for goods not yet saved; an id names the row to keep.
    """

    description: str
    value: Decimal = Decimal("0.00")
    supply_item_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class PromiseData:
    """A promise to a sponsor; `act_id` is the point of a host mention in the running order."""

    kind: PromiseKind = PromiseKind.OTHER
    detail: str = ""
    status: PromiseStatus = PromiseStatus.PENDING
    act_id: int | None = None
    photo_path: str = ""
    id: int | None = None


@dataclass(frozen=True)
class SponsorData:
    """Everything a user edits about a sponsor, its goods and promises included."""

    company: str
    contact_name: str = ""
    contact_phone: str = ""
    handled_by_person_id: int | None = None
    status: SponsorStatus = SponsorStatus.APPROACHED
    cash: Decimal = Decimal("0.00")
    notes: str = ""
    goods: tuple[GoodsData, ...] = ()
    promises: tuple[PromiseData, ...] = ()

    def replace(self, **changes: object) -> SponsorData:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)

    @property
    def goods_value(self) -> Decimal:
        """The value of every good in kind."""
        return sum((g.value for g in self.goods), Decimal("0.00"))

    @property
    def counted(self) -> bool:
        """Whether the budget counts this sponsor's cash."""
        return self.status in COUNTED


@dataclass(frozen=True)
class SponsorRow:
    """A sponsor as the page and the exports list it, with the names its ids refer to."""

    id: int
    data: SponsorData
    sort_order: int
    handled_by: str = ""
    item_names: dict[int, str] = dataclasses.field(default_factory=dict)
    act_titles: dict[int, str] = dataclasses.field(default_factory=dict)

    @property
    def company(self) -> str:
        return self.data.company

    @property
    def promises_done(self) -> int:
        """How many promises were kept."""
        return sum(1 for p in self.data.promises if p.status == PromiseStatus.DONE)

    @property
    def promises_open(self) -> int:
        """How many promises are neither kept nor dropped."""
        return sum(1 for p in self.data.promises if p.status == PromiseStatus.PENDING)


@dataclass(frozen=True)
class PromiseRow:
    """One promise with its sponsor, for the checklist of the night and the report."""

    id: int
    sponsor_id: int
    company: str
    sponsor_status: SponsorStatus
    promise: PromiseData
    act_title: str = ""
    act_position: int | None = None


@dataclass(frozen=True)
class RemovedSponsor:
    """A removed sponsor, enough to put it back under the same ids.

    `links` are other areas' rows that named it (a guest who represents it).
    """

    id: int
    sort_order: int
    data: SponsorData
    links: tuple = ()
