"""Print / Export PDF: choose the run-sheet variant and the Chinese font, then write it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.pdf_font import FONT_KEY, apply_stored_font, font_choices
from gala_manager.app.programme.runsheet_export import (
    VARIANTS,
    chosen_font_path,
    export_runsheet,
    variant_title,
)
from gala_manager.ui.files.exporting import ask_export_path, write_export
from gala_manager.ui.files.written_files import open_with_system

translate = QCoreApplication.translate


class RunsheetDialog(QDialog):
    """Variant, font (remembered for every PDF) and whether to open the PDF afterwards."""

    def __init__(self, parent: QWidget | None = None, variant: str = "full") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print / Export PDF"))
        self.variant_combo = QComboBox()
        for name in VARIANTS:
            self.variant_combo.addItem(variant_title(name), name)
        self.variant_combo.setCurrentIndex(VARIANTS.index(variant))
        self.font_combo = QComboBox()
        self.font_combo.addItem(self.tr("Automatic (best Chinese font found)"), "")
        for font in font_choices():
            self.font_combo.addItem(font.label, str(font.path))
        chosen = self.font_combo.findData(chosen_font_path())
        self.font_combo.setCurrentIndex(max(chosen, 0))
        self.open_check = QCheckBox(self.tr("Open the PDF when it is written"))
        self.open_check.setChecked(True)
        hint = QLabel(self.tr("The font is embedded in the PDF, so it prints the same on any "
                              "computer. Without a Chinese font the PDF falls back to a "
                              "built-in one and says so on its first page."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Run-sheet"), self.variant_combo)
        form.addRow(self.tr("Chinese font"), self.font_combo)
        form.addRow(self.open_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def variant(self) -> str:
        """The chosen variant."""
        return self.variant_combo.currentData()

    def font_path(self) -> str:
        """The chosen font file, "" for automatic."""
        return self.font_combo.currentData() or ""

    def accept(self) -> None:
        # The same setting as Preferences ▸ PDF font: every PDF then uses this font.
        QSettings().setValue(FONT_KEY, self.font_path())
        apply_stored_font()
        super().accept()


def write_and_open(controller, parent: QWidget, variant: str, path: Path, font_path: str,
                   open_it: bool) -> Path | None:
    """Write the PDF (None if cancelled), then show it in the system's PDF viewer if asked."""
    written = write_export(parent, controller, path, lambda partial: export_runsheet(
        controller, partial, variant, font_path))
    if written is not None and open_it:
        open_with_system(parent, written)
    return written


def ask_and_export(controller, parent: QWidget, variant: str = "full") -> Path | None:
    """The whole GUI path: dialog (on `variant`), file name (the gala's and the variant's),
    write, open."""
    dialog = RunsheetDialog(parent, variant)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    variant = dialog.variant()
    path = ask_export_path(parent, controller, translate("RunsheetDialog", "Export run-sheet"),
                           variant_title(variant), ".pdf",
                           translate("RunsheetDialog", "PDF files (*.pdf)"))
    if path is None:
        return None
    return write_and_open(controller, parent, variant, path, dialog.font_path(),
                          dialog.open_check.isChecked())
