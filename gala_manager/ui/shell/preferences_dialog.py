"""Edit ▸ Preferences…: the language, light or dark, and the Chinese font embedded in PDFs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.i18n import LANGUAGES
from gala_manager.app.pdf_font import FONT_KEY, apply_stored_font, stored_font
from gala_manager.ui import theme
from gala_manager.ui.files.file_dialogs import ask_open_path
from gala_manager.ui.theme import Tone


class PreferencesDialog(QDialog):
    """Choose the language, the appearance and the PDF font; each is remembered."""

    def __init__(self, current_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from gala_manager.app.pdf_font import font_choices

        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(520)
        self.language = QComboBox()
        names = {"zh_CN": "简体中文", "en": "English"}
        for lang in LANGUAGES:
            self.language.addItem(names[lang], lang)
        self.language.setCurrentIndex(LANGUAGES.index(current_language))
        self.appearance = QComboBox()
        self.appearance.setObjectName("appearance")
        for choice, text in (("system", self.tr("Follow the system")),
                             ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.appearance.addItem(text, choice)
        self.appearance.setCurrentIndex(theme.APPEARANCES.index(theme.stored_appearance()))
        self.font = QComboBox()
        self.font.setObjectName("font")
        self.font.addItem(self.tr("Automatic (best Chinese font found)"), "")
        for candidate in font_choices():
            self.font.addItem(f"{candidate.label} — {candidate.path}", str(candidate.path))
        chosen = stored_font()
        if chosen is not None:
            index = self.font.findData(str(chosen))
            if index < 0:
                self.font.addItem(str(chosen), str(chosen))
                index = self.font.count() - 1
            self.font.setCurrentIndex(index)
        browse = QPushButton(self.tr("Other file…"))
        browse.clicked.connect(self._browse)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        theme.paint_text(self.message, Tone.ERROR)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font, 1)
        font_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Appearance"), self.appearance)
        form.addRow(self.tr("PDF font"), font_row)
        hint = QLabel(self.tr("PDFs embed this TrueType font so that Chinese prints on any "
                              "computer. Without one, a built-in font is used that shows "
                              "as boxes where no Chinese font is installed."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path = ask_open_path(self, self.tr("Choose a font file"),
                             self.tr("TrueType fonts (*.ttf *.ttc)"), kind="font")
        if path is not None:
            self.choose_font_file(path)

    def choose_font_file(self, path: Path) -> bool:
        """Offer a font file; refused with a message when it cannot print Chinese."""
        from gala_manager.app.pdf_font import font_usable

        if not font_usable(path):
            self.message.setText(self.tr("{name} cannot be embedded or has no Chinese "
                                         "characters; choose another font.").format(
                name=path.name))
            return False
        self.message.clear()
        index = self.font.findData(str(path))
        if index < 0:
            self.font.addItem(str(path), str(path))
            index = self.font.count() - 1
        self.font.setCurrentIndex(index)
        return True

    def chosen_language(self) -> str:
        """The language selected."""
        return self.language.currentData()

    def accept(self) -> None:
        """Store and apply the font and the appearance; the caller applies the language."""
        QSettings().setValue(FONT_KEY, self.font.currentData() or "")
        apply_stored_font()
        theme.set_appearance(self.appearance.currentData())
        super().accept()
