"""The running order shows the columns people read at 1280×800; the header menu picks more."""

from __future__ import annotations

from tests.ui.programme_helpers import open_page


def _shown(page) -> list[str]:
    model = page.order_model
    return [c.key for c in model.columns if not page.table.isColumnHidden(model.column_of(c.key))]


def test_the_header_menu_shows_a_column_and_the_choice_is_remembered(qtbot, controller):
    page = open_page(qtbot, controller)
    shown = _shown(page)
    assert {"title", "contact", "host", "status"} <= set(shown)
    assert "notes" not in shown and "changeover" not in shown
    menu = page.column_chooser.menu()
    notes = next(a for a in menu.actions() if a.text() == "Notes")
    assert not notes.isChecked()
    notes.trigger()
    assert "notes" in _shown(page)
    # Not in the menu: the measured columns follow "Planned vs measured".
    assert "Measured" not in [a.text() for a in menu.actions()]
    again = open_page(qtbot, controller)
    assert "notes" in _shown(again)
    again.column_chooser.menu().actions()[-1].trigger()  # Reset columns
    assert _shown(again) == [k for k in shown]
