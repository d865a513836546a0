"""Send a drag the way Qt delivers a real one: enter, move over the target, then drop."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

_BUTTONS = Qt.MouseButton.LeftButton
_MODIFIERS = Qt.KeyboardModifier.NoModifier


def _drag_point(point: QPoint) -> QPoint | QPointF:
    # PySide6 6.12 takes a QPointF for enter/move and deprecates QPoint; 6.11 takes QPoint only.
    return QPointF(point) if PySide6.__version_info__ >= (6, 12) else point


def send_drag(viewport: QWidget, point: QPoint, actions: Qt.DropAction, mime: QMimeData,
              drop_action: Qt.DropAction | None = None) -> bool:
    """Drag `mime` onto `point` of a view's viewport; True when the drop was accepted.

    Qt delivers a drop only to the widget that accepted the drag's enter event.
    """
    enter = QDragEnterEvent(_drag_point(point), actions, mime, _BUTTONS, _MODIFIERS)
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(viewport, QDragMoveEvent(_drag_point(point), actions, mime,
                                                     _BUTTONS, _MODIFIERS))
    drop = QDropEvent(QPointF(point), actions, mime, _BUTTONS, _MODIFIERS, QEvent.Type.Drop)
    if drop_action is not None:
        drop.setDropAction(drop_action)
    # A new event starts accepted; the view only handles drops nobody took yet.
    drop.ignore()
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()
