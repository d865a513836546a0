"""One import path for every kind of sheet: read, preview against the gala, commit.

An `ImportKind` says how one kind (acts, people, supplies) is read, previewed,
shown and worded, and which verbs commit and undo it. The GUI (`ui/import_preview`)
and the command line (`commands/importing`) both go through `preview_file` and
the kind's verbs, so they import the same rows and say the same things.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from gala_manager.core.checks import Severity
from gala_manager.core.import_rows import RowProblem, RowStatus
from gala_manager.core.person_match import name_key
from gala_manager.core.text_limit import MAX_TEXT

# The row problem of a cell longer than a gala keeps; worded by `import_wording`.
TEXT_TOO_LONG = "text_too_long"


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
    """One row of the sheet: its number, what importing it does, its problems, the
    kind's record of it (an `ImportedPerson`, a `SheetItem`, an `ActSheetRow`) and
    the sheet it is on."""

    number: int
    status: RowStatus
    problems: tuple[RowProblem, ...]
    record: Any
    sheet: str = ""


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
    header: str = ""  # "a name column": what a sheet lacked, in the list of skipped sheets


@dataclass(frozen=True)
class ImportKind:
    """How one kind of sheet is imported.

    `read(gala, path)` returns the kind's sheet (with its `workbook`, the
    `WorkbookRead`, and `only(sheets)`) or raises `WorkbookError`;
    `preview(gala, sheet)` returns an `ImportPreview` (rows, how to make the keyword
    arguments of `commit`, and `extra`, the core's preview, which `notes(extra)`
    words); `commit` is the verb that imports and `undo(result=…)` the verb that
    takes it back; `columns(extra)` are the preview's columns in the current language,
    `row_name(record)` names a row in messages, `describe_problem` words a row
    problem, `result_text(result)` says what the commit did. `options` names the
    choices a preview may offer (acts: "order"), worded by `option_text`.
    """

    name: str
    help: str
    context: str
    texts: ImportTexts
    read: Callable[[Gala, Path], Any]
    preview: Callable[[Gala, Any], ImportPreview]
    columns: Callable[[Any], list[PreviewColumn]]
    row_name: Callable[[Any], str]
    describe_problem: Callable[[RowProblem], str]
    notes: Callable[[Any], list[str]]
    commit: Callable[..., Any]
    undo: Callable[..., Any]
    result_text: Callable[[Any], str]
    options: tuple[str, ...] = ()
    option_text: Callable[[str, Any], str] = lambda name, preview: name


@dataclass(frozen=True)
class ImportPreview:
    """What importing a sheet would do, row by row, before anything is written.

    `arguments(records, options)` makes the commit verb's keyword arguments for the
    records to import; `offers` are the options this sheet calls for (a rundown:
    "order") and `defaults` those chosen unless the user says otherwise. `source`
    is the kind's whole read workbook and `chosen` the sheets this preview shows.
    """

    rows: tuple[PreviewRow, ...]
    arguments: Callable[[Sequence[Any], frozenset[str]], dict[str, Any]]
    extra: Any = None
    kind: ImportKind | None = None
    file_name: str = ""
    source: Any = None
    chosen: tuple[str, ...] = ()
    offers: tuple[str, ...] = ()
    defaults: frozenset[str] = frozenset()
    repeating: tuple[str, ...] = ()  # sheets that only repeat earlier sheets' rows

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

    @property
    def can_skip_invalid(self) -> bool:
        """Whether "import the good rows and skip the wrong ones" would import anything."""
        return bool(self.count(RowStatus.ERROR)) and self.to_import > 0

    @property
    def sheet_names(self) -> tuple[str, ...]:
        """The sheets whose rows this preview shows, in workbook order."""
        return self.chosen

    def commit_kwargs(self, *, skip_invalid: bool = False,
                      options: frozenset[str] | None = None) -> dict[str, Any]:
        """The commit verb's keyword arguments: every row (all or nothing), or with
        `skip_invalid` every row but those with errors; `options` default to the
        preview's `defaults`."""
        records = [row.record for row in self.rows
                   if not (skip_invalid and row.status == RowStatus.ERROR)]
        return self.arguments(records, self.defaults if options is None else options)


def marked_rows(sorted_rows, sheets: Sequence[str],
                problems: Callable[[Any], tuple] = lambda r: r.problems
                ) -> tuple[PreviewRow, ...]:
    """The preview rows of a core `SortedRows` (new, duplicates, errors) of records
    with `row` and `sheet`, in the order of `sheets` and then of the rows."""
    marked = [(record, status) for status, records in (
        (RowStatus.NEW, sorted_rows.new), (RowStatus.DUPLICATE, sorted_rows.duplicates),
        (RowStatus.ERROR, sorted_rows.errors)) for record in records]
    rank = {name: index for index, name in enumerate(sheets)}
    return tuple(sorted((PreviewRow(record.row, status, tuple(problems(record)), record,
                                    record.sheet) for record, status in marked),
                        key=lambda row: (rank.get(row.sheet, 0), row.number)))


def preview_file(kind: ImportKind, gala: Gala, path: Path,
                 sheets: Sequence[str] | None = None) -> ImportPreview:
    """Read a workbook and preview it against the gala (only `sheets`, when given);
    raises `WorkbookError` (and the file errors of `core.errors`) for a file that
    cannot be read."""
    return _previewed(kind, gala, kind.read(gala, Path(path)), Path(path).name, sheets)


def choose_sheets(gala: Gala, preview: ImportPreview, sheets: Sequence[str]) -> ImportPreview:
    """The preview of the same workbook with only `sheets` (the user's choice)."""
    return _previewed(preview.kind, gala, preview.source, preview.file_name, sheets)


def repeating_sheets(kind: ImportKind, source: Any) -> tuple[str, ...]:
    """The sheets whose rows all repeat rows of earlier sheets (a shopping list or a
    summary beside the full list), which are left out unless the user ticks them."""
    if len(source.workbook.tables) < 2:
        return ()  # one sheet repeats nothing
    names: dict[str, set[str]] = {}
    for record in source.records:
        names.setdefault(record.sheet, set()).add(name_key(kind.row_name(record)))
    seen: set[str] = set()
    repeating = []
    for table in source.workbook.tables:
        mine = names.get(table.sheet, set()) - {""}
        if seen and mine and mine <= seen:
            repeating.append(table.sheet)
        seen |= mine
    return tuple(repeating)


def _previewed(kind: ImportKind, gala: Gala, source: Any, file_name: str,
               sheets: Sequence[str] | None) -> ImportPreview:
    every = source.workbook.sheet_names
    repeating = repeating_sheets(kind, source)
    chosen = tuple(name for name in every
                   if (name not in repeating if sheets is None else name in sheets))
    preview = kind.preview(gala, source.only(set(chosen)))
    # A row that would bring a text longer than a gala keeps is an error, like any
    # other: the import stops, or leaves the row out with --skip-invalid.
    rows = tuple(_refuse_long_texts(row) for row in preview.rows)
    return replace(preview, rows=rows, kind=kind, file_name=file_name, source=source,
                   chosen=chosen, repeating=repeating)


def _refuse_long_texts(row: PreviewRow) -> PreviewRow:
    if row.status not in (RowStatus.NEW, RowStatus.UPDATE):
        return row  # skipped: nothing of it is written
    found = tuple(RowProblem(TEXT_TOO_LONG, Severity.ERROR, length, column)
                  for column, length in _long_texts(row.record))
    if not found:
        return row
    return replace(row, status=RowStatus.ERROR, problems=(*row.problems, *found))


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The fields of a dataclass type (none for any other type); asked once per type."""
    return tuple(item.name for item in fields(cls)) if is_dataclass(cls) else ()


# Values that are never records: asked about without looking their type up.
_LEAVES = frozenset({int, float, bool, type(None), tuple, frozenset})


def _long_texts(record: Any) -> list[tuple[str, int]]:
    """(field, length) of every text of a record (and the records in it) over the cap."""
    found: list[tuple[str, int]] = []
    for name in _field_names(type(record)):
        value = getattr(record, name)
        if isinstance(value, str):
            if len(value) > MAX_TEXT:
                found.append((name, len(value)))
        elif type(value) not in _LEAVES and _field_names(type(value)):
            found += _long_texts(value)
    return found


def commit(gala: Gala, preview: ImportPreview, *, skip_invalid: bool = False,
           options: frozenset[str] | None = None) -> Any:
    """Import the previewed rows in one transaction (all, or with `skip_invalid` all
    but the rows with errors); the kind's result."""
    return gala.run(preview.kind.commit,
                    **preview.commit_kwargs(skip_invalid=skip_invalid, options=options))


def import_kinds() -> Sequence[ImportKind]:
    """Every kind of import, in the order the command line lists them."""
    # Imported here: each area's module builds its kind from the types above.
    from gala_manager.app.programme.act_import import ACTS
    from gala_manager.app.staff.people_import import PEOPLE
    from gala_manager.app.supplies.item_import import SUPPLIES

    return (ACTS, PEOPLE, SUPPLIES)
