"""A list view whose items wrap to its width, so nothing hides behind a sideways scroll."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

# A line this close to the room it has goes to the style's own measure, which decides
# how it wraps when painted.
_CLOSE = 4


class _WrapToViewDelegate(QStyledItemDelegate):
    """Sizes an item at the view's width, so its wrapped lines get their height.

    QListView asks for sizes with no width given, so a wrapped line had no room and the
    delegate elided it ("Not …"). The style wraps text to the option's rectangle when
    that rectangle is valid: this gives it the viewport's. Laying out every item's text
    costs a list of 2,000 acts 0.4 s, so an item whose lines all fit takes the height
    measured once for that many lines.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._unwrapped: dict[tuple, int] = {}

    def sizeHint(self, option, index):
        view = self._view
        width = max(view.viewport().width() - 2 * view.spacing(), 1)
        lines = str(index.data(Qt.ItemDataRole.DisplayRole) or "").split("\n")
        style = view.style()
        room = width - 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                              option, view) + 1) - _CLOSE
        metrics = option.fontMetrics
        if index.data(Qt.ItemDataRole.FontRole) is None and all(
                metrics.horizontalAdvance(line) <= room for line in lines):
            key = (len(lines), option.font.key(), style.name())
            height = self._unwrapped.get(key)
            if height is None:
                height = self._unwrapped[key] = self._measured(option, index, width)
            return QSize(width, height)
        return QSize(width, self._measured(option, index, width))

    def _measured(self, option, index, width: int) -> int:
        """The item's height as the style lays out its text at `width`."""
        sized = QStyleOptionViewItem(option)
        sized.rect.setRect(0, 0, width, max(option.rect.height(), 1))
        hint = super().sizeHint(sized, index)
        # The style paints the text inside the focus frame's margin, which its size hint
        # leaves out: without it the last wrapped line did not fit and was elided.
        return hint.height() + self._view.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameVMargin, option, self._view)


def wrapped_list_view(parent: QWidget | None = None) -> QListView:
    """A QListView of multi-line items that wrap at its width and never scroll sideways.

    Each item is as wide as the view (so its text wraps where it is painted).
    """
    view = QListView(parent)
    view.setWordWrap(True)
    # Adjust lays the items out again when the view is resized: they wrap anew.
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setItemDelegate(_WrapToViewDelegate(view))
    return view
