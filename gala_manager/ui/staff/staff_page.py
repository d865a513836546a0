"""The Staff page: people, departments, hosts, and posts and shifts on the night."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

import gala_manager.app.staff.wording  # noqa: F401  (registers the problem wording)
from gala_manager.app.staff.wording import describe_staff_error
from gala_manager.core.operations import Area
from gala_manager.ui.files.exporting import ask_export_path, write_export
from gala_manager.ui.files.file_dialogs import file_filters
from gala_manager.ui.page import Page
from gala_manager.ui.staff.departments_tab import DepartmentsTab
from gala_manager.ui.staff.hosts_tab import HostsTab
from gala_manager.ui.staff.people_tab import PeopleTab
from gala_manager.ui.staff.roster_tab import RosterTab

if TYPE_CHECKING:  # the import machinery loads when the user imports a sheet
    from gala_manager.ui.import_preview import ImportPreviewDialog


class StaffPage(Page):
    """Tabs for people, departments, hosts and the duty grid."""

    key = "staff"
    # The programme changes who performs or hosts when, which the duty checks use.
    areas = frozenset({Area.PEOPLE, Area.STAFF, Area.PROGRAMME})
    target_kinds = frozenset({"person", "department", "hosts", "duty", "duty_person"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("staffTabs")
        self.people_tab = PeopleTab(controller)
        self.departments_tab = DepartmentsTab(controller)
        self.hosts_tab = HostsTab(controller)
        self.roster_tab = RosterTab(controller)
        for tab in (self.people_tab, self.departments_tab, self.hosts_tab, self.roster_tab):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.contacts_action = QAction(self)
        self.contacts_action.triggered.connect(lambda: self.export("contacts"))
        self.roster_action = QAction(self)
        self.roster_action.triggered.connect(lambda: self.export("roster"))
        self.people_tab.my_night_requested.connect(lambda name: self.export("night", name))
        self.import_action = QAction(self)
        self.import_action.triggered.connect(lambda: self.import_people())
        self.retranslate_ui()

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"file": [self.import_action, self.contacts_action, self.roster_action]}

    def ask_import_path(self) -> Path | None:
        """The sheet to import, chosen by the user (tests replace this)."""
        from gala_manager.ui.import_preview import choose_workbook

        return choose_workbook(self, self.import_action.text())

    def import_people(self, path: Path | None = None) -> ImportPreviewDialog | None:
        """Read a sheet, show the preview; OK imports all new people as one undoable step."""
        path = path or self.ask_import_path()
        if path is None or self.controller.document is None:
            return None
        from gala_manager.app.staff.people_import import PEOPLE
        from gala_manager.ui.import_preview import open_import_preview

        return open_import_preview(self.controller, PEOPLE, path, self,
                                   lambda: self.tabs.setCurrentWidget(self.people_tab))

    def ask_export_path(self, what: str) -> Path | None:
        """The file to export to, chosen by the user (tests replace this)."""
        title = self.contacts_action.text() if what == "contacts" else self.roster_action.text()
        document = {"contacts": self.tr("contact list"), "roster": self.tr("duty roster")}.get(
            what, self.tr("my night"))
        path = ask_export_path(self, self.controller, title, document, ".pdf",
                               file_filters(("PDF", "*.pdf"), ("Excel", "*.xlsx")))
        if path is None:
            return None
        from gala_manager.app.staff.exports import FORMATS

        return path if path.suffix.lower() in FORMATS else path.with_suffix(".pdf")

    def export(self, what: str, name: str = "") -> Path | None:
        """Export the contact list, the roster or one person's night to a file the user picks."""
        path = self.ask_export_path(what)
        if path is None or self.controller.document is None:
            return None
        # The writers (and their PDF and spreadsheet libraries) load on the first export.
        from gala_manager.app.staff.exports import export_contacts, export_roster

        def write(partial: Path) -> Path:
            if what == "contacts":
                return export_contacts(self.controller, partial)
            if what == "night":
                return export_roster(self.controller, partial, names=[name])
            return export_roster(self.controller, partial)

        try:
            return write_export(self, self.controller, path, write)
        except Exception as exc:  # noqa: BLE001 - any failure is told, nothing is lost
            QMessageBox.warning(self, self.title(), describe_staff_error(exc))
            return None

    def retranslate_ui(self) -> None:
        for i, text in enumerate((self.tr("People"), self.tr("Departments"), self.tr("Hosts"),
                                  self.tr("Posts and shifts"))):
            self.tabs.setTabText(i, text)
        for tab in (self.people_tab, self.departments_tab, self.hosts_tab, self.roster_tab):
            tab.retranslate_ui()
        self.contacts_action.setText(self.tr("Export contact list…"))
        self.roster_action.setText(self.tr("Export duty roster…"))
        self.import_action.setText(self.tr("Import people from Excel\u2026"))

    def reload(self) -> None:
        for tab in (self.people_tab, self.departments_tab, self.hosts_tab, self.roster_tab):
            tab.reload()

    def show_target(self, target: tuple) -> None:
        """Open the tab a staff problem points at and select the row or cell."""
        if not target:
            return
        self.refresh_if_stale()
        kind = target[0]
        if kind == "person" and len(target) > 1:
            self.tabs.setCurrentWidget(self.people_tab)
            self.people_tab.select_person(target[1])
        elif kind == "department" and len(target) > 1:
            self.tabs.setCurrentWidget(self.departments_tab)
            self.departments_tab.select_department(target[1])
        elif kind == "hosts":
            self.tabs.setCurrentWidget(self.hosts_tab)
        elif kind == "duty" and len(target) > 2:
            self.tabs.setCurrentWidget(self.roster_tab)
            self.roster_tab.select_cell(target[1], target[2])
