"""File actions of the Programme page: act form export, act import, run-sheet PDFs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from gala_manager.app.programme.act_import import describe_workbook_error, export_act_template
from gala_manager.app.wording import describe_error
from gala_manager.core.errors import GalaError
from gala_manager.core.programme.act_import import import_acts, plan_import, undo_import
from gala_manager.core.staff.people import list_departments
from gala_manager.imports.acts import read_act_sheet
from gala_manager.ui.programme.act_import_dialog import ActImportDialog
from gala_manager.ui.programme.runsheet_dialog import ask_and_export
from gala_manager.ui.undo import VerbCommand

translate = QCoreApplication.translate


def import_command(controller, rows: list[tuple], name: str) -> VerbCommand:
    """Import acts in one step; undo removes the new ones and restores updated ones."""
    return VerbCommand(
        controller, translate("ProgrammePage", "Import acts from {name}").format(name=name),
        lambda c: c.run(import_acts, rows=rows),
        lambda c, result: c.run(undo_import, result=result))


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
        self.runsheet_action.setShortcut(QKeySequence.StandardKey.Print)
        self.runsheet_action.triggered.connect(self.ask_runsheet)

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.template_action.setText(translate("ProgrammePage",
                                               "Export act submission form (Excel)…"))
        self.import_action.setText(translate("ProgrammePage", "Import acts from Excel…"))
        self.runsheet_action.setText(translate("ProgrammePage",
                                               "Print / Export run-sheet (PDF)…"))

    def actions(self) -> list[QAction]:
        """The actions for the File menu."""
        return [self.runsheet_action, self.template_action, self.import_action]

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.page, translate("ProgrammePage", "Programme"), text)

    def ask_export_template(self) -> None:
        """Ask where to save the submission form, then write it."""
        name, _ = QFileDialog.getSaveFileName(
            self.page, translate("ProgrammePage", "Export act submission form"),
            translate("ProgrammePage", "act submission form") + ".xlsx",
            translate("ProgrammePage", "Excel workbooks (*.xlsx)"))
        if name:
            try:
                export_act_template(Path(name))
            except GalaError as exc:
                self._warn(describe_workbook_error(exc))

    def ask_runsheet(self) -> None:
        """Print / Export PDF: the run-sheet dialog, then the file, then the viewer."""
        try:
            ask_and_export(self.controller, self.page)
        except GalaError as exc:
            self._warn(describe_error(exc))

    def ask_import(self) -> None:
        """Choose a workbook, preview it, import it."""
        name, _ = QFileDialog.getOpenFileName(
            self.page, translate("ProgrammePage", "Import acts"), "",
            translate("ProgrammePage", "Excel workbooks (*.xlsx);;All files (*)"))
        if name:
            self.import_file(Path(name))

    def preview(self, path: Path) -> ActImportDialog | None:
        """The preview dialog of a workbook, or None after saying why it cannot be read."""
        departments = {d.name: d.id for d in self.controller.read(list_departments)}
        try:
            sheet = read_act_sheet(path, departments)
        except GalaError as exc:
            self._warn(describe_workbook_error(exc))
            return None
        rows = [(row.key, row.fields) for row in sheet.rows if not row.blocked]
        planned = self.controller.read(plan_import, rows=rows)
        return ActImportDialog(sheet, planned, self.page)

    def import_file(self, path: Path) -> bool:
        """Preview and, when the user says so, import one workbook (one undo step)."""
        dialog = self.preview(path)
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.controller.push(import_command(self.controller, dialog.rows(), path.name),
                                    self.page)
