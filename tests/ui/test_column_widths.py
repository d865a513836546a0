"""The running order's widths: columns cut short take the spare width, up to their text."""

from __future__ import annotations

from tests.ui.events import settle


def _shown_width(view) -> int:
    header = view.horizontalHeader()
    return sum(view.columnWidth(c) for c in range(header.count()) if not header.isSectionHidden(c))


def _running_order(main_window, width: int, height: int):
    """The running order's view in a window of this size, and its performers' column."""
    main_window.resize(width, height)
    main_window.show_page("programme")
    settle()
    page = main_window.page("programme")
    return page.table, page.order_model.column_of("performers")


def test_a_wide_window_shows_whole_performers_and_a_narrow_one_no_sideways_scroll(
        qtbot, main_window):
    view, performers = _running_order(main_window, 1920, 1050)
    asked = view.sizeHintForColumn(performers)
    assert asked > 150  # the demo's longest performers do not fit the first width
    assert view.columnWidth(performers) >= asked
    assert _shown_width(view) <= view.viewport().width()
    main_window.resize(1280, 800)
    settle()
    assert 150 <= view.columnWidth(performers) < asked
    assert _shown_width(view) <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0


def test_a_width_the_user_chose_stays_when_the_window_grows(qtbot, main_window):
    view, performers = _running_order(main_window, 1280, 800)
    view.horizontalHeader().resizeSection(performers, 170)  # as a drag of its edge does
    main_window.resize(1920, 1050)
    settle()
    assert view.columnWidth(performers) == 170
