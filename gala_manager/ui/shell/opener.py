"""Open, create and copy gala files with the user's consent and clear messages."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from gala_manager.app.wording import describe_error
from gala_manager.core import errors
from gala_manager.ui.files import file_dialogs

if TYPE_CHECKING:
    from gala_manager.core.storage.document import GalaDocument

translate = QCoreApplication.translate
FILTER = "Gala (*.gala)"


def data_dir() -> Path:
    """The user's data folder (backups, the demo gala), created on demand."""
    folder = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def file_filter() -> str:
    """The file dialog filter for gala files, translated."""
    return translate("Opener", "Gala files (*.gala)")


def _storage() -> type[GalaDocument]:
    # The storage layer loads when a gala opens: the window shows before it.
    from gala_manager.core.storage.document import GalaDocument

    return GalaDocument


def open_document(parent: QWidget | None, path: Path, folder: Path) -> GalaDocument | None:
    """Open `path` for editing, else read-only when that is all it allows. Returns None
    when not opened.

    A gala that cannot be saved where it is (read-only file or folder, a name too
    long for its journal) opens read-only with its reason; one in use elsewhere or on
    a full disk, read-only if the user agrees; an interrupted save that needs a write
    to undo is recovered into a copy if the user agrees. Every other failure is one
    message in the user's language; nothing is written to a file that cannot be opened.
    """
    try:
        return _storage().open(path, data_dir=folder)
    except errors.WriteProtectedError as exc:
        return _open_read_only(parent, path, folder, exc.reason)
    except errors.FileLockedError as exc:
        question = translate("Opener", "Open it read-only?")
        if _ask(parent, translate("Opener", "Gala in use"), exc, question):
            return _open_read_only(parent, path, folder, exc)
    except errors.DiskFullError as exc:
        question = translate("Opener", "Open it read-only, to read or copy it?")
        if _ask(parent, translate("Opener", "Disk full"), exc, question):
            return _open_read_only(parent, path, folder, "disk_full")
    except errors.RecoveryNeededError as exc:
        question = translate("Opener", "Recover it into a copy now?")
        if _ask(parent, translate("Opener", "Interrupted save"), exc, question):
            return _recover_into_copy(parent, path, folder)
    except errors.GalaError as exc:
        show_error(parent, exc)
    except OSError as exc:
        show_error(parent, errors.PermissionDeniedError(Path(path)))
        del exc
    return None


def _ask(parent: QWidget | None, title: str, exc: BaseException, question: str) -> bool:
    answer = QMessageBox.question(
        parent, title, describe_error(exc) + "\n\n" + question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _open_read_only(parent: QWidget | None, path: Path, folder: Path,
                    reason: object) -> GalaDocument | None:
    try:
        document = _storage().open(path, read_only=True, data_dir=folder)
    except errors.GalaError as exc:
        show_error(parent, exc)
        return None
    document.read_only_reason = document.read_only_reason or reason
    return document


def _recover_into_copy(parent: QWidget | None, path: Path, folder: Path) -> GalaDocument | None:
    target = ask_save_path(parent, translate("Opener", "Save the recovered gala as"),
                           Path(path).stem + translate("Opener", " (recovered)"), Path(path))
    if target is None:
        return None
    try:
        from gala_manager.core.storage.recovery import recover_into_copy

        recover_into_copy(path, target)
        document = _storage().open(target, data_dir=folder)
    except errors.GalaError as exc:
        show_error(parent, exc)
        return None
    document.recovered = True
    return document


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """One warning box with the worded error."""
    QMessageBox.warning(parent, translate("Opener", "Gala Manager"), describe_error(exc))


def ask_open_path(parent: QWidget | None) -> Path | None:
    """Ask for an existing gala file (starting where the last one was opened or saved)."""
    return file_dialogs.ask_open_path(parent, translate("Opener", "Open gala"), file_filter(),
                                      kind="gala")


def ask_save_path(parent: QWidget | None, title: str, suggested: str,
                  gala_path: Path | None = None) -> Path | None:
    """Ask where to write a gala file (near `gala_path` if given); adds the .gala extension."""
    path = file_dialogs.ask_save_path(
        parent, title, file_dialogs.safe_file_name(suggested) + ".gala", file_filter(),
        kind="gala", gala_path=gala_path)
    if path is None:
        return None
    return path if path.suffix.lower() == ".gala" else path.with_name(path.name + ".gala")
