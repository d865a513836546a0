"""The Guests page: the guest list, the seating plan, the invitation texts, and the prints."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

import gala_manager.app.guests.wording  # noqa: F401  (registers problem words)
from gala_manager.app.guests.wording import describe_guest_error
from gala_manager.core.operations import Area
from gala_manager.ui.files.exporting import ask_export_path, export_file_name, write_export
from gala_manager.ui.files.file_dialogs import remember_folder, start_folder
from gala_manager.ui.guests.list_tab import GuestListTab
from gala_manager.ui.guests.print_dialog import PrintChoice, PrintDialog
from gala_manager.ui.guests.seating_tab import SeatingTab
from gala_manager.ui.guests.texts_tab import InvitationTextsTab
from gala_manager.ui.page import Page


class GuestsPage(Page):
    """Tabs for the guests, their seats and the words of their invitations."""

    key = "guests"
    # Inviters and receivers are people and posts; representatives name sponsors.
    areas = frozenset({Area.GUESTS, Area.PEOPLE, Area.STAFF, Area.SPONSORS, Area.GALA})
    target_kinds = frozenset({"guest"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("guestTabs")
        self.list_tab = GuestListTab(controller)
        self.list_tab.refresh = self.refresh_if_stale
        self.seating_tab = SeatingTab(controller)
        self.texts_tab = InvitationTextsTab(controller)
        for tab in (self.list_tab, self.seating_tab, self.texts_tab):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.invitations_action = QAction(self)
        self.invitations_action.triggered.connect(lambda: self.export("invitations"))
        self.cards_action = QAction(self)
        self.cards_action.triggered.connect(lambda: self.export("place-cards"))
        self.seating_action = QAction(self)
        self.seating_action.triggered.connect(lambda: self.export("seating"))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for number, text in enumerate((self.tr("Guests"), self.tr("Seating plan"),
                                       self.tr("Invitation texts"))):
            self.tabs.setTabText(number, text)
        self.invitations_action.setText(self.tr("Print invitations…"))
        self.cards_action.setText(self.tr("Print place cards…"))
        self.seating_action.setText(self.tr("Export seating plan…"))
        for tab in (self.list_tab, self.seating_tab, self.texts_tab):
            tab.retranslate_ui()

    def menu_actions(self) -> dict:
        return {"file": [self.invitations_action, self.cards_action, self.seating_action]}

    def reload(self) -> None:
        for tab in (self.list_tab, self.seating_tab, self.texts_tab):
            tab.reload()

    def show_target(self, target: tuple) -> None:
        if len(target) > 1 and target[0] == "guest":
            self.refresh_if_stale()
            self.tabs.setCurrentWidget(self.list_tab)
            self.list_tab.select_ids([target[1]])

    # -- prints (tests replace the questions) ------------------------------------------

    def ask_print(self, what: str) -> PrintChoice | None:
        """File, paper and guests for invitations or place cards."""
        title = (self.invitations_action if what == "invitations" else self.cards_action).text()
        document = self.tr("invitations") if what == "invitations" else self.tr("place cards")
        gala_path = self.controller.document.path if self.controller.document else None
        default = start_folder("export", gala_path) / export_file_name(self.controller, document,
                                                                       ".pdf")
        dialog = PrintDialog(title.rstrip("…"), default, len(self.list_tab.selected_ids()), self)
        return dialog.choice() if dialog.exec() else None

    def ask_seating_path(self) -> Path | None:
        """Where to write the seating plan."""
        return ask_export_path(self, self.controller, self.seating_action.text(),
                               self.tr("seating plan"), ".pdf", self.tr("PDF document (*.pdf)"))

    def export(self, what: str) -> Path | None:
        """Print invitations or place cards, or export the seating plan."""
        if self.controller.document is None:
            return None
        # The writers load reportlab: only when something is printed.
        from gala_manager.app.guests.exports import (
            export_invitations,
            export_place_cards,
            export_seating_plan,
        )

        try:
            if what == "seating":
                path = self.ask_seating_path()
                return None if path is None else write_export(
                    self, self.controller, path,
                    lambda partial: export_seating_plan(self.controller, partial))
            choice = self.ask_print(what)
            if choice is None:
                return None
            names = [r.name for r in self.list_tab.selected_rows()] if choice.only_selected \
                else []
            write = export_invitations if what == "invitations" else export_place_cards
            remember_folder("export", choice.path)
            return write_export(self, self.controller, choice.path, lambda partial: write(
                self.controller, partial, paper=choice.paper, names=names))
        except Exception as exc:  # noqa: BLE001 - any failure is told, nothing is lost
            QMessageBox.warning(self, self.title(), describe_guest_error(exc))
            return None
