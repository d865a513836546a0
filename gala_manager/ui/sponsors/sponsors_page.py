"""The Sponsors page: who gives what, what we promised back, and the report afterwards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import gala_manager.app.sponsors.wording  # noqa: F401  (registers problem words)
from gala_manager.app.sponsors.wording import describe_sponsor_error, promise_status_label
from gala_manager.core.models import PromiseStatus
from gala_manager.core.money import format_yuan
from gala_manager.core.operations import Area
from gala_manager.core.sponsors.income import sponsorship_totals
from gala_manager.core.sponsors.promises import list_promises
from gala_manager.core.sponsors.records import get_sponsor, list_sponsors
from gala_manager.core.sponsors.rows import COUNTED
from gala_manager.ui.files.exporting import ask_export_path, write_export
from gala_manager.ui.page import Page
from gala_manager.ui.shortcuts import bind_button
from gala_manager.ui.sponsors.sponsor_commands import (
    add_sponsor_command,
    edit_sponsor_command,
    promise_status_command,
    remove_sponsors_command,
)
from gala_manager.ui.sponsors.sponsor_dialog import SponsorDialog
from gala_manager.ui.sponsors.sponsor_models import PromiseTableModel, SponsorTableModel
from gala_manager.ui.table_model import RowRole
from gala_manager.ui.widgets.row_view import sorted_row_view


class SponsorsPage(Page):
    """Sponsors above, every promise below, ticked off on the night."""

    key = "sponsors"
    # Names of people, supply items and acts appear here; sponsors change the budget.
    areas = frozenset({Area.SPONSORS, Area.PEOPLE, Area.SUPPLIES, Area.PROGRAMME})
    target_kinds = frozenset({"sponsor"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.model = SponsorTableModel(self)
        self.table, self.proxy = sorted_row_view(self.model, "sponsorsTable", several=True,
                                                 sortable=True, alternating=True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.promise_model = PromiseTableModel(self)
        self.promise_table, self.promise_proxy = sorted_row_view(
            self.promise_model, "promisesTable", several=True, sortable=True, alternating=True)
        self.promise_proxy.setFilterKeyColumn(self.promise_model.column_of("status"))
        self.promise_table.selectionModel().selectionChanged.connect(self._update_actions)

        self.add_button, self.edit_button, self.remove_button = (QPushButton(), QPushButton(),
                                                                 QPushButton())
        self.add_button.clicked.connect(lambda: self.add_sponsor())
        bind_button(self.add_button, "new_sponsor", self)
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.summary_label = QLabel()
        self.summary_label.setObjectName("sponsorSummary")
        self.report_action = QAction(self)
        self.report_action.triggered.connect(lambda: self.export_report())
        report_button = QToolButton()
        report_button.setDefaultAction(self.report_action)
        actions = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.remove_button):
            actions.addWidget(widget)
        actions.addSpacing(16)
        actions.addWidget(self.summary_label, 1)
        actions.addWidget(report_button)

        self.open_only = QCheckBox()
        self.open_only.toggled.connect(self._filter_promises)
        self.status_label = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("promiseStatus")
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(
            lambda: self.set_selected_promises(self.status_combo.currentData()))
        promise_bar = QHBoxLayout()
        promise_bar.addWidget(self.open_only)
        promise_bar.addStretch(1)
        for widget in (self.status_label, self.status_combo, self.apply_button):
            promise_bar.addWidget(widget)
        self.promises_box = QGroupBox()
        box_layout = QVBoxLayout(self.promises_box)
        box_layout.addLayout(promise_bar)
        box_layout.addWidget(self.promise_table)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.promises_box)
        splitter.setSizes([300, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()
        self._update_actions()

    # -- Page -----------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add sponsor…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.report_action.setText(self.tr("Export sponsor report…"))
        self.promises_box.setTitle(self.tr("What we promised: tick it off on the night"))
        self.open_only.setText(self.tr("Only what is still to do"))
        self.status_label.setText(self.tr("Mark selected:"))
        self.apply_button.setText(self.tr("Apply"))
        current = self.status_combo.currentIndex()
        self.status_combo.clear()
        for status in PromiseStatus:
            self.status_combo.addItem(promise_status_label(status), status)
        self.status_combo.setCurrentIndex(max(0, current if current >= 0 else 1))
        self.model.retranslate()
        self.promise_model.retranslate()
        self._filter_promises()
        if self.controller.document is not None and not self._stale:
            self._show_summary()

    def menu_actions(self) -> dict:
        return {"file": [self.report_action]}

    def reload(self) -> None:
        selected = self.selected_ids()
        self.model.set_rows(self.controller.read(list_sponsors))
        self.promise_model.set_rows(self.controller.read(list_promises))
        self.table.resizeColumnsToContents()
        self.promise_table.resizeColumnsToContents()
        self.select_ids(selected)
        self._show_summary()
        self._update_actions()

    def show_target(self, target: tuple) -> None:
        if len(target) > 1 and target[0] == "sponsor":
            self.refresh_if_stale()
            self.select_ids([target[1]])

    # -- selection and summary -----------------------------------------------------

    def selected_rows(self) -> list:
        """The sponsors selected, in display order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(RowRole) for r in rows]

    def selected_ids(self) -> list[int]:
        """The ids of the selected sponsors."""
        return [row.id for row in self.selected_rows()]

    def select_ids(self, ids: list[int]) -> None:
        """Select these sponsors."""
        self.refresh_if_stale()  # a sponsor just added shows once the page has reloaded
        self.table.clearSelection()
        for sponsor_id in ids:
            number = self.model.row_of(sponsor_id)
            if number >= 0:
                index = self.proxy.mapFromSource(self.model.index(number, 0))
                self.table.selectRow(index.row())
                self.table.scrollTo(index)

    def selected_promise_ids(self) -> list[int]:
        """The ids of the promises selected in the checklist."""
        rows = {i.row() for i in self.promise_table.selectionModel().selectedRows()}
        return [self.promise_proxy.index(r, 0).data(RowRole).id for r in sorted(rows)]

    def _filter_promises(self, *_args) -> None:
        pending = promise_status_label(PromiseStatus.PENDING)
        self.promise_proxy.setFilterFixedString(pending if self.open_only.isChecked() else "")

    def _show_summary(self) -> None:
        totals = self.controller.read(sponsorship_totals)
        promises = [p for p in self.promise_model.rows() if p.sponsor_status in COUNTED]
        kept = sum(p.promise.status == PromiseStatus.DONE for p in promises)
        self.summary_label.setText(self.tr(
            "Cash agreed {cash} (received {received}) · goods {goods} · "
            "promises kept {kept} of {all}").format(
            cash=format_yuan(totals.cash), received=format_yuan(totals.received),
            goods=format_yuan(totals.goods), kept=kept, all=len(promises)))

    def _update_actions(self, *_args) -> None:
        writable = not self.controller.read_only
        count = len(self.table.selectionModel().selectedRows())
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and count == 1)
        self.remove_button.setEnabled(writable and count > 0)
        self.apply_button.setEnabled(
            writable and bool(self.promise_table.selectionModel().selectedRows()))

    # -- edits (each one undoable) ---------------------------------------------------

    def add_sponsor(self) -> None:
        """Ask for a new sponsor and add it."""
        dialog = SponsorDialog(self.controller, parent=self)
        if dialog.exec():
            command = add_sponsor_command(self.controller, dialog.data())
            if self.controller.push(command, self):
                self.select_ids([command.result])

    def edit_selected(self) -> None:
        """Edit the one selected sponsor."""
        ids = self.selected_ids()
        if len(ids) != 1 or self.controller.read_only:
            return
        row = self.controller.read(get_sponsor, sponsor_id=ids[0])
        dialog = SponsorDialog(self.controller, row.data, parent=self)
        if dialog.exec():
            self.controller.push(edit_sponsor_command(self.controller, row.id, dialog.data()),
                                 self)

    def remove_selected(self) -> None:
        """Remove the selected sponsors (undo brings them back)."""
        rows = self.selected_rows()
        if rows:
            self.controller.push(remove_sponsors_command(
                self.controller, [r.id for r in rows], [r.company for r in rows]), self)

    def set_selected_promises(self, status: PromiseStatus) -> None:
        """Give every selected promise the same status."""
        ids = self.selected_promise_ids()
        if ids:
            self.controller.push(promise_status_command(self.controller, ids, status), self)

    # -- export ----------------------------------------------------------------------

    def ask_report_path(self) -> Path | None:
        """Where to write the report (tests replace this)."""
        path = ask_export_path(self, self.controller, self.tr("Export sponsor report"),
                               self.tr("sponsor report"), ".pdf",
                               self.tr("PDF document (*.pdf)"))
        if path is None:
            return None
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def export_report(self) -> Path | None:
        """Write the sponsor report where the user says."""
        path = self.ask_report_path()
        if path is None or self.controller.document is None:
            return None
        from gala_manager.app.sponsors.exports import export_sponsor_report  # loads reportlab

        try:
            return write_export(self, self.controller, path,
                                lambda partial: export_sponsor_report(self.controller, partial))
        except Exception as exc:  # noqa: BLE001 - any failure is told, nothing is lost
            QMessageBox.warning(self, self.title(), describe_sponsor_error(exc))
            return None
