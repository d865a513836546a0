"""Every grid lets the user pick its columns from the header's menu, and remembers the pick."""

from __future__ import annotations

from PySide6.QtCore import QAbstractProxyModel, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QTableView

from gala_manager.ui.supplies.supplies_page import SuppliesPage
from gala_manager.ui.table_model import RowTableModel
from gala_manager.ui.widgets.column_chooser import ColumnChooser
from tests.ui.events import settle

# Its columns are the seats of a row: hiding one would hide a seat, not a detail.
NOT_CHOSEN = {"seatGrid"}


def _row_model(view: QTableView):
    model = view.model()
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    return model


def _shown(view: QTableView) -> list[str]:
    model = _row_model(view)
    return [c.key for c in model.columns if not view.isColumnHidden(model.column_of(c.key))]


def _open_supplies(qtbot, controller) -> SuppliesPage:
    page = SuppliesPage(controller)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    settle()
    return page


def _header_menu(qtbot, view: QTableView, column_key: str) -> QMenu:
    """Right-click the header over a column and return the menu that pops up.

    A right button press makes the window system send a context-menu event; offscreen
    there is no window system, so the test sends that event itself.
    """
    model = _row_model(view)
    header = view.horizontalHeader()
    number = model.column_of(column_key)
    where = QPoint(header.sectionViewportPosition(number) + 5, header.height() // 2)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.RightButton, pos=where)
    QApplication.sendEvent(header.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, header.viewport().mapToGlobal(where)))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.RightButton, pos=where)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu.objectName() == "columnChooser"
    return menu


def _action(menu: QMenu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


def test_every_grid_over_a_row_model_has_the_column_menu(main_window):
    for page in main_window.pages:
        main_window.show_page(page.key)
        settle()
        for view in page.findChildren(QTableView):
            if not isinstance(_row_model(view), RowTableModel) or view.objectName() in NOT_CHOSEN:
                continue
            chooser = view.findChild(ColumnChooser)
            assert (page.key, view.objectName(), chooser is not None) == (
                page.key, view.objectName(), True)
            assert chooser.name == view.objectName()
            assert (view.horizontalHeader().contextMenuPolicy()
                    == Qt.ContextMenuPolicy.CustomContextMenu)


def test_a_column_hidden_from_the_header_stays_hidden_in_a_new_page(qtbot, controller):
    page = _open_supplies(qtbot, controller)
    default = _shown(page.table)
    # The supply list shows what to do this week; the rest waits in the menu.
    assert default == ["name", "quantity", "unit", "subtotal", "source", "person",
                       "needed_by", "status"]
    menu = _header_menu(qtbot, page.table, "person")
    responsible = _action(menu, "Responsible")
    assert responsible.isChecked()
    responsible.trigger()
    menu.close()
    assert "person" not in _shown(page.table)
    # Shown again after a restart: a new page reads the same choice.
    again = _open_supplies(qtbot, controller)
    assert "person" not in _shown(again.table)
    assert "status" in _shown(again.table)
    menu = _header_menu(qtbot, again.table, "status")
    notes = _action(menu, "Notes")
    assert not notes.isChecked() and not _action(menu, "Responsible").isChecked()
    notes.trigger()
    menu.close()
    assert "notes" in _shown(again.table)
    assert again.table.columnWidth(again.model.column_of("notes")) > 0
    menu = _header_menu(qtbot, again.table, "name")
    _action(menu, "Reset columns").trigger()
    menu.close()
    assert _shown(again.table) == default
    assert _shown(_open_supplies(qtbot, controller).table) == default


def test_the_last_column_shown_cannot_be_hidden(qtbot, controller):
    page = _open_supplies(qtbot, controller)
    chooser = page.table.findChild(ColumnChooser)
    chooser.set_hidden([c.key for c in page.model.columns if c.key != "name"])
    assert _shown(page.table) == ["name"]
    menu = chooser.menu()
    assert not _action(menu, "Item").isEnabled()
    assert _action(menu, "Status").isEnabled()
