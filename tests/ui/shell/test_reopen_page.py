"""The window reopens on the page a gala was last left on, building no other page first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gala_manager.ui.shell.main_window import MainWindow


def _click_page(qtbot, window, title_start: str) -> None:
    row = next(r for r in range(window.nav.count())
               if window.nav.item(r).text().startswith(title_start))
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_next_start_opens_on_the_page_left_on(qtbot, tmp_path, demo_path):
    first = MainWindow(data_dir=tmp_path / "data")
    qtbot.addWidget(first)
    first.show()
    first.open_path(demo_path)
    assert first.current_page().key == "gala"  # a first start: the Overview
    _click_page(qtbot, first, "Supplies")
    assert first.current_page().key == "supplies"
    first.close_gala()
    first.close()

    second = MainWindow(data_dir=tmp_path / "data")
    qtbot.addWidget(second)
    second.show()
    second.open_path(demo_path)
    assert second.current_page().key == "supplies"
    assert second.nav.currentItem().text().startswith("Supplies")
    # Only the page shown was built: the Overview's checks were never run.
    assert [page.key for page in second.page_stack.built()] == ["supplies"]
    second.close_gala()


def test_an_unknown_remembered_page_opens_the_overview(qtbot, tmp_path, demo_path):
    from PySide6.QtCore import QSettings

    from gala_manager.ui.shell.main_window import PAGE_KEY

    QSettings().setValue(PAGE_KEY, "a page of a newer version")
    window = MainWindow(data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.open_path(demo_path)
    assert window.current_page().key == "gala"
    window.close_gala()
