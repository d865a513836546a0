"""The one preview of every import: each sheet row and what importing it does, then one
undoable step. Acts, people and supplies open it with their kind.

All or nothing is the default; when some rows have errors the user may choose to
import the others and leave those out (and save them to send back). A workbook with
several recognised sheets lists them to choose from; a rundown offers to put its
acts into the running order.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.import_rejects import save_rejected_rows
from gala_manager.app.import_wording import (
    button_text,
    describe_workbook_error,
    skip_text,
    summary_lines,
    title_text,
    verdict_text,
)
from gala_manager.app.importing import ImportKind, ImportPreview, choose_sheets, preview_file
from gala_manager.app.wording import describe_error
from gala_manager.core.errors import GalaError
from gala_manager.core.import_rows import RowStatus
from gala_manager.ui import theme
from gala_manager.ui.column_widths import MAX_WIDTH, SAMPLE_ROWS
from gala_manager.ui.files.background import CANCELLED, run_with_progress
from gala_manager.ui.files.file_dialogs import ask_open_path, ask_save_path, sheet_filters
from gala_manager.ui.import_preview_model import ImportPreviewTableModel
from gala_manager.ui.theme import Tone
from gala_manager.ui.undo import AddingCommand, keyword
from gala_manager.ui.widgets.column_chooser import ColumnChooser

translate = QCoreApplication.translate


# The last rows, measured besides the sample: a sheet's row numbers widen towards its end.
_LAST_ROWS = 20


class ImportPreviewDialog(QDialog):
    """Shows what importing a sheet would do; OK imports every row or, while any row
    must be fixed in the sheet (red), stays disabled unless the user chose to leave
    those rows out."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None,
                 gala=None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.gala = gala  # to preview other sheets
        self.resize(960, 560)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.sheet_list = QListWidget()
        for name in (table.sheet for table in preview.source.workbook.tables) \
                if preview.source is not None else ():
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in preview.sheet_names
                               else Qt.CheckState.Unchecked)
            self.sheet_list.addItem(item)
        shown = min(max(self.sheet_list.count(), 1), 4)
        self.sheet_list.setMaximumHeight(shown * max(self.sheet_list.sizeHintForRow(0), 18)
                                         + 2 * self.sheet_list.frameWidth() + 4)
        self.sheet_label = QLabel()
        self.sheet_label.setBuddy(self.sheet_list)
        several = self.sheet_list.count() > 1
        self.sheet_label.setVisible(several)
        self.sheet_list.setVisible(several)
        self.sheet_list.itemChanged.connect(self._sheets_changed)
        self.model = ImportPreviewTableModel(preview, self)
        self.model.set_rows(preview.rows)
        self.view = QTableView()
        self.view.setObjectName("importPreview")
        self.view.setModel(self.model)
        ColumnChooser(self.view)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setMaximumSectionSize(MAX_WIDTH)
        header.setResizeContentsPrecision(SAMPLE_ROWS)
        header.setStretchLastSection(True)
        self.option_boxes: dict[str, QCheckBox] = {}
        for name in preview.kind.options:
            box = QCheckBox()
            box.setChecked(name in preview.defaults)
            self.option_boxes[name] = box
        self.skip_box = QCheckBox()
        self.skip_box.setObjectName("skipInvalid")
        self.skip_box.toggled.connect(self._skip_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Our own button: a language switch resets a standard one's text to "OK".
        self.import_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button = QPushButton()
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_rejected)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.sheet_label)
        layout.addWidget(self.sheet_list)
        layout.addWidget(self.view, 1)
        for box in self.option_boxes.values():
            layout.addWidget(box)
        layout.addWidget(self.skip_box)
        layout.addWidget(self.buttons)
        # Set once the box is in the dialog; set earlier, the dialog makes Cancel the default.
        self.import_button.setDefault(True)
        self.retranslate_ui()
        self.fit_columns()

    # -- state --------------------------------------------------------------------------

    def options(self) -> frozenset[str]:
        """The options the user left ticked (e.g. "order")."""
        return frozenset(name for name, box in self.option_boxes.items()
                         if box.isChecked() and name in self.preview.offers)

    def _refresh(self) -> None:
        preview = self.preview
        errors = preview.count(RowStatus.ERROR)
        self.skip_box.setVisible(preview.can_skip_invalid)
        if not preview.can_skip_invalid:
            self.skip_box.setChecked(False)
        for name, box in self.option_boxes.items():
            box.setVisible(name in preview.offers)
        self.save_button.setVisible(bool(errors))
        self.import_button.setEnabled(preview.can_import or (
            self.skip_box.isChecked() and preview.can_skip_invalid))
        self.import_button.setText(button_text(preview))
        self.summary_label.setText(self.summary_html())
        self.model.set_skipping(self.skip_box.isChecked())

    def _skip_changed(self, _checked: bool) -> None:
        self._refresh()

    def _sheets_changed(self, _item) -> None:
        chosen = [self.sheet_list.item(i).text() for i in range(self.sheet_list.count())
                  if self.sheet_list.item(i).checkState() == Qt.CheckState.Checked]
        self.preview = choose_sheets(self.gala, self.preview, chosen)
        self.model.set_preview(self.preview)
        self._refresh()
        self.fit_columns()

    # -- words --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Title, summary, choices and buttons in the current language."""
        self.setWindowTitle(title_text(self.preview.kind, self.preview.file_name))
        self.sheet_label.setText(translate("ImportPreview", "Sheets to import:"))
        for name, box in self.option_boxes.items():
            box.setText(self.preview.kind.option_text(name, self.preview))
        self.skip_box.setText(skip_text(self.preview))
        self.save_button.setText(translate("ImportPreview", "Save rows to correct…"))
        self._refresh()

    def summary_html(self) -> str:
        """The counts and notes, one per line; why nothing can be imported, in red."""
        lines = [html.escape(line, quote=False) for line in summary_lines(self.preview)]
        skipping = self.skip_box.isChecked() and self.preview.can_skip_invalid
        verdict = verdict_text(self.preview, skip_invalid=skipping)
        if verdict and self.preview.count(RowStatus.ERROR) and not skipping:
            lines.append(f'<span style="color: {theme.css(Tone.ERROR)};">'
                         f"{html.escape(verdict, quote=False)}</span>")
        elif verdict:
            lines.append(html.escape(verdict, quote=False))
        return "<br>".join(lines)

    def fit_columns(self) -> None:
        """Columns fit the header and a sample of rows, the first and the last (whose row
        numbers are the widest), as every grid's: measuring a thousand rows of a
        2,000-row sheet took half the time the preview took to show."""
        self.view.resizeColumnsToContents()  # the header and the first SAMPLE_ROWS
        rows = self.model.rowCount()
        grid = 1 if self.view.showGrid() else 0  # counted in a column's width, as Qt does
        for column in range(self.model.columnCount()):
            widest = max((self.view.sizeHintForIndex(self.model.index(row, column)).width()
                          for row in range(max(SAMPLE_ROWS, rows - _LAST_ROWS), rows)),
                         default=0) + grid
            if widest > self.view.columnWidth(column):
                self.view.setColumnWidth(column, min(widest, MAX_WIDTH))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.retranslate()
        super().changeEvent(event)

    # -- rows to send back ----------------------------------------------------------------

    def ask_rejected_path(self) -> Path | None:
        """Where to save the rows with errors, chosen by the user (tests replace this)."""
        stem = Path(self.preview.file_name).stem
        document = getattr(self.gala, "document", None)
        path = ask_save_path(
            self, self.save_button.text().rstrip("…"),
            translate("ImportPreview", "{name} - rows to correct.xlsx").format(name=stem),
            translate("ImportPreview", "Excel workbook (*.xlsx)"),
            gala_path=document.path if document is not None else None)
        return path.with_suffix(".xlsx") if path else None

    def save_rejected(self) -> Path | None:
        """Save the rows with errors and what to correct; the path, or None."""
        path = self.ask_rejected_path()
        if path is None:
            return None
        try:
            written = save_rejected_rows(self.preview, path)
        except GalaError as exc:
            QMessageBox.warning(self, self.save_button.text(), describe_error(exc))
            return None
        if hasattr(self.gala, "announce_written"):
            self.gala.announce_written(written)
        return written


def choose_workbook(parent: QWidget, caption: str) -> Path | None:
    """The workbook to import, chosen by the user; None when cancelled."""
    controller = getattr(parent, "controller", None)
    document = getattr(controller, "document", None)
    return ask_open_path(parent, caption.rstrip("…"), sheet_filters(), kind="import",
                         gala_path=document.path if document else None)


def import_command(controller, preview: ImportPreview, *, skip_invalid: bool = False,
                   options: frozenset[str] | None = None) -> AddingCommand:
    """Import the previewed rows in one step; undo takes back all the step added or changed.

    A redo after undo passes the first run's result as `redo_of`, so the rows come
    back under the ids they had (every kind's commit verb takes it).
    """
    kind = preview.kind
    return AddingCommand(controller, title_text(kind, preview.file_name), kind.commit,
                         keyword("redo_of"), kind.undo, keyword("result"),
                         **preview.commit_kwargs(skip_invalid=skip_invalid, options=options))


def open_import_preview(controller, kind: ImportKind, path: Path, parent: QWidget,
                        on_imported: Callable[[], None] | None = None
                        ) -> ImportPreviewDialog | None:
    """Read `path` and show its preview (window-modal); OK imports it as one undo step.

    Returns the open dialog, or None when the gala is read-only or the file cannot
    be read (after saying why; nothing is changed).
    """
    if controller.read_only:
        return None
    text = translate("ImportPreview", "Reading {name}…").format(name=Path(path).name)
    try:
        preview = run_with_progress(parent, text, lambda: preview_file(kind, controller, path))
    except Exception as exc:  # noqa: BLE001 - a bad file is told in one line, nothing changes
        QMessageBox.warning(parent, title_text(kind, Path(path).name),
                            describe_workbook_error(exc, kind))
        return None
    if preview is CANCELLED:
        return None
    dialog = ImportPreviewDialog(preview, parent, controller)

    def imported() -> None:
        command = import_command(controller, dialog.preview,
                                 skip_invalid=dialog.skip_box.isChecked(),
                                 options=dialog.options())
        if controller.push(command, parent) and on_imported:
            on_imported()

    dialog.accepted.connect(imported)
    dialog.open()
    return dialog
