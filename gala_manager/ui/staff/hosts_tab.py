"""The Hosts tab: the wanted number and mix, and the candidates, chosen and confirmed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.formatting import with_note
from gala_manager.app.staff.wording import gender_label, host_status_label
from gala_manager.core.models import Gender
from gala_manager.core.staff.directory import list_staff_people
from gala_manager.core.staff.hosts import HostPlan, HostRow, HostStatus, HostSummary, host_summary
from gala_manager.ui import theme
from gala_manager.ui.fonts import sized
from gala_manager.ui.staff import staff_commands as commands
from gala_manager.ui.staff.host_links_widget import HostLinksWidget
from gala_manager.ui.table_model import Column, RowRole, RowTableModel
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.column_chooser import ColumnChooser

translate = QCoreApplication.translate
_STATUS_TONES = {HostStatus.CONFIRMED: Tone.SUCCESS, HostStatus.CHOSEN: Tone.WARNING}
_STATUS_ORDER = [HostStatus.CONFIRMED, HostStatus.CHOSEN, HostStatus.CANDIDATE, HostStatus.NONE]


class HostTableModel(RowTableModel[HostRow]):
    """Candidates and hosts with gender, department and status, confirmed first."""

    def declare_columns(self) -> list[Column[HostRow]]:
        return [
            Column("name", translate("Staff", "Name"), lambda h: h.name),
            Column("gender", translate("Staff", "Gender"), lambda h: gender_label(h.gender)),
            Column("department", translate("Staff", "Department"),
                   lambda h: h.department_name),
            Column("status", translate("Staff", "Status"),
                   lambda h: host_status_label(h.status)),
        ]

    def row_key(self, row: HostRow) -> int:
        return row.person_id

    def set_rows(self, rows: Sequence[HostRow]) -> None:
        super().set_rows(sorted(rows, key=lambda r: (_STATUS_ORDER.index(r.status),
                                                     r.person_id)))

    def cell_data(self, row: HostRow, column: Column, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "status":
            tone = _STATUS_TONES.get(row.status)
            return theme.colour(tone) if tone else None
        return None


class HostsTab(QWidget):
    """Set the wanted mix, pick candidates, choose and confirm hosts."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.summary: HostSummary | None = None
        self.plan_box = QGroupBox()
        self.wanted_spin, self.male_spin, self.female_spin = QSpinBox(), QSpinBox(), QSpinBox()
        for spin in (self.wanted_spin, self.male_spin, self.female_spin):
            spin.setRange(0, 20)
        self.wanted_label, self.male_label, self.female_label = QLabel(), QLabel(), QLabel()
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.apply_plan)
        plan_row = QHBoxLayout(self.plan_box)
        for label, spin in ((self.wanted_label, self.wanted_spin),
                            (self.male_label, self.male_spin),
                            (self.female_label, self.female_spin)):
            plan_row.addWidget(label)
            plan_row.addWidget(spin)
        plan_row.addWidget(self.apply_button)
        plan_row.addStretch(1)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("hostSummary")
        sized(self.summary_label, 1.1)
        self.model = HostTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("hostsTable")
        self.view.setModel(self.model)
        ColumnChooser(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setMinimumSectionSize(90)
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("candidateCombo")
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_candidate)
        self.status_buttons: dict[HostStatus, QPushButton] = {}
        for status in HostStatus:
            button = QPushButton()
            button.clicked.connect(lambda _c=False, s=status: self.set_selected_status(s))
            self.status_buttons[status] = button
        add_row = QHBoxLayout()
        add_row.addWidget(self.person_combo, 1)
        add_row.addWidget(self.add_button)
        status_row = QHBoxLayout()
        for status in (HostStatus.CHOSEN, HostStatus.CONFIRMED, HostStatus.CANDIDATE,
                       HostStatus.NONE):
            status_row.addWidget(self.status_buttons[status])
        status_row.addStretch(1)
        selection = QWidget()
        selection_layout = QVBoxLayout(selection)
        selection_layout.setContentsMargins(0, 0, 0, 0)
        selection_layout.addWidget(self.view, 1)
        selection_layout.addLayout(status_row)
        selection_layout.addLayout(add_row)
        self.links = HostLinksWidget(controller)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(selection)
        splitter.addWidget(self.links)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan_box)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()

    def _push(self, command) -> bool:
        return self.controller.push(command, self)

    def retranslate_ui(self) -> None:
        self.plan_box.setTitle(self.tr("Hosts wanted"))
        self.wanted_label.setText(self.tr("In all"))
        self.male_label.setText(self.tr("of them men"))
        self.female_label.setText(self.tr("women"))
        self.apply_button.setText(self.tr("Apply"))
        self.add_button.setText(self.tr("Add as candidate"))
        self.status_buttons[HostStatus.CHOSEN].setText(self.tr("Choose as host"))
        self.status_buttons[HostStatus.CONFIRMED].setText(self.tr("Confirm"))
        self.status_buttons[HostStatus.CANDIDATE].setText(self.tr("Back to candidate"))
        self.status_buttons[HostStatus.NONE].setText(self.tr("Remove from candidates"))
        self.model.retranslate()
        self.links.retranslate_ui()
        self._show_summary()

    def reload(self) -> None:
        self.summary = self.controller.read(host_summary)
        plan = self.summary.plan
        self.wanted_spin.setValue(plan.wanted)
        self.male_spin.setValue(plan.male)
        self.female_spin.setValue(plan.female)
        self.model.set_rows(self.summary.rows)
        self.view.resizeColumnsToContents()
        listed = {r.person_id for r in self.summary.rows if r.status != HostStatus.NONE}
        self.person_combo.clear()
        for person in self.controller.read(list_staff_people):
            if person.id not in listed:
                self.person_combo.addItem(with_note(person.name, gender_label(person.gender)),
                                          person.id)
        self.links.reload()
        self._show_summary()

    def _show_summary(self) -> None:
        s = self.summary
        if s is None:
            return
        text = self.tr("Chosen {n} of {wanted} wanted: {m} male ({wm} wanted), "
                       "{f} female ({wf} wanted); {c} confirmed.").format(
            n=len(s.hosts), wanted=s.plan.wanted, m=s.count(Gender.MALE), wm=s.plan.male,
            f=s.count(Gender.FEMALE), wf=s.plan.female,
            c=sum(1 for r in s.hosts if r.status == HostStatus.CONFIRMED))
        self.summary_label.setText(text)
        theme.paint_text(self.summary_label, Tone.SUCCESS if s.matches else Tone.ERROR)

    def apply_plan(self) -> bool:
        plan = HostPlan(self.wanted_spin.value(), self.male_spin.value(),
                        self.female_spin.value())
        if self.summary is not None and plan == self.summary.plan:
            return False
        return self._push(commands.set_host_plan(self.controller, plan))

    def selected(self) -> HostRow | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RowRole) if rows else None

    def add_candidate(self) -> bool:
        person_id = self.person_combo.currentData()
        if person_id is None:
            return False
        name = self.person_combo.currentText()
        return self._push(commands.set_host_status(
            self.controller, person_id, name, HostStatus.CANDIDATE))

    def set_selected_status(self, status: HostStatus) -> bool:
        row = self.selected()
        if row is None or row.status == status:
            return False
        return self._push(commands.set_host_status(
            self.controller, row.person_id, row.name, status))
