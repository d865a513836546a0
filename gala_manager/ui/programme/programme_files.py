"""File actions of the Programme page: act form, act import, run-sheet PDFs, music pack."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gala_manager.app.programme.act_template import export_act_template
from gala_manager.app.wording import describe_error
from gala_manager.core.errors import GalaError
from gala_manager.ui.files.exporting import ask_export_path, write_export
from gala_manager.ui.files.file_dialogs import file_filters
from gala_manager.ui.shortcuts import bind

if TYPE_CHECKING:  # the import machinery loads when the user imports a sheet
    from gala_manager.ui.import_preview import ImportPreviewDialog

translate = QCoreApplication.translate


class ProgrammeFiles:
    """Builds the File-menu actions of the page and carries them out."""

    def __init__(self, page) -> None:
        self.page = page
        self.controller = page.controller
        self.template_action = QAction(page)
        self.template_action.triggered.connect(self.ask_export_template)
        self.import_action = QAction(page)
        self.import_action.triggered.connect(self.ask_import)
        self.runsheet_action = QAction(page)
        bind(self.runsheet_action, "print_runsheet", page)
        self.runsheet_action.triggered.connect(self.ask_runsheet)
        self.music_action = QAction(page)
        self.music_action.setObjectName("musicPack")
        self.music_action.triggered.connect(self.ask_music_pack)

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.template_action.setText(translate("ProgrammePage",
                                               "Export act submission form (Excel or paper)…"))
        self.import_action.setText(translate("ProgrammePage", "Import acts from Excel…"))
        self.runsheet_action.setText(translate("ProgrammePage",
                                               "Print / Export run-sheet (PDF)…"))
        self.music_action.setText(translate("ProgrammePage",
                                            "Export music pack (for the sound desk)…"))

    def actions(self) -> list[QAction]:
        """The actions for the File menu."""
        return [self.runsheet_action, self.music_action, self.template_action,
                self.import_action]

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.page, translate("ProgrammePage", "Programme"), text)

    def ask_export_template(self) -> Path | None:
        """Ask where to save the submission form, then write it and say so."""
        path = ask_export_path(
            self.page, self.controller, translate("ProgrammePage", "Export act submission form"),
            translate("ProgrammePage", "act submission form"), ".xlsx",
            file_filters((translate("ProgrammePage", "Excel workbooks"), "*.xlsx"),
                         (translate("ProgrammePage", "Paper form to print, one act per page"),
                          "*.pdf")))
        if path is None:
            return None
        try:
            # .pdf: the paper form, with this gala's name and the acts' deadline.
            return write_export(self.page, self.controller, path,
                                lambda partial: export_act_template(partial, self.controller))
        except GalaError as exc:
            self._warn(describe_error(exc))
            return None

    def ask_runsheet(self) -> None:
        """Print / Export PDF: the run-sheet dialog, then the file, then the viewer."""
        try:
            # The dialog and the PDF writer load when a run-sheet is first exported.
            from gala_manager.ui.programme.runsheet_dialog import ask_and_export

            ask_and_export(self.controller, self.page)
        except GalaError as exc:
            self._warn(describe_error(exc))

    def ask_music_pack(self) -> Path | None:
        """Choose where the pack's folder goes, write it, say what could not come."""
        from gala_manager.app.programme.music_pack_export import default_pack_name

        parent = QFileDialog.getExistingDirectory(
            self.page, translate("ProgrammePage", "Where to put the music pack"))
        if not parent:
            return None
        return self.write_music_pack(Path(parent) / default_pack_name(self.controller.read))

    def write_music_pack(self, folder: Path) -> Path | None:
        """Write the pack into `folder`, then show it (or the tracks that are missing)."""
        from gala_manager.app.programme.music_pack_export import export_music_pack, packed_line

        try:
            packed = export_music_pack(self.controller, folder)
        except GalaError as exc:
            self._warn(describe_error(exc))
            return None
        missing = [packed_line(item) for item in packed if item.name is None]
        if missing:
            self._warn(translate("ProgrammePage", "The music pack is written to {folder}, "
                                 "but these tracks could not come:").format(folder=folder)
                       + "\n\n" + "\n".join(missing))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        return folder

    def ask_import(self) -> None:
        """Choose a workbook, preview it, import it."""
        from gala_manager.ui.import_preview import choose_workbook

        path = choose_workbook(self.page, self.import_action.text())
        if path:
            self.import_file(path)

    def import_file(self, path: Path) -> ImportPreviewDialog | None:
        """Show the preview of one workbook; OK imports it (one undo step)."""
        from gala_manager.app.programme.act_import import ACTS
        from gala_manager.ui.import_preview import open_import_preview

        return open_import_preview(self.controller, ACTS, path, self.page)
