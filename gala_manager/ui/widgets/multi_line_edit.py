"""A multi-line text field that keeps to the keyboard path of a form.

Tab and Shift+Tab move to the next and previous field (a tab character in a
performers list or a host's lines is never what anyone meant). In a dialog
Enter does what it does in every one-line field, pressing the dialog's OK,
and Ctrl+Enter (or Shift+Enter) starts a new line; where lines are the point
(a plan's steps, one per line) `enter_accepts=False` keeps Enter for new lines.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_NEW_LINE = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class MultiLineEdit(QPlainTextEdit):
    """A QPlainTextEdit where Tab moves on and Enter confirms the dialog."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 enter_accepts: bool = True) -> None:
        super().__init__(text, parent)
        self.enter_accepts = enter_accepts
        self.setTabChangesFocus(True)
        self.retranslate_ui()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.enter_accepts and event.key() in _ENTER:
            if event.modifiers() & _NEW_LINE:
                self.textCursor().insertText("\n")
                event.accept()
            else:
                # Up to the dialog, whose default button takes it, as from a line edit.
                event.ignore()
            return
        super().keyPressEvent(event)

    def retranslate_ui(self) -> None:
        """The hint in the current language."""
        if self.enter_accepts:
            self.setToolTip(self.tr("Ctrl+Enter starts a new line; Tab moves to the next "
                                    "field."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
