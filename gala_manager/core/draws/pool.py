"""A draw's pool: who can win, after the exclusions, as plain functions of plain values."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from gala_manager.core.models import PoolKind

# Lists are typed on phones and in WPS as often as on a keyboard: any of these separate.
_SEPARATORS = re.compile(r"[\s,，、;；]+")
_RANGE = re.compile(r"^(\d+)\s*[-–—~～至到]\s*(\d+)$")
MAX_RANGE = 100_000


def split_entries(text: str) -> list[str]:
    """The entries of a typed list, in order, without blanks."""
    return [part for part in _SEPARATORS.split(text.strip()) if part]


def excluded_numbers(text: str) -> tuple[set[str], list[str]]:
    """The numbers an exclusion text names ("13, 44, 100-105"), and the parts it could not
    read; each number as its decimal text, the way the pool writes it."""
    numbers: set[str] = set()
    unreadable: list[str] = []
    # Ranges may be typed with spaces around the dash: join them before splitting.
    text = re.sub(r"\s*([-–—~～至到])\s*", r"\1", text)
    for part in split_entries(text):
        found = _RANGE.match(part)
        if found:
            low, high = sorted((int(found.group(1)), int(found.group(2))))
            if high - low > MAX_RANGE:
                unreadable.append(part)
                continue
            numbers.update(str(n) for n in range(low, high + 1))
        elif part.isdigit():
            numbers.add(str(int(part)))
        else:
            unreadable.append(part)
    return numbers, unreadable


def excluded_names(text: str) -> set[str]:
    """The names an exclusion text names, one per line or separated by commas."""
    return {line.strip() for line in re.split(r"[\n,，、;；]+", text) if line.strip()}


@dataclass(frozen=True)
class Pool:
    """The entries a draw picks from now, and those left out with the reason for each."""

    entries: tuple[str, ...]
    left_out: dict[str, str]  # entry → "excluded" | "earlier_winner" | "committee" | "won"


def build_pool(kind: PoolKind, *, low: int | None, high: int | None, names: Iterable[str],
               excluded: str, earlier_winners: Iterable[str] = (),
               committee: Iterable[str] = (), won: Iterable[str] = ()) -> Pool:
    """Every entry of the pool in its order, less the exclusions; `won` are this draw's own
    winners (a redraw never gives a second prize to anyone already drawn)."""
    if kind == PoolKind.RANGE:
        everyone = [str(n) for n in range(low or 0, (high or -1) + 1)] if (
            low is not None and high is not None) else []
        named, _ = excluded_numbers(excluded)
    else:
        everyone = list(dict.fromkeys(n.strip() for n in names if n.strip()))
        named = excluded_names(excluded)
    reasons: dict[str, str] = {}
    for reason, group in (("won", set(won)), ("excluded", named),
                          ("earlier_winner", set(earlier_winners)),
                          ("committee", set(committee))):
        for entry in everyone:
            if entry in group and entry not in reasons:
                reasons[entry] = reason
    return Pool(tuple(e for e in everyone if e not in reasons), reasons)
