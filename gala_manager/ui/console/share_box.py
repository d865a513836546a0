"""One live view on phones, started and stopped from the console: address, port, QR code.

`ShareBox` is the common part of the crew's and the audience's sharing: the
address on the network and the port, a button to start and stop, the address
to open and its QR code, or why it could not start. A subclass names its words
(`texts`), makes its server (`serve`) and may react once serving (`started`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
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

from gala_manager.app.live.addresses import qr_png
from gala_manager.core.storage.document import GalaDocument
from gala_manager.ui.fonts import sized

translate = QCoreApplication.translate


class ShareBox(QGroupBox):
    """A live view of the gala at `gala_path`, off until started; `url_changed` carries its
    address ("" when stopped)."""

    url_changed = Signal(str)

    def __init__(self, gala_path: Path, name: str, addresses: list[str], host: str, port: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gala_path = gala_path
        self.server = None
        self.error = ""  # why the last start failed
        self._document: GalaDocument | None = None
        self.address_combo = QComboBox()
        self.address_combo.setObjectName(f"{name}Address")
        self.address_combo.setEditable(True)
        self.address_combo.addItems(addresses)
        self.address_combo.setCurrentText(host)
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName(f"{name}Port")
        self.port_spin.setRange(1024, 65535)
        self.port_spin.setValue(port)
        self.toggle_button = QPushButton()
        self.toggle_button.setObjectName(f"{name}Toggle")
        self.toggle_button.clicked.connect(self.toggle)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.url_label = QLabel()
        self.url_label.setObjectName(f"{name}Url")
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_label.setWordWrap(True)
        sized(self.url_label, 1.3, bold=True)
        self.qr_label = QLabel()
        self.qr_label.setObjectName(f"{name}Qr")
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._address_caption, self._port_caption = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self._address_caption, self.address_combo)
        form.addRow(self._port_caption, self.port_spin)
        self.button_row = QHBoxLayout()
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.toggle_button)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.note)
        self.body.addLayout(form)
        self.body.addLayout(self.button_row)
        self.body.addWidget(self.url_label)
        self.body.addWidget(self.qr_label, 1)

    # -- what a subclass says and serves ---------------------------------------------------

    def texts(self) -> dict[str, str]:
        """Translated "title", "note", "start", "stop" and "off" (not shared)."""
        raise NotImplementedError

    def serve(self, document: GalaDocument, host: str, port: int):
        """The `LiveServer` (not started) of this view."""
        raise NotImplementedError

    def problem(self, exc: OSError, host: str, port: int) -> str:
        """Why it cannot be served there, in words."""
        return translate("CrewShareDialog", "Cannot share on {host}:{port}: {reason}").format(
            host=host, port=port, reason=exc.strerror or exc)

    def started(self, host: str, port: int) -> None:
        """Called once it is served on `host`:`port`."""

    # -- the common part --------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        words = self.texts()
        self.setTitle(words["title"])
        self.note.setText(words["note"])
        self._address_caption.setText(translate("CrewShareDialog", "Address on the network:"))
        self._port_caption.setText(translate("CrewShareDialog", "Port:"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def url(self) -> str:
        """The address phones open while shared, else ""."""
        return self.server.url if self.server is not None else ""

    def toggle(self) -> None:
        """Start sharing, or stop."""
        if self.server is None:
            self.start()
        else:
            self.stop()

    def start(self) -> bool:
        """Serve on the chosen address; False (with the reason shown) when it cannot."""
        host, port = self.address_combo.currentText().strip(), self.port_spin.value()
        self.error = ""
        try:
            self._document = GalaDocument.open(self.gala_path, read_only=True)
            self.server = self.serve(self._document, host, port).start()
        except OSError as exc:
            self.stop()
            self.error = self.problem(exc, host, port)
            self._show_state()
            return False
        self.started(host, port)
        self._show_state()
        self.url_changed.emit(self.url)
        return True

    def stop(self) -> None:
        """Stop serving (open pages say they are reconnecting)."""
        was_serving = self.server is not None
        if self.server is not None:
            self.server.stop()
            self.server = None
        if self._document is not None:
            self._document.close()
            self._document = None
        self._show_state()
        if was_serving:
            self.url_changed.emit("")

    def _show_state(self) -> None:
        running, words = self.server is not None, self.texts()
        self.toggle_button.setText(words["stop"] if running else words["start"])
        for widget in (self.address_combo, self.port_spin):
            widget.setEnabled(not running)
        if running:
            self.url_label.setText(self.server.url)
            pixmap = QPixmap()
            pixmap.loadFromData(qr_png(self.server.url), "PNG")
            self.qr_label.setPixmap(pixmap)
        else:
            self.qr_label.clear()
            self.url_label.setText(self.error or words["off"])
