"""Read people from class lists or sign-up sheets (any spreadsheet), Chinese or English headers."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from gala_manager.core.checks import Severity
from gala_manager.core.import_rows import RowProblem
from gala_manager.core.models import Gender, Role
from gala_manager.core.staff.people_import import ImportedPerson
from gala_manager.imports.headers import PEOPLE_COLUMNS
from gala_manager.imports.row_problems import finish
from gala_manager.imports.tables import SourceRow, TableRead, WorkbookRead, read_tables
from gala_manager.imports.workbook import cell_text, phone_text

MAX_PEOPLE = 2000

_GENDERS = {"男": Gender.MALE, "男生": Gender.MALE, "m": Gender.MALE, "male": Gender.MALE,
            "女": Gender.FEMALE, "女生": Gender.FEMALE, "f": Gender.FEMALE,
            "female": Gender.FEMALE}

ROLE_WORDS = {
    Role.DIRECTOR: ["总指挥", "director"],
    Role.DEPARTMENT_HEAD: ["部长", "部门负责人", "负责人", "department head", "head"],
    Role.HOST: ["主持人", "主持", "host"],
    Role.HOST_CANDIDATE: ["主持候选人", "候选主持", "host candidate", "candidate"],
    Role.USHER: ["礼仪", "usher"],
    Role.LIGHTS_SOUND: ["灯光音响", "灯光", "音响", "lights and sound", "lights", "sound"],
    Role.ORDER_KEEPER: ["秩序", "秩序维护", "order keeper", "order"],
    Role.PRESS: ["记者", "摄影", "press", "photographer"],
    Role.MEDICAL: ["医务", "校医", "medical", "medical staff"],
    Role.ACT_CONTACT: ["节目联系人", "act contact"],
    Role.PERFORMER: ["演员", "表演", "performer"],
    Role.OTHER: ["其他", "other"],
}
_ROLE_LOOKUP = {w.casefold(): role for role, words in ROLE_WORDS.items() for w in words}
_SPLIT = re.compile(r"[,，、;；/／|]+")
_PHONE_OK = re.compile(r"^\+?[0-9 ()\-]{3,30}$")


@dataclass(frozen=True)
class PeopleSheet:
    """The rows of every sheet with a name column, and where they were found."""

    path: Path
    workbook: WorkbookRead
    people: list[ImportedPerson]

    @property
    def records(self) -> list:
        """Every row read, of every sheet (each names its `sheet`)."""
        return list(self.people)

    def only(self, sheets: set[str]) -> PeopleSheet:
        """The same workbook with only the people of `sheets`."""
        return replace(self, people=[p for p in self.people if p.sheet in sheets])


def _gender(text: str, problems: list[RowProblem]) -> Gender:
    if not text:
        return Gender.UNSPECIFIED
    gender = _GENDERS.get(unicodedata.normalize("NFKC", text).casefold())
    if gender is None:
        problems.append(RowProblem("unknown_gender", Severity.WARNING, text, "gender"))
        return Gender.UNSPECIFIED
    return gender


def _roles(text: str, problems: list[RowProblem]) -> frozenset[Role]:
    roles = set()
    for word in (w.strip() for w in _SPLIT.split(text) if w.strip()):
        role = _ROLE_LOOKUP.get(unicodedata.normalize("NFKC", word).casefold())
        if role is None:
            problems.append(RowProblem("unknown_role", Severity.WARNING, word, "roles"))
        else:
            roles.add(role)
    return frozenset(roles)


_NUMBER_TEXT = re.compile(r"^\d+\.0+$|^\d(\.\d+)?[eE]\+?\d+$")


def _phone(value: object, problems: list[RowProblem]) -> str:
    phone = phone_text(value)
    if _NUMBER_TEXT.match(phone):
        # A number pasted as text from another sheet: "13812345678.0", "1.3812345678E+10".
        phone = str(int(float(phone)))
    if phone and not _PHONE_OK.match(phone):
        problems.append(RowProblem("invalid_phone", Severity.ERROR, phone, "phone"))
    elif phone.isdigit() and phone.startswith("1") and len(phone) != 11:
        # A mobile number with a digit too many or too few: likely a typo.
        problems.append(RowProblem("mobile_length", Severity.WARNING, phone, "phone"))
    return phone


def parse_row(table: TableRead, source: SourceRow) -> ImportedPerson:
    """One sheet row as an `ImportedPerson` with its problems."""
    values = source.values
    problems: list[RowProblem] = []
    name = cell_text(values.get("name"))
    if not name:
        problems.append(RowProblem("required", Severity.ERROR, "", "name"))
    elif len(name) > 100:
        problems.append(RowProblem("too_long", Severity.ERROR, len(name), "name"))
    gender = _gender(cell_text(values.get("gender")), problems)
    phone = _phone(values.get("phone"), problems)
    roles = _roles(cell_text(values.get("roles")), problems)
    return ImportedPerson(
        source.number, name, gender, phone, cell_text(values.get("department")),
        cell_text(values.get("other_contact"))[:100], cell_text(values.get("student_no"))[:60],
        roles, cell_text(values.get("notes")), finish(table, source, problems, ("name",)),
        table.sheet)


def read_people_sheet(path: Path | str) -> PeopleSheet:
    """Read people from every sheet with a name column; raises `WorkbookError`."""
    path = Path(path)
    workbook = read_tables(path, PEOPLE_COLUMNS, required=["name"], max_rows=MAX_PEOPLE)
    return PeopleSheet(path, workbook, [parse_row(table, row) for table in workbook.tables
                                        for row in table.rows])
