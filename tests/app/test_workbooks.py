"""Every workbook the app writes, read back as other programs read it: each formula shows
its figure without recalculating, each sheet prints on A4 at 8 pt or more, numbers and
times are numbers and times."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from gala_manager.app.programme.act_template import export_act_template
from gala_manager.app.show.report_export import export_show_report
from gala_manager.app.staff.exports import export_contacts, export_roster
from gala_manager.app.supplies.exports import export_workbook
from gala_manager.app.tasks.exports import export_tasks
from gala_manager.core.storage.document import GalaDocument
from tests.export.xlsx_helpers import formula_values, printed_points

EXPORTS = {
    "supplies": lambda doc, path: export_workbook(doc, path),
    "contacts": export_contacts,
    "roster": lambda doc, path: export_roster(doc, path),
    "tasks": lambda doc, path: export_tasks(doc, path, now=dt.datetime(2027, 4, 20, 9)),
    "show-report": export_show_report,
    "act-template": lambda _doc, path: export_act_template(path),
}


@pytest.fixture
def demo(demo_path, tmp_path):
    doc = GalaDocument.open(demo_path, data_dir=tmp_path / "data")
    yield doc
    doc.close()


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_workbook_shows_its_figures_anywhere_and_prints_at_8_points(kind, demo, tmp_path,
                                                                    app_language):
    path = tmp_path / f"{kind}.xlsx"
    EXPORTS[kind](demo, path)
    empty = {cell: formula for cell, (formula, value) in formula_values(path).items()
             if value is None}
    assert empty == {}
    book = openpyxl.load_workbook(path)
    for ws in book:
        if ws.sheet_state == "visible" and ws.max_row > 1:
            assert printed_points(ws) >= 8, ws.title
            assert int(ws.page_setup.paperSize) == 9 and ws.oddFooter.center.text, ws.title


def test_task_workbook_keeps_the_date_apart_from_the_days_to_the_gala(demo, tmp_path,
                                                                       app_language):
    path = export_tasks(demo, tmp_path / "t.xlsx", now=dt.datetime(2027, 4, 20, 9))
    ws = openpyxl.load_workbook(path).active
    rows = {row[1]: row for row in ws.iter_rows(min_row=4, values_only=True)}
    meeting = rows["召开协会会议，分配各部门工作"]
    assert meeting[4] == dt.datetime(2027, 3, 5) and meeting[5] == "晚会前 56 天"
    opening = next(row for title, row in rows.items() if "19:00" in title)
    assert opening[5] == "19:00（晚会当天）"


def test_contact_workbook_wraps_cells_of_several_lines(demo, tmp_path, app_language):
    ws = openpyxl.load_workbook(export_contacts(demo, tmp_path / "c.xlsx")).active
    several = [c for row in ws.iter_rows(min_row=4) for c in row
               if isinstance(c.value, str) and "\n" in c.value]
    assert several and all(c.alignment.wrap_text for c in several)
    lines = max(c.value.count("\n") + 1 for c in several)
    assert max(ws.row_dimensions[c.row].height or 0 for c in several) >= 15 * lines


def test_show_report_without_a_show_says_so_first_and_keeps_the_lengths_apart(
        demo, tmp_path, app_language):
    ws = openpyxl.load_workbook(export_show_report(demo, tmp_path / "r.xlsx")).active
    assert ws["A2"].value == "本晚会还没有演出记录：本报告只有计划。"
    summary = {row[0]: row[1] for row in ws.iter_rows(min_row=3, values_only=True) if row[0]}
    assert summary["节目总时长"] == dt.timedelta(hours=2, minutes=33)
    assert summary["计划时长"] == dt.timedelta(hours=2, minutes=30)
    assert summary["与计划时长相比"] == "比计划长 3 分钟"
    assert summary["实际开始"] == "未开始"
