"""The Supplies page's File-menu actions: import from Excel, export to Excel or PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from gala_manager.app.supplies.wording import describe_cell_warning
from gala_manager.ui.files.exporting import ask_export_path, write_export

if TYPE_CHECKING:  # the import machinery loads when the user imports a sheet
    from gala_manager.ui.import_preview import ImportPreviewDialog


class SuppliesFileActions(QObject):
    """Export actions; `export_finished(path)` / `export_failed(exc)` tell tests and the page."""

    export_finished = Signal(object)
    export_failed = Signal(object)

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.controller = page.controller
        self.export_xlsx_action = QAction(page)
        self.export_xlsx_action.triggered.connect(lambda: self.export_xlsx())
        self.export_pdf_action = QAction(page)
        self.export_pdf_action.triggered.connect(lambda: self.export_pdf())
        self.import_action = QAction(page)
        self.import_action.triggered.connect(lambda: self.import_items())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the actions' texts in the current language."""
        self.export_xlsx_action.setText(self.tr("Export supplies to Excel…"))
        self.export_pdf_action.setText(self.tr("Export supply list as PDF…"))
        self.import_action.setText(self.tr("Import items from Excel…"))

    def actions(self) -> list[QAction]:
        """The actions for the File menu."""
        return [self.import_action, self.export_xlsx_action, self.export_pdf_action]

    def choose_items(self, only_shown: bool | None = None):
        """The rows to export: those shown when a filter is on and the user says so.

        Returns None for every item, a list for the shown ones, or False if cancelled.
        """
        proxy = self.page.proxy
        if not proxy.supply_filter().active:
            return None
        if only_shown is None:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Export"),
                              self.tr("A filter is on. Export only the items shown?"),
                              parent=self.page)
            visible, everything = proxy.rowCount(), self.page.model.rowCount()
            shown = box.addButton(self.tr("Only the %n shown", "", visible),
                                  QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("All %n items", "", everything),
                          QMessageBox.ButtonRole.ActionRole)
            cancel = box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is cancel:
                return False
            only_shown = box.clickedButton() is shown
        return proxy.visible_rows() if only_shown else None

    def _ask_path(self, title: str, document: str, pattern: str, suffix: str) -> Path | None:
        path = ask_export_path(self.page, self.controller, title, document, suffix, pattern)
        if path is None:
            return None
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def export_xlsx(self, path: Path | None = None, only_shown: bool | None = None) -> None:
        """Write the workbook in a worker thread (progress and Cancel if it takes a while)."""
        items = self.choose_items(only_shown)
        if items is False:
            return
        path = path or self._ask_path(self.tr("Export supplies"), self.tr("supplies and budget"),
                                      self.tr("Excel workbook (*.xlsx)"), ".xlsx")
        if path is None:
            return
        # The writers (and their spreadsheet and PDF libraries) load on the first export.
        from gala_manager.app.supplies.exports import prepare_workbook

        books = []

        def write(partial: Path) -> Path:
            books.append(prepare_workbook(self.controller, partial, items)())
            return partial

        self._write(path, write, lambda: self._warn_cells(books[0].warnings))

    def export_pdf(self, path: Path | None = None, only_shown: bool | None = None) -> None:
        """Write the printable supply list."""
        items = self.choose_items(only_shown)
        if items is False:
            return
        path = path or self._ask_path(self.tr("Export supply list"), self.tr("supply list"),
                                      self.tr("PDF document (*.pdf)"), ".pdf")
        if path is not None:
            from gala_manager.app.supplies.exports import export_pdf

            self._write(path, lambda partial: export_pdf(self.controller, partial, items))

    def _write(self, path: Path, write: Callable[[Path], Path],
               after: Callable[[], None] | None = None) -> None:
        try:
            final = write_export(self.page, self.controller, path, write)
        except Exception as exc:  # noqa: BLE001 - shown in words, never lost
            self.controller.show_error(exc, self.page)
            self.export_failed.emit(exc)
            return
        if final is not None:
            if after is not None:
                after()
            self.export_finished.emit(final)

    def _warn_cells(self, warnings) -> None:
        if warnings:
            QMessageBox.information(self.page, self.tr("Export"), "\n".join(
                describe_cell_warning(w) for w in warnings[:20]))

    def import_items(self, path: Path | None = None) -> ImportPreviewDialog | None:
        """Read a sheet and show the preview; OK imports every new row (undoable) or nothing."""
        from gala_manager.app.supplies.item_import import SUPPLIES
        from gala_manager.ui.import_preview import choose_workbook, open_import_preview

        path = path or choose_workbook(self.page, self.import_action.text())
        if path is None:
            return None
        return open_import_preview(self.controller, SUPPLIES, path, self.page)
