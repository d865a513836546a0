"""`export tasks` to xlsx, PDF and iCalendar, read back as a user would check them."""

import datetime as dt

import pytest
from openpyxl import load_workbook

from gala_manager.cli import main
from gala_manager.core.clock import NOW_VARIABLE
from gala_manager.core.demo.tasks_data import DEMO_NOW
from gala_manager.core.models import Phase
from gala_manager.core.storage.document import GalaDocument
from gala_manager.core.tasks.dates import Due
from gala_manager.core.tasks.edits import add_task
from gala_manager.core.tasks.rows import TaskFields
from gala_manager.core.tasks.template import PLAN_TEMPLATE
from tests.export.pdf_helpers import page_texts
from tests.export.tasks.test_ical import parse, unescape

TRICKY = "=HYPERLINK(\"x\"), <b>粗体</b>; 备注\\"


@pytest.fixture
def gala(demo_path, monkeypatch, qapp):
    """The demo gala with one task whose title is formula- and markup-like, in Chinese."""
    with GalaDocument.open(demo_path) as doc:
        doc.run(add_task, fields=TaskFields(TRICKY, Phase.COUNTDOWN, due=Due.relative(-2),
                                            notes="第一行\n第二行"))
    monkeypatch.setenv(NOW_VARIABLE, DEMO_NOW.isoformat())
    yield demo_path
    from gala_manager.app.i18n import install_language

    install_language("en")


def export(gala, out, *extra):
    return main(["--lang", "zh_CN", "export", "tasks", str(gala), "-o", str(out), *extra])


def test_xlsx(gala, tmp_path):
    out = tmp_path / "任务.xlsx"
    assert export(gala, out) == 0
    ws = load_workbook(out).active
    assert ws.title == "任务清单"
    assert [c.value for c in ws[3]][:5] == ["阶段", "任务", "部门", "负责人", "截止日期"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    assert len(rows) == len(PLAN_TEMPLATE) + 1
    assert rows[0][:4] == ["会前工作", "召开协会会议，分配各部门工作", "组织部", "胡志强"]
    assert rows[0][4].date() == dt.date(2027, 3, 5)
    late = {r[1] for r in rows if str(r[5]).startswith("逾期")}
    assert late == {"准备邀请函", "会场布局规划"}
    tricky = next(row for row in ws.iter_rows(min_row=4) if row[1].value == TRICKY)
    assert tricky[1].data_type == "s"  # shown as text, never evaluated
    assert "共 34 项任务" in ws["A2"].value


def test_pdf(gala, tmp_path):
    out = tmp_path / "tasks.pdf"
    assert export(gala, out) == 0
    text = "\n".join(page_texts(out.read_bytes()))
    for expected in ("任务清单", "会前工作", "策划及准备期", "后期工作", "准备邀请函",
                     "逾期", "第 1 页 / 共", "<b>粗体</b>"):
        assert expected in text, expected


@pytest.mark.parametrize("todo", [False, True])
def test_ics(gala, tmp_path, todo):
    out = tmp_path / "tasks.ics"
    assert export(gala, out, *(["--todo"] if todo else [])) == 0
    raw = out.read_bytes()
    assert b"\r\n" in raw and raw.decode("utf-8")
    components = parse(raw.decode("utf-8"))
    assert len(components) == len(PLAN_TEMPLATE) + 1
    assert {c["type"] for c in components} == {"VTODO" if todo else "VEVENT"}
    by_title = {unescape(c["SUMMARY"]): c for c in components}
    makeup = by_title["参演人员 15:30 前上妆"]
    start = next(key for key in makeup if key.startswith("DUE" if todo else "DTSTART"))
    # The time carries the system's zone (Asia/Shanghai when it is unknown).
    assert start.startswith(("DUE;TZID=", "DTSTART;TZID=")) and makeup[start] == "20270430T153000"
    (zone,) = parse(raw.decode("utf-8"), ("VTIMEZONE",))
    assert start.endswith("TZID=" + zone["TZID"])
    assert unescape(by_title[TRICKY]["DESCRIPTION"]).endswith("第一行\n第二行")
    if todo:
        assert by_title["收集各系节目"]["STATUS"] == "COMPLETED"
    assert len({c["UID"] for c in components}) == len(components)


def test_unknown_suffix_is_refused(gala, tmp_path, capsys):
    out = tmp_path / "tasks.txt"
    assert export(gala, out) == 2
    assert not out.exists()
    assert ".xlsx" in capsys.readouterr().err
