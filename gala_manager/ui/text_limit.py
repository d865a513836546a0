"""Every text box of the app refuses text beyond what a gala keeps, and says so at once.

Installed once on the application: each line or text edit that appears is watched, and
an edit that would make its text longer than `MAX_TEXT` (a paste of a whole file, say)
is undone on the spot with a tooltip saying why. What was there stays; a text already
longer (from an older file) may still be shortened. The core refuses such a text too
(`limits.refuse_long_text`), for every other way in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QToolTip

from gala_manager.core.text_limit import MAX_TEXT

_WATCHED = "galaTextLimit"


def refusal_text(length: int) -> str:
    """The tooltip shown when an edit was refused."""
    return QCoreApplication.translate(
        "TextLimit", "Too long: a text holds at most {limit} characters, this would have been "
        "{length}. The edit was undone.").format(limit=MAX_TEXT, length=length)


class TextLimit(QObject):
    """Watches the text boxes of the application (see the module's docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and not watched.property(_WATCHED):
            if isinstance(watched, QLineEdit):
                watched.setProperty(_WATCHED, True)
                watched.textEdited.connect(lambda text, box=watched: _check_line(box, text))
            elif isinstance(watched, QPlainTextEdit | QTextEdit):
                watched.setProperty(_WATCHED, True)
                watched.document().contentsChange.connect(
                    lambda _at, removed, added, box=watched: _check_document(box, removed,
                                                                             added))
        return False


def install_text_limit(app: QApplication) -> TextLimit:
    """Watch every text box of `app` from now on (once)."""
    existing = app.findChild(TextLimit)
    if existing is not None:
        return existing
    limit = TextLimit(app)
    app.installEventFilter(limit)
    return limit


def _check_line(box: QLineEdit, text: str) -> None:
    if len(text) <= MAX_TEXT or not box.isUndoAvailable():
        return
    box.undo()
    if len(box.text()) >= len(text):
        box.redo()  # the edit shortened a text that was too long already: keep it
    else:
        _tell(box, len(text))


def _check_document(box: QPlainTextEdit | QTextEdit, removed: int, added: int) -> None:
    document = box.document()
    length = document.characterCount() - 1  # the count includes the last paragraph's end
    if added <= removed or length <= MAX_TEXT or not document.isUndoAvailable():
        return
    # Undone once the signal is over: undoing inside it would confuse the editor.
    QTimer.singleShot(0, box, lambda: _undo_growth(box, length))


def _undo_growth(box: QPlainTextEdit | QTextEdit, length: int) -> None:
    document = box.document()
    if document.characterCount() - 1 == length and document.isUndoAvailable():
        document.undo()
        _tell(box, length)


def _tell(box: QObject, length: int) -> None:
    point = box.mapToGlobal(box.rect().bottomLeft())
    QToolTip.showText(point, refusal_text(length), box)
