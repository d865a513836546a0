"""Helpers of the Programme GUI tests: open the page, find cells, type into one, drop."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit

from gala_manager.ui.programme.programme_page import ProgrammePage
from tests.ui.drag_helpers import send_drag
from tests.ui.events import settle
from tests.ui.typing_helpers import type_text


def open_page(qtbot, controller) -> ProgrammePage:
    """The Programme page, shown, with the demo gala."""
    page = ProgrammePage(controller)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitExposed(page)
    # Shortcuts and editors need an active window, as on a desktop.
    page.activateWindow()
    qtbot.waitActive(page)
    return page


def cell(page: ProgrammePage, row: int, key: str):
    """The cell of the running order at a row, in the column with this key."""
    settle()
    model = page.order_model
    return model.index(row, model.column_of(key))


def column(page: ProgrammePage, key: str) -> list[str]:
    """The texts of one column of the running order, as the user sees them."""
    settle()
    return [cell(page, r, key).data() for r in range(page.order_model.rowCount())]


def titles(page: ProgrammePage) -> list[str]:
    return column(page, "title")


def starts(page: ProgrammePage) -> list[str]:
    return column(page, "start")


def drop_on_view(view, mime, target_row: int, *, above: bool = True) -> bool:
    """Drop `mime` onto a view at a row's top edge (or its middle), as a mouse drop does.

    The event goes through the view's own dropEvent, which works out the drop
    row from the position and calls the model's dropMimeData.
    """
    model = view.model()
    if target_row < model.rowCount():
        rect = view.visualRect(model.index(target_row, model.column_of("title")))
        point = QPoint(rect.center().x(), rect.top() + 1 if above else rect.center().y())
    else:
        last = view.visualRect(model.index(model.rowCount() - 1, 0))
        point = QPoint(last.center().x(), last.bottom() + 10)
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    return send_drag(view.viewport(), point, actions, mime, Qt.DropAction.MoveAction)


def focus_table(qtbot, page) -> None:
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)


def type_into_cell(qtbot, page, row: int, key: str, text: str) -> None:
    """Select a cell, press F2 as a user does, type, press Enter."""
    index = cell(page, row, key)
    focus_table(qtbot, page)
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.viewport().findChild(QLineEdit) or page.table.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the typed text on the next turn of the event loop.
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())
