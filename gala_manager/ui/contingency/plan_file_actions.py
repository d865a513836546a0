"""The Contingency page's File-menu actions: the cards PDF, the show report, printing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QMessageBox

from gala_manager.app.contingency.cards_text import plans_html
from gala_manager.core.contingency.thresholds import get_rule_settings
from gala_manager.ui.files.exporting import ask_export_path, write_export
from gala_manager.ui.files.file_dialogs import file_filters

translate = QCoreApplication.translate


class PlanFileActions(QObject):
    """Three actions for the main window's File menu. Each applies the plan's pending
    edits first (`page.apply_edits`), so what is written is what the editor shows."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.controller = page.controller
        self.export_action = QAction(page)
        self.export_action.triggered.connect(self.export_cards)
        self.report_action = QAction(page)
        self.report_action.triggered.connect(self.export_report)
        self.print_action = QAction(page)
        self.print_action.triggered.connect(self.print_plans)

    def actions(self) -> list[QAction]:
        return [self.export_action, self.report_action, self.print_action]

    def retranslate_ui(self) -> None:
        self.export_action.setText(translate("ContingencyPage",
                                             "Export contingency cards (PDF)…"))
        self.print_action.setText(translate("ContingencyPage", "Print contingency plans…"))
        self.report_action.setText(translate("ContingencyPage",
                                             "Export show report (PDF or Excel)…"))

    def export_cards(self) -> None:
        """Write the contingency cards PDF (one page per plan)."""
        from gala_manager.app.contingency.cards_export import export_cards_pdf

        self.page.apply_edits()
        path = ask_export_path(self.page, self.controller,
                               translate("ContingencyPage", "Export contingency cards"),
                               translate("ContingencyPage", "contingency cards"), ".pdf",
                               translate("ContingencyPage", "PDF files (*.pdf)"))
        if path is not None:
            try:
                write_export(self.page, self.controller, path,
                             lambda partial: export_cards_pdf(self.controller, partial))
            except Exception as exc:  # noqa: BLE001 - any failure is shown, never lost
                self.controller.show_error(exc, self.page)

    def export_report(self) -> None:
        """Write the show report, as PDF or Excel by the chosen file's type."""
        from gala_manager.app.show.report_export import (
            export_show_report,
            has_show,
            no_show_text,
        )

        title = translate("ContingencyPage", "Export show report")
        if not has_show(self.controller) and QMessageBox.question(
                self.page, title,
                no_show_text() + "\n\n" + translate("ContingencyPage",
                                                    "Export the plan anyway?"),
        ) != QMessageBox.StandardButton.Yes:
            return
        path = ask_export_path(self.page, self.controller, title,
                               translate("ContingencyPage", "show report"), ".pdf",
                               file_filters((translate("ContingencyPage", "PDF files"), "*.pdf"),
                                            (translate("ContingencyPage", "Excel workbooks"),
                                             "*.xlsx")))
        if path is not None:
            try:
                write_export(self.page, self.controller, path,
                             lambda partial: export_show_report(self.controller, partial))
            except Exception as exc:  # noqa: BLE001 - any failure is shown, never lost
                self.controller.show_error(exc, self.page)

    def print_plans(self) -> None:
        """Print every plan through the system's print dialog."""
        self.page.apply_edits()
        # Qt's print support loads when the committee prints, not with the page.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.page).exec():
            self.print_document().print_(printer)

    def print_document(self) -> QTextDocument:
        """The plans as a printable document (user text escaped)."""
        document = QTextDocument(self)
        document.setHtml(plans_html(self.page.model.rows(),
                                    self.controller.read(get_rule_settings)))
        return document
