"""Once a page has shown a gala, what exists then leaves the collector's full passes."""

from __future__ import annotations

import gc

from gala_manager.ui import long_lived
from tests.ui.events import settle


def _walked(obj) -> bool:
    """Whether a full collection would walk `obj` (frozen objects are not listed)."""
    return any(o is obj for o in gc.get_objects())


def test_a_kind_settles_once_and_later_objects_stay_collectable(monkeypatch):
    monkeypatch.setattr(long_lived, "_SETTLED", set())
    before = [["kept"]]

    class Probe:
        pass

    assert long_lived.settle(Probe)
    assert not _walked(before)
    after = [["made later"]]
    assert not long_lived.settle(Probe)
    assert _walked(after)


def test_a_page_shown_for_the_first_time_freezes_what_is_there(main_window, monkeypatch):
    monkeypatch.setattr(long_lived, "_SETTLED", set())
    main_window.show_page("gala")
    settle()
    made_before = [{"row": 1}]
    main_window.show_page("supplies")
    settle()
    page = main_window.page("supplies")
    assert type(page) in long_lived._SETTLED
    assert not _walked(made_before)
    assert not _walked(page.__dict__)
    # An edit's garbage stays collectable: showing the page again freezes nothing more.
    made_after = [{"row": 2}]
    main_window.show_page("gala")
    settle()
    main_window.show_page("supplies")
    settle()
    assert _walked(made_after)
