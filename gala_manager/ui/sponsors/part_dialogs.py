"""The small dialogs of a sponsor's parts: one good in kind, one promise."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.sponsors.wording import promise_kind_label, promise_status_label
from gala_manager.core.models import PromiseKind, PromiseStatus
from gala_manager.core.money import parse_money
from gala_manager.core.programme.schedule import running_order
from gala_manager.core.sponsors.rows import GoodsData, PromiseData
from gala_manager.core.supplies.items import list_items
from gala_manager.ui import theme
from gala_manager.ui.files.file_dialogs import ask_open_path
from gala_manager.ui.theme import Tone


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    theme.paint_text(label, Tone.ERROR)
    label.setWordWrap(True)
    label.hide()
    return label


class GoodsDialog(QDialog):
    """One good in kind: what, its value, the supply item it is (its value offered)."""

    def __init__(self, controller, data: GoodsData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Goods in kind"))
        self.setMinimumWidth(420)
        self._result: GoodsData | None = None
        self._id = data.id if data is not None else None
        self.description_edit = QLineEdit()
        self.value_edit = QLineEdit("0")
        self.value_edit.setPlaceholderText(self.tr("yuan, e.g. 174"))
        self.item_combo = QComboBox()
        self.item_combo.addItem(self.tr("(not a supply item)"), None)
        self._items = {row.id: row for row in controller.read(list_items)}
        for row in self._items.values():
            self.item_combo.addItem(row.name, row.id)
        self.item_combo.currentIndexChanged.connect(self._item_chosen)
        self.error_label = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Supply item"), self.item_combo)
        form.addRow(self.tr("What"), self.description_edit)
        form.addRow(self.tr("Value (¥)"), self.value_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(_buttons(self))
        if data is not None:
            self.item_combo.blockSignals(True)
            self.item_combo.setCurrentIndex(max(0, self.item_combo.findData(data.supply_item_id)))
            self.item_combo.blockSignals(False)
            self.description_edit.setText(data.description)
            self.value_edit.setText(f"{data.value:.2f}")

    def _item_chosen(self) -> None:
        # Goods that are a supply item: its name and value, unless the user typed others.
        item = self._items.get(self.item_combo.currentData())
        if item is None:
            return
        if not self.description_edit.text().strip():
            self.description_edit.setText(item.name)
        if parse_money(self.value_edit.text()) in (None, Decimal(0)):
            self.value_edit.setText(f"{item.subtotal:.2f}")

    def data(self) -> GoodsData | None:
        """The good entered (after a successful accept)."""
        return self._result

    def accept(self) -> None:
        value = parse_money(self.value_edit.text() or "0")
        if not self.description_edit.text().strip():
            self.error_label.setText(self.tr("Say what the sponsor gives."))
        elif value is None or value < 0:
            self.error_label.setText(self.tr("The value must be an amount in yuan, zero or more."))
        else:
            self._result = GoodsData(self.description_edit.text().strip(), value,
                                     self.item_combo.currentData(), self._id)
            super().accept()
            return
        self.error_label.show()


class PromiseDialog(QDialog):
    """One promise: its kind, what exactly, when on stage (a mention), status and a photo."""

    def __init__(self, controller, data: PromiseData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Promise to the sponsor"))
        self.setMinimumWidth(480)
        self._result: PromiseData | None = None
        self._id = data.id if data is not None else None
        self.kind_combo = QComboBox()
        for kind in PromiseKind:
            self.kind_combo.addItem(promise_kind_label(kind), kind)
        self.detail_edit = QLineEdit()
        self.detail_edit.setPlaceholderText(self.tr("e.g. logo at the bottom right of the "
                                                    "poster"))
        self.act_combo = QComboBox()
        self.act_combo.addItem(self.tr("(no point chosen)"), None)
        for act in controller.read(running_order):
            number = f"{act.number}. " if act.number else ""
            self.act_combo.addItem(f"{act.start:%H:%M}  {number}{act.title}", act.act_id)
        self.status_combo = QComboBox()
        for status in PromiseStatus:
            self.status_combo.addItem(promise_status_label(status), status)
        self.photo_edit = QLineEdit()
        self.photo_button = QPushButton(self.tr("Choose…"))
        self.photo_button.clicked.connect(self._choose_photo)
        photo = QHBoxLayout()
        photo.addWidget(self.photo_edit, 1)
        photo.addWidget(self.photo_button)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        form = QFormLayout()
        form.addRow(self.tr("Promise"), self.kind_combo)
        form.addRow(self.tr("What exactly"), self.detail_edit)
        self.act_label = QLabel(self.tr("Said after the link of"))
        form.addRow(self.act_label, self.act_combo)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Photo (optional)"), photo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        if data is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(data.kind))
            self.detail_edit.setText(data.detail)
            self.act_combo.setCurrentIndex(max(0, self.act_combo.findData(data.act_id)))
            self.status_combo.setCurrentIndex(self.status_combo.findData(data.status))
            self.photo_edit.setText(data.photo_path)
        self._kind_changed()

    def _kind_changed(self) -> None:
        # Only a host mention has a point in the running order.
        mention = self.kind_combo.currentData() == PromiseKind.HOST_MENTION
        self.act_label.setVisible(mention)
        self.act_combo.setVisible(mention)

    def _choose_photo(self) -> None:
        path = ask_open_path(self, self.tr("Photo"), self.tr("Pictures (*.jpg *.jpeg *.png)"),
                             kind="photo")
        if path is not None:
            self.photo_edit.setText(str(path))

    def data(self) -> PromiseData | None:
        """The promise entered (after accept)."""
        return self._result

    def accept(self) -> None:
        kind = self.kind_combo.currentData()
        self._result = PromiseData(
            kind, self.detail_edit.text().strip(), self.status_combo.currentData(),
            self.act_combo.currentData() if kind == PromiseKind.HOST_MENTION else None,
            self.photo_edit.text().strip(), self._id)
        super().accept()
