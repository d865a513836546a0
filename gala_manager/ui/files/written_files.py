"""Saying what was written: a status-bar notice with links, and opening a file or its folder.

Every export ends with `GalaController.announce_written(path)`; the main
window shows `WrittenNotice` in its status bar ("流程单 written: … Open ·
Show in folder"). Opening goes through the system; when no program can open
the file (no PDF viewer installed) the user is told so, with the path.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

NOTICE_MS = 60_000
translate = QCoreApplication.translate


def open_with_system(parent: QWidget | None, path: Path) -> bool:
    """Open a file in the program the system has for it; say so, with the path, if none."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    box = QMessageBox(QMessageBox.Icon.Warning,
                      translate("WrittenFiles", "No program to open the file"),
                      translate("WrittenFiles", "The file was written, but no program to open "
                                "{kind} files was found on this computer. Open it from its "
                                "folder, or install a viewer.").format(
                          kind=path.suffix.lstrip(".").upper() or "?"),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("noViewer")
    box.setInformativeText(str(path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
    return False


def show_in_folder(parent: QWidget | None, path: Path) -> bool:
    """Open the folder of a file in the system's file manager (or say where it is)."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent))):
        return True
    QMessageBox.information(parent, translate("WrittenFiles", "Where the file is"), str(path))
    return False


class WrittenNotice(QLabel):
    """The status bar's last "file written" line, with Open and Show-in-folder links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("writtenNotice")
        self.path: Path | None = None
        self.linkActivated.connect(self._follow)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_notice)
        self.hide()

    def show_written(self, path: Path) -> None:
        """Tell that `path` was written, for a minute."""
        self.path = Path(path)
        self._render()
        self.show()
        self._timer.start(NOTICE_MS)

    def clear_notice(self) -> None:
        """Hide the notice."""
        self.path = None
        self.clear()
        self.hide()

    def _render(self) -> None:
        if self.path is None:
            return
        open_text, folder_text = self.tr("Open"), self.tr("Show in folder")
        self.setText(self.tr("Written: {name} — {open} · {folder}").format(
            name=escape(self.path.name), open=f'<a href="open">{escape(open_text)}</a>',
            folder=f'<a href="folder">{escape(folder_text)}</a>'))
        self.setToolTip(str(self.path))

    def _follow(self, link: str) -> None:
        if self.path is None:
            return
        if link == "open":
            open_with_system(self.window(), self.path)
        else:
            show_in_folder(self.window(), self.path)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
