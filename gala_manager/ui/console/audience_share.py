"""The audience's phones: open the public live programme, show and print its QR code.

Beside the crew's controls in the console's sharing dialog. Public: no key, its
own port, nothing of the crew's view; the address it is opened on is kept with
the gala (unless it is this computer only), so the code printed on the
programme points there, and the stage display shows it between acts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from gala_manager.app.i18n import current_language
from gala_manager.app.live.addresses import LOOPBACK, lan_addresses
from gala_manager.app.live.audience import audience_server, bind_problem
from gala_manager.core.gala import AudienceAddress, get_audience_address, set_audience_address
from gala_manager.ui.console.share_box import ShareBox

translate = QCoreApplication.translate


class AudienceShareBox(ShareBox):
    """Opens and closes the audience's view; keeps its address for the printed code."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        self.controller = controller
        self.kept = controller.read(get_audience_address)
        ours = lan_addresses()
        kept = self.kept or AudienceAddress(ours[0])
        super().__init__(controller.document.path, "audience",
                         ours if kept.host in ours else [kept.host, *ours], kept.host,
                         kept.port, parent)
        self.print_button = QPushButton()
        self.print_button.setObjectName("audiencePrint")
        self.print_button.clicked.connect(self.print_programme)
        self.button_row.insertWidget(0, self.print_button)
        self.kept_label = QLabel()
        self.kept_label.setObjectName("audienceKept")
        self.kept_label.setWordWrap(True)
        self.body.insertWidget(2, self.kept_label)
        self.retranslate_ui()

    def texts(self) -> dict[str, str]:
        return {
            "title": self.tr("The audience's phones (public)"),
            "note": self.tr(
                "Anyone on the same Wi-Fi opens the address (or scans the code) and follows the "
                "programme: the act on stage, the next one, the sponsors. No key, and nothing "
                "but that: no contacts, no phones, no notes."),
            "start": self.tr("Open to the audience"),
            "stop": self.tr("Close to the audience"),
            "off": self.tr("Not open to the audience."),
        }

    def retranslate_ui(self) -> None:
        self.print_button.setText(self.tr("Print the programme with its code…"))
        super().retranslate_ui()

    def serve(self, document, host: str, port: int):
        return audience_server(document, host=host, port=port, lang=current_language())

    def problem(self, exc: OSError, host: str, port: int) -> str:
        return bind_problem(exc, host, port)

    def started(self, host: str, port: int) -> None:
        chosen = AudienceAddress(host, port)
        if host != LOOPBACK and chosen != self.kept:  # this computer only: nothing to print
            self.controller.run(set_audience_address, address=chosen)
            self.kept = chosen

    def print_programme(self) -> None:
        """The audience programme (节目单) PDF, its QR code on it."""
        from gala_manager.ui.programme.runsheet_dialog import ask_and_export

        ask_and_export(self.controller, self, "audience")

    def _show_state(self) -> None:
        super()._show_state()
        if self.kept is None:
            self.kept_label.setText(self.tr(
                "The printed programme gets the code once the view has been opened on the "
                "hall's network."))
        else:
            self.kept_label.setText(self.tr(
                "The printed programme's code points to {url}. Open the view there on the "
                "night (the router can keep this address for this computer).").format(
                url=self.kept.url))
