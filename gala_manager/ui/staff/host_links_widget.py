"""Who speaks each host link of the running order: only chosen hosts are offered."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.core.staff.hosts import host_summary
from gala_manager.core.staff.programme_links import HostLink, list_host_links
from gala_manager.ui import theme
from gala_manager.ui.column_widths import ColumnWidths
from gala_manager.ui.staff import staff_commands as commands
from gala_manager.ui.table_model import Column, RowRole, RowTableModel
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.column_chooser import ColumnChooser

translate = QCoreApplication.translate


class HostLinkTableModel(RowTableModel[HostLink]):
    """Acts in running order with the start time, the link's first words and the host."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hosts: set[int] = set()

    def declare_columns(self) -> list[Column[HostLink]]:
        return [
            Column("time", translate("Staff", "Time"), lambda link: f"{link.start:%H:%M}"),
            Column("act", translate("Staff", "Act"),
                   lambda link: f"{link.number}. {link.title}" if link.number else link.title),
            Column("host", translate("Staff", "Host"), lambda link: link.host_name),
            Column("link", translate("Staff", "Link"), lambda link: " ".join(link.link.split()),
                   tooltip=lambda link: link.link),
        ]

    def row_key(self, row: HostLink) -> int:
        return row.act_id

    def show_links(self, rows: Sequence[HostLink], hosts: set[int]) -> None:
        """Show the links in place; `hosts` are the people chosen as hosts."""
        rehosted = hosts != self.hosts
        self.hosts = set(hosts)
        self.update_rows(rows)
        if rehosted and self.rowCount():
            column = self.column_of("host")
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def cell_data(self, row: HostLink, column: Column, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "host" \
                and row.host_person_id is not None and row.host_person_id not in self.hosts:
            return theme.colour(Tone.ERROR)  # not a chosen host
        return None


class HostLinksWidget(QWidget):
    """The links table and "give the selected link to" a chosen host."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.title_label = QLabel()
        self.model = HostLinkTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("hostLinks")
        self.view.setModel(self.model)
        ColumnChooser(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.column_widths = ColumnWidths(self.view, self.model, "hostLinks", {"act": 220})
        self.host_combo = QComboBox()
        self.host_combo.setObjectName("linkHost")
        self.assign_button = QPushButton()
        self.assign_button.clicked.connect(self.assign_selected)
        row = QHBoxLayout()
        row.addWidget(self.host_combo, 1)
        row.addWidget(self.assign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Host links of the running order (only chosen hosts "
                                         "are offered):"))
        self.assign_button.setText(self.tr("Give the selected links to"))
        self.model.retranslate()

    def reload(self) -> None:
        summary = self.controller.read(host_summary)
        hosts = summary.hosts
        self.model.show_links(self.controller.read(list_host_links),
                              {h.person_id for h in hosts})
        current = self.host_combo.currentData()
        self.host_combo.clear()
        for host in hosts:
            self.host_combo.addItem(host.name, host.person_id)
        self.host_combo.addItem(self.tr("(no host)"), None)
        keep = self.host_combo.findData(current) if current is not None else -1
        self.host_combo.setCurrentIndex(max(0, keep))

    def selected(self) -> list[HostLink]:
        return [i.data(RowRole) for i in self.view.selectionModel().selectedRows()]

    def assign_selected(self) -> bool:
        links = [link for link in self.selected()
                 if link.host_person_id != self.host_combo.currentData()]
        if not links:
            return False
        person_id = self.host_combo.currentData()
        # One verb, one transaction: an undo cannot stop half-way through the links.
        return self.controller.push(commands.give_host_links(
            self.controller,
            self.tr("Host links to {name}").format(name=self.host_combo.currentText()),
            {link.act_id: person_id for link in links}), self)
