"""Which screen a show window goes full screen on (a second monitor, a projector), remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def screen_label(screen: QScreen) -> str:
    """"HDMI-1 (1920×1080)": a screen as the user recognises it."""
    size = screen.size()
    name = screen.name() or screen.model() or "?"
    return f"{name} ({size.width()}×{size.height()})"


def remembered_screen(key: str) -> QScreen | None:
    """The screen chosen last time for `key` ("console", "stage"), if it is connected."""
    name = QSettings().value(f"{key}/screen", "", type=str)
    return next((s for s in QGuiApplication.screens() if s.name() == name), None)


def remember_screen(key: str, screen: QScreen) -> None:
    """Remember the user's screen for `key`."""
    QSettings().setValue(f"{key}/screen", screen.name())


def fit_on_screen(window: QWidget, screen: QScreen | None, width: int, height: int) -> None:
    """Size a window to width×height, smaller if the screen is, and centre it there."""
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    window.resize(min(width, area.width()), min(height, area.height()))
    frame = window.frameGeometry()
    frame.moveCenter(area.center())
    window.move(frame.topLeft())


def full_screen_on(window: QWidget, screen: QScreen | None) -> None:
    """Show `window` full screen on `screen` (its current one when None)."""
    if screen is not None:
        if window.isFullScreen():
            window.showNormal()
        handle = window.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        window.move(screen.geometry().topLeft())
    window.showFullScreen()


def toggle_full_screen(window: QWidget, key: str) -> None:
    """F11: full screen on the remembered screen for `key`, or back to a window."""
    if window.isFullScreen():
        window.showNormal()
    else:
        full_screen_on(window, remembered_screen(key))
