"""The dialog that adds or edits a sponsor with its goods in kind and its promises."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.sponsors.wording import (
    describe_sponsor_error,
    promise_kind_label,
    promise_status_label,
    sponsor_status_label,
)
from gala_manager.core.errors import GalaError
from gala_manager.core.models import SponsorStatus
from gala_manager.core.money import format_yuan, parse_money
from gala_manager.core.programme.acts import list_acts
from gala_manager.core.sponsors.records import clean_sponsor
from gala_manager.core.sponsors.rows import GoodsData, PromiseData, SponsorData
from gala_manager.core.staff.people import list_people
from gala_manager.core.supplies.items import list_items
from gala_manager.ui import theme
from gala_manager.ui.record_list import RecordList
from gala_manager.ui.sponsors.part_dialogs import GoodsDialog, PromiseDialog
from gala_manager.ui.table_model import RIGHT, Column
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.multi_line_edit import MultiLineEdit


class SponsorDialog(QDialog):
    """Edit a sponsor; `data()` is the checked result after `accept`."""

    def __init__(self, controller, data: SponsorData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("New sponsor") if data is None else
                            self.tr("Sponsor “{company}”").format(company=data.company))
        self.setMinimumWidth(640)
        self._result: SponsorData | None = None
        self._items = {row.id: row.name for row in controller.read(list_items)}
        self._acts = {row.id: row.title for row in controller.read(list_acts)}
        self.company_edit = QLineEdit()
        self.contact_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.person_combo = QComboBox()
        self.person_combo.addItem(self.tr("(nobody)"), None)
        for person in controller.read(list_people):
            label = f"{person.name} ({person.department_name})" if person.department_name \
                else person.name
            self.person_combo.addItem(label, person.id)
        self.status_combo = QComboBox()
        for status in SponsorStatus:
            self.status_combo.addItem(sponsor_status_label(status), status)
        self.cash_edit = QLineEdit("0")
        self.cash_edit.setPlaceholderText(self.tr("yuan, e.g. 500"))
        self.notes_edit = MultiLineEdit()
        self.notes_edit.setFixedHeight(54)
        self.goods_list = RecordList(self._goods_columns, lambda parent, record:
                                     self.ask_goods(record), "sponsorGoods")
        self.promises_list = RecordList(self._promise_columns, lambda parent, record:
                                        self.ask_promise(record), "sponsorPromises")
        for records in (self.goods_list, self.promises_list):
            records.view.setMinimumHeight(110)
            records.retranslate_ui(self.tr("Add…"), self.tr("Edit…"), self.tr("Remove"))
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        theme.paint_text(self.error_label, Tone.ERROR)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Company"), self.company_edit)
        form.addRow(self.tr("Contact person"), self.contact_edit)
        form.addRow(self.tr("Contact phone"), self.phone_edit)
        form.addRow(self.tr("Looked after by"), self.person_combo)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Cash (¥)"), self.cash_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        goods_box = QGroupBox(self.tr("Goods in kind"))
        QVBoxLayout(goods_box).addWidget(self.goods_list)
        promises_box = QGroupBox(self.tr("What we promised in return"))
        QVBoxLayout(promises_box).addWidget(self.promises_list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(goods_box, 1)
        layout.addWidget(promises_box, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        if data is not None:
            self._show(data)

    def _goods_columns(self) -> list[Column[GoodsData]]:
        return [Column("description", self.tr("What"), lambda g: g.description),
                Column("item", self.tr("Supply item"),
                       lambda g: self._items.get(g.supply_item_id, "")),
                Column("value", self.tr("Value"), lambda g: format_yuan(g.value), align=RIGHT)]

    def _promise_columns(self) -> list[Column[PromiseData]]:
        return [Column("kind", self.tr("Promise"), lambda p: promise_kind_label(p.kind)),
                Column("detail", self.tr("What exactly"), lambda p: p.detail),
                Column("act", self.tr("When on stage"), lambda p: self._acts.get(p.act_id, "")),
                Column("status", self.tr("Status"), lambda p: promise_status_label(p.status))]

    def _show(self, data: SponsorData) -> None:
        self.company_edit.setText(data.company)
        self.contact_edit.setText(data.contact_name)
        self.phone_edit.setText(data.contact_phone)
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(
            data.handled_by_person_id)))
        self.status_combo.setCurrentIndex(self.status_combo.findData(data.status))
        self.cash_edit.setText(f"{data.cash:.2f}")
        self.notes_edit.setPlainText(data.notes)
        self.goods_list.set_records(data.goods)
        self.promises_list.set_records(data.promises)

    # -- questions (tests replace these) -----------------------------------------------

    def ask_goods(self, record: GoodsData | None) -> GoodsData | None:
        """A good in kind entered in its dialog (None: cancelled)."""
        dialog = GoodsDialog(self.controller, record, self)
        return dialog.data() if dialog.exec() else None

    def ask_promise(self, record: PromiseData | None) -> PromiseData | None:
        """A promise entered in its dialog (None: cancelled)."""
        dialog = PromiseDialog(self.controller, record, self)
        return dialog.data() if dialog.exec() else None

    # -- result ----------------------------------------------------------------------

    def data(self) -> SponsorData | None:
        """The checked values (after a successful accept)."""
        return self._result

    def accept(self) -> None:
        cash = parse_money(self.cash_edit.text() or "0")
        if cash is None or cash < 0:
            self.error_label.setText(self.tr("The cash must be an amount in yuan, zero or more "
                                             "(e.g. 500)."))
            self.error_label.show()
            self.cash_edit.setFocus()
            return
        data = SponsorData(
            company=self.company_edit.text(), contact_name=self.contact_edit.text(),
            contact_phone=self.phone_edit.text(),
            handled_by_person_id=self.person_combo.currentData(),
            status=self.status_combo.currentData(), cash=cash,
            notes=self.notes_edit.toPlainText(), goods=tuple(self.goods_list.records()),
            promises=tuple(self.promises_list.records()))
        try:
            self._result = self.controller.read(clean_sponsor, data=data)
        except GalaError as exc:
            self.error_label.setText(describe_sponsor_error(exc))
            self.error_label.show()
            return
        super().accept()
