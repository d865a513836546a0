"""One import path for every kind of sheet: read, preview against the gala, commit.

An `ImportKind` says how one kind (acts, people, supplies) is read, previewed,
shown and worded, and which verbs commit and undo it. The GUI (`ui/import_preview`)
and the command line (`commands/importing`) both go through `preview_file` and
the kind's verbs, so they import the same rows and say the same things.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from gala_manager.core.import_rows import RowProblem, RowStatus


class Gala(Protocol):
    """An open gala: a `GalaDocument` (command line) or a `GalaController` (GUI)."""

    def read(self, query: Callable[..., Any], /, **kwargs: Any) -> Any: ...

    def run(self, verb: Callable[..., Any], /, **kwargs: Any) -> Any: ...


@dataclass(frozen=True)
class PreviewColumn:
    """A column of the preview between the row number and the result: its
    translated title and the text of a row's record (e.g. an `ImportedPerson`)."""

    key: str
    title: str
    text: Callable[[Any], str]
    numeric: bool = False


@dataclass(frozen=True)
class PreviewRow:
    """One row of the sheet: its number, what importing it does, its problems, and
    the kind's record of it (an `ImportedPerson`, a `SheetItem`, an `ActSheetRow`)."""

    number: int
    status: RowStatus
    problems: tuple[RowProblem, ...]
    record: Any


@dataclass(frozen=True)
class ImportTexts:
    """The sentences that differ between kinds, as untranslated sources of the
    kind's translation context (marked with `QT_TRANSLATE_NOOP`)."""

    title: str        # "Import people from {file}": the dialog and the undo step
    button: str       # "Import %n person(s)"
    counts: str       # "{new} new, {update} …, {dup} …, {err} with errors."
    duplicate: str    # why a row is skipped: "Already there (same name and phone): skipped"
    nothing_new: str  # "Everyone in this sheet is already in the gala."
    no_header: str    # "No sheet of {name} has a header row with a name column (姓名 or Name)."


@dataclass(frozen=True)
class ImportKind:
    """How one kind of sheet is imported.

    `read(gala, path)` returns the kind's sheet or raises `WorkbookError`;
    `preview(gala, sheet)` returns an `ImportPreview` (rows, the keyword arguments
    of `commit`, and `extra`, the core's preview, which `notes(extra)` words);
    `commit` is the verb that imports all or nothing and `undo(result=…)` the verb
    that takes it back; `columns()` are the preview's columns in the current
    language, `row_name(record)` names a row in messages, `describe_problem` words
    a row problem, `result_text(result)` says what the commit did.
    """

    name: str
    help: str
    context: str
    texts: ImportTexts
    read: Callable[[Gala, Path], Any]
    preview: Callable[[Gala, Any], ImportPreview]
    columns: Callable[[], list[PreviewColumn]]
    row_name: Callable[[Any], str]
    describe_problem: Callable[[RowProblem], str]
    notes: Callable[[Any], list[str]]
    commit: Callable[..., Any]
    undo: Callable[..., Any]
    result_text: Callable[[Any], str]


@dataclass(frozen=True)
class ImportPreview:
    """What importing a sheet would do, row by row, before anything is written."""

    rows: tuple[PreviewRow, ...]
    commit_kwargs: dict[str, Any]
    sheet_name: str = ""
    extra: Any = None
    kind: ImportKind | None = None
    file_name: str = ""

    def count(self, status: RowStatus) -> int:
        """How many rows have this status."""
        return sum(1 for row in self.rows if row.status == status)

    @property
    def to_import(self) -> int:
        """How many rows the commit adds or changes."""
        return self.count(RowStatus.NEW) + self.count(RowStatus.UPDATE)

    @property
    def can_import(self) -> bool:
        """All or nothing: no row with an error, and something to add or change."""
        return not self.count(RowStatus.ERROR) and self.to_import > 0


def marked_rows(sorted_rows, number: Callable[[Any], int] = lambda r: r.row,
                problems: Callable[[Any], tuple] = lambda r: r.problems
                ) -> tuple[PreviewRow, ...]:
    """The preview rows of a core `SortedRows` (new, duplicates, errors), in sheet order."""
    marked = [(record, status) for status, records in (
        (RowStatus.NEW, sorted_rows.new), (RowStatus.DUPLICATE, sorted_rows.duplicates),
        (RowStatus.ERROR, sorted_rows.errors)) for record in records]
    return tuple(sorted((PreviewRow(number(record), status, tuple(problems(record)), record)
                         for record, status in marked), key=lambda row: row.number))


def preview_file(kind: ImportKind, gala: Gala, path: Path) -> ImportPreview:
    """Read a workbook and preview it against the gala; raises `WorkbookError` (and
    the file errors of `core.errors`) for a file that cannot be read."""
    preview = kind.preview(gala, kind.read(gala, Path(path)))
    return replace(preview, kind=kind, file_name=Path(path).name)


def commit(gala: Gala, preview: ImportPreview) -> Any:
    """Import the previewed rows in one transaction (all or nothing); the kind's result."""
    return gala.run(preview.kind.commit, **preview.commit_kwargs)


def import_kinds() -> Sequence[ImportKind]:
    """Every kind of import, in the order the command line lists them."""
    # Imported here: each area's module builds its kind from the types above.
    from gala_manager.app.programme.act_import import ACTS
    from gala_manager.app.staff.people_import import PEOPLE
    from gala_manager.app.supplies.item_import import SUPPLIES

    return (ACTS, PEOPLE, SUPPLIES)
