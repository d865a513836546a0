"""Every file dialog of the app: where it starts, the name it offers, the language it speaks.

A save dialog starts in the folder last used for that kind of file, else in the
open gala's folder, else in Documents, and offers a name made of the gala and
the document (`创业协会迎五一晚会-流程单.pdf`), so Save works at once. The
system's own dialog speaks the system's language; when the user chose another
one for the app, Qt's dialog is used instead, translated like the rest of the
app, with its dates in the app's language too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QSettings,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QWidget

from gala_manager.app.i18n import current_language, system_language

_FOLDER_KEY = "files/last_folder/{kind}"
_DATE_COLUMN = 3


def documents_dir() -> Path:
    """The user's Documents folder."""
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))


def safe_file_name(name: str) -> str:
    """A name as a file name on every system (Chinese kept, reserved characters not)."""
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name)
    cleaned = cleaned.strip(" .")
    return cleaned[:80] or "gala"


def document_file_name(gala_name: str, document: str, suffix: str) -> str:
    """`创业协会迎五一晚会-流程单.pdf`: the gala, the document, the type."""
    stem = "-".join(part for part in (gala_name.strip(), document.strip()) if part)
    return safe_file_name(stem) + suffix


def start_folder(kind: str, gala_path: Path | None = None) -> Path:
    """Where a dialog for this kind of file starts: last used, the gala's folder, Documents."""
    last = QSettings().value(_FOLDER_KEY.format(kind=kind), "", type=str)
    for folder in (Path(last) if last else None, gala_path.parent if gala_path else None):
        if folder is not None and folder.is_dir():
            return folder
    return documents_dir()


def remember_folder(kind: str, path: Path) -> None:
    """The next dialog for this kind of file starts where this file went."""
    QSettings().setValue(_FOLDER_KEY.format(kind=kind), str(Path(path).parent))


def uses_qt_dialog() -> bool:
    """Whether to show Qt's dialog: the system's speaks the system's language only."""
    return current_language() != system_language()


class _AppLocaleDates(QIdentityProxyModel):
    """The file list's dates in the app's language (Qt's model uses the system's)."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        source = self.sourceModel()
        if (index.column() == _DATE_COLUMN and role == Qt.ItemDataRole.DisplayRole
                and isinstance(source, QFileSystemModel)):
            modified: QDateTime = source.lastModified(self.mapToSource(index))
            return QLocale().toString(modified, QLocale.FormatType.ShortFormat)
        return super().data(index, role)


def file_dialog(parent: QWidget | None, title: str, folder: Path, filters: str,
                *, save: bool) -> QFileDialog:
    """A file dialog set up as every dialog of the app is (tests open it to read it)."""
    dialog = QFileDialog(parent, title, str(folder), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                         else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save
                       else QFileDialog.FileMode.ExistingFile)
    if uses_qt_dialog():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setProxyModel(_AppLocaleDates(dialog))
    return dialog


def ask_save_path(parent: QWidget | None, title: str, file_name: str, filters: str, *,
                  kind: str = "export", gala_path: Path | None = None,
                  folder: Path | None = None) -> Path | None:
    """Ask where to save; the name offered is `file_name`, its suffix added if left out.

    The dialog starts in `folder` when given (a path the user already typed)."""
    if folder is None or not folder.is_dir():
        folder = start_folder(kind, gala_path)
    dialog = file_dialog(parent, title, folder, filters, save=True)
    suffix = Path(file_name).suffix
    if suffix:
        dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.selectFile(file_name)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    remember_folder(kind, path)
    return path


def ask_open_path(parent: QWidget | None, title: str, filters: str, *, kind: str = "import",
                  gala_path: Path | None = None) -> Path | None:
    """Ask for an existing file to read."""
    dialog = file_dialog(parent, title, start_folder(kind, gala_path), filters, save=False)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    remember_folder(kind, path)
    return path


def file_filters(*kinds: tuple[str, str]) -> str:
    """A file dialog's filters from (translated name, patterns) pairs. Only the names are
    translated: Qt reads the patterns and the ";;" between them, which a translation
    must not carry (nor put ASCII punctuation beside Chinese)."""
    return ";;".join(f"{name} ({patterns})" for name, patterns in kinds)


def sheet_filters() -> str:
    """The open dialog's filters for a sheet to import: every format the readers take, or
    any file."""
    return file_filters(
        (QCoreApplication.translate("FileDialogs", "Spreadsheets"),
         "*.xlsx *.xlsm *.xls *.ods *.csv"),
        (QCoreApplication.translate("FileDialogs", "All files"), "*"))
