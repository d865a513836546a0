"""The one preview of every import: each sheet row and what importing it does, then all
or nothing as one undoable step. Acts, people and supplies open it with their kind."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.import_wording import (
    button_text,
    clip,
    describe_workbook_error,
    status_text,
    summary_lines,
    title_text,
    verdict_text,
)
from gala_manager.app.importing import ImportKind, ImportPreview, PreviewRow, preview_file
from gala_manager.core.import_rows import RowStatus
from gala_manager.ui import theme
from gala_manager.ui.table_model import LEFT, RIGHT, Column, RowTableModel
from gala_manager.ui.theme import Tone
from gala_manager.ui.undo import AddingCommand, keyword

translate = QCoreApplication.translate

_TONES = {RowStatus.NEW: Tone.TINT_SUCCESS, RowStatus.UPDATE: Tone.TINT_INFO,
          RowStatus.DUPLICATE: Tone.TINT_NEUTRAL, RowStatus.ERROR: Tone.TINT_ERROR}
_WARNED = Tone.TINT_WARNING  # will be imported, but look at the problems
# Cells show this much of a value; a sheet may hold megabytes in one cell.
_CELL_LIMIT = 200


class ImportPreviewTableModel(RowTableModel[PreviewRow]):
    """The sheet's rows in sheet order: the row number, the kind's columns, the result."""

    def __init__(self, kind: ImportKind, parent=None) -> None:
        self.kind = kind  # before the base declares the columns
        super().__init__(parent)

    def declare_columns(self) -> list[Column[PreviewRow]]:
        def cell(text: Callable) -> Callable[[PreviewRow], str]:
            return lambda row: clip(text(row.record), _CELL_LIMIT)

        def result(row: PreviewRow) -> str:
            return status_text(self.kind, row)

        return [
            Column("row", self.tr("Row"), lambda row: str(row.number), RIGHT),
            *(Column(c.key, c.title, cell(c.text), RIGHT if c.numeric else LEFT,
                     tooltip=cell(c.text)) for c in self.kind.columns()),
            Column("result", self.tr("Result"), result, tooltip=result),
        ]

    def row_key(self, row: PreviewRow) -> int:
        return row.number

    def cell_data(self, row: PreviewRow, column: Column[PreviewRow], role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            warned = row.status in (RowStatus.NEW, RowStatus.UPDATE) and row.problems
            return theme.colour(_WARNED if warned else _TONES[row.status])
        return None


class ImportPreviewDialog(QDialog):
    """Shows what importing a sheet would do; OK imports every row or, while any row
    must be fixed in the sheet (red), stays disabled: the import is all or nothing."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.resize(900, 520)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.model = ImportPreviewTableModel(preview.kind, self)
        self.model.set_rows(preview.rows)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setMaximumSectionSize(360)
        header.setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Our own button: a language switch resets a standard one's text to "OK".
        self.import_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(preview.can_import)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        # Set once the box is in the dialog; set earlier, the dialog makes Cancel the default.
        self.import_button.setDefault(True)
        self.retranslate_ui()
        self.view.resizeColumnsToContents()

    def retranslate_ui(self) -> None:
        """Title, summary and button in the current language."""
        self.setWindowTitle(title_text(self.preview.kind, self.preview.file_name))
        self.import_button.setText(button_text(self.preview))
        self.summary_label.setText(self.summary_html())

    def summary_html(self) -> str:
        """The counts and notes, one per line; why nothing can be imported, in red."""
        lines = [html.escape(line, quote=False) for line in summary_lines(self.preview)]
        verdict = verdict_text(self.preview)
        if verdict and self.preview.count(RowStatus.ERROR):
            lines.append(f'<span style="color: {theme.css(Tone.ERROR)};">'
                         f"{html.escape(verdict, quote=False)}</span>")
        elif verdict:
            lines.append(html.escape(verdict, quote=False))
        return "<br>".join(lines)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.retranslate()
        super().changeEvent(event)


def choose_workbook(parent: QWidget, caption: str) -> Path | None:
    """The workbook to import, chosen by the user; None when cancelled."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, caption.rstrip("…"), "",
        translate("ImportPreview", "Excel workbooks (*.xlsx);;All files (*)"))
    return Path(name) if name else None


def import_command(controller, preview: ImportPreview) -> AddingCommand:
    """Import the previewed rows in one step; undo takes back all the step added or changed.

    A redo after undo passes the first run's result as `redo_of`, so the rows come
    back under the ids they had (every kind's commit verb takes it).
    """
    kind = preview.kind
    return AddingCommand(controller, title_text(kind, preview.file_name), kind.commit,
                         keyword("redo_of"), kind.undo, keyword("result"),
                         **preview.commit_kwargs)


def open_import_preview(controller, kind: ImportKind, path: Path, parent: QWidget,
                        on_imported: Callable[[], None] | None = None
                        ) -> ImportPreviewDialog | None:
    """Read `path` and show its preview (window-modal); OK imports it as one undo step.

    Returns the open dialog, or None when the gala is read-only or the file cannot
    be read (after saying why; nothing is changed).
    """
    if controller.read_only:
        return None
    try:
        preview = preview_file(kind, controller, path)
    except Exception as exc:  # noqa: BLE001 - a bad file is told in one line, nothing changes
        QMessageBox.warning(parent, title_text(kind, Path(path).name),
                            describe_workbook_error(exc, kind))
        return None
    dialog = ImportPreviewDialog(preview, parent)

    def imported() -> None:
        if controller.push(import_command(controller, preview), parent) and on_imported:
            on_imported()

    dialog.accepted.connect(imported)
    dialog.open()
    return dialog
