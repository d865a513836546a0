"""Importing people from messy class lists: headers anywhere, phones as numbers, re-import."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from gala_manager.core.errors import ValidationError, WorkbookError
from gala_manager.core.models import Gender, Role
from gala_manager.core.staff.directory import list_staff_departments, list_staff_people
from gala_manager.core.staff.people_import import (
    import_people,
    preview_people_import,
    undo_people_import,
)
from gala_manager.imports.people_sheet import read_people_sheet


def _messy(path, extra_rows=()):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "2027 迎五一晚会 工作人员报名表"
    ws.merge_cells("A1:F1")
    ws["A2"] = "请于 4 月 20 日前交回"
    ws.append(["手机号码", "Name", "性别", "部门", "班级/学号", "职务"])  # row 3
    rows = [
        (13912340001, "新同学甲", "女", "礼仪队", "23 级英语 1 班", "礼仪"),  # int phone
        (13912340002.0, "新同学乙", "男", "组织部", 2023010203, "灯光、音响"),  # float phone
        ("１３９ 1234 0003", "新同学丙", "F", None, None, "主持候选人/摄影"),  # fullwidth
        (None, None, None, None, None, None),  # blank row
        ("13812345601", "陈思远", "男", "文艺部", None, None),  # already in the demo
        ("1391234000", "新同学丁", "Male", "组织部", None, "舞龙"),  # short, unknown role
        ("1.3912340005E+10", "新同学戊", "女", None, None, None),  # number pasted as text
        ("13912340006.0", "新同学己", "女", None, None, None),
        *extra_rows,
    ]
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def test_read_messy_sheet(tmp_path):
    sheet = read_people_sheet(_messy(tmp_path / "报名表.xlsx"))
    assert sheet.workbook.tables[0].header_row == 3
    people = {p.name: p for p in sheet.people}
    assert list(people) == ["新同学甲", "新同学乙", "新同学丙", "陈思远", "新同学丁", "新同学戊",
                            "新同学己"]
    assert people["新同学戊"].phone == "13912340005"
    assert people["新同学己"].phone == "13912340006"
    assert people["新同学甲"].phone == "13912340001"
    assert people["新同学乙"].phone == "13912340002"
    assert people["新同学乙"].student_no == "2023010203"
    assert people["新同学乙"].roles == {Role.LIGHTS_SOUND}
    assert people["新同学丙"].phone == "13912340003"
    assert people["新同学丙"].gender == Gender.FEMALE
    assert people["新同学丙"].roles == {Role.HOST_CANDIDATE, Role.PRESS}
    assert {(p.code, p.value) for p in people["新同学丁"].problems} == {
        ("mobile_length", "1391234000"), ("unknown_role", "舞龙")}
    assert not people["新同学丁"].has_error
    assert people["新同学丁"].row == 9


def test_import_all_or_nothing_and_no_duplicates(demo_doc, tmp_path):
    before = len(demo_doc.read(list_staff_people))
    sheet = read_people_sheet(_messy(tmp_path / "a.xlsx"))
    preview = demo_doc.read(preview_people_import, people=sheet.people)
    assert [p.name for p in preview.duplicates] == ["陈思远"]
    assert preview.new_departments == ("礼仪队",)
    result = demo_doc.run(import_people, people=sheet.people)
    assert (len(result.person_ids), result.skipped) == (6, 1)
    people = {p.name: p for p in demo_doc.read(list_staff_people)}
    assert len(people) == before + 6
    assert people["新同学甲"].department_name == "礼仪队"
    assert people["新同学乙"].phone == "13912340002"
    again = demo_doc.read(preview_people_import, people=sheet.people)
    assert again.new == () and not again.can_import  # re-import adds nobody
    demo_doc.run(undo_people_import, result=result)
    assert len(demo_doc.read(list_staff_people)) == before
    assert "礼仪队" not in {d.name for d in demo_doc.read(list_staff_departments)}


def test_one_bad_row_imports_nothing(demo_doc, tmp_path):
    before = len(demo_doc.read(list_staff_people))
    sheet = read_people_sheet(_messy(tmp_path / "bad.xlsx", [("call me", "坏号码", "女", "", "",
                                                             "")]))
    bad = next(p for p in sheet.people if p.name == "坏号码")
    assert bad.has_error and bad.problems[0].code == "invalid_phone"
    with pytest.raises(ValidationError) as info:
        demo_doc.run(import_people, people=sheet.people)
    assert info.value.value == [bad.row]
    assert len(demo_doc.read(list_staff_people)) == before


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty"),
    (b"\x00\x01\x02 not a sheet \xff\xfe" * 50, "not_spreadsheet"),
    (b"PK\x03\x04broken", "truncated"),
])
def test_malformed_files(tmp_path, content, reason):
    path = tmp_path / "people.xlsx"
    path.write_bytes(content)
    with pytest.raises(WorkbookError) as info:
        read_people_sheet(path)
    assert info.value.reason == reason


def test_sheet_without_a_name_column(tmp_path):
    wb = Workbook()
    wb.active.append(["节目", "时长"])
    wb.active.append(["舞蹈", 5])
    wb.save(tmp_path / "acts.xlsx")
    with pytest.raises(WorkbookError) as info:
        read_people_sheet(tmp_path / "acts.xlsx")
    assert info.value.reason == "no_header"
