"""Share the show with phones: the crew's read-only live page on the local network, and
beside it the audience's public programme (see `audience_share`).

Off until started here. The crew's address carries a random token; the page shows
what is on stage, who stands by and who is to be called, with their phones and the
clock, read from the gala file. Nothing can be changed from it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QVBoxLayout, QWidget

from gala_manager.app.i18n import current_language
from gala_manager.app.live.addresses import lan_addresses
from gala_manager.app.live.crew import crew_server
from gala_manager.ui.console.audience_share import AudienceShareBox
from gala_manager.ui.console.share_box import ShareBox

translate = QCoreApplication.translate
DEFAULT_PORT = 8765


class CrewShareBox(ShareBox):
    """The crew's live view: private, behind a key in its address."""

    def __init__(self, gala_path, parent: QWidget | None = None) -> None:
        addresses = lan_addresses()
        super().__init__(gala_path, "crew", addresses, addresses[0], DEFAULT_PORT, parent)
        self.retranslate_ui()

    def texts(self) -> dict[str, str]:
        # The dialog's context: the crew's words were translated there.
        return {
            "title": translate("CrewShareDialog", "The crew's phones (private)"),
            "note": translate("CrewShareDialog",
                "Phones on the same network open the address (or scan the code) and see what "
                "is on stage, who stands by and who is to be called, with their phones. The "
                "address holds a secret key; nothing can be changed from it."),
            "start": translate("CrewShareDialog", "Start sharing"),
            "stop": translate("CrewShareDialog", "Stop sharing"),
            "off": translate("CrewShareDialog", "Not shared."),
        }

    def serve(self, document, host: str, port: int):
        return crew_server(document, host=host, port=port, lang=current_language())


class CrewShareDialog(QDialog):
    """The crew's view and the audience's, side by side, each started on its own.

    A window of its own (no parent): the console's stage palette would otherwise
    cascade into it; `Companions` keeps it and closes it with the console.
    """

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crew = CrewShareBox(controller.document.path)
        self.audience = AudienceShareBox(controller)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.hide)
        boxes = QHBoxLayout()
        boxes.addWidget(self.crew, 1)
        boxes.addWidget(self.audience, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 130)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Phones: the crew's view and the audience's"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def stop(self) -> None:
        """Stop sharing both views."""
        self.crew.stop()
        self.audience.stop()
