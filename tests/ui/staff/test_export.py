"""Contact list and duty roster read back: PDF text by department, Excel cells as text."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from gala_manager.app.staff.exports import export_contacts, export_roster
from gala_manager.cli import main
from gala_manager.core.errors import ValidationError
from gala_manager.core.models import Gender
from gala_manager.core.staff.directory import list_staff_departments, list_staff_people
from gala_manager.core.staff.person_edits import PersonData, create_person


def _pdf_text(path):
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(path.read_bytes())).pages]


def _sections(text: str, departments: list[str]) -> dict[str, str]:
    """The text between each department heading and the next."""
    marks = sorted((text.index(d), d) for d in departments if d in text)
    return {d: text[pos:(marks[i + 1][0] if i + 1 < len(marks) else len(text))]
            for i, (pos, d) in enumerate(marks)}


def test_contact_pdf_groups_people_by_department(controller, tmp_path, app_language):
    out = export_contacts(controller, tmp_path / "通讯录.pdf")
    text = "\n".join(_pdf_text(out))
    assert "通讯录" in text or "Contact list" in text
    names = [d.name for d in controller.read(list_staff_departments)]
    sections = _sections(text, [f"\n{n}\n" for n in names])
    assert "罗明轩\n灯光音响\n13212345616" in sections["\n组织部\n"]
    assert "13212345616" not in sections["\n文艺部\n"]
    assert "彭博文" in sections["\n记者团\n"]
    # Post on the night, with its time:
    assert "19:00–21:30 音控台" in sections["\n组织部\n"].replace("\n", "")


def test_contact_xlsx_keeps_phones_and_formulas_as_text(controller, tmp_path):
    controller.run(create_person, data=PersonData(
        "=HYPERLINK(\"x\")", Gender.MALE, "01012345678", None, other_contact="+86 139"))
    out = export_contacts(controller, tmp_path / "contacts.xlsx")
    ws = load_workbook(out).active
    rows = {row[1]: row for row in ws.iter_rows(min_row=4, values_only=True)}
    assert rows["罗明轩"][3] == "13212345616"  # a string, all 11 digits
    evil = rows["=HYPERLINK(\"x\")"]
    assert evil[3] == "01012345678"  # leading zero kept
    cell = next(c for c in ws["B"] if c.value == "=HYPERLINK(\"x\")")
    assert cell.data_type == "s"
    assert ws.cell(row=cell.row, column=5).value == "+86 139"
    assert ws.cell(row=cell.row, column=5).data_type == "s"
    assert ws.cell(row=4, column=4).number_format == "@"


def test_roster_pdf_by_time_and_my_night(controller, tmp_path, app_language):
    out = export_roster(controller, tmp_path / "roster.pdf")
    pages = _pdf_text(out)
    first = pages[0]
    assert first.index("13:00–17:00") < first.index("19:00–21:30") < first.index("21:30–22:30")
    night = next(p for p in pages if "罗明轩的晚会安排" in p)
    assert all(span in night for span in ("13:00–17:00", "18:00–19:00", "19:00–21:30"))
    assert "宋宇航" in night  # together with
    assert "胡志强 13412345614" in night  # whom to call
    short = export_roster(controller, tmp_path / "short.pdf", per_person=False)
    assert len(_pdf_text(short)) < len(pages)


def test_roster_xlsx_sheets(controller, tmp_path, app_language):
    out = export_roster(controller, tmp_path / "roster.xlsx")
    wb = load_workbook(out)
    first, by_person = wb.worksheets
    rows = list(first.iter_rows(min_row=3, values_only=True))
    assert [r[:2] for r in rows if r[2] == "音控台"] == [
        ("下午布置", "13:00–17:00"), ("观众入场", "18:00–19:00"), ("晚会演出", "19:00–21:30"),
        ("散场清场", "21:30–22:30")]
    assert rows[0][4:] == ("罗明轩、宋宇航", "2/2")
    people = list(by_person.iter_rows(min_row=2, values_only=True))
    assert [r[3] for r in people if r[0] == "罗明轩"] == [
        "13:00–17:00", "18:00–19:00", "19:00–21:30", "21:30–22:30"]
    assert all(isinstance(r[2], str) for r in people)


def test_unknown_suffix(controller, tmp_path):
    with pytest.raises(ValidationError):
        export_contacts(controller, tmp_path / "x.docx")


def test_cli_exports(demo_path, tmp_path, capsys):
    assert main(["export", "contacts", str(demo_path), "-o", str(tmp_path / "c.xlsx")]) == 0
    assert load_workbook(tmp_path / "c.xlsx").active["B4"].value == "陈思远"
    assert main(["export", "roster", str(demo_path), "-o", str(tmp_path / "r.pdf"),
                 "--no-per-person"]) == 0
    assert len(_pdf_text(tmp_path / "r.pdf")) == 1
    assert main(["export", "roster", str(demo_path), "-o", str(tmp_path / "r.doc")]) == 2
    assert main(["export", "roster", str(demo_path), "-o", str(tmp_path / "n.pdf"),
                 "--person", "罗明轩"]) == 0
    assert len(_pdf_text(tmp_path / "n.pdf")) == 1
    assert main(["export", "roster", str(demo_path), "-o", str(tmp_path / "n.pdf"),
                 "--person", "查无此人"]) == 2
    assert "查无此人" not in capsys.readouterr().out


def test_page_menu_exports(qtbot, controller, tmp_path, monkeypatch):
    from gala_manager.ui.staff.staff_page import StaffPage

    page = StaffPage(controller)
    qtbot.addWidget(page)
    actions = page.menu_actions()["file"]
    assert [a.text() for a in actions] == ["Import people from Excel\u2026",
                                           "Export contact list\u2026",
                                           "Export duty roster\u2026"]
    monkeypatch.setattr(page, "ask_export_path", lambda what: tmp_path / f"{what}.xlsx")
    actions[2].trigger()
    assert load_workbook(tmp_path / "roster.xlsx").sheetnames == ["Duty roster", "By person"]


def test_my_night_handout_for_chosen_people(controller, tmp_path, app_language, capsys):
    out = export_roster(controller, tmp_path / "night.pdf", names=["宋宇航", "曾婉清"])
    pages = _pdf_text(out)
    assert len(pages) == 2
    assert "宋宇航的晚会安排" in pages[0] and "21:30–22:30" in pages[0]
    assert "值岗安排表\n" not in pages[0]  # no overview table in a handout
    assert "曾婉清的晚会安排" in pages[1] and "晚会当天没有岗位" in pages[1]
    with pytest.raises(ValidationError):
        export_roster(controller, tmp_path / "x.pdf", names=["查无此人"])


def test_people_tab_prints_my_night(qtbot, controller, tmp_path, monkeypatch):
    from gala_manager.ui.staff.staff_page import StaffPage

    page = StaffPage(controller)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(page, "ask_export_path", lambda what: tmp_path / f"{what}.pdf")
    person = next(p for p in controller.read(list_staff_people) if p.name == "罗明轩")
    page.people_tab.select_person(person.id)
    page.people_tab.night_button.click()
    pages = _pdf_text(tmp_path / "night.pdf")
    assert len(pages) == 1 and "罗明轩" in pages[0] and "19:00–21:30" in pages[0]
