"""Read acts from departments' submission workbooks and from rundowns, tolerating real sheets.

Public API:
- `read_act_sheet(path, departments={}) -> ActSheet`: every data row of every sheet
  with a recognised header, with its `ActFields` (or None) and its problems; raises
  `WorkbookError` for a file that cannot be read at all. Rows without a title and
  the template's example row are skipped; blank rows are ignored. A rundown
  (`imports/rundown`) gives its groups as sections and leaves out its milestones.
- `KIND_NAMES`: how people name each act kind.
Titles and every other text arrive exactly as typed (trimmed); only numbers and
durations are read through their full-width forms. Problems are the core's
`RowProblem`s, each naming its cell; errors stop the import (unless the user skips
those rows), warnings do not.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from pathlib import Path

from gala_manager.core.checks import Severity
from gala_manager.core.errors import ValidationError
from gala_manager.core.import_rows import RowProblem, has_error
from gala_manager.core.models import ActKind, SectionKind
from gala_manager.core.person_match import PersonMatch
from gala_manager.core.programme.act_import import import_key
from gala_manager.core.programme.rows import ActFields
from gala_manager.imports.duration_cells import duration_from_cell, reads_as_seconds_clock
from gala_manager.imports.headers import ACT_COLUMNS
from gala_manager.imports.row_problems import finish
from gala_manager.imports.rundown import RundownEntry, is_rundown, read_rundown
from gala_manager.imports.tables import SourceRow, TableRead, WorkbookRead, read_tables
from gala_manager.imports.workbook import cell_text, normalise_header, number_text, phone_text

# How people name the kinds, in both languages; anything else imports as OTHER.
KIND_NAMES = {
    ActKind.OPENING: ["开场", "开场舞", "开场节目", "opening"],
    ActKind.DANCE: ["舞蹈", "舞", "街舞", "dance"],
    ActKind.SONG: ["歌曲", "唱歌", "独唱", "合唱", "演唱", "song"],
    ActKind.SKETCH: ["小品", "sketch"],
    ActKind.STAGE_PLAY: ["话剧", "话剧选段", "舞台剧", "stage play", "play"],
    ActKind.CROSSTALK: ["相声", "crosstalk"],
    ActKind.RECITATION: ["朗诵", "诗朗诵", "recitation"],
    ActKind.INSTRUMENTAL: ["器乐", "乐器", "器乐演奏", "演奏", "instrumental"],
    ActKind.PRIZE_QUIZ: ["有奖问答", "问答", "prize quiz", "quiz"],
    ActKind.AWARD: ["颁奖", "awards", "award"],
    ActKind.HOST_SEGMENT: ["主持环节", "主持", "host segment"],
    ActKind.INTERMISSION: ["中场休息", "休息", "intermission"],
    ActKind.CLOSING: ["闭幕", "结束", "谢幕", "closing"],
    ActKind.OTHER: ["其他", "other"],
}
_KINDS = {normalise_header(name): kind for kind, names in KIND_NAMES.items()
          for name in [*names, kind.value]}
# A rundown's groups named like the gala's halves become those sections.
HALF_NAMES = {
    SectionKind.FIRST_HALF: ["上半场", "上半場", "first half", "1st half"],
    SectionKind.SECOND_HALF: ["下半场", "下半場", "second half", "2nd half"],
}
_HALVES = {normalise_header(name): kind for kind, names in HALF_NAMES.items() for name in names}
EXAMPLE_MARKS = ("示例", "例:", "例：", "example", "e.g.")  # typography: as users type it
MAX_ROWS = 2000
DEFAULT_SECONDS = 180  # an act whose sheet gives no length counts 3 minutes, with a warning


@dataclass(frozen=True)
class ActSheetRow:
    """A data row: its sheet and row number, identity, fields, problems, the submitter
    as typed and, in a rundown, the group (section) it belongs to."""

    number: int
    key: str
    fields: ActFields | None
    problems: tuple[RowProblem, ...] = ()
    submitted_by: str = ""  # as typed, also when it names a committee department
    sheet: str = ""
    section: str = ""
    contact: PersonMatch | None = None  # filled in by the preview, against the gala

    @property
    def row(self) -> int:
        """The row number (as every kind's record names it)."""
        return self.number

    @property
    def blocked(self) -> bool:
        """True when the row cannot be imported as it is."""
        return self.fields is None or has_error(self.problems)

    def with_contact(self, contact: PersonMatch) -> ActSheetRow:
        """The row with its contact matched (`dataclasses.replace` costs the preview of
        2,000 rows several milliseconds more)."""
        return ActSheetRow(self.number, self.key, self.fields, self.problems, self.submitted_by,
                           self.sheet, self.section, contact)


@dataclass(frozen=True)
class ActSheet:
    """What a workbook holds: its act rows, the rows left out and, for a rundown, its
    groups (in order) and milestones."""

    path: Path
    workbook: WorkbookRead
    rows: list[ActSheetRow]
    skipped: list[tuple[str, int]] = field(default_factory=list)  # rows without a title
    milestones: list[tuple[str, int, str]] = field(default_factory=list)  # (sheet, row, title)
    left_out: list[tuple[str, int, str]] = field(default_factory=list)  # (sheet, row, type)
    sections: list[tuple[str, SectionKind]] = field(default_factory=list)  # in order
    rundown: bool = False

    @property
    def blocked(self) -> bool:
        """True when any row must be fixed before importing."""
        return any(row.blocked for row in self.rows)

    @property
    def records(self) -> list:
        """Every row read, of every sheet (each names its `sheet`)."""
        return list(self.rows)

    def only(self, sheets: set[str]) -> ActSheet:
        """The same workbook with only the rows of `sheets`."""
        return replace(self, rows=[r for r in self.rows if r.sheet in sheets],
                       skipped=[s for s in self.skipped if s[0] in sheets],
                       milestones=[m for m in self.milestones if m[0] in sheets],
                       left_out=[m for m in self.left_out if m[0] in sheets])


def _count(value: object, name: str, problems: list[RowProblem]) -> int:
    if value.__class__ is int and 0 <= value <= 10000:  # a number cell: nothing to read
        return value
    text = number_text(value).rstrip("人支个名位")
    if not text:
        return 0
    try:
        number = int(float(text))
    except ValueError:
        problems.append(RowProblem("not_a_number", Severity.ERROR, cell_text(value), name))
        return 0
    if not 0 <= number <= 10000:
        problems.append(RowProblem("out_of_range", Severity.ERROR, number, name))
        return 0
    return number


def _duration(values: dict, headers: dict, problems: list[RowProblem]) -> int:
    value = values.get("duration")
    if value is None or (isinstance(value, str) and not value.strip()):
        problems.append(RowProblem("duration_missing", Severity.WARNING, "", "duration"))
        return DEFAULT_SECONDS
    try:
        seconds = duration_from_cell(value, headers.get("duration", ""))
    except ValidationError as exc:
        problems.append(RowProblem(exc.code, Severity.ERROR, exc.value, "duration"))
        return DEFAULT_SECONDS
    if reads_as_seconds_clock(value):
        problems.append(RowProblem("seconds_clock", Severity.WARNING, number_text(value),
                                   "duration"))
    return seconds


_NO_TEXT = dict.fromkeys(ACT_COLUMNS, "")


def _texts(values: dict) -> dict[str, str]:
    """Every field's cell as typed ("" for a field without a column)."""
    return {**_NO_TEXT, **{key: cell_text(value) for key, value in values.items()}}


@functools.lru_cache(maxsize=256)  # a sheet names a handful of kinds, on every row
def _kind(text: str) -> ActKind | None:
    """The kind a cell names; None for a name no kind has."""
    return _KINDS.get(normalise_header(text))


def _fields(values: dict, departments: dict[str, int], problems: list[RowProblem],
            duration: int, text: dict[str, str] | None = None) -> ActFields:
    text = _texts(values) if text is None else text
    kind_text = text["kind"]
    kind = _kind(kind_text) or ActKind.OTHER
    if kind_text and _kind(kind_text) is None:
        problems.append(RowProblem("unknown_kind", Severity.WARNING, kind_text, "kind"))
    submitted = text["submitted_by"]
    department = departments.get(submitted)
    fields = ActFields(
        title=text["title"], kind=kind, performers=text["performers"],
        head_count=_count(values.get("head_count"), "head_count", problems),
        submitted_by_department_id=department,
        submitted_by_text="" if department else submitted,
        contact_name=text["contact_name"], contact_phone=phone_text(values.get("contact_phone")),
        duration_seconds=duration,
        mic_count=_count(values.get("mic_count"), "mic_count", problems),
        props=text["props"], music_file=text["music_file"],
        lighting_notes=text["lighting_notes"], sound_notes=text["sound_notes"],
        notes=text["notes"])
    if len(fields.title) > 200:
        problems.append(RowProblem("too_long", Severity.ERROR, len(fields.title), "title"))
    return fields


class _Reader:
    """Builds the `ActSheet` of a workbook, table by table."""

    def __init__(self, workbook: WorkbookRead, departments: dict[str, int]) -> None:
        self.workbook = workbook
        self.departments = departments
        self.rows: list[ActSheetRow] = []
        self.skipped: list[tuple[str, int]] = []
        self.milestones: list[tuple[str, int, str]] = []
        self.left_out: list[tuple[str, int, str]] = []
        self.sections: list[tuple[str, SectionKind]] = []
        self.seen: dict[str, int] = {}

    def add(self, table: TableRead, source: SourceRow, problems: list[RowProblem],
            fields: ActFields | None, key: str, section: str = "",
            submitted: str | None = None) -> None:
        if key in self.seen:
            problems.append(RowProblem("duplicate_row", Severity.ERROR, self.seen[key], "title"))
        self.seen.setdefault(key, source.number)
        if submitted is None:
            submitted = cell_text(source.values.get("submitted_by"))
        self.rows.append(ActSheetRow(
            source.number, key, fields, finish(table, source, problems, required=("title",)),
            submitted, table.sheet, section))

    def sheet(self, table: TableRead) -> None:
        for source in table.rows:
            title = cell_text(source.values.get("title"))
            if "title" in source.formulas:  # read as empty, but not a row without a title
                self.add(table, source, [], None, f"{table.sheet}!{source.number}")
            elif not title:
                self.skipped.append((table.sheet, source.number))
            elif not title.lstrip("(（[【 ").casefold().startswith(  # typography: as typed
                    EXAMPLE_MARKS):
                problems: list[RowProblem] = []
                text = _texts(source.values)
                duration = _duration(source.values, table.headers, problems)
                fields = _fields(source.values, self.departments, problems, duration, text)
                if not (fields.contact_name or fields.contact_phone):
                    problems.append(RowProblem("no_contact", Severity.WARNING, "",
                                               "contact_name"))
                submitted = text["submitted_by"]
                self.add(table, source, problems, fields, import_key(submitted, title),
                         submitted=submitted)

    def rundown(self, table: TableRead) -> None:
        section = ""
        times: dict[str, int] = {}
        for entry in read_rundown(table):
            self.entry(table, entry, section, times)
            if entry.kind == "group":
                section = entry.title
                kind = _HALVES.get(normalise_header(section), SectionKind.CUSTOM)
                if section and (section, kind) not in self.sections:
                    self.sections.append((section, kind))
            elif entry.kind == "group-end":
                section = ""

    def entry(self, table: TableRead, entry: RundownEntry, section: str,
              times: dict[str, int]) -> None:
        source = entry.source
        if entry.kind == "milestone":
            self.milestones.append((table.sheet, source.number, entry.title))
        elif entry.kind == "other":
            self.left_out.append((table.sheet, source.number, entry.timer_type))
        elif entry.kind == "event" and not entry.title:
            self.skipped.append((table.sheet, source.number))
        elif entry.kind == "event":
            problems = list(entry.problems)
            duration = entry.duration
            if duration is None and not problems:
                problems.append(RowProblem("rundown_length_missing", Severity.WARNING, "",
                                           "duration"))
            elif duration == 0 and not problems:
                problems.append(RowProblem("duration_range", Severity.ERROR,
                                           cell_text(source.values.get("duration")) or "0",
                                           "duration"))
            fields = _fields(source.values, self.departments, problems,
                             duration or DEFAULT_SECONDS)
            # A rundown may hold the same title twice (two 主持串场): number them.
            base = import_key(section or table.sheet, entry.title)
            times[base] = times.get(base, 0) + 1
            key = base if times[base] == 1 else f"{base}#{times[base]}"
            self.add(table, source, problems, fields, key, section)


def read_act_sheet(path: Path | str, departments: dict[str, int] | None = None) -> ActSheet:
    """Every act row of a workbook (every sheet with a title column), with its problems."""
    workbook = read_tables(path, ACT_COLUMNS, required=["title"], max_rows=MAX_ROWS)
    reader = _Reader(workbook, departments or {})
    rundown = False
    for table in workbook.tables:
        if is_rundown(table):
            rundown = True
            reader.rundown(table)
        else:
            reader.sheet(table)
    return ActSheet(Path(path), workbook, reader.rows, reader.skipped, reader.milestones,
                    reader.left_out, reader.sections, rundown)

