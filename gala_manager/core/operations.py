"""Marks verbs that write, and names the areas each one changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable)

# Areas a change can touch; pages reload when an area they show changes.
GALA = "gala"
PEOPLE = "people"
AREAS = frozenset({GALA, PEOPLE, "programme", "staff", "supplies", "contingency",
                   "show", "tasks"})


def changes(*areas: str) -> Callable[[F], F]:
    """Declare that a verb writes, and which areas it changes.

    `GalaDocument.run` refuses such verbs on a read-only gala, and the UI's
    single change signal carries these areas to every page.
    """
    unknown = set(areas) - AREAS
    if unknown:
        raise ValueError(f"unknown areas {unknown}")

    def mark(fn: F) -> F:
        fn.changes = frozenset(areas)  # type: ignore[attr-defined]
        return fn

    return mark
