"""Read acts from a department's submission workbook (节目报名表), tolerating real sheets.

Public API:
- `read_act_sheet(path, departments={}) -> ActSheet`: every data row with its
  `ActFields` (or None) and its problems; raises `WorkbookError` for a file
  that cannot be read at all. Rows without a title and the template's example
  row are skipped; blank rows are ignored.
- `COLUMNS`: field → Chinese and English header names, in any order.
- `duration_from_cell(value, header="") -> int`: seconds from a typed text, an
  Excel time or duration cell, or a number in a column headed in minutes/seconds.
Problems are the core's `RowProblem`s; errors (a duration nobody can read, a
bad number) stop the import until the sheet is fixed, warnings do not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from gala_manager.core.checks import Severity
from gala_manager.core.durations import parse_duration
from gala_manager.core.errors import ValidationError
from gala_manager.core.import_rows import RowProblem, has_error
from gala_manager.core.models import ActKind
from gala_manager.core.programme.act_import import import_key
from gala_manager.core.programme.rows import ActFields
from gala_manager.imports.workbook import cell_text, normalise_header, phone_text, read_table

COLUMNS = {
    "title": ["节目名称", "节目", "节目名", "名称", "Title", "Act", "Act title"],
    "kind": ["类型", "节目类型", "类别", "形式", "Kind", "Type"],
    "performers": ["表演者", "演员", "表演人员", "参演人员", "Performers", "Cast"],
    "head_count": ["人数", "参演人数", "Head count", "Number of performers"],
    "submitted_by": ["报送单位", "推荐单位", "院系", "系部", "社团", "单位", "Submitted by",
                     "Department", "Faculty", "Club"],
    "contact_name": ["联系人", "负责人", "Contact", "Contact person"],
    "contact_phone": ["联系电话", "电话", "手机", "手机号", "Phone", "Contact phone"],
    "duration": ["时长", "节目时长", "时间", "Duration", "Length"],
    "mic_count": ["话筒数量", "话筒", "麦克风", "Microphones", "Mics"],
    "props": ["道具", "Props"],
    "music_file": ["音乐文件", "音乐", "伴奏", "Music file", "Music", "Backing track"],
    "lighting_notes": ["灯光要求", "灯光", "Lighting", "Lighting notes"],
    "sound_notes": ["音响要求", "音响", "Sound", "Sound notes"],
    "notes": ["备注", "说明", "Notes", "Remarks"],
}
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
EXAMPLE_MARKS = ("示例", "例:", "例：", "example", "e.g.")  # typography: as users type it
MAX_ROWS = 2000


@dataclass(frozen=True)
class ActSheetRow:
    """A data row: its sheet row number, identity, fields and problems."""

    number: int
    key: str
    fields: ActFields | None
    problems: tuple[RowProblem, ...] = ()
    submitted_by: str = ""  # as typed, also when it names a committee department

    @property
    def blocked(self) -> bool:
        """True when the row cannot be imported as it is."""
        return self.fields is None or has_error(self.problems)


@dataclass(frozen=True)
class ActSheet:
    """What a submission workbook holds."""

    path: Path
    sheet: str
    rows: list[ActSheetRow]
    skipped: list[int] = field(default_factory=list)  # rows without a title
    ignored_headers: list[str] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        """True when any row must be fixed before importing."""
        return any(row.blocked for row in self.rows)


def duration_from_cell(value: object, header: str = "") -> int:
    """Seconds from a duration cell; raises `ValidationError("duration", ...)`."""
    if isinstance(value, dt.timedelta):
        return parse_duration(_clock(int(value.total_seconds())))
    if isinstance(value, dt.datetime):
        value = value.time()
    if isinstance(value, dt.time):
        # Excel reads a typed "3:30" as 03:30 (hours); nobody submits a 3-hour act,
        # so a time without seconds is minutes:seconds.
        if value.second == 0 and value.hour:
            return parse_duration(f"{value.hour}:{value.minute:02d}")
        return parse_duration(_clock(value.hour * 3600 + value.minute * 60 + value.second))
    if isinstance(value, int | float) and not isinstance(value, bool):
        unit = normalise_header(header)
        if 0 < value < 1:  # an Excel time serial: a fraction of a day
            return parse_duration(_clock(round(value * 86400)))
        if "秒" in unit or "sec" in unit:
            return parse_duration(f"{value}秒")
        if "分" in unit or "min" in unit:
            return parse_duration(f"{value}分钟")
        raise ValidationError("duration", "duration_format", cell_text(value))
    return parse_duration(cell_text(value))


def _clock(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def _count(value: object, name: str, problems: list[RowProblem]) -> int:
    text = cell_text(value).rstrip("人支个名位")
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


def _row(values: dict, headers: dict, departments: dict[str, int]) -> tuple[ActFields, list]:
    problems: list[RowProblem] = []
    text = {name: cell_text(values.get(name)) for name in COLUMNS}
    kind_text = text["kind"]
    kind = _KINDS.get(normalise_header(kind_text), ActKind.OTHER)
    if kind_text and normalise_header(kind_text) not in _KINDS:
        problems.append(RowProblem("unknown_kind", Severity.WARNING, kind_text, "kind"))
    duration = 0
    try:
        duration = duration_from_cell(values.get("duration"), headers.get("duration", ""))
    except ValidationError as exc:
        problems.append(RowProblem(exc.code, Severity.ERROR, exc.value, "duration"))
    submitted = text["submitted_by"]
    department = departments.get(submitted)
    fields = ActFields(
        title=text["title"], kind=kind, performers=text["performers"],
        head_count=_count(values.get("head_count"), "head_count", problems),
        submitted_by_department_id=department,
        submitted_by_text="" if department else submitted,
        contact_name=text["contact_name"], contact_phone=phone_text(values.get("contact_phone")),
        duration_seconds=duration or 180,
        mic_count=_count(values.get("mic_count"), "mic_count", problems),
        props=text["props"], music_file=text["music_file"],
        lighting_notes=text["lighting_notes"], sound_notes=text["sound_notes"],
        notes=text["notes"])
    if not (fields.contact_name or fields.contact_phone):
        problems.append(RowProblem("no_contact", Severity.WARNING, "", "contact_name"))
    if len(fields.title) > 200:
        problems.append(RowProblem("too_long", Severity.ERROR, fields.title[:20], "title"))
    return fields, problems


def read_act_sheet(path: Path | str, departments: dict[str, int] | None = None) -> ActSheet:
    """Every act row of a submission workbook, with its problems."""
    table = read_table(path, COLUMNS, required=["title"], max_rows=MAX_ROWS)
    departments = departments or {}
    rows: list[ActSheetRow] = []
    skipped: list[int] = []
    seen: dict[str, int] = {}
    for source in table.rows:
        title = cell_text(source.values.get("title"))
        if not title:
            skipped.append(source.number)
            continue
        if title.lstrip("(（[【 ").casefold().startswith(EXAMPLE_MARKS):  # typography: as typed
            continue  # the template's example row
        fields, problems = _row(source.values, table.headers, departments)
        key = import_key(cell_text(source.values.get("submitted_by")), title)
        if key in seen:
            problems.append(RowProblem("duplicate_row", Severity.ERROR, seen[key], "title"))
        seen.setdefault(key, source.number)
        rows.append(ActSheetRow(source.number, key, fields, tuple(problems),
                                cell_text(source.values.get("submitted_by"))))
    return ActSheet(Path(path), table.sheet, rows, skipped, list(table.unmatched_headers))
