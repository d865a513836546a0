"""Score sheets, results, the host's card, certificates, the host script and the review,
read back from the PDFs."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from pypdf import PdfReader

from gala_manager.app.awards.exports import (
    export_certificates,
    export_result_card,
    export_results,
    export_score_sheets,
)
from gala_manager.app.programme.runsheet_export import export_runsheet
from gala_manager.app.tasks.review_export import export_review_pdf
from gala_manager.core.awards.entries import list_entries, list_judges
from gala_manager.core.awards.scores import set_scores
from gala_manager.core.awards.settings import get_award_settings, set_award_settings
from tests.export.pdf_helpers import page_texts


def flat(path) -> list[str]:
    return [text.replace("\n", "") for text in page_texts(path.read_bytes())]


def test_the_first_prize_certificate_goes_to_the_right_act(demo_doc, tmp_path, app_language):
    out = export_certificates(demo_doc, tmp_path / "奖状.pdf")
    pages = flat(out)
    assert len(pages) == 7  # 1 + 2 + 3 places and the audience's award
    first = next(page for page in pages if "一等奖" in page)
    # Dropping the highest and lowest puts 小品 (93.00) ahead of 话剧 (92.00).
    assert "小品《宿舍那些事》" in first and "张伟、李娜、王强、刘洋" in first
    assert "荣誉证书" in first and "理工职业学院创业协会" in first and "2027年4月30日" in first
    width, height = (float(v) for v in PdfReader(out).pages[0].mediabox[2:])
    assert width > height  # A4 landscape
    popular = next(page for page in pages if "最佳人气奖" in page)
    assert "街舞《燃》" in popular


def test_score_sheets_one_per_judge_with_the_rule(demo_doc, tmp_path, app_language):
    pages = flat(export_score_sheets(demo_doc, tmp_path / "评分表.pdf"))
    judges = demo_doc.read(list_judges)
    assert len(pages) == len(judges) == 5
    for page, judge in zip(pages, judges, strict=True):
        assert judge.name in page and "评分表" in page
        assert "去掉一个最高分和一个最低分" in page and "满分 100 分" in page
        assert "话剧《雷雨》选段" in page and "主持人开场" not in page


def test_forty_criteria_print_as_a_list_with_one_score_box(demo_doc, tmp_path, app_language):
    # A pasted marking scheme of 40 lines: as columns, no box would be wide enough to write in.
    criteria = "\n".join(f"第{n}项 标准说明 {n}" for n in range(1, 41))
    settings = demo_doc.read(get_award_settings)
    demo_doc.run(set_award_settings, settings=replace(settings, criteria=criteria))
    pages = flat(export_score_sheets(demo_doc, tmp_path / "评分表.pdf"))
    assert len(pages) == 5 and "第40项标准说明" in pages[0].replace(" ", "")
    width, height = (float(v) for v in PdfReader(tmp_path / "评分表.pdf").pages[0].mediabox[2:])
    assert width < height  # A4 portrait: the criteria are not columns


def test_results_show_every_score_the_ranking_and_a_missing_one(demo_doc, tmp_path,
                                                                app_language):
    acts = {e.title: e.act_id for e in demo_doc.read(list_entries)}
    judge = demo_doc.read(list_judges)[4]
    demo_doc.run(set_scores, scores={(acts["街舞《燃》"], judge.id): None})
    text = "".join(flat(export_results(demo_doc, tmp_path / "结果.pdf")))
    assert "93.00" in text and "89.67" in text
    assert f"缺少{judge.name}的评分" in text


def test_the_host_card_and_script_announce_the_results(demo_doc, tmp_path, app_language):
    card = "".join(flat(export_result_card(demo_doc, tmp_path / "卡.pdf")))
    start = card.index("最佳人气奖")  # the intro above names the awards too
    assert start < card.index("三等奖", start) < card.index("二等奖", start) \
        < card.index("一等奖", start)
    script = "".join(flat(export_runsheet(demo_doc, tmp_path / "主持稿.pdf", "host")))
    award_act = script.index("颁奖：优秀节目与最佳人气奖")
    assert script.index("一等奖：小品《宿舍那些事》", award_act) > award_act


def test_a_tie_is_said_on_the_card_not_broken(demo_doc, tmp_path, app_language):
    acts = {e.title: e.act_id for e in demo_doc.read(list_entries)}
    judges = [j.id for j in demo_doc.read(list_judges)]
    demo_doc.run(set_scores, scores={(acts["相声《我要上晚会》"], j): Decimal(v)
                                     for j, v in zip(judges, (90, 90, 91, 88, 90), strict=True)})
    card = "".join(flat(export_result_card(demo_doc, tmp_path / "卡.pdf")))
    assert "并列且尚未决定" in card
    certificates = flat(export_certificates(demo_doc, tmp_path / "奖状.pdf"))
    assert len(certificates) == 3  # 一等奖, one 二等奖, 最佳人气奖: nothing guessed


def test_the_review_gets_the_results(demo_doc, tmp_path, app_language):
    text = "".join(flat(export_review_pdf(demo_doc, tmp_path / "总结.pdf")))
    assert "颁奖结果" in text and "小品《宿舍那些事》" in text
