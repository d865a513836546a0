"""A page names the areas it shows as `Area` members, checked when the class is defined."""

from __future__ import annotations

import pytest

from gala_manager.core.operations import Area
from gala_manager.ui.areas import page_classes
from gala_manager.ui.page import Page
from tests.ui.events import settle


@pytest.mark.parametrize("areas", [frozenset({"programme"}), frozenset({Area.GALA, "gala "}),
                                   "programme"])
def test_a_page_naming_anything_but_areas_fails_when_it_is_defined(areas):
    with pytest.raises(TypeError, match="BadPage.areas"):
        type("BadPage", (Page,), {"key": "bad", "areas": areas})


def test_every_page_shows_areas_and_reloads_when_one_changes(controller, qtbot):
    for cls in page_classes():
        assert cls.areas and all(isinstance(a, Area) for a in cls.areas), cls
    page = next(cls for cls in page_classes() if cls.key == "programme")(controller)
    qtbot.addWidget(page)
    page.show()
    page.refresh_if_stale()
    reloads = []
    page.reload = lambda: reloads.append(True)
    controller.changed.emit(frozenset({Area.SUPPLIES}))
    settle()
    assert reloads == []
    # After the event that changed the gala, and once for several changes.
    controller.changed.emit(frozenset({Area.PROGRAMME}))
    controller.changed.emit(frozenset({Area.PROGRAMME, Area.GALA}))
    assert reloads == []
    settle()
    assert reloads == [True]
