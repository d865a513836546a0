"""A list view whose items wrap to its width, so nothing hides behind a sideways scroll."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget


class _WrapToViewDelegate(QStyledItemDelegate):
    """Sizes an item at the view's width, so its wrapped lines get their height.

    QListView asks for sizes with no width given, so a wrapped line had no room and the
    delegate elided it ("Not …"). The style wraps text to the option's rectangle when
    that rectangle is valid: this gives it the viewport's.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option, index):
        sized = QStyleOptionViewItem(option)
        width = self._view.viewport().width() - 2 * self._view.spacing()
        sized.rect.setRect(0, 0, max(width, 1), max(option.rect.height(), 1))
        hint = super().sizeHint(sized, index)
        # The style paints the text inside the focus frame's margin, which its size hint
        # leaves out: without it the last wrapped line did not fit and was elided.
        margin = self._view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin,
                                                option, self._view)
        # The whole row's width: painted narrower, the text would wrap at another word.
        return QSize(max(width, 1), hint.height() + margin)


def wrapped_list_view(parent: QWidget | None = None) -> QListView:
    """A QListView of multi-line items that wrap at its width and never scroll sideways."""
    view = QListView(parent)
    view.setWordWrap(True)
    # Adjust lays the items out again when the view is resized: they wrap anew.
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setItemDelegate(_WrapToViewDelegate(view))
    return view
