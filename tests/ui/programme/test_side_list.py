"""The side list of acts not in the order shows their details whole, at any width."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter

from tests.ui.events import settle


def _heights(view) -> dict[str, int]:
    model = view.model()
    return {model.index(r, 0).data().split("\n")[0]: view.visualRect(model.index(r, 0)).height()
            for r in range(model.rowCount())}


def test_details_wrap_at_1280_in_english_instead_of_scrolling_sideways(main_window):
    main_window.resize(1280, 800)
    main_window.show_page("programme")
    settle()
    view = main_window.page("programme").unordered_view
    # "Dance · 艺术设计系 · 4:30 · Not selected" is wider than the pane at 1280.
    heights = _heights(view)
    assert not view.horizontalScrollBar().isVisible()
    line = view.fontMetrics().lineSpacing()
    assert heights["双人舞《月光》"] >= heights["独唱《后来》"] + line
    for row in range(view.model().rowCount()):
        rect = view.visualRect(view.model().index(row, 0))
        assert rect.right() < view.viewport().width()


def test_a_pane_dragged_wider_unwraps_the_details_and_narrower_wraps_them(qtbot, main_window):
    main_window.resize(1280, 800)
    main_window.show_page("programme")
    settle()
    page = main_window.page("programme")
    view = page.unordered_view
    splitter = page.findChild(QSplitter)
    total = sum(splitter.sizes())
    splitter.setSizes([total - 420, 420])
    # The view lays its items out again a moment after a resize, as the user drags.
    qtbot.waitUntil(lambda: len(set(_heights(view).values())) == 1)  # one line of details each
    assert splitter.sizes()[1] == 420
    splitter.setSizes([total - 100, 100])  # as narrow as the pane's buttons allow
    qtbot.waitUntil(lambda: len(set(_heights(view).values())) == 2)
    heights = _heights(view)
    assert heights["双人舞《月光》"] > heights["独唱《后来》"]
    assert not view.horizontalScrollBar().isVisible()
