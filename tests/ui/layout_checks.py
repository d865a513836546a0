"""What a user sees as broken layout: text cut off in its widget, widgets outside their window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget


def _in_scrolled_content(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and \
                parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def cut_texts(window: QWidget) -> list[str]:
    """Labels and buttons whose one-line text is wider than the room they have."""
    cut = []
    for label in window.findChildren(QLabel):
        text = label.text()
        if not label.isVisibleTo(window) or not text or label.wordWrap() \
                or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
            continue
        needed = max(label.fontMetrics().horizontalAdvance(line) for line in text.splitlines())
        if needed > label.contentsRect().width() + 1:
            cut.append(f"label {text[:40]!r}: {needed} > {label.contentsRect().width()}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.text() \
                and button.sizeHint().width() > button.width() + 1:
            cut.append(f"button {button.text()!r}: {button.sizeHint().width()} > "
                       f"{button.width()}")
    return cut


def outside_the_window(window: QWidget) -> list[str]:
    """Visible widgets that stick out of the window (scrolled content excepted)."""
    bounds = window.rect()
    out = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.isWindow() \
                or _in_scrolled_content(widget, window):
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not bounds.contains(rect):
            out.append(f"{type(widget).__name__} {widget.objectName()!r} {rect}")
    return out
