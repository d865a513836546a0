"""What every import says about a sheet row: its problems and what importing it does."""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from gala_manager.core.checks import Severity

R = TypeVar("R")


@dataclass(frozen=True)
class RowProblem:
    """One thing about a sheet row: an `ERROR` stops the whole import, a `WARNING` not.

    `code` names the rule (the app words it), `value` is what the cell held,
    `column` the field key of the cell ("duration", "phone"), empty for the row, and
    `cell` its place in the sheet ("B5"), empty when the field has no column.
    """

    code: str
    severity: Severity = Severity.WARNING
    value: object = ""
    column: str = ""
    cell: str = ""


def has_error(problems: Iterable[RowProblem]) -> bool:
    """Whether any of the problems stops the import."""
    return any(problem.severity == Severity.ERROR for problem in problems)


class RowStatus(enum.StrEnum):
    """What importing a row does."""

    NEW = "new"              # added
    UPDATE = "update"        # changes what the gala holds
    DUPLICATE = "duplicate"  # already in the gala as it is: skipped
    ERROR = "error"          # must be fixed in the sheet: nothing is imported


@dataclass(frozen=True)
class SortedRows(Generic[R]):
    """A sheet's rows sorted into new ones, ones already in the gala, and wrong ones."""

    new: tuple[R, ...]
    duplicates: tuple[R, ...]
    errors: tuple[R, ...]

    @property
    def can_import(self) -> bool:
        """All or nothing: any row with an error stops the whole import."""
        return not self.errors and bool(self.new)


def sort_rows(rows: Sequence[R], known: set[Hashable], key: Callable[[R], Hashable],
              problems: Callable[[R], Iterable[RowProblem]]
              ) -> tuple[tuple[R, ...], tuple[R, ...], tuple[R, ...]]:
    """(new, duplicates, errors) of `rows`: a row is a duplicate when its `key` is
    `known` or an earlier row of the sheet has it; `known` is left unchanged."""
    seen = set(known)
    new: list[R] = []
    duplicates: list[R] = []
    errors: list[R] = []
    for row in rows:
        if has_error(problems(row)):
            errors.append(row)
        elif key(row) in seen:
            duplicates.append(row)
        else:
            seen.add(key(row))
            new.append(row)
    return tuple(new), tuple(duplicates), tuple(errors)


class CategoryFilter(dict):
    """A `str.translate` table that drops every character whose Unicode category starts
    with one of `initials` ("P" punctuation, "Z" separators): each character's category
    is looked up once, the first time a text holds it, instead of once per character of
    every cell."""

    def __init__(self, initials: str) -> None:
        super().__init__()
        self.initials = initials

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.category(chr(code))[0] in self.initials else code
        self[code] = kept
        return kept
