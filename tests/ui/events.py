"""Let the app finish what an event started, as the event loop would between two user actions.

Pages reload after the event that changed the gala (a zero-delay timer), so a
test that acts and then reads a page lets the loop run first.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def settle() -> None:
    """Run what the last action queued: the reload of the page shown, repaints."""
    QApplication.processEvents()
