"""The amber band above the pages of a gala open read-only: why, and "Save a copy as…"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from gala_manager.app.wording import describe_error, why_read_only
from gala_manager.core import errors
from gala_manager.ui import theme
from gala_manager.ui.theme import Tone

if TYPE_CHECKING:
    from gala_manager.core.storage.document import GalaDocument


class ReadOnlyBanner(QFrame):
    """Says why the open gala cannot be changed; hidden while it can."""

    save_copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.label = QLabel()
        self.label.setObjectName("readOnlyReason")
        self.label.setWordWrap(True)
        theme.paint_text(self.label, Tone.WARNING)
        self._restyle()
        theme.watcher().changed.connect(self._restyle)  # light or dark: the tint follows
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("bannerSaveCopy")
        self.copy_button.clicked.connect(self.save_copy_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.copy_button)
        self._document: GalaDocument | None = None
        self.retranslate_ui()
        self.setVisible(False)

    def show_for(self, document: GalaDocument | None) -> None:
        """Show the reason of a read-only gala; hide for a writable one or none."""
        self._document = document
        self.setVisible(document is not None and document.read_only)
        self.retranslate_ui()

    def reason_text(self) -> str:
        """The sentence the banner shows for the open gala."""
        document = self._document
        if document is None:
            return ""
        reason = document.read_only_reason
        if isinstance(reason, errors.FileLockedError):
            return self.tr("Open read-only: {why} To edit, wait until it is closed there, "
                           "or save a copy.").format(why=describe_error(reason))
        if reason == "disk_full":
            return self.tr("Open read-only: the disk is full, so no change could be saved. "
                           "Free some space and open it again, or save a copy elsewhere.")
        if reason in ("file", "folder", "name"):
            return self.tr("This gala cannot be saved here: {why}. It is open read-only; to "
                           "edit it, save a copy as a new gala (the copy opens at once).") \
                .format(why=why_read_only(reason))
        return self.tr("Open read-only: nothing can be changed.")

    def retranslate_ui(self) -> None:
        """Set the texts again (the language changed)."""
        self.copy_button.setText(self.tr("Save a copy as…"))
        self.label.setText(self.reason_text())

    def _restyle(self) -> None:
        self.setStyleSheet(
            f"#readOnlyBanner {{ background: {theme.css(Tone.TINT_WARNING)}; "
            f"border-bottom: 1px solid {theme.css(Tone.WARNING)}; }}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
