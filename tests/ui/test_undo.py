"""A step of the undo stack that fails leaves the stack where the file is, and says why once."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.exc import OperationalError

from gala_manager.core.gala.facts import get_gala_facts, set_gala_facts
from gala_manager.core.operations import Area, changes
from gala_manager.ui.undo import VerbCommand

ERRORS = [
    OSError(28, "No space left on device"),
    RuntimeError("a bug in a verb"),
    sqlite3.OperationalError("disk I/O error"),
    OperationalError("UPDATE gala", {}, sqlite3.OperationalError("database is locked")),
]
IDS = ["ENOSPC", "RuntimeError", "sqlite3", "SQLAlchemy"]


@pytest.fixture
def shown(warnings_shown):
    return warnings_shown


def _raising(error):
    def run(verb, /, **kwargs):
        raise error
    return run


def _state(stack) -> tuple:
    return stack.index(), stack.count(), stack.canUndo(), stack.canRedo()


def _venue(window) -> str:
    return window.controller.read(get_gala_facts).venue


@pytest.mark.parametrize("error", ERRORS, ids=IDS)
def test_a_failed_undo_keeps_the_change_done_and_can_be_tried_again(
        main_window, qtbot, monkeypatch, shown, error):
    window, stack = main_window, main_window.controller.undo_stack
    old = _venue(window)
    facts = window.controller.read(get_gala_facts)
    assert window.files.apply_properties(facts.replace(venue="体育馆"))
    with qtbot.captureExceptions() as escaped, monkeypatch.context() as patch:
        patch.setattr(window.controller.document, "run", _raising(error))
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert escaped == []
    assert len(shown) == 1
    assert _venue(window) == "体育馆"
    assert _state(stack) == (1, 1, True, False)
    menus = window.menus
    assert menus.undo_action.isEnabled() and not menus.redo_action.isEnabled()
    assert menus.undo_action.text() == "&Undo Edit gala properties"
    menus.undo_action.trigger()
    assert _venue(window) == old and _state(stack) == (0, 1, False, True)
    menus.redo_action.trigger()
    assert _venue(window) == "体育馆" and _state(stack) == (1, 1, True, False)
    assert len(shown) == 1


@pytest.mark.parametrize("error", ERRORS, ids=IDS)
def test_a_failed_redo_keeps_the_change_undone_and_can_be_tried_again(
        main_window, qtbot, monkeypatch, shown, error):
    window, stack = main_window, main_window.controller.undo_stack
    old = _venue(window)
    facts = window.controller.read(get_gala_facts)
    assert window.files.apply_properties(facts.replace(venue="体育馆"))
    window.menus.undo_action.trigger()
    with qtbot.captureExceptions() as escaped, monkeypatch.context() as patch:
        patch.setattr(window.controller.document, "run", _raising(error))
        qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert escaped == [] and len(shown) == 1
    assert _venue(window) == old
    assert _state(stack) == (0, 1, False, True)
    assert window.menus.redo_action.isEnabled() and not window.menus.undo_action.isEnabled()
    window.menus.redo_action.trigger()
    assert _venue(window) == "体育馆" and _state(stack) == (1, 1, True, False)
    window.menus.undo_action.trigger()
    assert _venue(window) == old and len(shown) == 1


@pytest.mark.parametrize("error", ERRORS, ids=IDS)
def test_a_failed_first_redo_is_not_pushed_and_push_says_so(
        main_window, qtbot, monkeypatch, shown, error):
    window, stack = main_window, main_window.controller.undo_stack
    facts = window.controller.read(get_gala_facts)
    with qtbot.captureExceptions() as escaped, monkeypatch.context() as patch:
        patch.setattr(window.controller.document, "run", _raising(error))
        assert window.files.apply_properties(facts.replace(venue="体育馆")) is False
    assert escaped == [] and len(shown) == 1
    assert window.controller.last_error is error
    assert _state(stack) == (0, 0, False, False) and _venue(window) == facts.venue
    assert window.files.apply_properties(facts.replace(venue="礼堂"))
    assert _state(stack) == (1, 1, True, False) and _venue(window) == "礼堂"


def test_a_full_disk_is_worded_as_one(main_window, monkeypatch, shown):
    window = main_window
    facts = window.controller.read(get_gala_facts)
    assert window.files.apply_properties(facts.replace(venue="体育馆"))
    monkeypatch.setattr(window.controller.document, "run", _raising(ERRORS[0]))
    window.menus.undo_action.trigger()
    assert shown == ["The disk is full: nothing was saved, the gala is as it was. "
                     "Free some space and try again."]


@changes(Area.GALA)
def _fail(session):
    raise RuntimeError("the second verb of a step")


def test_an_undo_failing_half_way_drops_the_command_and_the_history_above_it(
        main_window, qtbot, shown):
    window = main_window
    controller, stack = window.controller, window.controller.undo_stack
    facts = controller.read(get_gala_facts)
    assert window.files.apply_properties(facts.replace(venue="体育馆"))
    # A step of two verbs whose second one fails after the first committed.
    assert controller.push(VerbCommand(
        controller, "theme",
        lambda c: c.run(set_gala_facts, facts=facts.replace(venue="体育馆", theme="新主题")),
        lambda c, previous: (c.run(set_gala_facts, facts=previous), c.run(_fail))))
    assert window.files.apply_properties(facts.replace(venue="体育馆", theme="新主题",
                                                       organiser="校团委"))
    window.menus.undo_action.trigger()
    assert _state(stack) == (2, 3, True, True)
    with qtbot.captureExceptions() as escaped:
        window.menus.undo_action.trigger()
    assert escaped == [] and len(shown) == 1
    now = controller.read(get_gala_facts)
    assert (now.venue, now.theme, now.organiser) == ("体育馆", facts.theme, facts.organiser)
    assert _state(stack) == (1, 1, True, False)
    assert not window.menus.redo_action.isEnabled()
    assert window.menus.redo_action.text() == "&Redo"
    window.menus.undo_action.trigger()
    assert _venue(window) == facts.venue and _state(stack) == (0, 1, False, True)


def test_set_index_stops_at_the_step_that_fails(controller, monkeypatch, shown):
    stack = controller.undo_stack
    facts = controller.read(get_gala_facts)
    for venue in ("一", "二", "三"):
        assert controller.push(VerbCommand(
            controller, venue, lambda c, v=venue: c.run(set_gala_facts,
                                                        facts=facts.replace(venue=v)),
            lambda c, previous: c.run(set_gala_facts, facts=previous)))
    real = controller.document.run
    calls = []

    def second_fails(verb, /, **kwargs):
        calls.append(verb)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(verb, **kwargs)

    monkeypatch.setattr(controller.document, "run", second_fails)
    stack.setIndex(0)
    assert stack.index() == 2 and len(shown) == 1
    assert controller.read(get_gala_facts).venue == "二"
