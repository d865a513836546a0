"""The ranking and the awards: the demo's winners, ties shown and decided, missing scores."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gala_manager.core.awards.checks import check_awards
from gala_manager.core.awards.entries import competing, list_entries, list_judges, set_competes
from gala_manager.core.awards.results import award_results, restore_tiebreak, set_tiebreak
from gala_manager.core.awards.rows import AwardSettingsRow, CategoryData
from gala_manager.core.awards.scores import read_scores, set_scores, set_votes
from gala_manager.core.awards.settings import (
    add_category,
    get_award_settings,
    list_categories,
    move_category,
    remove_category,
    restore_category,
    set_award_settings,
)
from gala_manager.core.errors import ValidationError
from gala_manager.core.guests.records import list_guests, remove_guests, restore_guests
from gala_manager.core.models import AwardBasis, ScoreRule


def acts(doc) -> dict[str, int]:
    return {entry.title: entry.act_id for entry in doc.read(list_entries)}


def winners(results) -> dict[str, list[str]]:
    return {a.category.data.name: [w.title for w in a.winners] for a in results.awards}


def test_the_demo_awards_under_the_gala_rule(demo_doc):
    results = demo_doc.read(award_results)
    assert len(results.judges) == 5 and len(results.acts) == 10
    assert all(len(a.scores) == 5 and not a.missing for a in results.acts)
    assert winners(results) == {
        "一等奖": ["小品《宿舍那些事》"],
        "二等奖": ["话剧《雷雨》选段", "合唱《我和我的祖国》"],
        "三等奖": ["相声《我要上晚会》", "街舞《燃》", "民乐合奏《春江花月夜》"],
        "最佳人气奖": ["街舞《燃》"],
    }
    assert demo_doc.read(check_awards) == []


def test_the_plain_average_would_crown_another_act(demo_doc):
    demo_doc.run(set_award_settings, settings=AwardSettingsRow(ScoreRule.AVERAGE, 100))
    results = demo_doc.read(award_results)
    assert winners(results)["一等奖"] == ["话剧《雷雨》选段"]
    assert results.acts[0].final == Decimal("93.00")


def test_by_default_the_selected_acts_compete_except_the_evenings_links(demo_doc):
    entries = {e.title: e for e in demo_doc.read(list_entries)}
    assert not entries["主持人开场"].by_default and not entries["中场休息"].by_default
    assert not entries["有奖问答（第一轮）"].by_default
    assert not entries["颁奖：优秀节目与最佳人气奖"].by_default
    assert entries["领导致辞"].by_default and not entries["领导致辞"].competes  # the demo's say
    previous = demo_doc.run(set_competes, act_id=entries["领导致辞"].act_id, competes=None)
    assert previous is False
    assert "领导致辞" in {e.title for e in demo_doc.read(competing)}


def tie_two_acts(doc) -> dict[str, int]:
    """相声 and 合唱 both at 90.00: tied for the second 二等奖."""
    ids = acts(doc)
    judges = [j.id for j in doc.read(list_judges)]
    doc.run(set_scores, scores={(ids["相声《我要上晚会》"], j): Decimal(v)
                                for j, v in zip(judges, (90, 90, 91, 88, 90), strict=True)})
    return ids


def test_a_tie_across_an_award_is_shown_and_waits_for_the_committee(demo_doc):
    ids = tie_two_acts(demo_doc)
    results = demo_doc.read(award_results)
    tied = [a for a in results.acts if a.tied]
    assert {a.title for a in tied} == {"相声《我要上晚会》", "合唱《我和我的祖国》"}
    assert {a.rank for a in tied} == {3}
    second = results.awards[1]
    assert [w.title for w in second.winners] == ["话剧《雷雨》选段"]
    assert {a.title for a in second.contested} == {"相声《我要上晚会》", "合唱《我和我的祖国》"}
    assert not second.complete
    assert results.awards[2].winners == ()  # nothing is given after an undecided tie
    assert [p.code for p in demo_doc.read(check_awards)] == ["award_tie_undecided"]

    previous = demo_doc.run(set_tiebreak, basis=AwardBasis.SCORE,
                            order=[ids["相声《我要上晚会》"], ids["合唱《我和我的祖国》"]])
    decided = demo_doc.read(award_results)
    assert winners(decided)["二等奖"] == ["话剧《雷雨》选段", "相声《我要上晚会》"]
    assert decided.awards[1].decided_by_committee
    assert winners(decided)["三等奖"][0] == "合唱《我和我的祖国》"
    assert all(a.tied for a in decided.acts if a.title in ("相声《我要上晚会》",
                                                           "合唱《我和我的祖国》"))
    demo_doc.run(restore_tiebreak, basis=AwardBasis.SCORE, places=previous)
    assert demo_doc.read(award_results).awards[1].contested


def test_a_tie_inside_an_award_needs_no_decision(demo_doc):
    ids = acts(demo_doc)
    judges = [j.id for j in demo_doc.read(list_judges)]
    # 话剧 down to 90.00 with 合唱: both 二等奖, no decision needed.
    demo_doc.run(set_scores, scores={(ids["话剧《雷雨》选段"], j): Decimal(v)
                                     for j, v in zip(judges, (90, 90, 90, 88, 92), strict=True)})
    results = demo_doc.read(award_results)
    assert set(winners(results)["二等奖"]) == {"话剧《雷雨》选段", "合唱《我和我的祖国》"}
    assert not results.awards[1].contested
    assert demo_doc.read(check_awards) == []


def test_missing_scores_are_reported_not_zero(demo_doc):
    ids = acts(demo_doc)
    judges = demo_doc.read(list_judges)
    demo_doc.run(set_scores, scores={(ids["小品《宿舍那些事》"], judges[4].id): None})
    result = next(a for a in demo_doc.read(award_results).acts
                  if a.title == "小品《宿舍那些事》")
    assert result.missing == (judges[4].name,)
    assert result.final == Decimal("93.50")  # 94 93 92 95: not (…, 0)
    problems = demo_doc.read(check_awards)
    assert [(p.code, p.params["judges"]) for p in problems] == [
        ("award_score_missing", judges[4].name)]


@pytest.mark.parametrize("value", [Decimal("-1"), Decimal("100.01"), Decimal("88.555")])
def test_scores_out_of_range_are_refused(demo_doc, value):
    ids = acts(demo_doc)
    judge = demo_doc.read(list_judges)[0].id
    with pytest.raises(ValidationError):
        demo_doc.run(set_scores, scores={(ids["街舞《燃》"], judge): value})


def test_votes_and_their_ties(demo_doc):
    ids = acts(demo_doc)
    previous = demo_doc.run(set_votes, votes={ids["乐队《追梦赤子心》"]: 312})
    results = demo_doc.read(award_results)
    assert {a.title for a in results.awards[3].contested} == {"街舞《燃》", "乐队《追梦赤子心》"}
    demo_doc.run(set_votes, votes=previous)
    assert winners(demo_doc.read(award_results))["最佳人气奖"] == ["街舞《燃》"]


def test_categories_edit_move_and_undo(demo_doc):
    rows = demo_doc.read(list_categories)
    new = demo_doc.run(add_category, data=CategoryData("优秀节目奖", 2))
    assert demo_doc.run(move_category, category_id=new, step=-1) == 1
    assert [c.data.name for c in demo_doc.read(list_categories)][-2:] == ["优秀节目奖",
                                                                          "最佳人气奖"]
    removed = demo_doc.run(remove_category, category_id=rows[0].id)
    demo_doc.run(restore_category, row=removed)
    assert demo_doc.read(list_categories)[0] == rows[0]
    with pytest.raises(ValidationError):
        demo_doc.run(add_category, data=CategoryData("", 1))
    assert demo_doc.read(get_award_settings).rule == ScoreRule.DROP_HIGH_LOW


def test_removing_a_judge_and_undo_keep_the_scores(demo_doc):
    judge = next(g for g in demo_doc.read(list_guests) if g.name == "刘洋")
    before = demo_doc.read(read_scores)
    removed = demo_doc.run(remove_guests, guest_ids=[judge.id])
    assert len(demo_doc.read(read_scores)) == len(before) - 10
    demo_doc.run(restore_guests, removed=removed)
    assert demo_doc.read(read_scores) == before


def test_new_gala_copies_the_awards_not_the_scores(demo_doc, tmp_path):
    from gala_manager.core.gala.copy import new_gala_from
    from gala_manager.core.storage.document import GalaDocument

    new_gala_from(demo_doc, tmp_path / "明年.gala", name="明年", date=dt.date(2028, 4, 28))
    with GalaDocument.open(tmp_path / "明年.gala") as doc:
        assert [c.data.name for c in doc.read(list_categories)] == [
            "一等奖", "二等奖", "三等奖", "最佳人气奖"]
        assert doc.read(read_scores) == {}
        assert doc.read(get_award_settings).criteria.startswith("思想内容 30")
