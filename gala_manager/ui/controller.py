"""The open gala as the UI sees it: verbs, the undo stack and the one change signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from gala_manager.core.operations import AREAS
from gala_manager.ui.undo_stack import UndoStack

if TYPE_CHECKING:  # the window shows before the storage layer loads
    from gala_manager.core.storage.document import GalaDocument

T = TypeVar("T")


class GalaController(QObject):
    """Owns the open `GalaDocument` and tells every page what changed.

    Pages never hold a session: they call `read` for queries and push undo
    commands whose steps call `run` for verbs. `commits` counts the verbs
    committed, so a command can tell whether a failed step wrote anything.
    """

    changed = Signal(object)          # frozenset of Area members
    document_changed = Signal()       # a gala was opened or closed
    navigate_requested = Signal(object)  # a Problem target to show
    saved = Signal()                  # a write was committed
    file_written = Signal(object)     # an export wrote this Path (the status bar says so)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: GalaDocument | None = None
        self.undo_stack = UndoStack(self)
        self.undo_stack.step_failed.connect(self._step_failed)
        self.last_error: BaseException | None = None
        self.commits = 0

    # -- the document -------------------------------------------------------

    def set_document(self, document: GalaDocument | None) -> None:
        """Show another gala (or none); the undo history belongs to the old one."""
        old = self.document
        self.undo_stack.clear()
        self.document = document
        if old is not None and old is not document:
            old.close()
        # Every area changed, then the gala: a page the window builds for the new gala
        # (on document_changed) reads it once, not again for the areas.
        self.changed.emit(AREAS)
        self.document_changed.emit()

    def close_document(self) -> None:
        """Close the open gala, if any."""
        self.set_document(None)

    @property
    def read_only(self) -> bool:
        """Whether the open gala may not be changed."""
        return self.document is None or self.document.read_only

    # -- verbs and queries ----------------------------------------------------

    def read(self, query: Callable[..., T], /, **kwargs: Any) -> T:
        """Run a query on the open gala."""
        if self.document is None:
            raise RuntimeError("no gala is open")
        return self.document.read(query, **kwargs)

    def run(self, verb: Callable[..., T], /, **kwargs: Any) -> T:
        """Run a writing verb in its own committed transaction and announce it."""
        if self.document is None:
            raise RuntimeError("no gala is open")
        result = self.document.run(verb, **kwargs)
        self.commits += 1
        self.saved.emit()
        self.changed.emit(getattr(verb, "changes", frozenset()))
        return result

    def push(self, command: QUndoCommand, parent: QWidget | None = None) -> bool:
        """Push an undo command; if its first step fails, say why and drop it."""
        self.last_error = None
        self.undo_stack.push(command)
        if getattr(command, "error", None) is None:
            return True
        self._step_failed(command, parent)
        return False

    def announce_written(self, path) -> None:
        """Tell the window that an export wrote `path` (it offers to open it)."""
        self.file_written.emit(path)

    def navigate(self, target: tuple) -> None:
        """Ask the main window to show the place a problem points at."""
        self.navigate_requested.emit(target)

    def show_error(self, exc: BaseException, parent: QWidget | None = None) -> None:
        """Tell the user what went wrong, in their language."""
        from gala_manager.app.wording import describe_error

        QMessageBox.warning(parent, self.tr("Gala Manager"), describe_error(exc))

    def _step_failed(self, command: QUndoCommand, parent: QWidget | None = None) -> None:
        """Word the failure of a command's step: by the command's area if it says how."""
        self.last_error = command.error
        describe = getattr(command, "describe", None)
        if describe is None:
            self.show_error(command.error, parent)
        else:
            QMessageBox.warning(parent, self.tr("Gala Manager"), describe(command.error))
