"""The problem list: errors first, and a kind with thousands of problems summed up."""

from __future__ import annotations

from gala_manager.core.checks import Problem, Severity
from gala_manager.core.operations import Area
from gala_manager.ui.overview.checks_model import SHOWN_PER_KIND, ProblemListModel
from gala_manager.ui.table_model import RowRole


def test_many_problems_of_one_kind_show_a_few_and_a_count(qapp):
    owners = [Problem(Area.SUPPLIES, "supply_no_responsible", Severity.WARNING,
                      {"name": f"物品{n}"}, ("supply_item", n)) for n in range(1, 2001)]
    clash = Problem(Area.STAFF, "double_booked", Severity.ERROR, {
        "person": "曾婉清", "post_a": "音控台", "shift_a": "晚会演出", "post_b": "急救点",
        "shift_b": "晚会演出", "person_id": 4, "cells": ()}, ("person", 4))
    model = ProblemListModel()
    model.set_rows([*owners, clash])
    assert model.rowCount() == 1 + SHOWN_PER_KIND + 1
    assert model.index(0, 0).data(RowRole) is clash
    last = model.index(model.rowCount() - 1, 0)
    assert last.data() == f"… and {2000 - SHOWN_PER_KIND} more like these"
    # It leads to the first problem it stands for.
    assert last.data(RowRole).target == ("supply_item", SHOWN_PER_KIND + 1)


def test_a_few_problems_are_all_listed(qapp):
    problems = [Problem(Area.PROGRAMME, "act_without_contact", Severity.WARNING,
                        {"title": t}, ("act", n)) for n, t in enumerate("ABC")]
    model = ProblemListModel()
    model.set_rows(problems)
    assert [model.index(r, 0).data(RowRole) for r in range(3)] == problems
