"""The Tasks page's File-menu actions: export the task list or calendar, and the review."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from gala_manager.app.tasks.wording import describe_task_error
from gala_manager.core.errors import GalaError
from gala_manager.core.gala.copy import new_gala_from
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.ui.files.exporting import ask_export_path, write_export
from gala_manager.ui.files.file_dialogs import file_filters
from gala_manager.ui.tasks.new_gala_dialog import NewGalaDialog

translate = QCoreApplication.translate


class TaskFileActions(QObject):
    """Two actions for the main window's File menu; `page` gives the clock and review."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.export_action = QAction(page)
        self.export_action.triggered.connect(self.export_tasks)
        self.review_action = QAction(page)
        self.review_action.triggered.connect(self.export_review)
        self.new_gala_action = QAction(page)
        self.new_gala_action.triggered.connect(self.new_gala)

    def retranslate_ui(self) -> None:
        self.export_action.setText(translate("TasksPage", "Export tasks…"))
        self.review_action.setText(translate("TasksPage", "Export review (PDF)…"))
        self.new_gala_action.setText(translate("TasksPage", "New gala from this one…"))

    def ask_export_path(self) -> Path | None:
        """The file to export the tasks to, chosen by the user (tests replace this)."""
        return ask_export_path(
            self.page, self.page.controller, translate("TasksPage", "Export tasks"),
            translate("TasksPage", "task list"), ".xlsx",
            file_filters((translate("TasksPage", "Excel workbook"), "*.xlsx"), ("PDF", "*.pdf"),
                         (translate("TasksPage", "Calendar"), "*.ics")))

    def export_tasks(self) -> Path | None:
        """Export the task list or the calendar, by the suffix of the chosen file."""
        path = self.ask_export_path()
        if path is None or self.page.controller.document is None:
            return None
        if not path.suffix:
            path = path.with_suffix(".xlsx")
        # The writers (and their PDF and spreadsheet libraries) load on the first export.
        from gala_manager.app.tasks.exports import export_tasks

        now = self.page.now()
        try:
            return write_export(self.page, self.page.controller, path, lambda partial:
                                export_tasks(self.page.controller, partial, now=now))
        except GalaError as exc:
            QMessageBox.warning(self.page, translate("TasksPage", "Export tasks"),
                                describe_task_error(exc))
            return None

    def export_review(self) -> Path | None:
        """Ask where, then export the review as a PDF."""
        path = ask_export_path(self.page, self.page.controller,
                               translate("TasksPage", "Export review"),
                               translate("TasksPage", "review"), ".pdf",
                               translate("TasksPage", "PDF (*.pdf)"))
        return self.write_review(path) if path else None

    def write_review(self, path: Path) -> Path | None:
        """Save what is being typed, then write the review PDF to `path`."""
        self.page.review.save_overall()
        self.page.review.save_department()
        from gala_manager.app.tasks.review_export import export_review_pdf  # loads reportlab

        now = self.page.now()
        try:
            return write_export(self.page, self.page.controller, path.with_suffix(".pdf"),
                                lambda partial: export_review_pdf(
                                    self.page.controller, partial, printed_at=now))
        except GalaError as exc:
            QMessageBox.warning(self.page, translate("TasksPage", "Export review"),
                                describe_task_error(exc))
            return None

    def new_gala(self) -> Path | None:
        """Ask for the new gala's name, date and file, copy this gala there, offer to open it."""
        controller = self.page.controller
        if controller.document is None:
            return None
        dialog = NewGalaDialog(controller.read(get_gala_facts), controller.document.path.parent,
                               self.page)
        if not dialog.exec():
            return None
        try:
            new_gala_from(controller.document, dialog.path(), name=dialog.name(),
                          date=dialog.date())
        except GalaError as exc:
            QMessageBox.warning(self.page, dialog.windowTitle(), describe_task_error(exc))
            return None
        answer = QMessageBox.question(
            self.page, dialog.windowTitle(),
            translate("TasksPage", "The new gala was saved as {path}. Open it now?").format(
                path=dialog.path()))
        opener = getattr(self.page.window(), "open_path", None)
        if answer == QMessageBox.StandardButton.Yes and opener is not None:
            opener(dialog.path())
        return dialog.path()
