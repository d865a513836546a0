"""The audience's phones: open the public live programme, show and print its QR code.

Beside the crew's controls in the console's sharing dialog. Public: no key, its
own port, nothing of the crew's view; the address it is opened on is kept with
the gala (unless it is this computer only), so the code printed on the
programme points there, and the stage display shows it between acts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
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
from gala_manager.app.live.addresses import LOOPBACK, lan_addresses, qr_png
from gala_manager.app.live.audience import audience_server, bind_problem
from gala_manager.core.gala import AudienceAddress, get_audience_address, set_audience_address
from gala_manager.core.storage.document import GalaDocument
from gala_manager.ui.fonts import sized


class AudienceShareBox(QGroupBox):
    """Starts and stops the audience's view; `url_changed` carries its address ("" off)."""

    url_changed = Signal(str)

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.server = None
        self.error = ""
        self._document: GalaDocument | None = None
        kept = controller.read(get_audience_address)
        self.kept = kept
        ours = lan_addresses()
        self.address_combo = QComboBox()
        self.address_combo.setObjectName("audienceAddress")
        self.address_combo.setEditable(True)
        self.address_combo.addItems(ours if kept is None or kept.host in ours
                                    else [kept.host, *ours])
        if kept is not None:
            self.address_combo.setCurrentText(kept.host)
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("audiencePort")
        self.port_spin.setRange(1024, 65535)
        self.port_spin.setValue(kept.port if kept is not None else AudienceAddress("").port)
        self.toggle_button = QPushButton()
        self.toggle_button.setObjectName("audienceToggle")
        self.toggle_button.clicked.connect(self.toggle)
        self.print_button = QPushButton()
        self.print_button.setObjectName("audiencePrint")
        self.print_button.clicked.connect(self.print_programme)
        self.note, self.kept_label = QLabel(), QLabel()
        self.kept_label.setObjectName("audienceKept")
        for label in (self.note, self.kept_label):
            label.setWordWrap(True)
        self.url_label = QLabel()
        self.url_label.setObjectName("audienceUrl")
        self.url_label.setWordWrap(True)
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sized(self.url_label, 1.3, bold=True)
        self.qr_label = QLabel()
        self.qr_label.setObjectName("audienceQr")
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._address_caption, self._port_caption = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self._address_caption, self.address_combo)
        form.addRow(self._port_caption, self.port_spin)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.toggle_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.kept_label)
        layout.addLayout(row)
        layout.addWidget(self.url_label)
        layout.addWidget(self.qr_label, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The audience's phones (public)"))
        self._address_caption.setText(self.tr("Address on the network:"))
        self._port_caption.setText(self.tr("Port:"))
        self.print_button.setText(self.tr("Print the programme with its code…"))
        self.note.setText(self.tr(
            "Anyone on the same Wi-Fi opens the address (or scans the code) and follows the "
            "programme: the act on stage, the next one, the sponsors. No key, and nothing but "
            "that: no contacts, no phones, no notes."))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def url(self) -> str:
        """The address phones open while open to the audience, else ""."""
        return self.server.url if self.server is not None else ""

    def toggle(self) -> None:
        """Open to the audience, or close."""
        if self.server is None:
            self.start()
        else:
            self.stop()

    def start(self) -> bool:
        """Serve on the chosen address and keep it for the printed code; False (the reason
        shown) when it cannot."""
        host, port = self.address_combo.currentText().strip(), self.port_spin.value()
        self.error = ""
        try:
            self._document = GalaDocument.open(self.controller.document.path, read_only=True)
            self.server = audience_server(self._document, host=host, port=port,
                                          lang=current_language()).start()
        except OSError as exc:
            self.stop()
            self.error = bind_problem(exc, host, port)
            self._show_state()
            return False
        chosen = AudienceAddress(host, port)
        if host != LOOPBACK and chosen != self.kept:
            self.controller.run(set_audience_address, address=chosen)
            self.kept = chosen
        self._show_state()
        self.url_changed.emit(self.url)
        return True

    def stop(self) -> None:
        """Close to the audience (open pages say they are reconnecting)."""
        was_open = self.server is not None
        if self.server is not None:
            self.server.stop()
            self.server = None
        if self._document is not None:
            self._document.close()
            self._document = None
        self._show_state()
        if was_open:
            self.url_changed.emit("")

    def print_programme(self) -> None:
        """The audience programme (节目单) PDF, its QR code on it."""
        from gala_manager.ui.programme.runsheet_dialog import ask_and_export

        ask_and_export(self.controller, self, "audience")

    def _show_state(self) -> None:
        running = self.server is not None
        self.toggle_button.setText(self.tr("Close to the audience") if running
                                   else self.tr("Open to the audience"))
        for widget in (self.address_combo, self.port_spin):
            widget.setEnabled(not running)
        if self.kept is None:
            self.kept_label.setText(self.tr(
                "The printed programme gets the code once the view has been opened on the "
                "hall's network."))
        else:
            self.kept_label.setText(self.tr(
                "The printed programme's code points to {url}. Open the view there on the "
                "night (the router can keep this address for this computer).").format(
                url=self.kept.url))
        if running:
            self.url_label.setText(self.server.url)
            pixmap = QPixmap()
            pixmap.loadFromData(qr_png(self.server.url), "PNG")
            self.qr_label.setPixmap(pixmap)
        else:
            self.qr_label.clear()
            self.url_label.setText(self.error or self.tr("Not open to the audience."))
