"""The lucky draw in words: names read from sheets, problems, the review and the show log."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from gala_manager.app.draws.names import read_pool_names
from gala_manager.app.draws.review import review_lines
from gala_manager.app.show.wording import describe_entry
from gala_manager.app.tasks.review_export import review_report
from gala_manager.app.wording import describe_problem
from gala_manager.core.checks import Problem, run_checks
from gala_manager.core.draws.drawing import run_draw, set_winner_status
from gala_manager.core.draws.setup import edit_draw, list_draws
from gala_manager.core.models import WinnerStatus
from gala_manager.core.operations import Area
from gala_manager.core.show.log import show_log

AT = dt.datetime(2027, 4, 30, 21, 40)


def _sheet(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_names_come_from_the_name_column_as_typed(qapp, tmp_path):
    path = _sheet(tmp_path / "志愿者名单.xlsx", [
        ["青年志愿者协会 五一晚会志愿者"], [], ["序号", "姓名", "学院"],
        [1, " 欧阳娜娜 ", "文学院"], [2, "Zoë 王", "外语学院"], [3, None, ""]])
    names, error = read_pool_names(path)
    assert error == ""
    assert names == ["欧阳娜娜", "Zoë 王"]


def test_a_sheet_without_a_name_column_is_told_in_one_line(qapp, tmp_path):
    path = _sheet(tmp_path / "座位表.xlsx", [["座位", "票号"], [1, 2]])
    names, error = read_pool_names(path)
    assert names == []
    assert error == "No column headed 姓名 or Name was found in 座位表.xlsx."


def test_chinese_words_of_a_problem(app_language):
    text = describe_problem(Problem(Area.DRAWS, "draw_prize_short", params={
        "draw": "幸运观众抽奖", "prize": "保温杯", "needed": 3, "left": 2}))
    assert text == "抽奖“幸运观众抽奖”要抽 3 名，但“保温杯”只剩 2 份。"


def test_checks_find_a_draw_that_would_stop_on_the_night(qapp, demo_doc):
    seats = demo_doc.read(list_draws)[0]
    demo_doc.run(edit_draw, draw_id=seats.id, data=seats.data.replace(winners=6))
    found = [p for p in demo_doc.read(run_checks) if p.area == Area.DRAWS]
    assert [(p.code, p.params["needed"], p.params["left"]) for p in found] == [
        ("draw_prize_short", 6, 5)]
    assert describe_problem(found[0]) == ("The draw “幸运观众抽奖” has 6 winners but "
                                          "“保温杯（一等奖）” has only 5 left.")


def test_the_review_and_the_show_log_tell_each_draw(qapp, demo_doc):
    volunteers = demo_doc.read(list_draws)[1]
    result = demo_doc.run(run_draw, draw_id=volunteers.id, at=AT)
    first = demo_doc.read(list_draws)[1].winners[0]
    demo_doc.run(set_winner_status, winner_id=first.id, status=WinnerStatus.COLLECTED)
    [line] = review_lines(demo_doc.read)
    assert line == ("Lucky draw “志愿者感谢抽奖”",
                    ", ".join(result.winners) + " (1 of 5 prizes collected, 0 absent)")
    assert line in review_report(demo_doc.read).figures
    [entry] = demo_doc.read(show_log)
    assert describe_entry(entry, lambda act_id: "") == (
        "Lucky draw “志愿者感谢抽奖” from 24 names (24 could win): " + ", ".join(result.winners))


@pytest.mark.parametrize("code", ["draw_no_prize", "draw_pool_too_small", "draw_prize_short"])
def test_every_problem_code_is_worded(qapp, code):
    text = describe_problem(Problem(Area.DRAWS, code, params={
        "draw": "抽奖", "prize": "杯", "needed": 3, "left": 2, "available": 1}))
    assert "draws:" not in text and "{" not in text


def test_a_winner_named_like_a_formula_stays_text_in_the_workbook(qapp, empty_doc, tmp_path):
    from gala_manager.app.draws.exports import export_winners
    from gala_manager.core.draws.rows import DrawData
    from gala_manager.core.draws.setup import add_draw
    from gala_manager.core.models import PoolKind

    draw_id = empty_doc.run(add_draw, data=DrawData(
        name="=SUM(A1)", winners=2, pool_kind=PoolKind.NAMES, names=("=1+1", "@cmd")))
    empty_doc.run(run_draw, draw_id=draw_id, at=AT)
    path = export_winners(empty_doc, tmp_path / "中奖名单.xlsx")
    sheet = openpyxl.load_workbook(path).active
    cells = [row for row in sheet.iter_rows(min_row=4) if row[0].value]
    assert sorted(row[2].value for row in cells) == ["=1+1", "@cmd"]
    assert {row[2].data_type for row in cells} == {"s"}
    assert {row[0].value for row in cells} == {"=SUM(A1)"}


def test_names_from_a_csv_saved_by_excel_on_a_chinese_windows(qapp, tmp_path):
    path = tmp_path / "志愿者.csv"
    path.write_bytes("序号,姓名\r\n1,诸葛亮\r\n2,欧阳修\r\n".encode("gb18030"))
    assert read_pool_names(path) == (["诸葛亮", "欧阳修"], "")


def test_one_winner_reads_as_one(qapp):
    one = Problem(Area.DRAWS, "draw_pool_too_small", params={
        "draw": "压轴大奖", "needed": 1, "available": 0})
    assert describe_problem(one) == "The draw “压轴大奖” wants 1 winner but only 0 can win."
    short = Problem(Area.DRAWS, "draw_prize_short", params={
        "draw": "压轴大奖", "prize": "平板电脑", "needed": 1, "left": 0})
    assert describe_problem(short) == \
        "The draw “压轴大奖” has 1 winner but “平板电脑” has only 0 left."
