"""What a user would see as broken in a window: text cut, widgets outside it or overlapping."""

from __future__ import annotations

from PySide6.QtCore import QAbstractProxyModel, QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QScrollArea,
    QTableView,
    QWidget,
)


def _inside_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text:
        return None
    rect = label.contentsRect()
    metrics = QFontMetrics(label.font())
    if label.wordWrap():
        needed = metrics.boundingRect(QRect(0, 0, rect.width(), 100000),
                                      int(Qt.TextFlag.TextWordWrap), text).height()
        return None if needed <= rect.height() else f"needs {needed}px of height"
    lines = text.split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines)
    height = metrics.height() * len(lines)
    if width > rect.width() or height > rect.height():
        return f"needs {width}×{height}, has {rect.width()}×{rect.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    width = QFontMetrics(button.font()).horizontalAdvance(button.text())
    return None if width <= button.contentsRect().width() - 4 else f"text needs {width}px"


def layout_problems(window: QWidget) -> list[str]:
    """Every visible label whose text is cut (or elided), every widget outside the window,
    every scroll area that hides part of its text, and every pair of overlapping widgets."""
    problems = []
    leaves: list[tuple[str, QRect]] = []
    bounds = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or _inside_scroll_area(widget, window):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        rect = _rect_in(widget, window)
        if not bounds.contains(rect):
            problems.append(f"{name} at {rect.getRect()} is outside the window")
        problem = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            if problem is None and getattr(widget, "is_elided", lambda: False)():
                problem = f"elided: {widget.full_text()!r}"
            if widget.text():
                leaves.append((f"{name} {widget.text()!r}", rect))
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
            leaves.append((f"{name} {widget.text()!r}", rect))
        elif isinstance(widget, QScrollArea):
            inner, width = widget.widget(), widget.viewport().width()
            needed = 0 if inner is None else (inner.heightForWidth(width)
                                               if inner.hasHeightForWidth()
                                               else inner.sizeHint().height())
            if needed > widget.viewport().height():
                problem = "scrolls: not all of its text shows"
            leaves.append((name, rect))
        elif isinstance(widget, QAbstractScrollArea):
            leaves.append((name, rect))
        if problem:
            problems.append(f"{name}: {problem}")
    for index, (name, rect) in enumerate(leaves):
        for other, other_rect in leaves[index + 1:]:
            if rect.intersects(other_rect):
                problems.append(f"{name} overlaps {other}")
    return problems


def grid_columns(window: QWidget) -> dict[str, dict[str, list[str]]]:
    """Per visible grid over a `RowTableModel` (by object name): the keys of the columns it
    shows, and of those that reach past its right edge (only the horizontal scroll shows them)."""
    from gala_manager.ui.table_model import RowTableModel

    grids = {}
    for view in window.findChildren(QTableView):
        model = view.model()
        while isinstance(model, QAbstractProxyModel):
            model = model.sourceModel()
        if not view.isVisibleTo(window) or not isinstance(model, RowTableModel):
            continue
        header, width = view.horizontalHeader(), view.viewport().width()
        shown = [(n, c.key) for n, c in enumerate(model.columns) if not header.isSectionHidden(n)]
        grids[view.objectName()] = {
            "shown": [key for _n, key in shown],
            "cut": [key for n, key in shown
                    if header.sectionPosition(n) + header.sectionSize(n) > width]}
    return grids
