"""Marks verbs that write, and names the areas each one changes."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable)


class Area(enum.StrEnum):
    """A part of the gala a change can touch; pages reload when an area they show changes."""

    GALA = "gala"
    PEOPLE = "people"
    PROGRAMME = "programme"
    STAFF = "staff"
    SUPPLIES = "supplies"
    CONTINGENCY = "contingency"
    SHOW = "show"
    TASKS = "tasks"
    SPONSORS = "sponsors"
    GUESTS = "guests"
    DRAWS = "draws"
    AWARDS = "awards"
    QUIZ = "quiz"


AREAS: frozenset[Area] = frozenset(Area)


def check_areas(areas: object, where: str) -> frozenset[Area]:
    """`areas` as a frozenset, or `TypeError` naming whatever in it is not an `Area`.

    A plain string is refused even when it spells an area: the point of the
    enum is that a typo fails where it is written, not by a page that never
    reloads.
    """
    if isinstance(areas, str):
        raise TypeError(f"{where}: areas must be Area members, not the string {areas!r}")
    found = frozenset(areas)  # type: ignore[arg-type]
    wrong = sorted(repr(a) for a in found if not isinstance(a, Area))
    if wrong:
        raise TypeError(f"{where}: not an Area: {', '.join(wrong)}")
    return found


def changes(*areas: Area) -> Callable[[F], F]:
    """Declare that a verb writes, and which areas it changes.

    `GalaDocument.run` refuses such verbs on a read-only gala, and the UI's
    single change signal carries these areas to every page. Anything but
    `Area` members (or no area at all) fails here, when the verb is defined.
    """
    found = check_areas(areas, "@changes")
    if not found:
        raise TypeError("@changes needs at least one Area")

    def mark(fn: F) -> F:
        fn.changes = found  # type: ignore[attr-defined]
        return fn

    return mark
