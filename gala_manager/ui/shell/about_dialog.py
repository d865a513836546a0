"""Help ▸ About: the icon, the version and licence, the open file's schema, the libraries."""

from __future__ import annotations

import html
import math
import platform
from itertools import zip_longest
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from gala_manager import __version__
from gala_manager.app.about import LICENCE, Library, libraries, licence_text
from gala_manager.ui.fonts import line_height

ICON_SIZE = 96
# The dialog's width in average characters of its font.
WIDTH_CHARS = 90


class AboutDialog(QDialog):
    """What this copy of Gala Manager is, what it is made of and where it keeps its data."""

    def __init__(self, schema: str, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Gala Manager"))
        self.libraries = libraries()
        self.icon = QLabel()
        self.icon.setObjectName("aboutIcon")
        self.icon.setPixmap(QGuiApplication.windowIcon().pixmap(ICON_SIZE, ICON_SIZE))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(self.tr("<h2>Gala Manager {version}</h2>"
                                      "<p>Plan and run a student evening gala from one file.</p>")
                              .format(version=__version__))
        self.heading.setWordWrap(True)
        self.details = QLabel(self.tr(
            "Licence: {licence}<br>"
            "Schema version of the open file: {schema}<br>"
            "Data folder (backups, demo): {folder}").format(
                licence=LICENCE, schema=schema, folder=html.escape(str(data_dir))))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.library_list = QTextBrowser()
        self.library_list.setObjectName("libraries")
        self.library_list.setHtml(self._library_table())
        self.licence = QPlainTextEdit(licence_text())
        self.licence.setObjectName("licenceText")
        self.licence.setReadOnly(True)
        self.licence.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.licence_button = QPushButton(self.tr("Licence text"))
        self.licence_button.setCheckable(True)
        self.licence_button.toggled.connect(self._show_licence)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.licence_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QGridLayout(self)
        layout.addWidget(self.icon, 0, 0, 2, 1)
        layout.addWidget(self.heading, 0, 1)
        layout.addWidget(self.details, 1, 1)
        layout.addWidget(QLabel(self.tr("Built with:")), 2, 0, 1, 2)
        layout.addWidget(self.library_list, 3, 0, 1, 2)
        layout.addWidget(self.licence, 3, 0, 1, 2)
        layout.addWidget(buttons, 4, 0, 1, 2)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(3, 1)
        self._fit_the_libraries()

    def _fit_the_libraries(self) -> None:
        # Every library in view without scrolling, at whatever size the system's font
        # is, unless the screen is too small for it: then the list scrolls.
        width = self.fontMetrics().averageCharWidth() * WIDTH_CHARS
        screen = self.screen()
        room = screen.availableGeometry() if screen is not None else None
        if room is not None:
            width = min(width, room.width() * 9 // 10)
        document = self.library_list.document()
        document.setTextWidth(width)
        listed = math.ceil(document.size().height()) + 2 * self.library_list.frameWidth()
        self.library_list.setMinimumHeight(listed)
        height = self.heightForWidth(width)
        if room is not None and height > room.height() * 9 // 10:
            excess = height - room.height() * 9 // 10
            self.library_list.setMinimumHeight(max(listed - excess, line_height(self, 4)))
            height = self.heightForWidth(width)
        self.resize(width, height)

    def _library_table(self) -> str:
        # Two libraries to a row: the list keeps growing, a laptop screen does not.
        titles = "".join(f"<th align='left'>{html.escape(title)}</th>" for title in (
            self.tr("Library"), self.tr("Version"), self.tr("Licence")))
        half = math.ceil(len(self.libraries) / 2)
        pairs = zip_longest(self.libraries[:half], self.libraries[half:])
        rows = "".join(f"<tr>{_cells(left)}<td></td>{_cells(right)}</tr>" for left, right in pairs)
        return (f"<table cellspacing='0' cellpadding='3' width='100%'>"
                f"<tr>{titles}<th></th>{titles}</tr>{rows}</table>")

    def _show_licence(self, shown: bool) -> None:
        self.licence.setVisible(shown)
        self.library_list.setVisible(not shown)

    def details_text(self) -> str:
        """The version, system and libraries as plain text, for a bug report."""
        lines = [f"Gala Manager {__version__} ({LICENCE})",
                 f"{platform.system()} {platform.release()} ({platform.machine()})"]
        lines += [f"{lib.name} {lib.version}" for lib in self.libraries]
        return "\n".join(lines)

    def copy_details(self) -> None:
        """Put `details_text()` on the clipboard."""
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy_button.setText(self.tr("Copied"))


def _cells(library: Library | None) -> str:
    if library is None:
        return "<td></td>" * 3
    return "".join(f"<td>{html.escape(text)}</td>"
                   for text in (library.name, library.version, library.licence))
