"""Areas are an enum: a verb or a problem naming anything else fails where it is written."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import gala_manager.core as core
from gala_manager.core.checks import Problem
from gala_manager.core.operations import AREAS, Area, changes


def test_a_verb_names_its_areas_as_members():
    @changes(Area.PROGRAMME, Area.STAFF)
    def verb(session):
        return None

    assert verb.changes == frozenset({Area.PROGRAMME, Area.STAFF})
    assert AREAS == frozenset(Area) and len(AREAS) == 13


@pytest.mark.parametrize("areas", [("programme",), (Area.STAFF, "stafff"), (None,), ()])
def test_a_verb_naming_anything_else_fails_when_it_is_decorated(areas):
    with pytest.raises(TypeError):
        @changes(*areas)
        def verb(session):
            return None


def test_a_problem_names_an_area():
    assert Problem(Area.TASKS, "task_no_owner").area is Area.TASKS
    with pytest.raises(TypeError, match="task_no_owner"):
        Problem("tasks", "task_no_owner")


def test_every_verb_of_the_core_changes_only_areas():
    verbs = 0
    for info in pkgutil.walk_packages(core.__path__, "gala_manager.core."):
        if ".migrations" in info.name:
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            marked = getattr(value, "changes", None)
            if callable(value) and isinstance(marked, frozenset):
                verbs += 1
                assert marked and all(isinstance(a, Area) for a in marked), value
    assert verbs > 80
