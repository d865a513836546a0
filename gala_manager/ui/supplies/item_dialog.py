"""The dialog that adds or edits one supply item, checking it before it closes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.formatting import with_note
from gala_manager.app.supplies.wording import (
    category_label,
    describe_supply_error,
    source_label,
    status_label,
)
from gala_manager.core.errors import GalaError
from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.money import format_quantity, parse_money, parse_quantity
from gala_manager.core.programme.acts import list_acts
from gala_manager.core.staff.people import list_departments, list_people
from gala_manager.core.supplies.items import SupplyItemData, clean_item
from gala_manager.core.supplies.settings import list_categories
from gala_manager.ui import theme
from gala_manager.ui.fonts import text_lines
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.date_time_edit import DateEdit
from gala_manager.ui.widgets.multi_line_edit import MultiLineEdit


class SupplyItemDialog(QDialog):
    """Edit an item's values; `data()` is the checked result after `accept`."""

    def __init__(self, controller, data: SupplyItemData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Supply item") if data is None else
                            self.tr("Edit “{name}”").format(name=data.name))
        self.setMinimumWidth(460)
        self._result: SupplyItemData | None = None
        self.name_edit = QLineEdit()
        self.category_combo = QComboBox()
        for row in controller.read(list_categories):
            self.category_combo.addItem(category_label(row.key, row.name), row.id)
        self.quantity_edit = QLineEdit("1")
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(self.tr("e.g. 箱, 个, 张"))
        self.price_edit = QLineEdit("0")
        self.price_edit.setPlaceholderText(self.tr("yuan, e.g. 12.5"))
        self.source_combo = QComboBox()
        for source in SupplySource:
            self.source_combo.addItem(source_label(source), source)
        self.supplier_edit = QLineEdit()
        self.department_combo = QComboBox()
        self.department_combo.addItem(self.tr("(none)"), None)
        for dept in controller.read(list_departments):
            self.department_combo.addItem(dept.name, dept.id)
        self.person_combo = QComboBox()
        self.person_combo.addItem(self.tr("(nobody)"), None)
        for person in controller.read(list_people):
            label = with_note(person.name, person.department_name)
            self.person_combo.addItem(label, person.id)
        self.date_check = QCheckBox(self.tr("Needed by"))
        self.date_edit = DateEdit(field="needed_by")
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        self.status_combo = QComboBox()
        for status in SupplyStatus:
            self.status_combo.addItem(status_label(status), status)
        self.return_check = QCheckBox(self.tr("Must be returned"))
        self.return_edit = QLineEdit()
        self.return_edit.setPlaceholderText(self.tr("to whom"))
        self.act_combo = QComboBox()
        self.act_combo.addItem(self.tr("(no act)"), None)
        for act in controller.read(list_acts):
            self.act_combo.addItem(act.fields.title, act.id)
        self.notes_edit = MultiLineEdit()
        self.notes_edit.setFixedHeight(text_lines(self.notes_edit, 2.5))
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        theme.paint_text(self.error_label, Tone.ERROR)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.source_combo.currentIndexChanged.connect(self._on_source_changed)

        form = QFormLayout()
        form.addRow(self.tr("Item"), self.name_edit)
        form.addRow(self.tr("Category"), self.category_combo)
        amount = QHBoxLayout()
        amount.addWidget(self.quantity_edit)
        amount.addWidget(self.unit_edit)
        form.addRow(self.tr("Quantity and unit"), amount)
        form.addRow(self.tr("Unit price (¥)"), self.price_edit)
        form.addRow(self.tr("Source"), self.source_combo)
        form.addRow(self.tr("Supplier / lender"), self.supplier_edit)
        form.addRow(self.tr("Department"), self.department_combo)
        form.addRow(self.tr("Responsible"), self.person_combo)
        form.addRow(self.date_check, self.date_edit)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.return_check, self.return_edit)
        form.addRow(self.tr("For act (props)"), self.act_combo)
        form.addRow(self.tr("Notes"), self.notes_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.date_edit.setEnabled(False)
        if data is not None:
            self._show(data)

    def _show(self, data: SupplyItemData) -> None:
        self.name_edit.setText(data.name)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(data.category_id)))
        self.quantity_edit.setText(format_quantity(data.quantity))
        self.unit_edit.setText(data.unit)
        self.price_edit.setText(f"{data.unit_price:.2f}")
        self.source_combo.setCurrentIndex(self.source_combo.findData(data.source))
        self.supplier_edit.setText(data.supplier)
        self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(
            data.department_id)))
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(
            data.responsible_person_id)))
        self.date_check.setChecked(data.needed_by is not None)
        if data.needed_by is not None:
            self.date_edit.setValue(data.needed_by)
        self.status_combo.setCurrentIndex(self.status_combo.findData(data.status))
        self.return_check.setChecked(data.must_return)
        self.return_edit.setText(data.return_to)
        self.notes_edit.setPlainText(data.notes)
        self.act_combo.setCurrentIndex(max(0, self.act_combo.findData(data.act_id)))

    def _on_source_changed(self) -> None:
        # A borrowed thing always goes back; tick it for the user.
        if self.source_combo.currentData() == SupplySource.BORROW:
            self.return_check.setChecked(True)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def data(self) -> SupplyItemData | None:
        """The checked values (after a successful accept)."""
        return self._result

    def accept(self) -> None:
        quantity = parse_quantity(self.quantity_edit.text())
        if quantity is None or quantity <= 0:
            self._show_error(self.tr("The quantity must be a number greater than zero."))
            self.quantity_edit.setFocus()
            return
        price = parse_money(self.price_edit.text())
        if price is None or price < 0:
            self._show_error(self.tr(
                "The unit price must be an amount in yuan, zero or more (e.g. 12.5)."))
            self.price_edit.setFocus()
            return
        try:
            needed_by = self.date_edit.value() if self.date_check.isChecked() else None
        except GalaError as exc:
            self._show_error(describe_supply_error(exc))
            self.date_edit.setFocus()
            return
        data = SupplyItemData(
            name=self.name_edit.text(), category_id=self.category_combo.currentData(),
            quantity=quantity, unit=self.unit_edit.text(), unit_price=price,
            source=self.source_combo.currentData(), supplier=self.supplier_edit.text(),
            department_id=self.department_combo.currentData(),
            responsible_person_id=self.person_combo.currentData(),
            needed_by=needed_by,
            status=self.status_combo.currentData(), must_return=self.return_check.isChecked(),
            return_to=self.return_edit.text(), notes=self.notes_edit.toPlainText(),
            act_id=self.act_combo.currentData())
        try:
            self._result = self.controller.read(clean_item, data=data)
        except GalaError as exc:
            self._show_error(describe_supply_error(exc))
            return
        super().accept()
