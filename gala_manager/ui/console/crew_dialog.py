"""Share the show with phones: the crew's read-only live page on the local network, and
beside it the audience's public programme (see `audience_share`).

Off until started here. The crew's address carries a random token; the page shows
what is on stage, who stands by and who is to be called, with their phones and the
clock, read from the gala file. Nothing can be changed from it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.i18n import current_language
from gala_manager.app.live.addresses import lan_addresses, qr_png
from gala_manager.app.live.crew import crew_server
from gala_manager.core.storage.document import GalaDocument
from gala_manager.ui.console.audience_share import AudienceShareBox
from gala_manager.ui.fonts import sized

DEFAULT_PORT = 8765


class CrewShareDialog(QDialog):
    """Starts and stops the crew's live view of the console's gala, and shows its QR code.

    A window of its own (no parent): the console's stage palette would otherwise
    cascade into it; `Companions` keeps it and closes it with the console.
    """

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gala_path = controller.document.path
        self.audience = AudienceShareBox(controller)
        self.server = None
        self.error = ""  # why the last start failed
        self._document: GalaDocument | None = None
        self.address_combo = QComboBox()
        self.address_combo.setObjectName("crewAddress")
        self.address_combo.setEditable(True)
        self.address_combo.addItems(lan_addresses())
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1024, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.toggle_button = QPushButton()
        self.toggle_button.setObjectName("crewToggle")
        self.toggle_button.clicked.connect(self.toggle)
        self.url_label = QLabel()
        self.url_label.setObjectName("crewUrl")
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label.setWordWrap(True)
        sized(self.url_label, 1.3, bold=True)
        self.qr_label = QLabel()
        self.qr_label.setObjectName("crewQr")
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.form = QFormLayout()
        self._address_caption, self._port_caption = QLabel(), QLabel()
        self.form.addRow(self._address_caption, self.address_combo)
        self.form.addRow(self._port_caption, self.port_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.hide)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.toggle_button)
        self.crew_box = QGroupBox()
        crew = QVBoxLayout(self.crew_box)
        crew.addWidget(self.note)
        crew.addLayout(self.form)
        crew.addLayout(row)
        crew.addWidget(self.url_label)
        crew.addWidget(self.qr_label, 1)
        boxes = QHBoxLayout()
        boxes.addWidget(self.crew_box, 1)
        boxes.addWidget(self.audience, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 130)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Phones: the crew's view and the audience's"))
        self.crew_box.setTitle(self.tr("The crew's phones (private)"))
        self._address_caption.setText(self.tr("Address on the network:"))
        self._port_caption.setText(self.tr("Port:"))
        self.note.setText(self.tr(
            "Phones on the same network open the address (or scan the code) and see what is "
            "on stage, who stands by and who is to be called, with their phones. The address "
            "holds a secret key; nothing can be changed from it."))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def toggle(self) -> None:
        """Start sharing, or stop."""
        if self.server is None:
            self.start()
        else:
            self.stop()

    def start(self) -> bool:
        """Serve on the chosen address; False (with the reason shown) when it cannot."""
        host = self.address_combo.currentText().strip()
        self.error = ""
        try:
            self._document = GalaDocument.open(self.gala_path, read_only=True)
            self.server = crew_server(self._document, host=host, port=self.port_spin.value(),
                                      lang=current_language()).start()
        except OSError as exc:
            self.stop()
            self.error = self.tr("Cannot share on {host}:{port}: {reason}").format(
                host=host, port=self.port_spin.value(), reason=exc.strerror or exc)
            self._show_state()
            return False
        self._show_state()
        return True

    def stop(self) -> None:
        """Stop serving (open pages say they are reconnecting)."""
        if self.server is not None:
            self.server.stop()
            self.server = None
        if self._document is not None:
            self._document.close()
            self._document = None
        self._show_state()

    def _show_state(self) -> None:
        running = self.server is not None
        self.toggle_button.setText(self.tr("Stop sharing") if running
                                   else self.tr("Start sharing"))
        for widget in (self.address_combo, self.port_spin):
            widget.setEnabled(not running)
        if running:
            self.url_label.setText(self.server.url)
            pixmap = QPixmap()
            pixmap.loadFromData(qr_png(self.server.url), "PNG")
            self.qr_label.setPixmap(pixmap)
        else:
            self.qr_label.clear()
            self.url_label.setText(self.error or self.tr("Not shared."))
