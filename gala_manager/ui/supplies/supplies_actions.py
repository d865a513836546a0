"""The Supplies page's File-menu actions: import from Excel, export to Excel or PDF."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gala_manager.app.supplies.item_import import SUPPLIES
from gala_manager.app.supplies.wording import describe_cell_warning
from gala_manager.ui.import_preview import ImportPreviewDialog, choose_workbook, open_import_preview


class _Relay(QObject):
    """Carries a worker's outcome to the GUI thread (queued, as the relay lives there)."""

    done = Signal(object)
    failed = Signal(object)


def _run_job(work: Callable[[], object], relay: _Relay) -> None:
    """Runs one Qt-free write in a plain Python thread and reports through `relay`.

    (A plain thread, not a QRunnable: PySide's auto-deleted runnables have
    crashed the interpreter at exit.)
    """
    try:
        result = work()
    except Exception as exc:  # noqa: BLE001 - reported to the user, never lost
        relay.failed.emit(exc)
        return
    relay.done.emit(result)


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
        self._relay: _Relay | None = None
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

    def _ask_path(self, title: str, pattern: str, suffix: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.page, title, "", pattern)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def export_xlsx(self, path: Path | None = None, only_shown: bool | None = None) -> None:
        """Write the workbook; the file is written in a worker thread."""
        items = self.choose_items(only_shown)
        if items is False:
            return
        path = path or self._ask_path(self.tr("Export supplies"),
                                      self.tr("Excel workbook (*.xlsx)"), ".xlsx")
        if path is not None:
            # The writers (and their spreadsheet and PDF libraries) load on the first export.
            from gala_manager.app.supplies.exports import prepare_workbook

            self._start(prepare_workbook(self.controller, path, items))

    def export_pdf(self, path: Path | None = None, only_shown: bool | None = None) -> None:
        """Write the printable supply list."""
        items = self.choose_items(only_shown)
        if items is False:
            return
        path = path or self._ask_path(self.tr("Export supply list"),
                                      self.tr("PDF document (*.pdf)"), ".pdf")
        if path is None:
            return
        from gala_manager.app.supplies.exports import export_pdf

        try:
            export_pdf(self.controller, path, items)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self._failed(exc)
            return
        self.export_finished.emit(path)

    def import_items(self, path: Path | None = None) -> ImportPreviewDialog | None:
        """Read a sheet and show the preview; OK imports every new row (undoable) or nothing."""
        path = path or choose_workbook(self.page, self.import_action.text())
        if path is None:
            return None
        return open_import_preview(self.controller, SUPPLIES, path, self.page)

    def _start(self, work: Callable[[], object]) -> None:
        self._relay = _Relay()  # kept alive until the job reports
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self.export_xlsx_action.setEnabled(False)
        threading.Thread(target=_run_job, args=(work, self._relay), daemon=True).start()

    def _done(self, result) -> None:
        self.export_xlsx_action.setEnabled(True)
        if result.warnings:
            QMessageBox.information(self.page, self.tr("Export"), "\n".join(
                describe_cell_warning(w) for w in result.warnings[:20]))
        self.export_finished.emit(result.path)

    def _failed(self, exc: BaseException) -> None:
        self.export_xlsx_action.setEnabled(True)
        self.controller.show_error(exc, self.page)
        self.export_failed.emit(exc)
