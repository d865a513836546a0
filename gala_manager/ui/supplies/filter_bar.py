"""The row of filters above the supplies table: search, category, department, status ..."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from gala_manager.app.supplies.wording import category_label, source_label, status_label
from gala_manager.core.errors import ValidationError
from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.staff.people import DepartmentRow
from gala_manager.core.supplies.settings import CategoryRow
from gala_manager.ui.supplies.items_filter import NO_DEPARTMENT, SupplyFilter
from gala_manager.ui.widgets.date_time_edit import DateEdit
from gala_manager.ui.widgets.flow_layout import FlowLayout


class SupplyFilterBar(QWidget):
    """Emits `filter_changed(SupplyFilter)` whenever a criterion changes."""

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories: list[CategoryRow] = []
        self._departments: list[DepartmentRow] = []
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("supplySearch")
        self.search_edit.setClearButtonEnabled(True)
        self.category_combo = QComboBox()
        self.department_combo = QComboBox()
        self.status_combo = QComboBox()
        self.source_combo = QComboBox()
        self.date_check = QCheckBox()
        self.date_edit = DateEdit(field="needed_by")
        self.date_edit.setEnabled(False)
        self.clear_button = QPushButton()
        # Wraps in a narrow window rather than widen it (English at 1280×800).
        layout = FlowLayout(self, spacing=6)
        self.search_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 18)
        for widget in (self.search_edit, self.category_combo, self.department_combo,
                       self.status_combo, self.source_combo, self.date_check, self.date_edit,
                       self.clear_button):
            layout.addWidget(widget)
        self.search_edit.textChanged.connect(self._emit)
        for combo in (self.category_combo, self.department_combo, self.status_combo,
                      self.source_combo):
            combo.currentIndexChanged.connect(self._emit)
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        self.date_check.toggled.connect(self._emit)
        self.date_edit.valueChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate_ui()

    def _fill_fixed(self) -> None:
        self._refill(self.status_combo, self.tr("Any status"),
                     [(status_label(s), s) for s in SupplyStatus])
        self._refill(self.source_combo, self.tr("Any source"),
                     [(source_label(s), s) for s in SupplySource])

    def set_choices(self, categories: list[CategoryRow], departments: list[DepartmentRow]) -> None:
        """Offer these categories and departments, keeping the current choices."""
        self._categories, self._departments = categories, departments
        self._refill(self.category_combo, self.tr("All categories"),
                     [(category_label(c.key, c.name), c.id) for c in categories])
        self._refill(self.department_combo, self.tr("All departments"),
                     [(d.name, d.id) for d in departments]
                     + [(self.tr("(no department)"), NO_DEPARTMENT)])

    def _refill(self, combo: QComboBox, anything: str, entries: list[tuple[str, object]]) -> None:
        # Signals off: refilling is not the user choosing another filter.
        combo.blockSignals(True)
        current = combo.currentData()
        combo.clear()
        combo.addItem(anything, None)
        for text, value in entries:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def retranslate_ui(self) -> None:
        """Set every text again in the current language."""
        self.search_edit.setPlaceholderText(self.tr("Search items, suppliers, people…"))
        self.date_check.setText(self.tr("Needed by"))
        self.clear_button.setText(self.tr("Clear filters"))
        self._fill_fixed()
        self.set_choices(self._categories, self._departments)

    def current_filter(self) -> SupplyFilter:
        """The filter the widgets describe."""
        try:
            needed_by = self.date_edit.value() if self.date_check.isChecked() else None
        except ValidationError:
            # A date being typed filters by the last one read until it reads.
            needed_by = self.date_edit.last_value()
        return SupplyFilter(
            category_id=self.category_combo.currentData(),
            department_id=self.department_combo.currentData(),
            status=self.status_combo.currentData(), source=self.source_combo.currentData(),
            needed_by=needed_by,
            text=self.search_edit.text())

    def clear(self) -> None:
        """Show every item again."""
        for widget in (self.search_edit, self.category_combo, self.department_combo,
                       self.status_combo, self.source_combo, self.date_check):
            widget.blockSignals(True)
        self.search_edit.clear()
        for combo in (self.category_combo, self.department_combo, self.status_combo,
                      self.source_combo):
            combo.setCurrentIndex(0)
        self.date_check.setChecked(False)
        self.date_edit.setEnabled(False)
        for widget in (self.search_edit, self.category_combo, self.department_combo,
                       self.status_combo, self.source_combo, self.date_check):
            widget.blockSignals(False)
        self._emit()

    def _emit(self, *_args) -> None:
        self.filter_changed.emit(self.current_filter())
