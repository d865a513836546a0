"""Counts of one read as English does ("1 item", "1 judge"), many as before; Chinese unchanged."""

from __future__ import annotations

import datetime as dt

from gala_manager.app.awards.wording import describe_awards_problem
from gala_manager.app.contingency.cards_text import rule_lines
from gala_manager.app.programme.wording import totals_text
from gala_manager.core.checks import Problem
from gala_manager.core.contingency.rules import RuleSettings
from gala_manager.core.operations import Area
from gala_manager.core.programme.schedule import summarise

START = dt.datetime(2027, 4, 30, 19, 0)


def _summary(count: int):
    end = START + dt.timedelta(minutes=5 * count)
    return summarise(START, end, 300 * count, count, 150, 120, 180)


def test_the_totals_of_one_act_and_of_many(qapp):
    assert totals_text(_summary(1)).endswith("· 1 item")
    assert totals_text(_summary(17)).endswith("· 17 items")


def test_awards_and_contingency_rules_with_one(qapp):
    judges = Problem(Area.AWARDS, "award_few_judges", params={"judges": 1, "needed": 3})
    assert describe_awards_problem(judges).startswith("Only 1 judge for the rule")
    places = Problem(Area.AWARDS, "award_more_places_than_acts", params={"places": 3, "acts": 1})
    assert describe_awards_problem(places) == \
        "The awards have 3 places but only 1 act in the competition."
    one, two = (rule_lines("programme", RuleSettings(standby_count=n))[0] for n in (1, 2))
    assert one == "While an act performs, the next act stands by backstage."
    assert two == "While an act performs, the next 2 acts stand by backstage."


def test_chinese_has_one_form(app_language):
    assert totals_text(_summary(1)).endswith("· 共 1 项")
    assert rule_lines("programme", RuleSettings(standby_count=1))[0] == \
        "一个节目演出时，其后的 1 个节目在后台准备。"


def test_one_microphone(qapp):
    from gala_manager.app.programme.wording import describe_programme_problem

    mics = Problem(Area.PROGRAMME, "mics_exceed", params={"title": "独唱《后来》", "needed": 1,
                                                          "available": 0})
    assert describe_programme_problem(mics) == "“独唱《后来》” needs 1 microphone; the gala has 0."
