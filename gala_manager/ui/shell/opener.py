"""Open, create and copy gala files with the user's consent and clear messages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gala_manager.app.wording import describe_error
from gala_manager.core import errors
from gala_manager.core.storage.document import GalaDocument

translate = QCoreApplication.translate
FILTER = "Gala (*.gala)"


def data_dir() -> Path:
    """The user's data folder (backups, the demo gala), created on demand."""
    folder = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def documents_dir() -> Path:
    """Where file dialogs start."""
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))


def file_filter() -> str:
    """The file dialog filter for gala files, translated."""
    return translate("Opener", "Gala files (*.gala)")


def open_document(parent: QWidget | None, path: Path, folder: Path) -> GalaDocument | None:
    """Open `path`; on a lock, offer read-only. Returns None when not opened.

    Each failure is shown as one message in the user's language; nothing is
    written to a file that cannot be opened.
    """
    try:
        return GalaDocument.open(path, data_dir=folder)
    except errors.FileLockedError as exc:
        answer = QMessageBox.question(
            parent, translate("Opener", "Gala in use"),
            describe_error(exc) + "\n\n" + translate("Opener", "Open it read-only?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            return GalaDocument.open(path, read_only=True, data_dir=folder)
        except errors.GalaError as inner:
            show_error(parent, inner)
    except errors.GalaError as exc:
        show_error(parent, exc)
    except OSError as exc:
        show_error(parent, errors.PermissionDeniedError(Path(path)))
        del exc
    return None


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """One warning box with the worded error."""
    QMessageBox.warning(parent, translate("Opener", "Gala Manager"), describe_error(exc))


def ask_open_path(parent: QWidget | None) -> Path | None:
    """Ask for an existing gala file."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("Opener", "Open gala"), str(documents_dir()), file_filter())
    return Path(name) if name else None


def ask_save_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    """Ask where to write a gala file; adds the .gala extension."""
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(documents_dir() / f"{safe_file_name(suggested)}.gala"),
        file_filter())
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".gala" else path.with_name(path.name + ".gala")


def safe_file_name(name: str) -> str:
    """A gala's name as a file name on every system (Chinese kept, reserved characters not)."""
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name)
    cleaned = cleaned.strip(" .")
    return cleaned[:80] or "gala"
